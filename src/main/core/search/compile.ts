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
import { andOf, type IR, Lowerer, orOf, resolveStops, TABLES, type TableExpr } from './lower';
import { fuzzyExpand, MAX_EXPANSIONS, type Vocabulary, wildcardExpand } from './vocab';

export type { Table, TableExpr } from './lower';

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
  /** The positive expressions are alternatives (a top-level OR across the two indexes), not all required. */
  any: boolean;
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
    // A possessive or contraction (Kim's, don't) is searched as its word: the index drops the fragment.
    const word = tokenize(n.text.replace(/['’‘`]\p{L}{1,2}$/u, ''));
    return this.stemmed(n.text, word.length ? word : tokens, n.field, positive, first);
  }

  /** A plain word: the OR of its analyses under each language of the library. */
  private stemmed(raw: string, tokens: string[], field: Field | null, positive: boolean, first: boolean): IR {
    const alternatives = new Map<string, string[]>();
    for (const lang of this.languages()) {
      const terms = tokens.flatMap((t) => queryTerms(t, lang));
      if (terms.length) alternatives.set(terms.join(' '), terms);
    }
    const exactFts = scoped(field, ftsPhrase(tokens));
    // A word that is a stopword in any language of the library is not in that language's
    // articles' stemmed rows, so it cannot be required of them ("the" is no stopword in French).
    const dropped = this.languages().some((l) => tokens.some((t) => queryTerms(t, l).length === 0));
    // "U.S.": a stopword inside a dotted or hyphenated word carries meaning; searched exactly.
    if (tokens.length > 1 && dropped && alternatives.size > 0) {
      if (positive) this.markPhrase(tokens, false);
      return { k: 'leaf', table: 'fts', fts: exactFts };
    }
    if (alternatives.size === 0 || dropped) {
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
  markPhrase(tokens: string[], prefix: boolean): void {
    this.highlight.concepts++;
    if (tokens.length > 1) this.highlight.phrases.push({ tokens, prefix });
    else (prefix ? this.highlight.prefixes : this.highlight.exact).add(tokens[0]);
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
  const ir = built ? resolveStops(built, (tokens) => c.markPhrase(tokens, false)) : null;
  const lowerer = new Lowerer((w) => c.warnings.add(w));
  const union = ir ? lowerer.union(ir) : null;
  const part = ir && !union ? lowerer.lower(ir) : null;
  const positive: TableExpr[] = union ?? [];
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
    any: union !== null,
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
