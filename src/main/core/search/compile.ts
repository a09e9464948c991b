// Syntax tree → FTS5 expressions on the two indexes, the filters, and what to highlight.
//
// Plain words go to the stemmed index (articles_stem): each is analysed under every language in
// the library and searched as the OR of the results ("sanctions" → "sanction"; "Москвы" →
// "москв"). Phrases, prefixes, NEAR, fuzzy and wildcard words go to the unstemmed index
// (articles_fts), where words are stored as written. A query mixing both becomes one
// expression per index, and results must match both (see run.ts).
//
// Every word is normalised and re-quoted ("…" with "" escaping) before it reaches FTS5, and
// the operators come from here, never from the user: no input can make a MATCH syntax error.
import type { Field, Node, PhraseNode, TermNode } from './ast';
import type { RawFilter } from './filters';
import { analyserFor, cjkQueryTerms, scriptOf, scriptRuns } from './analyze';
import { ftsPhrase, isCjk, tokenize } from './normalize';
import { fuzzyExpand, MAX_EXPANSIONS, type Vocabulary, wildcardExpand } from './vocab';

export type Table = 'stem' | 'fts';

export interface TableExpr {
  table: Table;
  match: string;
}

export interface Highlight {
  /** Whole words (phrase words, exact words, what was typed). */
  exact: Set<string>;
  /** Prefixes (`educat*`): words starting with one are marked. */
  prefixes: Set<string>;
  /** Fuzzy and wildcard expansions. */
  expanded: Set<string>;
  /** Analysed forms: a word whose analysis (in its article's language) is one of these is marked. */
  stems: Set<string>;
  /** CJK strings: a token containing one is marked. */
  cjk: Set<string>;
  /** Exact phrases of two or more words (the last one a prefix when `prefix`). */
  phrases: { tokens: string[]; prefix: boolean }[];
  /** Analysed forms of several terms ("U.S." → u s), to be found in sequence. */
  stemPhrases: string[][];
  /** How many separate things were searched for (a snippet holding them all can stop looking). */
  concepts: number;
}

/** A searched word and what the user typed for it, for "did you mean". */
export interface QueryWord {
  raw: string;
  token: string;
}

export interface Compiled {
  /** Expressions the results must all match (at most one per index); empty when no positive words. */
  positive: TableExpr[];
  /** Expressions the results must match none of (at most one per index). */
  negative: TableExpr[];
  /** A positive part can match nothing (a fuzzy or wildcard word found no word in the library). */
  nothing: boolean;
  filters: RawFilter[];
  highlight: Highlight;
  words: QueryWord[];
  warnings: string[];
  /** Query words that contained no letters or digits at all. */
  emptyWords: number;
}

export interface CompileContext {
  /** The library's unstemmed vocabulary (built lazily: only fuzzy, wildcard and mixed ORs need it). */
  vocab(): Vocabulary;
  /** Language codes of the library's articles ('' for unknown). */
  languages(): string[];
}

/** Intermediate tree: leaves already rendered for one index. */
type IR =
  | { k: 'leaf'; table: Table; fts: string; exact?: () => string }
  | { k: 'stop'; fts: string; tokens: string[]; positive: boolean }
  | { k: 'none' }
  | { k: 'and' | 'or'; children: IR[] }
  | { k: 'not'; child: IR };

/** Lowered form: per index, expressions that must all match and ones that must not. */
interface Part {
  pos: Partial<Record<Table, string[]>>;
  neg: Partial<Record<Table, string[]>>;
  none: boolean;
}

class Compiler {
  readonly highlight: Highlight = { exact: new Set(), prefixes: new Set(), expanded: new Set(), stems: new Set(), cjk: new Set(), phrases: [], stemPhrases: [], concepts: 0 };
  readonly words: QueryWord[] = [];
  readonly warnings = new Set<string>();
  readonly filters: RawFilter[] = [];
  emptyWords = 0;
  private vocabCache: Vocabulary | null = null;
  private langCache: string[] | null = null;
  private termsSeen = 0;

  constructor(
    private readonly ctx: CompileContext,
    /** The query has lower-case letters: capitals then mean something (WHO, Theresa May). */
    private readonly mixedCase: boolean,
  ) {}

