// Lowering the compiled tree onto the two indexes. Each leaf already lives in one index
// (stemmed or unstemmed); an AND collects one expression per index, an OR stays in one index
// when it can, and otherwise is searched in the unstemmed index, where stemmed words become the
// word forms the library has. A whole query that is an OR across the indexes becomes a union.

export type Table = 'stem' | 'fts';

export interface TableExpr {
  table: Table;
  match: string;
}

/** Intermediate tree: leaves already rendered for one index. */
export type IR =
  | { k: 'leaf'; table: Table; fts: string; exact?: () => string }
  | { k: 'stop'; fts: string; tokens: string[]; positive: boolean }
  | { k: 'none' }
  | { k: 'and' | 'or'; children: IR[] }
  | { k: 'not'; child: IR };

/** Lowered form: per index, expressions that must all match and ones that must not. */
export interface Part {
  pos: Partial<Record<Table, string[]>>;
  neg: Partial<Record<Table, string[]>>;
  none: boolean;
}

/** Stopwords are dropped when other words carry the search, and searched exactly when they are all there is. */
export function resolveStops(ir: IR, searchedExactly: (tokens: string[]) => void): IR | null {
  const content = hasContent(ir);
  const walk = (n: IR): IR | null => {
    switch (n.k) {
      case 'stop':
        if (content) return null;
        if (n.positive) searchedExactly(n.tokens);
        return { k: 'leaf', table: 'fts', fts: n.fts };
      case 'not': {
        const c = walk(n.child);
        return c ? { k: 'not', child: c } : null;
      }
      case 'and':
      case 'or': {
        const children = n.children.map(walk).filter((c): c is IR => c !== null);
        if (children.length === 0) return null;
        return children.length === 1 ? children[0] : { k: n.k, children };
      }
      default:
        return n;
    }
  };
  return walk(ir);
}

export class Lowerer {
  constructor(private readonly warn: (sentence: string) => void) {}

  lower(n: IR): Part | null {
    switch (n.k) {
      case 'leaf':
        return { pos: { [n.table]: [n.fts] }, neg: {}, none: false };
      case 'stop':
        return null; // resolved before lowering
      case 'none':
        return { pos: {}, neg: {}, none: true };
      case 'not': {
        const c = this.lower(n.child);
        if (c === null || c.none) return null; // leaving out "nothing" leaves everything
        const one = single(c);
        if (one) return { pos: {}, neg: { [one.table]: [one.match] }, none: false };
        const negTables = Object.keys(c.neg) as Table[];
        // -(-a -b): what is left out of the leaving-out is required.
        if (Object.keys(c.pos).length === 0 && negTables.length === 1) return { pos: { [negTables[0]]: [orOf(c.neg[negTables[0]]!)] }, neg: {}, none: false };
        const fts = this.render(n.child);
        return fts === null ? null : { pos: {}, neg: { fts: [fts] }, none: false };
      }
      case 'and': {
        const out: Part = { pos: {}, neg: {}, none: false };
        for (const child of n.children) {
          const p = this.lower(child);
          if (p === null) continue;
          if (p.none) return p;
          for (const t of TABLES) {
            if (p.pos[t]) (out.pos[t] ??= []).push(...p.pos[t]);
            if (p.neg[t]) (out.neg[t] ??= []).push(...p.neg[t]);
          }
        }
        return out;
      }
      case 'or': {
        const parts: { ir: IR; part: Part }[] = [];
        let sawNone = false;
        for (const child of n.children) {
          const p = this.lower(child);
          if (p === null) continue;
          if (p.none) sawNone = true;
          else if (Object.keys(p.pos).length === 0) this.warn('An exclusion inside OR (a OR -b) cannot be searched and was ignored.');
          else parts.push({ ir: child, part: p });
        }
        if (parts.length === 0) return sawNone ? { pos: {}, neg: {}, none: true } : null;
        const singles = parts.map((p) => single(p.part));
        const table = singles[0]?.table;
        if (singles.every((s) => s !== null && s.table === table) && table) {
          return { pos: { [table]: [orOf(singles.map((s) => (s as TableExpr).match))] }, neg: {}, none: false };
        }
        // The sides live in different indexes: the whole OR is searched in the unstemmed one.
        const rendered = parts.map((p) => this.render(p.ir)).filter((r): r is string => r !== null);
        if (rendered.length === 0) return null;
        return { pos: { fts: [orOf(rendered)] }, neg: {}, none: false };
      }
    }
  }

  /**
   * A whole query that is an OR of sides living in different indexes ("white house" OR kremlin,
   * or a list of words with a dotted one among them): one expression per index, any of which
   * may match. Ranking adds the two bm25 scores, as bm25 adds its terms' scores anyway.
   */
  union(ir: IR): TableExpr[] | null {
    if (ir.k !== 'or') return null;
    const byTable: Partial<Record<Table, string[]>> = {};
    for (const child of ir.children) {
      const p = this.lower(child);
      if (p === null || p.none) continue;
      const one = single(p);
      if (!one) return null;
      (byTable[one.table] ??= []).push(one.match);
    }
    if (!byTable.stem || !byTable.fts) return null;
    return TABLES.map((t) => ({ table: t, match: orOf(byTable[t]!) }));
  }

  /**
   * One FTS5 expression for the unstemmed index (stemmed words become their known word forms);
   * null for what cannot stand alone there (an exclusion with nothing to exclude from, "nothing").
   */
  private render(n: IR): string | null {
    switch (n.k) {
      case 'leaf':
        return n.table === 'fts' ? n.fts : (n.exact?.() ?? null);
      case 'stop':
        return n.fts;
      case 'none':
      case 'not':
        return null;
      case 'or': {
        const alts = n.children.map((c) => this.render(c)).filter((r): r is string => r !== null);
        return alts.length ? orOf(alts) : null;
      }
      case 'and': {
        const pos: string[] = [];
        const neg: string[] = [];
        for (const c of n.children) {
          if (c.k === 'not') {
            const r = this.render(c.child);
            if (r !== null) neg.push(r);
            continue;
          }
          const r = this.render(c);
          if (r === null) return null; // a part that matches nothing empties the AND
          pos.push(r);
        }
        if (pos.length === 0) return null;
        return neg.length ? `(${andOf(pos)} NOT ${orOf(neg)})` : andOf(pos);
      }
    }
  }
}

export const TABLES: Table[] = ['stem', 'fts'];

/** The part as one expression on one index, when it lives in one. */
export function single(p: Part): TableExpr | null {
  const t = Object.keys(p.pos) as Table[];
  const n = Object.keys(p.neg) as Table[];
  if (t.length !== 1 || n.length > 1 || (n.length === 1 && n[0] !== t[0])) return null;
  const pos = andOf(p.pos[t[0]]!);
  return { table: t[0], match: n.length ? `(${pos} NOT ${orOf(p.neg[n[0]]!)})` : pos };
}

function hasContent(n: IR): boolean {
  switch (n.k) {
    case 'leaf':
    case 'none':
      return true;
    case 'stop':
      return false;
    case 'not':
      return hasContent(n.child);
    case 'and':
    case 'or':
      return n.children.some(hasContent);
  }
}

export function andOf(xs: string[]): string {
  return xs.length === 1 ? xs[0] : `(${xs.join(' AND ')})`;
}

export function orOf(xs: string[]): string {
  return xs.length === 1 ? xs[0] : `(${xs.join(' OR ')})`;
}
