// The FTS5 query SQL. Statements are assembled only from the constant fragments below and the
// filter conditions of filters.ts; every value (the MATCH expressions included) is a parameter.
//
// A search has one or two positive expressions (stemmed index, unstemmed index) and up to two
// negative ones. The stemmed one, when present, drives: it is ranked with bm25 and the others
// are membership tests on the other index.
import type { Db } from '../db/open';
import type { Table, TableExpr } from './compile';
import type { Features } from './features';
import { filterSql, hasFilters, type FilterSpec } from './filters';
import { cachedStatement } from '../db/statements';
import { uncovered, type Narrowing } from './filterTokens';

export type SortMode = 'relevance' | 'newest' | 'oldest';

/**
 * Above this many matches a relevance search scores only the most recently imported RANK_CAP
 * of them (ARCHITECTURE.md: scoring every match of a very common word is what makes p95 slow
 * at 100k; bm25 costs 1–1.5 µs a row here, so 20,000 rows alone took 20–30 ms). Rare words and
 * phrases never reach the cap; `total` is always exact, and sorting by date sees every match.
 */
export const RANK_CAP = 5_000;

// Table names and ranking functions by index; never built from input. Title and byline weigh
// more than body text (a word in the headline says what the article is about).
const TABLE: Record<Table, string> = { stem: 'articles_stem', fts: 'articles_fts' };
// The stemmed index's fourth column holds filter tokens (filterTokens.ts): weight 0.
const BM25: Record<Table, string> = { stem: 'bm25(articles_stem, 10.0, 5.0, 1.0, 0.0)', fts: 'bm25(articles_fts, 10.0, 5.0, 1.0)' };
// NULL dates sort last either way (NULL is smallest, so DESC puts it last by itself).
const ORDER_NEWEST = 'a.published DESC, a.id DESC';
const ORDER_OLDEST = 'a.published IS NULL, a.published ASC, a.id ASC';
/**
 * Above this many matches a newest-first page walks the published index backwards and stops at
 * the page instead of fetching every matching row and sorting it.
 */
const INDEX_WALK_MIN = 2_000;

export interface Plan {
  positive: TableExpr[];
  /** The positive expressions are alternatives (any may match) rather than all required. */
  any?: boolean;
  negative: TableExpr[];
  /** What the filters let the stemmed index narrow by (filterTokens.ts), used when that index drives. */
  narrow?: Narrowing | null;
}

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

type Params = Record<string, string | number>;

function toScore(rank: number | null | undefined): number {
  return rank === null || rank === undefined ? 0 : Math.round(-rank * 1e4) / 1e4;
}

/** What drives a plan with positive words: an FTS5 table (or a union of two), its rowid, ranking and MATCH conditions. */
interface Source {
  from: string;
  rowid: string;
  bm25: string;
  /** Conditions on the driving source alone (its MATCH, the other indexes' membership tests). */
  where: string;
  params: Params;
  /** Scores of the ids in @ids (for date-sorted pages). */
  scoreSql: string;
  /** The plan's filter tokens are in the MATCH: only the filters they do not cover remain for SQL. */
  narrowed: boolean;
}

function source(plan: Plan): Source {
  if (plan.any && plan.positive.length > 1) {
    // Any of the indexes may match: each side's matches with their bm25, summed per article.
    const sides = plan.positive.map((p, i) => `SELECT rowid AS id, ${BM25[p.table]} AS r FROM ${TABLE[p.table]} WHERE ${TABLE[p.table]} MATCH @any${i}`);
    const inner = `SELECT id, sum(r) AS rank FROM (${sides.join(' UNION ALL ')}) GROUP BY id`;
    const params: Params = {};
    plan.positive.forEach((p, i) => (params[`any${i}`] = p.match));
    return {
      from: `(${inner}) AS hit`,
      rowid: 'hit.id',
      bm25: 'hit.rank',
      where: '1',
      params,
      scoreSql: `SELECT id, rank FROM (${inner}) WHERE id IN (SELECT value FROM json_each(@ids))`,
      narrowed: false,
    };
  }
  const primary = plan.positive.find((p) => p.table === 'stem') ?? plan.positive[0];
  const t = TABLE[primary.table];
  let where = `${t} MATCH @match`;
  const narrowed = !!plan.narrow && primary.table === 'stem';
  const params: Params = { match: narrowed ? `(${primary.match}) AND ${plan.narrow!.match}` : primary.match };
  plan.positive
    .filter((p) => p !== primary)
    .forEach((p, i) => {
      // Unary + keeps SQLite from turning the set into rowid seeks on the driving FTS5 table.
      where += ` AND +${t}.rowid IN (SELECT rowid FROM ${TABLE[p.table]} WHERE ${TABLE[p.table]} MATCH @also${i})`;
      params[`also${i}`] = p.match;
    });
  plan.negative.forEach((n, i) => {
    where += ` AND +${t}.rowid NOT IN (SELECT rowid FROM ${TABLE[n.table]} WHERE ${TABLE[n.table]} MATCH @not${i})`;
    params[`not${i}`] = n.match;
  });
  const bm25 = BM25[primary.table];
  return {
    from: t,
    rowid: `${t}.rowid`,
    bm25,
    where,
    params,
    scoreSql: `SELECT ${t}.rowid AS id, ${bm25} AS rank FROM ${t} WHERE ${t} MATCH @match AND +${t}.rowid IN (SELECT value FROM json_each(@ids))`,
    narrowed,
  };
}

