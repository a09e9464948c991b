// Syntax tree → an FTS5 MATCH expression, the filters, and the words to highlight.
// Every word is normalised and re-quoted ("…" with "" escaping) before it reaches FTS5, and
// the operators come from here, never from the user: no input can make a MATCH syntax error.
import type { Field, Node, PhraseNode, TermNode } from './ast';
import type { RawFilter } from './filters';
import { ftsPhrase, isCjk, tokenize } from './normalize';
import { fuzzyExpand, MAX_EXPANSIONS, type Vocabulary, wildcardExpand } from './vocab';

export interface Highlight {
  /** Whole words (plain terms and phrase words). */
  exact: Set<string>;
  /** Prefixes (`educat*`, CJK words): matching words in the hits get highlighted. */
  prefixes: Set<string>;
  /** Fuzzy and wildcard expansions: highlighted when they occur in the hits. */
  expanded: Set<string>;
}

/** A searched word and what the user typed for it, for "did you mean". */
export interface QueryWord {
  raw: string;
  token: string;
}

export interface Compiled {
  /** FTS5 expression the results must match, or null when the query has no positive words. */
  match: string | null;
  /** FTS5 expression for articles to leave out of a words-free (filters/exclusions only) listing. */
  exclude: string | null;
  /** A positive part can match nothing (a fuzzy or wildcard word found no word in the library). */
  nothing: boolean;
  filters: RawFilter[];
  highlight: Highlight;
  words: QueryWord[];
  warnings: string[];
  /** Query words that contained no letters or digits at all. */
  emptyWords: number;
}

type Part = { kind: 'expr'; fts: string } | { kind: 'neg'; fts: string } | { kind: 'none' } | null;

class Compiler {
  readonly highlight: Highlight = { exact: new Set(), prefixes: new Set(), expanded: new Set() };
  readonly words: QueryWord[] = [];
  readonly warnings = new Set<string>();
  readonly filters: RawFilter[] = [];
  emptyWords = 0;
  private vocabCache: Vocabulary | null = null;

  constructor(private readonly loadVocab: () => Vocabulary) {}

