// Filter tokens: each article's row in the stemmed index carries, in a fourth column that bm25
// weighs 0, one token for its publication year, one for its outlet and one for its language.
// A filtered search ANDs the tokens its filters allow into the MATCH expression, so FTS5
// intersects two posting lists instead of testing every match of the words against a set of
// ids ("president year:2015" at 100k articles: 84k matches walked and tested → 5.6k visited).
//
// Where a token says exactly what the SQL filter says (an outlet or language spelled out, whole
// years), the SQL filter is dropped; where it only narrows (an outlet name too long to spell
// out is hashed; after:2015-03-10 reaches into 2015 but not all of it), the SQL filter still
// decides. So each article must always have its tokens: stemIndex.ts writes them with the row,
// migration 006 rewrote every row, and an edit of the date, outlet or language queues the
// article again.
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import type { FilterSpec } from './filters';

/**
 * Starts every filter token. A private-use character is a token character to FTS5's unicode61
 * (so a token stays whole) and never starts an analysed word of article text, so no word of an
 * article can be mistaken for a filter token. A query would have to contain this character
 * itself to name one, and then it would only filter.
 */
const MARK = '\uE000';

/** A year range longer than this is not worth narrowing by: most articles would pass anyway. */
const MAX_YEARS = 30;

interface Facts {
  published: string | null;
  outlet: string | null;
  language: string | null;
}

/** ASCII-only lower case: what SQLite's NOCASE and lower() fold, and nothing more. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** Names up to this long are spelled out in their token; longer ones are hashed. */
const SPELLED_MAX = 100;

/** FNV-1a over UTF-16 units, as 8 hex digits. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * One token for a name, compared as SQLite's NOCASE compares: spelled out as hex UTF-16 units
 * (so it is one token whatever the characters, and equal tokens mean equal names), hashed
 * under another kind letter when too long to spell out.
 */
function nameToken(kind: string, name: string): string {
  const folded = asciiLower(name);
  if (folded.length > SPELLED_MAX) return `${MARK}${kind.toUpperCase()}${hash(folded)}`;
  let hex = '';
  for (let i = 0; i < folded.length; i++) hex += folded.charCodeAt(i).toString(16).padStart(4, '0');
  return `${MARK}${kind}${hex}`;
}

const yearToken = (y: number) => `${MARK}y${y}`;
const outletToken = (outlet: string) => nameToken('o', outlet);
// The primary subtag, as filters.ts's LANG_EXPR reads it ("en-GB" → "en").
const languageToken = (code: string) => nameToken('l', code.split('-')[0]);

function yearOf(published: string | null): number | null {
  const m = published === null ? null : /^(\d{4})/.exec(published);
  return m ? Number(m[1]) : null;
}

/** The fourth column of an article's stemmed row: its filter tokens, space-separated. */
export function filterTokensOf(a: Facts): string {
  const out: string[] = [];
  const y = yearOf(a.published);
  if (y !== null) out.push(yearToken(y));
  if (a.outlet !== null) out.push(outletToken(a.outlet));
  if (a.language !== null) out.push(languageToken(a.language));
  return out.join(' ');
}

/** Years [from, to] a date range [after, before) can reach; open ends from the library's own dates. */
function yearSpan(db: Db, spec: FilterSpec): number[] | null {
  let from = yearOf(spec.after);
  let to: number | null = null;
  if (spec.before !== null) {
    const y = yearOf(spec.before);
    // before:2016 and before:2016-01-01 end with 2015; before:2016-03 still reaches into 2016.
    if (y !== null) to = /^\d{4}(-01(-01)?)?$/.test(spec.before) ? y - 1 : y;
  }
  if (from === null || to === null) {
    const r = cachedStatement(db, 'SELECT min(published) AS lo, max(published) AS hi FROM articles WHERE published IS NOT NULL').get() as { lo: string | null; hi: string | null };
    from ??= yearOf(r.lo);
    to ??= yearOf(r.hi);
  }
  if (from === null || to === null || to < from || to - from + 1 > MAX_YEARS) return null;
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

const anyOf = (tokens: string[]) => `(${tokens.map((t) => `"${t}"`).join(' OR ')})`;

/** Filters a narrowing answers exactly, so SQL need not check them again. */
export type CoveredFilter = 'outlets' | 'langs' | 'years' | 'after' | 'before';

export interface Narrowing {
  /** FTS5 conditions over the filter tokens, to AND with the words' MATCH expression. */
  match: string;
  covers: CoveredFilter[];
}

const WHOLE_YEAR = /^\d{4}$/;

/**
 * What the positive filters of `spec` (outlet:, lang:, year:, after:, before:) let FTS5 narrow
 * by; null when nothing. Negative filters are left to SQL: they exclude few articles.
 */
export function filterTokenMatch(db: Db, spec: FilterSpec): Narrowing | null {
  const parts: string[] = [];
  const covers: CoveredFilter[] = [];
  if (spec.outlets.length) {
    parts.push(anyOf(spec.outlets.map(outletToken)));
    if (spec.outlets.every((o) => o.length <= SPELLED_MAX)) covers.push('outlets');
  }
  if (spec.langs.length) {
    parts.push(anyOf(spec.langs.map(languageToken)));
    if (spec.langs.every((l) => l.length <= SPELLED_MAX)) covers.push('langs');
  }
  if (spec.years.length) {
    parts.push(anyOf(spec.years.map((y) => yearToken(Number(y)))));
    covers.push('years');
  }
  if (spec.after !== null || spec.before !== null) {
    const span = yearSpan(db, spec);
    if (span) {
      parts.push(anyOf(span.map(yearToken)));
      // Whole years at both ends: "published >= '2015' AND published < '2016'" is exactly the 2015 token.
      if (spec.after !== null && spec.before !== null && WHOLE_YEAR.test(spec.after) && WHOLE_YEAR.test(spec.before)) covers.push('after', 'before');
    }
  }
  if (parts.length === 0 || !hasTokenColumn(db)) return null;
  return { match: parts.join(' AND '), covers };
}

/** The filters SQL must still check once `n` narrows the search. */
export function uncovered(spec: FilterSpec, n: Narrowing): FilterSpec {
  const out = { ...spec };
  for (const c of n.covers) {
    if (c === 'after' || c === 'before') out[c] = null;
    else out[c] = [];
  }
  return out;
}

/** A library opened read-only before migration 006 has no token column: then nothing narrows. */
function hasTokenColumn(db: Db): boolean {
  return cachedStatement(db, "SELECT 1 FROM pragma_table_info('articles_stem') WHERE name = 'facet'").get() !== undefined;
}
