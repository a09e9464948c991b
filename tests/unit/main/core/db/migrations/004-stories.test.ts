// Migration 004 (stories, outlet groups, comparison settings) over a library with data in it.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrate, schemaVersion } from '../../../../../../src/main/core/db/migrate';
import { migrations } from '../../../../../../src/main/core/db/migrations';
import { m004Stories } from '../../../../../../src/main/core/db/migrations/004-stories';
import { tempDir } from '../../../../../helpers/library';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function libraryWithData(): Database.Database {
  const t = tempDir();
  cleanup = t.cleanup;
  const db = new Database(join(t.dir, 'lib.db'));
  db.pragma('foreign_keys = ON');
  // Everything before 004 that this code knows.
  migrate(db, { to: Math.min(m004Stories.version - 1, migrations.length) });
  const add = db.prepare(
    "INSERT INTO articles (title, outlet, published, text, content_hash, format, imported_at) VALUES (?, ?, ?, ?, ?, 'txt', '2024-06-20')",
  );
  add.run('Putin and Kim sign pact', 'Reuters', '2024-06-19', 'Leaders signed a treaty in Pyongyang.', 'h1');
  add.run('Пакт подписан', 'TASS', '2024-06-19', 'Лидеры подписали договор.', 'h2');
  add.run('Seoul responds', null, null, 'Seoul summoned the ambassador.', 'h3');
  db.prepare("INSERT INTO tags (name) VALUES ('summit')").run();
  db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (2, 1)').run();
  return db;
}

/** Applies 004 the way the runner does: through migrate() once registered, else its up() in a transaction. */
function apply004(db: Database.Database): void {
  if (migrations.some((m) => m.version === m004Stories.version)) {
    migrate(db, { to: m004Stories.version });
    expect(schemaVersion(db)).toBe(m004Stories.version);
  } else db.transaction(() => m004Stories.up(db))();
}

const snapshot = (db: Database.Database) => ({
  articles: db.prepare('SELECT * FROM articles ORDER BY id').all(),
  tags: db.prepare('SELECT * FROM article_tags ORDER BY article_id').all(),
  fts: db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'treaty'").all(),
});

describe('migration 004: stories', () => {
  it('keeps every article, tag and index entry, and leaves foreign keys consistent', () => {
    const db = libraryWithData();
    const before = snapshot(db);
    apply004(db);
    expect(snapshot(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const cols = (t: string) => (db.prepare('SELECT name FROM pragma_table_info(?)').all(t) as { name: string }[]).map((c) => c.name);
    expect(cols('stories')).toEqual(['id', 'title', 'title_is_user', 'created_at']);
    expect(cols('story_articles').toSorted()).toEqual(['article_id', 'pinned', 'story_id']);
    expect(cols('outlet_groups')).toEqual(['id', 'name', 'outlets']);
    // Starter groups are ordinary rows the user can edit.
    const groups = db.prepare('SELECT name, outlets FROM outlet_groups ORDER BY name').all() as { name: string; outlets: string }[];
    expect(groups.map((g) => g.name)).toEqual(['State media', 'Wire services']);
    expect(JSON.parse(groups[0]!.outlets)).toContain('KCNA');
    db.close();
  });

  it('ties story rows to articles and stories: deleting either removes the link, bad links are refused', () => {
    const db = libraryWithData();
    apply004(db);
    db.prepare("INSERT INTO stories (id, title, created_at) VALUES (1, 'Summit', '2024-06-20')").run();
    db.prepare('INSERT INTO story_articles (article_id, story_id, pinned) VALUES (1, 1, 0), (2, 1, 1)').run();
    expect(() => db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (3, 99)').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare('UPDATE story_articles SET pinned = 2 WHERE article_id = 1').run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT article_id FROM story_articles').all()).toEqual([{ article_id: 2 }]);
    db.prepare('DELETE FROM stories WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM story_articles').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('rolls back whole when it fails half-way', () => {
    const db = libraryWithData();
    db.exec('CREATE TABLE outlet_groups (x)'); // a clash makes the migration fail after creating stories
    expect(() => db.transaction(() => m004Stories.up(db))()).toThrow(/already exists/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('stories', 'story_articles')").all()).toEqual([]);
    db.close();
  });
});
