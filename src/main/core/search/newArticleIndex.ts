// A new article's rows in both full-text indexes, written by the code that inserts it, in the
// same transaction (migration 007: with triggers on INSERT, each insert made FTS5 flush its
// pending rows to disk, a segment per article). Edited articles are still queued by triggers
// and re-analysed by stemIndex.ts.
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import { analyzeArticle, type AnalysedRow } from './analyze';
import { putStemRow, type FilterFacts } from './stemIndex';

/** What both indexes are made of: exactly the values just inserted into articles. */
export interface IndexedFields extends FilterFacts {
  title: string;
  byline: string | null;
  text: string;
}

/** Per connection: whether the library no longer indexes inserts by trigger (only ever becomes true). */
const checked = new WeakSet<Db>();

/**
 * Throws on a library still at a schema whose triggers index inserts: writing the rows as well
 * would index the article twice and corrupt articles_fts. Call it before inserting.
 */
export function assertIndexedOnInsert(db: Db): void {
  if (checked.has(db)) return;
  const old = cachedStatement(db, "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name IN ('articles_fts_ai', 'articles_stem_ai')").get();
  if (old) throw new Error('this library has not been migrated to version 7; articles cannot be added to it by this code');
  checked.add(db);
}

/**
 * Writes article `id`'s rows into articles_fts and articles_stem. `fields` are the values just
 * inserted (read back from the table when omitted); `analysed` is analyzeArticle() of them when
 * computed elsewhere (the import's reading threads), saving the stemming here.
 */
export function indexNewArticle(db: Db, id: number, fields?: IndexedFields, analysed?: AnalysedRow): void {
  assertIndexedOnInsert(db);
  const a =
    fields ??
    (cachedStatement(db, 'SELECT title, byline, text, language, published, outlet FROM articles WHERE id = ?').get(id) as IndexedFields | undefined);
  if (!a) return;
  cachedStatement(db, 'INSERT INTO articles_fts (rowid, title, byline, text) VALUES (?, ?, ?, ?)').run(id, a.title, a.byline, a.text);
  putStemRow(db, id, analysed ?? analyzeArticle(a), a);
}
