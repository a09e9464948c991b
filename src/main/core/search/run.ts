// The FTS5 query SQL. Statements are assembled only from the constant fragments below and the
// filter conditions of filters.ts; every value (the MATCH expression included) is a parameter.
import type { Db } from '../db/open';
import { MARK_END, MARK_START } from '../../../shared/contract';
import { filterSql, type FilterSpec } from './filters';
import { cachedStatement } from './statements';

export type SortMode = 'relevance' | 'newest' | 'oldest';

/**
 * Above this many matches a relevance search scores only the most recently imported RANK_CAP
 * of them (ARCHITECTURE.md: scoring every match of a very common word is what makes p95 slow
 * at 100k). Rare words and phrases never reach the cap; `total` is always exact.
 */
export const RANK_CAP = 20_000;

const BM25 = 'bm25(articles_fts, 10.0, 5.0, 1.0)';
// NULL dates sort last either way (NULL is smallest, so DESC puts it last by itself).
const ORDER_NEWEST = 'a.published DESC, a.id DESC';
const ORDER_OLDEST = 'a.published IS NULL, a.published ASC, a.id ASC';
const SNIPPET_TOKENS = 24;
/**
 * Above this many matches a newest-first page walks the published index backwards and stops at
 * the page instead of fetching every matching row and sorting it.
 */
const INDEX_WALK_MIN = 2_000;

export interface PageRequest {
  sort: SortMode;
  offset: number;
  limit: number;
}

export interface RankedId {
  id: number;
  /** Relevance, higher is better (bm25 negated); 0 when not computed. */
  score: number;
}

function toScore(rank: number | null | undefined): number {
  return rank === null || rank === undefined ? 0 : Math.round(-rank * 1e4) / 1e4;
}

/**
 * Filters as one id set built from the indexes (published, outlet, tags), which each FTS5 match
 * is checked against. The unary + keeps SQLite from handing the set to FTS5 as one rowid seek
 * per id, and no match needs its (large) article row read.
 */
function restriction(spec: FilterSpec): { and: string; where: string[]; params: Record<string, string | number> } {
  const { row, byId, params } = filterSql(spec, '+articles_fts.rowid');
  let and = byId.map((c) => ` AND ${c}`).join('');
  if (row.length) and += ` AND +articles_fts.rowid IN (SELECT a.id FROM articles a WHERE ${row.join(' AND ')})`;
  const onArticles = filterSql(spec);
  return { and, where: [...onArticles.row, ...onArticles.byId], params };
}

/**
 * Matches of an FTS5 expression under the filters: exact total and one page of ids with scores.
 * bm25 is computed inside the query that orders the page: FTS5 works out each phrase's document
 * frequency once per statement, so scoring hit by hit afterwards would repeat that scan per hit.
 */
export function matchPage(db: Db, match: string, spec: FilterSpec, page: PageRequest): { total: number; hits: RankedId[] } {
  const { and, where, params } = restriction(spec);
  const p = { ...params, match, limit: page.limit, offset: page.offset };
  const count = () => (cachedStatement(db, `SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH @match${and}`).get(p) as { n: number }).n;
  if (page.sort !== 'relevance') {
    const total = count();
    if (total === 0 || page.offset >= total) return { total, hits: [] };
    return { total, hits: datePage(db, match, where, p, total, page.sort) };
  }
  // One pass ranks the newest RANK_CAP matches and counts them; only when the cap is reached
  // does the exact total need a second (cheaper, unscored) pass.
  const capped =
    `SELECT id, rank, count(*) OVER () AS n FROM (SELECT articles_fts.rowid AS id, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH @match${and} ` +
    `ORDER BY articles_fts.rowid DESC LIMIT ${RANK_CAP}) ORDER BY rank, id DESC LIMIT @limit OFFSET @offset`;
  let rows = cachedStatement(db, capped).all(p) as { id: number; rank: number; n: number }[];
  let total: number;
  if (rows.length > 0 && rows[0].n < RANK_CAP) total = rows[0].n;
  else {
    total = count();
    if (total === 0 || page.offset >= total) return { total, hits: [] };
    if (page.offset + page.limit > RANK_CAP) {
      // Paging past the ranked set: rank every match (slow for common words, but asked for).
      const full = `SELECT articles_fts.rowid AS id, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH @match${and} ORDER BY rank, id DESC LIMIT @limit OFFSET @offset`;
      rows = cachedStatement(db, full).all(p) as { id: number; rank: number; n: number }[];
    }
  }
  return { total, hits: rows.map((r) => ({ id: r.id, score: toScore(r.rank) })) };
}

