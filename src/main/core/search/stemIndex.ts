// Keeps articles_stem (the stemmed index, migration 002) in step with the articles table.
// SQL triggers queue every inserted or edited article in search_pending; this module analyses
// queued articles and writes their stemmed rows. insertArticle() calls indexArticleForSearch()
// in the same transaction, so the queue is normally empty; search() drains whatever another
// writer left behind before it runs, so results never silently miss an article.
import type { Db } from '../db/open';
import { analyzeArticle, languageCode, type AnalysedRow } from './analyze';
import { cachedStatement } from '../db/statements';
import { filterTokensOf } from './filterTokens';

/** What an article's filter tokens are made of (search/filterTokens.ts). */
export interface FilterFacts {
  published: string | null;
  outlet: string | null;
  language: string | null;
}

interface Source extends FilterFacts {
  title: string;
  byline: string | null;
  text: string;
}

function putRow(db: Db, id: number, row: AnalysedRow, facts: FilterFacts): void {
  cachedStatement(db, 'INSERT OR REPLACE INTO articles_stem (rowid, title, byline, text, facet) VALUES (?, ?, ?, ?, ?)').run(
    id,
    row.title,
    row.byline,
    row.text,
    filterTokensOf(facts),
  );
}

function writeRow(db: Db, id: number): void {
  const a = cachedStatement(db, 'SELECT title, byline, text, language, published, outlet FROM articles WHERE id = ?').get(id) as Source | undefined;
  if (a) putRow(db, id, analyzeArticle(a), a);
  cachedStatement(db, 'DELETE FROM search_pending WHERE article_id = ?').run(id);
}

/**
 * Writes the stemmed index row of one article if it is queued (just inserted or edited); a no-op
 * otherwise, so calling it twice costs one look-up. Call it right after inserting an article,
 * inside the same transaction.
 */
export function indexArticleForSearch(db: Db, id: number): void {
  if (cachedStatement(db, 'SELECT 1 FROM search_pending WHERE article_id = ?').get(id) === undefined) return;
  writeRow(db, id);
}

/**
 * As indexArticleForSearch, with the row already analysed (analyzeArticle() of the values just
 * inserted, computed in another thread): the writer skips reading the article back and stemming.
 * The row must come from the same title, byline, text and language as were inserted, and
 * `facts` are the inserted published date, outlet and language.
 */
export function indexAnalysedArticle(db: Db, id: number, row: AnalysedRow, facts: FilterFacts): void {
  // The queue entry is dropped first: DELETE reports whether there was one, saving a look-up.
  if (cachedStatement(db, 'DELETE FROM search_pending WHERE article_id = ?').run(id).changes === 0) return;
  putRow(db, id, row, facts);
}

/** Whether some article still waits for its stemmed row. */
export function searchIndexPending(db: Db): boolean {
  return cachedStatement(db, 'SELECT 1 FROM search_pending LIMIT 1').get() !== undefined;
}

/** Analyses up to `max` queued articles (all by default) in one transaction; returns how many. */
export function syncSearchIndex(db: Db, max = Number.MAX_SAFE_INTEGER): number {
  const ids = (cachedStatement(db, 'SELECT article_id AS id FROM search_pending ORDER BY article_id LIMIT ?').all(max) as { id: number }[]).map((r) => r.id);
  if (ids.length === 0) return 0;
  db.transaction(() => {
    for (const id of ids) writeRow(db, id);
  })();
  return ids.length;
}

/**
 * Language codes of the library's articles ('' when some have none): the languages a query word
 * is analysed under. A skip-scan over the language index: one seek per distinct value.
 */
export function libraryLanguages(db: Db): string[] {
  const rows = cachedStatement(
    db,
    `WITH RECURSIVE l(x) AS (
       SELECT (SELECT min(language) FROM articles)
       UNION ALL
       SELECT (SELECT min(language) FROM articles WHERE language > l.x) FROM l WHERE l.x IS NOT NULL
     ) SELECT x FROM l WHERE x IS NOT NULL`,
  ).all() as { x: string }[];
  const out = new Set(rows.map((r) => languageCode(r.x)));
  if (cachedStatement(db, 'SELECT 1 FROM articles WHERE language IS NULL LIMIT 1').get() !== undefined) out.add('');
  return [...out];
}
