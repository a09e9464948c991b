import type { Migration } from './index';
import type { Db } from '../open';
import { analyzeArticle } from '../../search/analyze';

/**
 * Backfills the three columns this migration's table has. A migration keeps its own writer:
 * the index's writer in search/stemIndex.ts follows the latest schema (migration 006 added a
 * column), which is not yet there when this runs.
 */
function backfill(db: Db): void {
  const read = db.prepare('SELECT a.id, a.title, a.byline, a.text, a.language FROM search_pending p JOIN articles a ON a.id = p.article_id');
  const put = db.prepare('INSERT INTO articles_stem (rowid, title, byline, text) VALUES (?, ?, ?, ?)');
  for (const a of read.all() as { id: number; title: string; byline: string | null; text: string; language: string | null }[]) {
    const row = analyzeArticle(a);
    put.run(a.id, row.title, row.byline, row.text);
  }
  db.exec('DELETE FROM search_pending');
}

/**
 * The stemmed index beside the unstemmed one (articles_fts keeps phrases, prefixes and fuzzy
 * words exact). FTS5 cannot run the JavaScript stemmers, so articles_stem holds text analysed
 * in search/analyze.ts and written by search/stemIndex.ts. The SQL triggers here do the part
 * SQL can do: they queue every new or edited article in search_pending and drop the stemmed row
 * of an edited or deleted one, so no writer can leave the index silently stale — whatever is
 * queued is analysed by indexArticleForSearch() in the inserting transaction, or by the next
 * search at the latest.
 */
export const m002Search: Migration = {
  version: 2,
  name: 'stemmed full-text index, saved searches, language index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_stem USING fts5(
        title, byline, text,
        content='', contentless_delete=1,
        tokenize="unicode61 remove_diacritics 2"
      );
      CREATE TABLE search_pending (article_id INTEGER PRIMARY KEY);
      CREATE TRIGGER articles_stem_ai AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
      END;
      CREATE TRIGGER articles_stem_au AFTER UPDATE OF title, byline, text, language ON articles BEGIN
        DELETE FROM articles_stem WHERE rowid = old.id;
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
      END;
      CREATE TRIGGER articles_stem_ad AFTER DELETE ON articles BEGIN
        DELETE FROM articles_stem WHERE rowid = old.id;
        DELETE FROM search_pending WHERE article_id = old.id;
      END;

      CREATE INDEX articles_language ON articles(language);

      CREATE TABLE saved_searches (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
        query          TEXT NOT NULL,
        sort           TEXT NOT NULL DEFAULT 'relevance' CHECK (sort IN ('relevance', 'newest', 'oldest')),
        created_at     TEXT NOT NULL,
        last_opened_at TEXT,
        -- Highest article id that existed when the search was last opened: later matches are "new".
        max_seen_id    INTEGER NOT NULL DEFAULT 0
      );

      INSERT INTO search_pending (article_id) SELECT id FROM articles;
    `);
    backfill(db);
  },
};