  private vocab(): Vocabulary {
    this.vocabCache ??= this.ctx.vocab();
    return this.vocabCache;
  }

  private languages(): string[] {
    this.langCache ??= this.ctx.languages();
    return this.langCache.length ? this.langCache : [''];
  }

  /** Pulls filters out of the tree (they apply to the whole search wherever they were typed). */
  extractFilters(n: Node, negate: boolean, inOr: boolean): Node | null {
    switch (n.kind) {
      case 'filter':
        if (inOr) this.warnings.add(`Filters such as ${n.name}: apply to the whole search, not to one side of an OR.`);
        this.filters.push({ name: n.name, value: n.value, negate });
        return null;
      case 'not': {
        const c = this.extractFilters(n.child, !negate, inOr);
        return c ? { kind: 'not', child: c } : null;
      }
      case 'and':
      case 'or': {
        const children = n.children.map((c) => this.extractFilters(c, negate, inOr || n.kind === 'or')).filter((c): c is Node => c !== null);
        if (children.length === 0) return null;
        return children.length === 1 ? children[0] : { kind: n.kind, children };
      }
      default:
        return n;
    }
  }

  build(n: Node, positive: boolean): IR | null {
    switch (n.kind) {
      case 'term':
        return this.term(n, positive);
      case 'phrase':
        return this.phrase(n, positive);
      case 'near': {
        const items = n.items.map((i) => this.nearItem(i, positive)).filter((s): s is string => s !== null);
        if (items.length === 0) return null;
        const fts = items.length === 1 ? items[0] : `NEAR(${items.join(' ')}, ${n.distance})`;
        return { k: 'leaf', table: 'fts', fts: scoped(n.field, fts) };
      }
      case 'not': {
        const c = this.build(n.child, !positive);
        return c ? { k: 'not', child: c } : null;
      }
      case 'and':
      case 'or': {
        const children = n.children.map((c) => this.build(c, positive)).filter((c): c is IR => c !== null);
        if (children.length === 0) return null;
        return children.length === 1 ? children[0] : { k: n.kind, children };
      }
      case 'filter':
        return null; // already extracted
    }
  }

  private term(n: TermNode, positive: boolean): IR | null {
    if (n.wildcard) return this.wildcard(n, positive);
    const tokens = tokenize(n.text);
    if (tokens.length === 0) {
      this.emptyWords++;
      return null;
    }
    const first = this.termsSeen++ === 0;
    if (n.fuzzy !== 0 && !n.prefix && tokens.length === 1) {
      const [tok] = tokens;
      const terms = fuzzyExpand(this.vocab(), tok, n.fuzzy);
      if (positive) {
        this.words.push({ raw: n.text, token: tok });
        for (const t of terms) this.highlight.expanded.add(t);
        this.highlight.concepts++;
      }
      if (terms.length === 0) return { k: 'none' };
      return { k: 'leaf', table: 'fts', fts: anyOf(n.field, terms.map((t) => ftsPhrase([t]))) };
    }
    if (tokens.every(isCjk)) return this.cjk(tokens, n.field, positive);
    if (n.prefix) {
      if (positive) this.markPhrase(tokens, true);
      return { k: 'leaf', table: 'fts', fts: scoped(n.field, `${ftsPhrase(tokens)}*`) };
    }
    return this.stemmed(n.text, tokens, n.field, positive, first);
  }

