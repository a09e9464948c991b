import type { Migration } from './index';

/**
 * "PRLX": marks a SQLite file as a Parallax library, so a restore can tell a library from any
 * other SQLite database (application_id lives in the file header; see sqlite.org/fileformat2).
 */
export const PARALLAX_APPLICATION_ID = 0x50524c58;

/**
 * The notebook around the library: highlights, a note per article, notebook pages, a full-text
 * index over all three, tag colours, auto-tag rules, the trash and the undo journal.
 *
 * notes_fts is a plain FTS5 table (it stores its own copy of the text: notes are small) whose
 * rowid encodes where a row came from — 4·article_id+1 for a note, 4·id+2 for a highlight,
 * 4·id+3 for a page — so the triggers below can find and replace a row without a lookup table.
 */
export const m005Notebook: Migration = {
  version: 5,
  name: 'highlights, notes, notebook pages, tag colours, rules, trash, undo journal',
  up(db) {
    db.exec(`
      CREATE TABLE highlights (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),          -- UTF-16 offsets into articles.text
        end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
        quote      TEXT NOT NULL,                         -- the text between start and end when anchored
        prefix     TEXT NOT NULL DEFAULT '',              -- up to 32 characters before, for re-anchoring
        suffix     TEXT NOT NULL DEFAULT '',              -- up to 32 characters after
        color      TEXT NOT NULL DEFAULT 'yellow',
        comment    TEXT NOT NULL DEFAULT '',
        -- exact | moved | fuzzy | lost: how the last anchoring went (lost = the passage is gone).
        anchor     TEXT NOT NULL DEFAULT 'exact' CHECK (anchor IN ('exact', 'moved', 'fuzzy', 'lost')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX highlights_article ON highlights(article_id, start_offset);

      CREATE TABLE notes (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE pages (
        id         INTEGER PRIMARY KEY,
        title      TEXT NOT NULL,
        body       TEXT NOT NULL DEFAULT '',              -- Markdown
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE notes_fts USING fts5(
        body, quote,
        kind UNINDEXED, article_id UNINDEXED, ref_id UNINDEXED,
        tokenize="unicode61 remove_diacritics 2"
      );
      CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, body, quote, kind, article_id, ref_id) VALUES (new.article_id * 4 + 1, new.body, '', 'note', new.article_id, new.article_id);
      END;
      CREATE TRIGGER notes_fts_au AFTER UPDATE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid = old.article_id * 4 + 1;
        INSERT INTO notes_fts (rowid, body, quote, kind, article_id, ref_id) VALUES (new.article_id * 4 + 1, new.body, '', 'note', new.article_id, new.article_id);
      END;
      CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid = old.article_id * 4 + 1;
      END;
      CREATE TRIGGER highlights_fts_ai AFTER INSERT ON highlights BEGIN
        INSERT INTO notes_fts (rowid, body, quote, kind, article_id, ref_id) VALUES (new.id * 4 + 2, new.comment, new.quote, 'highlight', new.article_id, new.id);
      END;
      CREATE TRIGGER highlights_fts_au AFTER UPDATE OF comment, quote, article_id ON highlights BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id * 4 + 2;
        INSERT INTO notes_fts (rowid, body, quote, kind, article_id, ref_id) VALUES (new.id * 4 + 2, new.comment, new.quote, 'highlight', new.article_id, new.id);
      END;
      CREATE TRIGGER highlights_fts_ad AFTER DELETE ON highlights BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id * 4 + 2;
      END;
      CREATE TRIGGER pages_fts_ai AFTER INSERT ON pages BEGIN
        INSERT INTO notes_fts (rowid, body, quote, kind, article_id, ref_id) VALUES (new.id * 4 + 3, new.title || char(10) || new.body, '', 'page', NULL, new.id);
      END;
      CREATE TRIGGER pages_fts_au AFTER UPDATE OF title, body ON pages BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id * 4 + 3;
        INSERT INTO notes_fts (rowid, body, quote, kind, article_id, ref_id) VALUES (new.id * 4 + 3, new.title || char(10) || new.body, '', 'page', NULL, new.id);
      END;
      CREATE TRIGGER pages_fts_ad AFTER DELETE ON pages BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id * 4 + 3;
      END;

      -- Colours by tag name: a tag row exists only while some article carries it, a colour outlives that.
      CREATE TABLE tag_colors (
        name  TEXT PRIMARY KEY COLLATE NOCASE,
        color TEXT NOT NULL
      );

      CREATE TABLE rules (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL,
        query        TEXT NOT NULL,
        tags         TEXT NOT NULL CHECK (json_valid(tags)),   -- JSON array of tag names
        enabled      INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        last_run_at  TEXT,
        last_matched INTEGER
      );

      -- A trashed article leaves the articles table (so every list, search, count and story
      -- forgets it at once) and waits here, with the rows that pointed at it, until it is
      -- restored or the trash is emptied.
      CREATE TABLE trash (
        id           INTEGER PRIMARY KEY,
        article_id   INTEGER NOT NULL,                 -- its id when it was deleted
        title        TEXT NOT NULL,
        outlet       TEXT,
        published    TEXT,
        content_hash TEXT NOT NULL,
        deleted_at   TEXT NOT NULL,
        article      TEXT NOT NULL CHECK (json_valid(article)),   -- the article row
        related      TEXT NOT NULL CHECK (json_valid(related))    -- rows of other tables that referred to it
      );
      CREATE INDEX trash_deleted ON trash(deleted_at);

      CREATE TABLE undo_journal (
        id         INTEGER PRIMARY KEY,
        op         TEXT NOT NULL,                      -- tags | trash
        label      TEXT NOT NULL,                      -- what the user did, as a sentence fragment
        data       TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL
      );
    `);
    db.pragma(`application_id = ${PARALLAX_APPLICATION_ID}`);
  },
};