/**
 * Filters as conditions on the driving table's rowid: id-only filters directly, row filters as
 * one id set from the articles' indexes, so no match needs its (large) article row read.
 */
function restriction(src: Source, plan: Plan, all: FilterSpec, features: Features | null): { and: string; where: string[]; params: Params } {
  const spec = src.narrowed && plan.narrow ? uncovered(all, plan.narrow) : all;
  const { row, byId, params } = filterSql({ ...spec, afterId: null }, `+${src.rowid}`, features);
  let and = byId.map((c) => ` AND ${c}`).join('');
  if (spec.afterId !== null) {
    // Without the unary +: FTS5 answers a rowid range by seeking, so "new since" costs only the new matches.
    and += ` AND ${src.rowid} > @afterId`;
    params.afterId = spec.afterId;
  }
  if (row.length) and += ` AND +${src.rowid} IN (SELECT a.id FROM articles a WHERE ${row.join(' AND ')})`;
  const onArticles = filterSql(spec, 'a.id', features);
  return { and, where: [...onArticles.row, ...onArticles.byId], params };
}

/**
 * Matches of a plan under the filters: exact total and one page of ids with scores. bm25 is
 * computed inside the query that orders the page: FTS5 works out each phrase's document
 * frequency once per statement, so scoring hit by hit afterwards would repeat that scan per hit.
 */
export function matchPage(db: Db, plan: Plan, spec: FilterSpec, page: PageRequest, features: Features | null = null): { total: number; hits: RankedId[] } {
  const src = source(plan);
  const { and, where, params } = restriction(src, plan, spec, features);
  const p = { ...params, ...src.params, limit: page.limit, offset: page.offset };
  const from = `FROM ${src.from} WHERE ${src.where}${and}`;
  const count = () => (cachedStatement(db, `SELECT count(*) AS n ${from}`).get(p) as { n: number }).n;
  if (page.sort !== 'relevance') {
    const total = count();
    if (total === 0 || page.offset >= total) return { total, hits: [] };
    return { total, hits: datePage(db, src, where, p, total, page.sort) };
  }
  // One pass ranks the newest RANK_CAP matches and counts them; only when the cap is reached
  // does the exact total need a second (cheaper, unscored) pass over the older matches.
  const capped =
    `SELECT id, rank, count(*) OVER () AS n, min(id) OVER () AS lo FROM (SELECT ${src.rowid} AS id, ${src.bm25} AS rank ${from} ` +
    `ORDER BY ${src.rowid} DESC LIMIT ${RANK_CAP}) ORDER BY rank, id DESC LIMIT @limit OFFSET @offset`;
  let rows = cachedStatement(db, capped).all(p) as { id: number; rank: number; n: number; lo: number }[];
  let total: number;
  if (rows.length > 0 && rows[0].n < RANK_CAP) total = rows[0].n;
  else {
    // The ranked pass saw every match down to the oldest it ranked: count only the older ones
    // (FTS5 seeks to a rowid bound) rather than all of them again.
    const older = (lo: number) => RANK_CAP + (cachedStatement(db, `SELECT count(*) AS n ${from} AND ${src.rowid} < @lo`).get({ ...p, lo }) as { n: number }).n;
    total = vocabTotal(db, plan, spec) ?? (rows.length > 0 ? older(rows[0].lo) : count());
    if (total === 0 || page.offset >= total) return { total, hits: [] };
    if (page.offset + page.limit > RANK_CAP) {
      // Paging past the ranked set: rank every match (slow for common words, but asked for).
      const full = `SELECT ${src.rowid} AS id, ${src.bm25} AS rank ${from} ORDER BY rank, id DESC LIMIT @limit OFFSET @offset`;
      rows = cachedStatement(db, full).all(p) as typeof rows;
    }
  }
  return { total, hits: rows.map((r) => ({ id: r.id, score: toScore(r.rank) })) };
}

