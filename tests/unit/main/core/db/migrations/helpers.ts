// What the migration tests share: a library file at the version just before the migration under
// test, with articles, a tag and their index rows in it; applying the migration the way the
// runner would; and a snapshot of the data a migration must leave untouched.
import { expect, onTestFinished } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrate, schemaVersion } from '../../../../../../src/main/core/db/migrate';
import { migrations, type Migration } from '../../../../../../src/main/core/db/migrations';
import { tempDir } from '../../../../../helpers/library';

/** title, outlet, published, text, content hash */
export type OldArticle = [string, string | null, string | null, string, string];

/**
 * A library file migrated to just before `m` (or as far as this code knows), holding `articles`
 * with the tag "summit" on articles 1 and 2. The file is removed when the test ends.
 */
export function libraryBefore(m: Migration, articles: OldArticle[]): Database.Database {
  const t = tempDir();
  onTestFinished(t.cleanup);
  const db = new Database(join(t.dir, 'lib.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, { to: Math.min(m.version - 1, migrations.length) });
  const add = db.prepare(
    "INSERT INTO articles (title, outlet, published, text, content_hash, format, imported_at) VALUES (?, ?, ?, ?, ?, 'txt', '2024-06-20')",
  );
  for (const a of articles) add.run(...a);
  db.prepare("INSERT INTO tags (name) VALUES ('summit')").run();
  db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (2, 1)').run();
  return db;
}

/** Applies `m` the way the runner does: through migrate() once registered, else its up() in a transaction. */
export function applyMigration(db: Database.Database, m: Migration): void {
  if (migrations.some((x) => x.version === m.version)) {
    migrate(db, { to: m.version });
    expect(schemaVersion(db)).toBe(m.version);
  } else db.transaction(() => m.up(db))();
}

/** The articles, their tags and their full-text index entries: what no migration may change. */
export const snapshot = (db: Database.Database) => ({
  articles: db.prepare('SELECT * FROM articles ORDER BY id').all(),
  tags: db.prepare('SELECT * FROM article_tags ORDER BY article_id').all(),
  fts: db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'treaty'").all(),
});

/** A table's column names, in table order. */
export const columns = (db: Database.Database, table: string): string[] =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
