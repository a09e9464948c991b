import type { Migration } from './index';

export const m001Initial: Migration = {
  version: 1,
  name: 'articles, tags, full-text index, import log',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        title         TEXT NOT NULL,
        byline        TEXT,
        outlet        TEXT,
        url           TEXT,
        published     TEXT,               -- ISO 8601 date or date-time, or NULL when unknown
        language      TEXT,               -- BCP 47 primary tag (en, ru, ko…)
        excerpt       TEXT,
        text          TEXT NOT NULL,      -- plain text, paragraphs separated by blank lines
        html          TEXT,               -- sanitized HTML for the reader, or NULL
        word_count    INTEGER NOT NULL DEFAULT 0,
        content_hash  TEXT NOT NULL UNIQUE,  -- of the normalised text: exact-duplicate detection
        format        TEXT NOT NULL,
        source_path   TEXT,
        imported_at   TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
      CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

      CREATE TABLE tags (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      );
      CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_tags_tag ON article_tags(tag_id);

      -- External-content FTS5 index over articles, kept in sync by triggers so that every
      -- writer (UI, CLI, worker) keeps it consistent inside its own transaction.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, byline, text,
        content='articles', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2"
      );
      CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, byline, text) VALUES (new.id, new.title, new.byline, new.text);
      END;
      CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, byline, text) VALUES ('delete', old.id, old.title, old.byline, old.text);
      END;
      CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, byline, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, byline, text) VALUES ('delete', old.id, old.title, old.byline, old.text);
        INSERT INTO articles_fts(rowid, title, byline, text) VALUES (new.id, new.title, new.byline, new.text);
      END;
      CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');

      CREATE TABLE import_log (
        id         INTEGER PRIMARY KEY,
        job_id     TEXT NOT NULL,
        path       TEXT NOT NULL,
        outcome    TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'failed')),
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        message    TEXT,
        at         TEXT NOT NULL
      );
      CREATE INDEX import_log_job ON import_log(job_id);
    `);
  },
};
