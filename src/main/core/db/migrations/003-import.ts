import type { Migration } from './index';
import { backfillSignatures } from '../../repo/reprints';

/**
 * Import log outcomes for reprints and skipped entries, near-duplicate detection, settings.
 *
 * - import_log's CHECK constraint cannot be altered in SQLite, so the table is rebuilt (new
 *   table, copy, drop, rename) with the two new outcomes.
 * - articles.signature: the MinHash signature of the text (import/signature.ts);
 *   articles.reprint_of: the earlier article this one probably reprints.
 * - article_bands: the signature's LSH band keys, looked up to find reprint candidates.
 * - settings: the user's import settings (watched folder, size cap…), one JSON value per key;
 *   watched_files: what the watched folder has already imported.
 * Existing articles get their signatures (and reprint links, oldest first) here.
 */
export const m003Import: Migration = {
  version: 3,
  name: 'reprints, import log outcomes, settings',
  up(db) {
    db.exec(`
      CREATE TABLE import_log_new (
        id         INTEGER PRIMARY KEY,
        job_id     TEXT NOT NULL,
        path       TEXT NOT NULL,
        outcome    TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'reprint', 'skipped', 'failed')),
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        message    TEXT,
        at         TEXT NOT NULL
      );
      INSERT INTO import_log_new (id, job_id, path, outcome, article_id, message, at)
        SELECT id, job_id, path, outcome, article_id, message, at FROM import_log;
      DROP TABLE import_log;
      ALTER TABLE import_log_new RENAME TO import_log;
      CREATE INDEX import_log_job ON import_log(job_id, id);
      CREATE INDEX import_log_article ON import_log(article_id);

      ALTER TABLE articles ADD COLUMN signature BLOB;
      ALTER TABLE articles ADD COLUMN reprint_of INTEGER REFERENCES articles(id) ON DELETE SET NULL;
      CREATE INDEX articles_reprint_of ON articles(reprint_of);

      CREATE TABLE article_bands (
        key        INTEGER NOT NULL,   -- band index × 2^32 + the band's hash
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_bands_article ON article_bands(article_id);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      );

      -- Files of the watched folder already handed to the importer, as they were then: a file
      -- is imported again only when its size or modification time changes.
      CREATE TABLE watched_files (
        path     TEXT PRIMARY KEY,
        size     INTEGER NOT NULL,
        mtime_ms INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
    backfillSignatures(db);
  },
};
