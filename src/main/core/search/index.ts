// Full-text search: query string → parse → compile (FTS5 expressions on the stemmed and the
// unstemmed index, plus filters) → ranked page of hits with snippets. Whatever the user types,
// the answer is results or an empty list with a sentence saying why — never an exception and
// never an FTS5 syntax error.
import type { Db } from '../db/open';
import { MARK_END, MARK_START, type Output, type ParsedInput, type SearchHitT } from '../../../shared/contract';
import { summariesByIds } from '../repo/articles';
import { compile, hasLowerCase, type Compiled } from './compile';
import { missingFeatures, type Features } from './features';
import { buildSpec, type FilterSpec, hasFilters } from './filters';
import { didYouMean, noMatches, nothingToSearch, quote, unknownFilterValues } from './messages';
import { isCjk, tokenize } from './normalize';
import { parse } from './parse';
import { countMatches, listingPage, matchPage, type PageRequest, type Plan } from './run';
import { hitDetails, snippetLead } from './snippets';
import { cachedStatement } from '../db/statements';
import { libraryLanguages, searchIndexPending, syncSearchIndex } from './stemIndex';
import { filterTokenMatch } from './filterTokens';
import { vocabulary } from './vocab';

export { refreshVocabulary } from './vocab-thread';
export { indexArticleForSearch, syncSearchIndex } from './stemIndex';

/**
 * Readies search for a just-opened library: runs queries that load the indexes' first pages and,
 * unless told not to, builds the vocabulary that fuzzy, wildcard and "did you mean" need here
 * (the slow step: seconds at 100k articles; long-running front doors read it in a worker thread
 * with refreshVocabulary() instead). Call it after start-up, off the user's first interaction.
 */
export function warmSearch(db: Db, opts: { vocabulary?: boolean } = {}): void {
  if (opts.vocabulary !== false) vocabulary(db);
  search(db, { q: 'the president', offset: 0, limit: 1, sort: 'relevance' });
  search(db, { q: '"the president"', offset: 0, limit: 1, sort: 'relevance' });
}

type SearchOutput = Output<'search.query'>;

function empty(message: string | null): SearchOutput {
  return { total: 0, hits: [], highlight: [], message };
}

const MAX_HIGHLIGHT = 200;
/** Articles analysed for the stemmed index by one search at most (normally none are waiting). */
const SYNC_PER_SEARCH = 5_000;

export function search(db: Db, input: ParsedInput<'search.query'>): SearchOutput {
  try {
    return runSearch(db, input);
  } catch (e) {
    // Nothing the user types should get here; if SQLite still objects, say so plainly.
    console.warn('search failed', (e as Error).message);
    return { total: 0, hits: [], highlight: [], message: `The search ${quote(input.q)} could not be run. Try simpler words.` };
  }
}

/** A query made ready to run: compiled, filters validated, and what to tell the user. */
export interface Prepared {
  compiled: Compiled;
  plan: Plan;
  spec: FilterSpec;
  features: Features | null;
  /** Sentences about parts of the query that were ignored or reinterpreted. */
  note: string | null;
  /** Why this query cannot be answered at all in this library (a filter needs a missing feature). */
  blocked: string | null;
}

/**
 * Makes sure every article has its stemmed row (another writer may have inserted without
 * indexing), then parses and compiles the query. A sentence is returned when some articles
 * are still waiting to be indexed.
 */
export function prepare(db: Db, q: string): Prepared {
  let pendingNote: string | null = null;
  if (searchIndexPending(db)) {
    try {
      syncSearchIndex(db, SYNC_PER_SEARCH);
      if (searchIndexPending(db)) pendingNote = 'Some just-imported articles are still being indexed; other forms of a word may not find them yet.';
    } catch {
      // A read-only connection cannot write the index: search what is there.
      pendingNote = 'Some articles are not yet indexed for word forms in this read-only library.';
    }
  }
  const parsed = parse(q);
  const compiled = compile(parsed.ast, { vocab: () => vocabulary(db), languages: () => libraryLanguages(db) }, hasLowerCase(q));
  const { spec, warnings: filterWarnings } = buildSpec(compiled.filters);
  const warnings = [...parsed.warnings, ...compiled.warnings, ...filterWarnings];
  if (pendingNote) warnings.push(pendingNote);
  const gaps = missingFeatures(db, spec);
  return {
    compiled,
    plan: { positive: compiled.positive, any: compiled.any, negative: compiled.negative, narrow: filterTokenMatch(db, spec) },
    spec,
    features: gaps.features,
    note: warnings.length ? warnings.join(' ') : null,
    blocked: gaps.message,
  };
}

/** Whether a prepared query selects anything at all (words, exclusions or filters). */
export function searchable(p: Prepared): boolean {
  return p.plan.positive.length > 0 || p.plan.negative.length > 0 || hasFilters(p.spec);
}