  /** A plain word: the OR of its analyses under each language of the library. */
  private stemmed(raw: string, tokens: string[], field: Field | null, positive: boolean, first: boolean): IR {
    const alternatives = new Map<string, string[]>();
    for (const lang of this.languages()) {
      const terms = tokens.flatMap((t) => queryTerms(t, lang));
      if (terms.length) alternatives.set(terms.join(' '), terms);
    }
    const exactFts = scoped(field, ftsPhrase(tokens));
    if (alternatives.size === 0) {
      // Only stopwords. Typed in capitals within a lower-case query it is a name or an acronym
      // (WHO, Theresa May): searched exactly. Otherwise it is left out when other words carry the search.
      const capitals = this.mixedCase && /\p{Lu}/u.test(raw) && (!first || (raw.length > 1 && raw === raw.toUpperCase()));
      if (!capitals) return { k: 'stop', fts: exactFts, tokens, positive };
      if (positive) this.markPhrase(tokens, false);
      return { k: 'leaf', table: 'fts', fts: exactFts };
    }
    const forms = [...alternatives.values()];
    if (positive) {
      if (tokens.length === 1) this.words.push({ raw, token: tokens[0] });
      for (const t of tokens) this.highlight.exact.add(t);
      for (const terms of forms) {
        if (terms.length === 1) this.highlight.stems.add(terms[0]);
        else this.highlight.stemPhrases.push(terms);
      }
      this.highlight.concepts++;
    }
    return {
      k: 'leaf',
      table: 'stem',
      fts: anyOf(field, forms.map((terms) => ftsPhrase(terms))),
      exact: () => anyOf(field, [...new Set([ftsPhrase(tokens), ...this.surfaceForms(tokens, forms)])]),
    };
  }

  /**
   * Words of the library that analyse to the same stems, for when a stemmed word must be searched
   * in the unstemmed index (inside an OR with a phrase). Stems are nearly always a prefix of
   * their words, less a letter ("happi" ← happy), so candidates come from that prefix.
   */
  private surfaceForms(tokens: string[], forms: string[][]): string[] {
    if (tokens.length !== 1) return [];
    const stems = new Set(forms.map((f) => f.join(' ')));
    const shortest = forms.reduce((a, f) => Math.min(a, f.join(' ').length), Infinity);
    const stem = forms.find((f) => f.join(' ').length === shortest)?.join(' ') ?? tokens[0];
    const prefix = stem.slice(0, Math.max(3, stem.length - 1));
    const { terms } = wildcardExpand(this.vocab(), `${prefix}*`, 400);
    const langs = this.languages();
    const out = terms.filter((t) => langs.some((l) => stems.has(queryTerms(t, l).join(' ')))).slice(0, MAX_EXPANSIONS);
    if (out.length) for (const t of out) this.highlight.expanded.add(t);
    return out.map((t) => ftsPhrase([t]));
  }

  /** CJK words: substring search through the bigrams of the stemmed index. */
  private cjk(tokens: string[], field: Field | null, positive: boolean): IR {
    const run = tokens.join('');
    if (positive) {
      this.highlight.cjk.add(run);
      this.highlight.concepts++;
    }
    const terms = cjkQueryTerms(run);
    const fts = terms.length === 1 && [...run].length === 1 ? `${ftsPhrase(terms)}*` : ftsPhrase(terms);
    return { k: 'leaf', table: 'stem', fts: scoped(field, fts), exact: () => scoped(field, `${ftsPhrase(tokens)}*`) };
  }

  private phrase(n: PhraseNode, positive: boolean): IR | null {
    const tokens = tokenize(n.text);
    if (tokens.length === 0) {
      this.emptyWords++;
      return null;
    }
    if (tokens.every(isCjk)) return this.cjk(tokens, n.field, positive);
    if (positive) {
      this.markPhrase(tokens, n.prefix);
      for (const t of tokens) this.words.push({ raw: t, token: t });
    }
    return { k: 'leaf', table: 'fts', fts: scoped(n.field, ftsPhrase(tokens) + (n.prefix ? '*' : '')) };
  }

  /** NEAR() takes phrases only: no OR inside, so fuzzy and wildcards are searched as typed. */
  private nearItem(i: TermNode | PhraseNode, positive: boolean): string | null {
    const tokens = tokenize(i.text);
    if (tokens.length === 0) return null;
    // A CJK word is stored glued to its particles (서울에서) in this index: only a prefix finds it.
    const prefix = i.prefix || isCjk(tokens[tokens.length - 1]);
    if (positive) this.markPhrase(tokens, prefix);
    return ftsPhrase(tokens) + (prefix ? '*' : '');
  }