  private vocab(): Vocabulary {
    this.vocabCache ??= this.loadVocab();
    return this.vocabCache;
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

  compile(n: Node, positive: boolean): Part {
    switch (n.kind) {
      case 'term':
        return this.term(n, positive);
      case 'phrase':
        return this.phrase(n, positive);
      case 'near': {
        const items = n.items.map((i) => this.nearItem(i, positive)).filter((s): s is string => s !== null);
        if (items.length === 0) return null;
        const fts = items.length === 1 ? items[0] : `NEAR(${items.join(' ')}, ${n.distance})`;
        return { kind: 'expr', fts: scoped(n.field, fts) };
      }
      case 'not': {
        const c = this.compile(n.child, !positive);
        if (c === null || c.kind === 'none') return null; // leaving out "nothing" leaves everything
        return c.kind === 'neg' ? { kind: 'expr', fts: c.fts } : { kind: 'neg', fts: c.fts };
      }
      case 'and':
        return this.and(n.children, positive);
      case 'or':
        return this.or(n.children, positive);
      case 'filter':
        return null; // already extracted
    }
  }

  private and(children: Node[], positive: boolean): Part {
    const pos: string[] = [];
    const neg: string[] = [];
    for (const c of children) {
      const p = this.compile(c, positive);
      if (p === null) continue;
      if (p.kind === 'none') return p;
      (p.kind === 'expr' ? pos : neg).push(p.fts);
    }
    const negExpr = neg.length === 1 ? neg[0] : `(${neg.join(' OR ')})`;
    if (pos.length === 0) return neg.length ? { kind: 'neg', fts: negExpr } : null;
    const posExpr = pos.length === 1 ? pos[0] : `(${pos.join(' AND ')})`;
    return { kind: 'expr', fts: neg.length ? `(${posExpr} NOT ${negExpr})` : posExpr };
  }

  private or(children: Node[], positive: boolean): Part {
    const alts: string[] = [];
    let sawNone = false;
    for (const c of children) {
      const p = this.compile(c, positive);
      if (p === null) continue;
      if (p.kind === 'none') sawNone = true;
      else if (p.kind === 'neg') this.warnings.add('An exclusion inside OR (a OR -b) cannot be searched and was ignored.');
      else alts.push(p.fts);
    }
    if (alts.length === 0) return sawNone ? { kind: 'none' } : null;
    return { kind: 'expr', fts: alts.length === 1 ? alts[0] : `(${alts.join(' OR ')})` };
  }

  private term(n: TermNode, positive: boolean): Part {
    if (n.wildcard) return this.wildcard(n, positive);
    const tokens = tokenize(n.text);
    if (tokens.length === 0) {
      this.emptyWords++;
      return null;
    }
    if (tokens.length > 1) return this.phrase({ kind: 'phrase', text: n.text, field: n.field, prefix: n.prefix }, positive);
    const [tok] = tokens;
    if (n.fuzzy !== 0 && !n.prefix) {
      const terms = fuzzyExpand(this.vocab(), tok, n.fuzzy);
      if (positive) {
        this.words.push({ raw: n.text, token: tok });
        for (const t of terms) this.highlight.expanded.add(t);
      }
      if (terms.length === 0) return { kind: 'none' };
      return { kind: 'expr', fts: anyOf(n.field, terms.map((t) => ftsPhrase([t]))) };
    }
    // A CJK word is stored glued to its particles (서울에서): only a prefix query finds it.
    const prefix = n.prefix || isCjk(tok);
    if (positive) {
      (prefix ? this.highlight.prefixes : this.highlight.exact).add(tok);
      if (!prefix) this.words.push({ raw: n.text, token: tok });
    }
    return { kind: 'expr', fts: scoped(n.field, ftsPhrase(tokens) + (prefix ? '*' : '')) };
  }

  private phrase(n: PhraseNode, positive: boolean): Part {
    const tokens = tokenize(n.text);
    if (tokens.length === 0) {
      this.emptyWords++;
      return null;
    }
    const prefix = n.prefix || (tokens.length === 1 && isCjk(tokens[0]));
    if (positive) {
      tokens.forEach((t, i) => (prefix && i === tokens.length - 1 ? this.highlight.prefixes : this.highlight.exact).add(t));
      for (const t of tokens) this.words.push({ raw: t, token: t });
    }
    return { kind: 'expr', fts: scoped(n.field, ftsPhrase(tokens) + (prefix ? '*' : '')) };
  }

  /** NEAR() takes phrases only: no OR inside, so fuzzy and wildcards are searched as typed. */
  private nearItem(i: TermNode | PhraseNode, positive: boolean): string | null {
    const tokens = tokenize(i.text);
    if (tokens.length === 0) return null;
    const prefix = i.prefix || (tokens.length === 1 && isCjk(tokens[0]));
    if (positive) tokens.forEach((t, k) => (prefix && k === tokens.length - 1 ? this.highlight.prefixes : this.highlight.exact).add(t));
    return ftsPhrase(tokens) + (prefix ? '*' : '');
  }

  private wildcard(n: TermNode, positive: boolean): Part {
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
    if (positive) for (const t of terms) this.highlight.expanded.add(t);
    if (terms.length === 0) return { kind: 'none' };
    return { kind: 'expr', fts: anyOf(n.field, terms.map((t) => ftsPhrase([t]))) };
  }
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
 * Compiles a parsed query. `loadVocab` is called only when a fuzzy or wildcard word needs the
 * library's vocabulary.
 */
export function compile(ast: Node | null, loadVocab: () => Vocabulary): Compiled {
  const c = new Compiler(loadVocab);
  const text = ast ? c.extractFilters(ast, false, false) : null;
  const part = text ? c.compile(text, true) : null;
  return {
    match: part?.kind === 'expr' ? part.fts : null,
    exclude: part?.kind === 'neg' ? part.fts : null,
    nothing: part?.kind === 'none',
    filters: c.filters,
    highlight: c.highlight,
    words: c.words,
    warnings: [...c.warnings],
    emptyWords: c.emptyWords,
  };
}