function runSearch(db: Db, input: ParsedInput<'search.query'>): SearchOutput {
  const { q } = input;
  const page: PageRequest = { sort: input.sort, offset: input.offset, limit: input.limit };
  const p = prepare(db, q);
  const { compiled, plan, spec, note } = p;
  if (p.blocked) return empty(note ? `${p.blocked} ${note}` : p.blocked);
  if (compiled.nothing) return empty(zeroMessage(db, q, compiled, spec, note));
  if (!searchable(p)) return empty(note ?? nothingToSearch(q, compiled.emptyWords));

  if (plan.positive.length === 0) {
    const { total, ids } = listingPage(db, plan.negative, spec, page, p.features);
    if (total === 0) return empty(zeroMessage(db, q, compiled, spec, note));
    const summaries = summariesByIds(db, ids);
    const lead = leadsOf(db, ids);
    const hits: SearchHitT[] = [];
    for (const id of ids) {
      const s = summaries.get(id);
      if (s) hits.push({ ...s, snippet: lead.get(id) ?? '', score: 0 });
    }
    return { total, hits, highlight: [], message: note };
  }

  const { total, hits: ranked } = matchPage(db, plan, spec, page, p.features);
  if (total === 0) return empty(zeroMessage(db, q, compiled, spec, note));
  const ids = ranked.map((r) => r.id);
  const summaries = summariesByIds(db, ids);
  const details = hitDetails(db, ids, compiled.highlight);
  const hits: SearchHitT[] = [];
  const marked = new Set<string>();
  for (const { id, score } of ranked) {
    const s = summaries.get(id);
    const d = details.get(id);
    if (!s || !d) continue;
    hits.push({ ...s, snippet: d.snippet, score });
    collectMarked(d.snippet, marked);
    collectMarked(d.markedTitle, marked);
  }
  return { total, hits, highlight: highlightTerms(compiled, marked), message: note };
}

/** How many articles match a query, optionally only those with an id above `afterId`; 0 when it cannot run. */
export function searchCount(db: Db, q: string, afterId: number | null = null): number {
  try {
    const p = prepare(db, q);
    if (p.blocked || p.compiled.nothing || !searchable(p)) return 0;
    return countMatches(db, p.plan, { ...p.spec, afterId }, p.features);
  } catch (e) {
    console.warn('search count failed', (e as Error).message);
    return 0;
  }
}

function leadsOf(db: Db, ids: number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [id, text] of articleHeads(db, ids)) out.set(id, snippetLead(text));
  return out;
}

function articleHeads(db: Db, ids: number[]): [number, string][] {
  const rows = cachedStatement(db, 'SELECT id, substr(text, 1, 600) AS head FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
    id: number;
    head: string;
  }[];
  return rows.map((r) => [r.id, r.head]);
}

function zeroMessage(db: Db, q: string, c: Compiled, spec: FilterSpec, note: string | null): string {
  const parts: string[] = [];
  if (note) parts.push(note);
  const unknown = hasFilters(spec) ? unknownFilterValues(db, spec) : null;
  if (unknown) parts.push(unknown);
  const hasWords = c.positive.length > 0 || c.nothing;
  const corrected = hasWords && c.words.length ? didYouMean(q, c.words, vocabulary(db)) : null;
  if (corrected) parts.push(`No articles match ${quote(q)}. Did you mean ${quote(corrected)}?`);
  else if (!unknown) parts.push(noMatches(q, hasWords || c.negative.length > 0, hasFilters(spec)));
  return parts.join(' ');
}

const MARKED_SPAN = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');

function collectMarked(text: string, into: Set<string>): void {
  for (const m of text.matchAll(MARKED_SPAN)) for (const t of tokenize(m[1])) into.add(t);
}

/**
 * Words for the reader to highlight: what was typed (normalised), plus the words that matched
 * on this page of hits (other forms of a stemmed word, prefixes, fuzzy and wildcard terms).
 */
function highlightTerms(c: Compiled, marked: Set<string>): string[] {
  const out = new Set<string>(c.highlight.exact);
  for (const p of c.highlight.phrases) for (const t of p.tokens) out.add(t);
  // A CJK word is found inside longer runs; the reader highlights it as typed.
  for (const s of c.highlight.cjk) if (isCjk(s)) out.add(s);
  for (const w of marked) out.add(w);
  return [...out].slice(0, MAX_HIGHLIGHT);
}

/** Several queries, each with its total and top hits, through the same path as search(). */
export function searchBatch(db: Db, input: ParsedInput<'search.batch'>): Output<'search.batch'> {
  return input.queries.map((query) => {
    const r = search(db, { q: query, offset: 0, limit: input.limit, sort: input.sort });
    return { query, total: r.total, hits: r.hits, message: r.message };
  });
}