  private wildcard(n: TermNode, positive: boolean): IR | null {
    const pattern = n.text
      .split('*')
      .map((piece) => tokenize(piece).join(''))
      .join('*')
      .replace(/\*{2,}/g, '*');
    if (pattern.replace(/\*/g, '') === '') {
      this.warnings.add('A lone * matches every word; it was ignored.');
      return null;
    }
    const { terms, more } = wildcardExpand(this.vocab(), pattern + (n.prefix ? '*' : ''));
    if (more) this.warnings.add(`“${n.text}” matches many words; the ${MAX_EXPANSIONS} most common were searched.`);
    if (positive) {
      for (const t of terms) this.highlight.expanded.add(t);
      this.highlight.concepts++;
    }
    if (terms.length === 0) return { k: 'none' };
    return { k: 'leaf', table: 'fts', fts: anyOf(n.field, terms.map((t) => ftsPhrase([t]))) };
  }

  /** Records words searched exactly (in sequence when several) for highlighting. */
  private markPhrase(tokens: string[], prefix: boolean): void {
    this.highlight.concepts++;
    if (tokens.length > 1) this.highlight.phrases.push({ tokens, prefix });
    else (prefix ? this.highlight.prefixes : this.highlight.exact).add(tokens[0]);
  }

  /** Stopwords are dropped when other words carry the search, and searched exactly when they are all there is. */
  resolveStops(ir: IR): IR | null {
    const content = hasContent(ir);
    const walk = (n: IR): IR | null => {
      switch (n.k) {
        case 'stop':
          if (content) return null;
          if (n.positive) this.markPhrase(n.tokens, false);
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
          else if (Object.keys(p.pos).length === 0) this.warnings.add('An exclusion inside OR (a OR -b) cannot be searched and was ignored.');
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

const TABLES: Table[] = ['stem', 'fts'];

/** The part as one expression on one index, when it lives in one. */
function single(p: Part): TableExpr | null {
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

/** Index terms of one query token under one language (stopwords give none; CJK gives bigrams). */
export function queryTerms(token: string, lang: string): string[] {
  const out: string[] = [];
  for (const run of scriptRuns(token)) {
    if (isCjk(run)) out.push(...cjkQueryTerms(run));
    else {
      const t = analyserFor(lang, scriptOf(run)).term(run);
      if (t !== null) out.push(t);
    }
  }
  return out;
}

function andOf(xs: string[]): string {
  return xs.length === 1 ? xs[0] : `(${xs.join(' AND ')})`;
}

function orOf(xs: string[]): string {
  return xs.length === 1 ? xs[0] : `(${xs.join(' OR ')})`;
}

function scoped(field: Field | null, fts: string): string {
  // Column names come from the fixed Field union, never from input.
  return field ? `${field} : ${fts}` : fts;
}

function anyOf(field: Field | null, phrases: string[]): string {
  const scopedPhrases = phrases.map((p) => scoped(field, p));
  return scopedPhrases.length === 1 ? scopedPhrases[0] : `(${scopedPhrases.join(' OR ')})`;
}

/**
 * Compiles a parsed query. The context's vocabulary is loaded only when a fuzzy or wildcard word
 * (or an OR across the two indexes) needs it; `mixedCase` says whether the typed query has
 * lower-case letters, which makes capitals meaningful.
 */
export function compile(ast: Node | null, ctx: CompileContext, mixedCase = true): Compiled {
  const c = new Compiler(ctx, mixedCase);
  const text = ast ? c.extractFilters(ast, false, false) : null;
  const built = text ? c.build(text, true) : null;
  const ir = built ? c.resolveStops(built) : null;
  const part = ir ? c.lower(ir) : null;
  const positive: TableExpr[] = [];
  const negative: TableExpr[] = [];
  if (part && !part.none) {
    for (const t of TABLES) {
      const pos = part.pos[t];
      const neg = part.neg[t];
      // An exclusion on the index that also carries the positive words folds into its expression.
      if (pos && neg) positive.push({ table: t, match: `(${andOf(pos)} NOT ${orOf(neg)})` });
      else if (pos) positive.push({ table: t, match: andOf(pos) });
      else if (neg) negative.push({ table: t, match: orOf(neg) });
    }
  }
  return {
    positive,
    negative,
    nothing: part?.none === true,
    filters: c.filters,
    highlight: c.highlight,
    words: c.words,
    warnings: [...c.warnings],
    emptyWords: c.emptyWords,
  };
}

/** Whether a query string has lower-case letters (then capitals mark names and acronyms). */
export function hasLowerCase(q: string): boolean {
  return /\p{Ll}/u.test(q);
}
