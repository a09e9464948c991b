// The library's vocabulary (every distinct token in the FTS5 index, with its document count)
// as a lunr TokenSet, for fuzzy (`word~1`) and wildcard (`w*n`) expansion and for "did you mean".
// Built lazily on first need, cached per database, rebuilt when the index changed.
import lunr from 'lunr';
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';

// @types/lunr declares TokenSet's static constructors as instance methods; this is their real shape.
interface TokenSetStatics {
  fromArray(sorted: string[]): lunr.TokenSet;
  fromFuzzyString(str: string, editDistance: number): lunr.TokenSet;
  fromString(pattern: string): lunr.TokenSet;
}
const TokenSet = lunr.TokenSet as unknown as TokenSetStatics;

export interface Vocabulary {
  set: lunr.TokenSet;
  docs: Map<string, number>;
}

/** Expansions beyond this many are cut to the most widely used ones (a MATCH with 500 ORs helps no one). */
export const MAX_EXPANSIONS = 40;
// Tokens this long are hashes, URLs and base64 debris: useless as suggestions, costly in the automaton.
const MAX_TERM_LENGTH = 40;

interface Cached {
  signature: string;
  vocab: Vocabulary;
  builtAt: number;
  buildMs: number;
}

/**
 * While an import keeps changing the index, a large library's vocabulary (seconds to build at
 * 100k articles) is reused until it is older than this many times its build cost: fuzzy search
 * may miss words imported in the last few seconds rather than stall every query.
 */
const STALE_FACTOR = 5;
/** Below this build cost the vocabulary is always rebuilt when stale (small libraries, tests). */
const CHEAP_BUILD_MS = 100;
const cache = new WeakMap<Db, Cached>();
/** Per library, how to read a fresh vocabulary in a worker thread (vocab-thread.ts), when there is one. */
const refreshers = new WeakMap<Db, () => void>();

/**
 * A cheap fingerprint of the index: FTS5's "averages" record (row 1 of the shadow data table
 * holds the row count and total tokens per column, so any insert, update or delete changes
 * it) plus the highest article id. Both are single-row look-ups, unlike count(*) or a vocabulary scan.
 */
export function indexSignature(db: Db): string {
  const avg = cachedStatement(db, 'SELECT hex(block) AS b FROM articles_fts_data WHERE id = 1').get() as { b: string } | undefined;
  const max = cachedStatement(db, 'SELECT max(id) AS m FROM articles').get() as { m: number | null };
  return `${avg?.b ?? ''}:${max.m ?? 0}`;
}

export function vocabulary(db: Db): Vocabulary {
  const sig = indexSignature(db);
  const hit = cache.get(db);
  const now = performance.now();
  if (hit && hit.signature === sig) return hit.vocab;
  if (hit && hit.buildMs > CHEAP_BUILD_MS) {
    // Too costly to rebuild here: ask a worker thread for a fresh one and use this one meanwhile.
    const refresh = refreshers.get(db);
    if (refresh) {
      refresh();
      return hit.vocab;
    }
    if (now - hit.builtAt < hit.buildMs * STALE_FACTOR) return hit.vocab;
  }
  const rows = cachedStatement(db, 'SELECT term, doc FROM articles_vocab').all() as { term: string; doc: number }[];
  const vocab = vocabularyFrom(rows.map((r) => [r.term, r.doc]));
  const builtAt = performance.now();
  cache.set(db, { signature: sig, vocab, builtAt, buildMs: builtAt - now });
  return vocab;
}

/** Builds a vocabulary from (term, document count) pairs. */
export function vocabularyFrom(entries: Iterable<[string, number]>): Vocabulary {
  const docs = new Map<string, number>();
  for (const [term, doc] of entries) if (term.length <= MAX_TERM_LENGTH) docs.set(term, doc);
  // lunr's builder wants JavaScript string order; SQLite returns UTF-8 byte order, which differs above U+FFFF.
  const terms = [...docs.keys()].toSorted();
  return { set: TokenSet.fromArray(terms), docs };
}

/**
 * Installs a vocabulary read elsewhere (in a worker thread: that scan reads the whole index, seconds
 * at 100k articles) so no query on this thread pays for it. `signature` is indexSignature() from
 * when the read began (a change since makes it stale at once); `readMs` is what the read cost.
 */
export function installVocabulary(db: Db, entries: Iterable<[string, number]>, signature: string, readMs: number): void {
  const t0 = performance.now();
  const vocab = vocabularyFrom(entries);
  const builtAt = performance.now();
  cache.set(db, { signature, vocab, builtAt, buildMs: readMs + (builtAt - t0) });
}

/** How this library's vocabulary is refreshed off this thread (null: built here, when needed). */
export function setVocabularyRefresher(db: Db, refresh: (() => void) | null): void {
  if (refresh) refreshers.set(db, refresh);
  else refreshers.delete(db);
}

/** Forgets the cached vocabulary (tests, or after bulk changes the caller knows about). */
export function dropVocabulary(db: Db): void {
  cache.delete(db);
}

function byUse(v: Vocabulary, terms: string[], limit: number): string[] {
  return terms.toSorted((a, b) => (v.docs.get(b) ?? 0) - (v.docs.get(a) ?? 0) || (a < b ? -1 : 1)).slice(0, limit);
}

/** Vocabulary words within `distance` edits of `token` (itself included when present), most used first. */
export function fuzzyExpand(v: Vocabulary, token: string, distance: 1 | 2, limit = MAX_EXPANSIONS): string[] {
  if (token.length > MAX_TERM_LENGTH) return v.docs.has(token) ? [token] : [];
  const found = v.set.intersect(TokenSet.fromFuzzyString(token, distance)).toArray();
  const rest = byUse(v, found.filter((t) => t !== token), limit - (v.docs.has(token) ? 1 : 0));
  return v.docs.has(token) ? [token, ...rest] : rest;
}

/** Vocabulary words matching a pattern in which `*` stands for any run of characters. */
export function wildcardExpand(v: Vocabulary, pattern: string, limit = MAX_EXPANSIONS): { terms: string[]; more: boolean } {
  const found = v.set.intersect(TokenSet.fromString(pattern)).toArray();
  return { terms: byUse(v, found, limit), more: found.length > limit };
}

/** Edit distance counting a swap of two neighbours as one edit, as lunr's fuzzy automaton does. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_r, i) => Array.from({ length: n + 1 }, (_c, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/**
 * The likeliest intended word for a token absent from the library: the closest vocabulary word
 * by edit distance (1 before 2), ties broken by how many articles use it. Null when the token is
 * known or nothing is close.
 */
export function suggest(v: Vocabulary, token: string): string | null {
  if (v.docs.has(token) || token.length < 3 || token.length > MAX_TERM_LENGTH) return null;
  for (const d of [1, 2] as const) {
    if (d === 2 && token.length < 5) break; // two edits on a short word reach unrelated words
    const candidates = v.set
      .intersect(TokenSet.fromFuzzyString(token, d))
      .toArray()
      .filter((t) => t !== token && editDistance(t, token) <= d && !/^\d+$/.test(t));
    if (candidates.length) return byUse(v, candidates, 1)[0];
  }
  return null;
}
