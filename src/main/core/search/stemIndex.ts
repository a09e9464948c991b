// Keeps articles_stem (the stemmed index, migration 002) in step with edits to the articles
// table. A new article's stemmed row is written by the inserting code (newArticleIndex.ts);
// SQL triggers queue every edited article in search_pending, and this module analyses queued
// articles and writes their rows again. search() drains whatever is queued before it runs, so
// results never silently miss an edit.
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

/** Writes (or replaces) an article's stemmed row. */
export function putStemRow(db: Db, id: number, row: AnalysedRow, facts: FilterFacts): void {
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
  if (a) putStemRow(db, id, analyzeArticle(a), a);
  cachedStatement(db, 'DELETE FROM search_pending WHERE article_id = ?').run(id);
}

/**
 * Writes the stemmed index row of one article if it is queued (edited); a no-op otherwise, so
 * calling it twice costs one look-up.
 */
export function indexArticleForSearch(db: Db, id: number): void {
  if (cachedStatement(db, 'SELECT 1 FROM search_pending WHERE article_id = ?').get(id) === undefined) return;
  writeRow(db, id);
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