function datePage(db: Db, match: string, where: string[], p: Record<string, string | number>, total: number, sort: 'newest' | 'oldest'): RankedId[] {
  // For many matches, "+a.id" stops SQLite fetching each matching row by id, so it walks the date index instead.
  const member = total > INDEX_WALK_MIN && sort === 'newest' ? '+a.id' : 'a.id';
  const conds = [`${member} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match)`, ...where].join(' AND ');
  const sql = `SELECT a.id AS id FROM articles a WHERE ${conds} ORDER BY ${sort === 'newest' ? ORDER_NEWEST : ORDER_OLDEST} LIMIT @limit OFFSET @offset`;
  const ids = (cachedStatement(db, sql).all(p) as { id: number }[]).map((r) => r.id);
  // Relevance of a date-ordered page: one statement (phrase statistics computed once), bm25 only for the page.
  // Past the cap it is left at 0 rather than scanning every match again.
  const scores = new Map<number, number>();
  if (total <= RANK_CAP && ids.length) {
    const rows = cachedStatement(
      db,
      `SELECT articles_fts.rowid AS id, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH @match AND +articles_fts.rowid IN (SELECT value FROM json_each(@ids))`,
    ).all({ match, ids: JSON.stringify(ids) }) as { id: number; rank: number }[];
    for (const r of rows) scores.set(r.id, toScore(r.rank));
  }
  return ids.map((id) => ({ id, score: scores.get(id) ?? 0 }));
}

/**
 * Articles chosen by filters alone (and optionally not matching `exclude`), newest first
 * unless the oldest were asked for.
 */
export function listingPage(db: Db, exclude: string | null, spec: FilterSpec, page: PageRequest): { total: number; ids: number[] } {
  const { row, byId, params } = filterSql(spec);
  const where = [...row, ...byId];
  if (exclude !== null) {
    where.push('a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @exclude)');
    params.exclude = exclude;
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (cachedStatement(db, `SELECT count(*) AS n FROM articles a ${w}`).get(params) as { n: number }).n;
  if (total === 0 || page.offset >= total) return { total, ids: [] };
  const order = page.sort === 'oldest' ? ORDER_OLDEST : ORDER_NEWEST;
  const rows = cachedStatement(db, `SELECT a.id AS id FROM articles a ${w} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: page.limit,
    offset: page.offset,
  }) as { id: number }[];
  return { total, ids: rows.map((r) => r.id) };
}

export interface HitDetail {
  /** Best ~24-token window of the body with matches marked; the marked title when only the title matched. */
  snippet: string;
  /** The title with its matches marked (for collecting highlight words). */
  markedTitle: string;
}

const DETAIL_COLS = `snippet(articles_fts, 2, @ms, @me, '…', ${SNIPPET_TOKENS}) AS snip, highlight(articles_fts, 0, @ms, @me) AS title`;

/** Up to this many matches, walking them all once beats seeking each hit of the page. */
const WALK_MAX = 3_000;

/**
 * Snippets of a page of matching articles. Seeking each rowid is cheapest for plain words and
 * phrases with many matches; a prefix (and, less so, an OR) makes FTS5 rebuild the merged
 * postings on every seek, so those — and small result sets — run as one statement that walks
 * the matches once.
 */
export function hitDetails(db: Db, match: string, ids: number[], total: number): Map<number, HitDetail> {
  const out = new Map<number, HitDetail>();
  if (ids.length === 0) return out;
  const marks = { ms: MARK_START, me: MARK_END };
  type Row = { id: number; snip: string | null; title: string | null };
  let rows: Row[];
  if (total <= WALK_MAX || match.includes('"*') || match.includes(' OR ')) {
    rows = cachedStatement(db, `SELECT articles_fts.rowid AS id, ${DETAIL_COLS} FROM articles_fts WHERE articles_fts MATCH @match AND +articles_fts.rowid IN (SELECT value FROM json_each(@ids))`).all({
      ...marks,
      match,
      ids: JSON.stringify(ids),
    }) as Row[];
  } else {
    const seek = cachedStatement(db, `SELECT articles_fts.rowid AS id, ${DETAIL_COLS} FROM articles_fts WHERE articles_fts MATCH @match AND articles_fts.rowid = @id`);
    // The id goes in as an INTEGER: FTS5 (3.53) ignores a `rowid = ?` bound to a REAL (what a JS number binds as) and returns every match.
    rows = ids.map((id) => seek.get({ ...marks, match, id: BigInt(id) }) as Row | undefined).filter((r): r is Row => r !== undefined);
  }
  for (const r of rows) {
    // Paragraph breaks inside a one-line snippet read as stray gaps.
    const snip = (r.snip ?? '').replace(/\s+/g, ' ').trim();
    const title = r.title ?? '';
    const snippet = snip.includes(MARK_START) || !title.includes(MARK_START) ? snip : title;
    out.set(r.id, { snippet: snippet || title, markedTitle: title });
  }
  return out;
}

const LEAD_WORDS = 30;

/** The first ~30 words of each article: the snippet of a listing that has no words to match. */
export function leads(db: Db, ids: number[]): Map<number, string> {
  const rows = cachedStatement(db, 'SELECT id, substr(text, 1, 600) AS head FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
    id: number;
    head: string;
  }[];
  const out = new Map<number, string>();
  for (const r of rows) {
    const words = r.head.split(/\s+/).filter(Boolean);
    out.set(r.id, words.slice(0, LEAD_WORDS).join(' ') + (words.length > LEAD_WORDS || r.head.length === 600 ? ' …' : ''));
  }
  return out;
}
