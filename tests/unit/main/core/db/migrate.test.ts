import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { latestVersion, migrate, NewerLibraryError, schemaVersion } from '../../../../../src/main/core/db/migrate';
import { migrations } from '../../../../../src/main/core/db/migrations';
import { tempDir } from '../../../../helpers/library';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function fresh() {
  const t = tempDir();
  cleanup = t.cleanup;
  return join(t.dir, 'lib.db');
}

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('bring an empty file to the latest version with WAL and foreign keys on', () => {
    const db = openLibrary(fresh());
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('migration 1 creates the tables, the FTS index and keeps it in sync through triggers', () => {
    const path = fresh();
    const raw = new Database(path);
    migrate(raw, { to: 1 });
    expect(schemaVersion(raw)).toBe(1);
    const names = (raw.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view')").all() as { name: string }[]).map((r) => r.name);
    for (const t of ['articles', 'tags', 'article_tags', 'articles_fts', 'articles_vocab', 'import_log']) expect(names).toContain(t);
    raw
      .prepare(
        "INSERT INTO articles (title, text, content_hash, format, imported_at) VALUES ('Summit in Pyongyang', 'Leaders signed a treaty', 'h1', 'txt', '2024-06-19')",
      )
      .run();
    const hit = raw.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'treaty'").all();
    expect(hit).toHaveLength(1);
    raw.prepare("UPDATE articles SET text = 'Leaders signed an agreement' WHERE id = 1").run();
    expect(raw.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'treaty'").all()).toHaveLength(0);
    expect(raw.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'agreement'").all()).toHaveLength(1);
    raw.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(raw.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'agreement'").all()).toHaveLength(0);
    raw.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    raw.close();
  });

  it('migrating twice is a no-op', () => {
    const path = fresh();
    openLibrary(path).close();
    const db = openLibrary(path);
    expect(schemaVersion(db)).toBe(latestVersion);
    db.close();
  });

  it('refuses a library written by a newer version and changes nothing', () => {
    const path = fresh();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestVersion + 5}`);
    raw.exec('CREATE TABLE future_thing (x)');
    raw.close();
    expect(() => openLibrary(path)).toThrow(NewerLibraryError);
    expect(() => openLibrary(path)).toThrow(/newer version of Parallax/);
    const after = new Database(path);
    expect(schemaVersion(after)).toBe(latestVersion + 5);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'articles'").get()).toBeUndefined();
    after.close();
  });

  it('a failing migration rolls back whole: the old version remains', () => {
    const path = fresh();
    const raw = new Database(path);
    migrations.push({
      version: migrations.length + 1,
      name: 'broken on purpose',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    });
    try {
      expect(() => migrate(raw)).toThrow('boom');
      expect(schemaVersion(raw)).toBe(latestVersion);
      expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    } finally {
      migrations.pop();
      raw.close();
    }
  });
});