// One plain word of letters and digits: the unstemmed index stores it exactly as written here.
const BARE_TOKEN = /^"([a-z0-9]+)"$/;

/**
 * The exact number of articles holding one plain word with nothing else asked, from the index's
 * own vocabulary: a word in every article ("the") otherwise costs a second full pass to count.
 * Null when the query is anything else, or the word is not in the vocabulary (then count the usual way).
 */
function vocabTotal(db: Db, plan: Plan, spec: FilterSpec): number | null {
  if (plan.positive.length !== 1 || plan.negative.length || hasFilters(spec)) return null;
  const only = plan.positive[0];
  const word = only.table === 'fts' ? BARE_TOKEN.exec(only.match)?.[1] : undefined;
  if (word === undefined) return null;
  const row = cachedStatement(db, 'SELECT doc FROM articles_vocab WHERE term = ?').get(word) as { doc: number } | undefined;
  return row ? row.doc : null;
}

function datePage(db: Db, src: Source, where: string[], p: Params, total: number, sort: 'newest' | 'oldest'): RankedId[] {
  // For many matches, "+a.id" stops SQLite fetching each matching row by id, so it walks the date index instead.
  const member = total > INDEX_WALK_MIN && sort === 'newest' ? '+a.id' : 'a.id';
  const conds = [`${member} IN (SELECT ${src.rowid} FROM ${src.from} WHERE ${src.where})`, ...where].join(' AND ');
  const sql = `SELECT a.id AS id FROM articles a WHERE ${conds} ORDER BY ${sort === 'newest' ? ORDER_NEWEST : ORDER_OLDEST} LIMIT @limit OFFSET @offset`;
  const ids = (cachedStatement(db, sql).all(p) as { id: number }[]).map((r) => r.id);
  // Relevance of a date-ordered page: one statement (phrase statistics computed once), bm25 only for the page.
  // Past the cap it is left at 0 rather than scanning every match again.
  const scores = new Map<number, number>();
  if (total <= RANK_CAP && ids.length) {
    const rows = cachedStatement(db, src.scoreSql).all({ ...src.params, ids: JSON.stringify(ids) }) as { id: number; rank: number }[];
    for (const r of rows) scores.set(r.id, toScore(r.rank));
  }
  return ids.map((id) => ({ id, score: scores.get(id) ?? 0 }));
}

/** Conditions leaving out articles that match any of the negative expressions. */
function exclusions(negative: TableExpr[]): { where: string[]; params: Params } {
  const where: string[] = [];
  const params: Params = {};
  negative.forEach((n, i) => {
    where.push(`a.id NOT IN (SELECT rowid FROM ${TABLE[n.table]} WHERE ${TABLE[n.table]} MATCH @exclude${i})`);
    params[`exclude${i}`] = n.match;
  });
  return { where, params };
}

/**
 * Articles chosen by filters alone (and not matching the negative expressions), newest first
 * unless the oldest were asked for.
 */
export function listingPage(db: Db, negative: TableExpr[], spec: FilterSpec, page: PageRequest, features: Features | null = null): { total: number; ids: number[] } {
  const { row, byId, params } = filterSql(spec, 'a.id', features);
  const ex = exclusions(negative);
  const where = [...row, ...byId, ...ex.where];
  Object.assign(params, ex.params);
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

/** How many articles match (positive words, or filters and exclusions alone). */
export function countMatches(db: Db, plan: Plan, spec: FilterSpec, features: Features | null = null): number {
  const { sql, params } = matchIdsSql(plan, spec, features);
  return (cachedStatement(db, `SELECT count(*) AS n FROM (${sql})`).get(params) as { n: number }).n;
}

/** A statement listing the id of every matching article (for facets and counts). */
export function matchIdsSql(plan: Plan, spec: FilterSpec, features: Features | null = null): { sql: string; params: Params } {
  if (plan.positive.length) {
    const src = source(plan);
    const { and, params } = restriction(src, plan, spec, features);
    return { sql: `SELECT ${src.rowid} AS id FROM ${src.from} WHERE ${src.where}${and}`, params: { ...params, ...src.params } };
  }
  const { row, byId, params } = filterSql(spec, 'a.id', features);
  const ex = exclusions(plan.negative);
  const where = [...row, ...byId, ...ex.where];
  return { sql: `SELECT a.id AS id FROM articles a${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params: { ...params, ...ex.params } };
}
