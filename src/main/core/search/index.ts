// Full-text search: query string → parse → compile (FTS5 expression + filters) → ranked page
// of hits with snippets. Whatever the user types, the answer is results or an empty list with
// a sentence saying why — never an exception and never an FTS5 syntax error.
import type { Db } from '../db/open';
import { MARK_END, MARK_START, type Output, type ParsedInput, type SearchHitT } from '../../../shared/contract';
import { summariesByIds } from '../repo/articles';
import { compile, type Compiled } from './compile';
import { buildSpec, type FilterSpec, hasFilters } from './filters';
import { didYouMean, noMatches, nothingToSearch, quote, unknownFilterValues } from './messages';
import { isCjk, tokenize } from './normalize';
import { parse } from './parse';
import { hitDetails, leads, listingPage, matchPage, type PageRequest } from './run';
import { vocabulary } from './vocab';

export { primeVocabulary } from './vocab';

/**
 * Readies search for a just-opened library: builds the vocabulary that fuzzy, wildcard and
 * "did you mean" need (the one slow step: ~2 s at 100k articles) and runs one query to load
 * the index's first pages. Call it after start-up, off the user's first interaction.
 */
export function warmSearch(db: Db): void {
  vocabulary(db);
  search(db, { q: 'the', offset: 0, limit: 1, sort: 'relevance' });
}

type SearchOutput = Output<'search.query'>;

function empty(message: string | null): SearchOutput {
  return { total: 0, hits: [], highlight: [], message };
}

const MAX_HIGHLIGHT = 200;

export function search(db: Db, input: ParsedInput<'search.query'>): SearchOutput {
  try {
    return runSearch(db, input);
  } catch (e) {
    // Nothing the user types should get here; if SQLite still objects, say so plainly.
    console.warn('search failed', (e as Error).message);
    return { total: 0, hits: [], highlight: [], message: `The search ${quote(input.q)} could not be run. Try simpler words.` };
  }
}

function runSearch(db: Db, input: ParsedInput<'search.query'>): SearchOutput {
  const { q } = input;
  const page: PageRequest = { sort: input.sort, offset: input.offset, limit: input.limit };
  const parsed = parse(q);
  const compiled = compile(parsed.ast, () => vocabulary(db));
  const { spec, warnings: filterWarnings } = buildSpec(compiled.filters);
  const warnings = [...parsed.warnings, ...compiled.warnings, ...filterWarnings];
  const note = warnings.length ? warnings.join(' ') : null;

  const filtered = hasFilters(spec);
  if (compiled.nothing) return empty(zeroMessage(db, q, compiled, spec, note));
  if (compiled.match === null && compiled.exclude === null && !filtered) {
    return empty(note ?? nothingToSearch(q, compiled.emptyWords));
  }

  if (compiled.match === null) {
    const { total, ids } = listingPage(db, compiled.exclude, spec, page);
    if (total === 0) return empty(zeroMessage(db, q, compiled, spec, note));
    const summaries = summariesByIds(db, ids);
    const lead = leads(db, ids);
    const hits: SearchHitT[] = [];
    for (const id of ids) {
      const s = summaries.get(id);
      if (s) hits.push({ ...s, snippet: lead.get(id) ?? '', score: 0 });
    }
    return { total, hits, highlight: [], message: note };
  }

  const { total, hits: ranked } = matchPage(db, compiled.match, spec, page);
  if (total === 0) return empty(zeroMessage(db, q, compiled, spec, note));
  const summaries = summariesByIds(db, ranked.map((r) => r.id));
  const details = hitDetails(db, compiled.match, ranked.map((r) => r.id), total);
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

function zeroMessage(db: Db, q: string, c: Compiled, spec: FilterSpec, note: string | null): string {
  const parts: string[] = [];
  if (note) parts.push(note);
  const unknown = hasFilters(spec) ? unknownFilterValues(db, spec) : null;
  if (unknown) parts.push(unknown);
  const hasWords = c.match !== null || c.nothing;
  const corrected = hasWords && c.words.length ? didYouMean(q, c.words, vocabulary(db)) : null;
  if (corrected) parts.push(`No articles match ${quote(q)}. Did you mean ${quote(corrected)}?`);
  else if (!unknown) parts.push(noMatches(q, hasWords || c.exclude !== null, hasFilters(spec)));
  return parts.join(' ');
}

const MARKED_SPAN = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');

function collectMarked(text: string, into: Set<string>): void {
  for (const m of text.matchAll(MARKED_SPAN)) for (const t of tokenize(m[1])) into.add(t);
}

/**
 * Words for the reader to highlight: what was typed (normalised), plus the words that prefixes,
 * fuzzy and wildcard terms actually matched on this page of hits.
 */
function highlightTerms(c: Compiled, marked: Set<string>): string[] {
  const out = new Set<string>(c.highlight.exact);
  const prefixes = [...c.highlight.prefixes];
  // A CJK word is searched as a prefix of the glued token; the reader highlights it as typed.
  for (const p of prefixes) if (isCjk(p)) out.add(p);
  for (const w of marked) {
    if (c.highlight.expanded.has(w) || prefixes.some((p) => w.startsWith(p))) out.add(w);
  }
  return [...out].slice(0, MAX_HIGHLIGHT);
}
