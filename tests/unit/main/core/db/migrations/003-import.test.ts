// Migration 003 (reprints, import log outcomes, settings) over a library with data in it.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrate, schemaVersion } from '../../../../../../src/main/core/db/migrate';
import { migrations } from '../../../../../../src/main/core/db/migrations';
import { m003Import } from '../../../../../../src/main/core/db/migrations/003-import';
import { getArticle } from '../../../../../../src/main/core/repo/articles';
import { tempDir } from '../../../../../helpers/library';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const WIRE = [
  'The foreign ministers of both countries met on Tuesday in Geneva to discuss a ceasefire along the disputed border, officials said after the talks.',
  'According to a statement released after the meeting, the two sides agreed to exchange prisoners within a month and to reopen two crossing points for civilians.',
  'Observers from the United Nations will monitor the withdrawal of heavy weapons from a ten kilometre zone on each side of the line of contact.',
  'Both delegations described the talks as difficult but constructive, and said they would meet again in three weeks to review progress on the agreement.',
].join('\n\n');
const OTHER = [
  'Farmers in the northern provinces reported the worst harvest in a decade as drought dried out rivers and reservoirs across the region this summer.',
  'The agriculture ministry promised emergency payments to thousands of families, but local officials complained that the money had not yet arrived.',
  'Prices for bread and vegetables in the capital rose sharply in August, and economists warned that inflation could pass ten percent by winter.',
].join('\n\n');

function libraryWithData(): Database.Database {
  const t = tempDir();
  cleanup = t.cleanup;
  const db = new Database(join(t.dir, 'lib.db'));
  db.pragma('foreign_keys = ON');
  // Everything before 003.
  migrate(db, { to: m003Import.version - 1 });
  const add = db.prepare("INSERT INTO articles (title, outlet, text, content_hash, format, imported_at) VALUES (?, ?, ?, ?, 'txt', '2024-06-20')");
  add.run('Ceasefire talks in Geneva', 'Wire', WIRE, 'h1');
  add.run('Harvest fails in the north', 'Herald', OTHER, 'h2');
  add.run('Geneva talks end with prisoner deal', 'Gazette', `${WIRE}\n\nThe Gazette's correspondent added that protests were expected in both capitals at the weekend.`, 'h3');
  add.run('Short note', null, 'Too short to judge.', 'h4');
  const log = db.prepare("INSERT INTO import_log (job_id, path, outcome, article_id, message, at) VALUES ('old-job', ?, ?, ?, ?, '2024-06-20T10:00:00Z')");
  log.run('/a.txt', 'imported', 1, null);
  log.run('/b.txt', 'duplicate', 1, 'duplicate of "Ceasefire talks in Geneva"');
  log.run('/c.bin', 'failed', null, 'not a supported file type (.bin)');
  return db;
}

function apply003(db: Database.Database): void {
  if (migrations.some((m) => m.version === m003Import.version)) {
    migrate(db, { to: m003Import.version });
    expect(schemaVersion(db)).toBe(m003Import.version);
  } else db.transaction(() => m003Import.up(db)).immediate();
}

describe('migration 003: reprints, log outcomes, settings', () => {
  it('keeps every article and log row, and the database stays consistent', () => {
    const db = libraryWithData();
    const articles = db.prepare('SELECT id, title, text, content_hash FROM articles ORDER BY id').all();
    const log = db.prepare('SELECT * FROM import_log ORDER BY id').all();
    apply003(db);
    expect(db.prepare('SELECT id, title, text, content_hash FROM articles ORDER BY id').all()).toEqual(articles);
    expect(db.prepare('SELECT * FROM import_log ORDER BY id').all()).toEqual(log);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')").run();
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['import_log_job', 'articles_reprint_of', 'article_bands_article']));
  });

  it('accepts the new outcomes and still refuses unknown ones', () => {
    const db = libraryWithData();
    apply003(db);
    const add = db.prepare("INSERT INTO import_log (job_id, path, outcome, at) VALUES ('j', '/x', ?, '2024-06-21')");
    for (const o of ['imported', 'duplicate', 'reprint', 'skipped', 'failed']) expect(() => add.run(o)).not.toThrow();
    expect(() => add.run('exploded')).toThrow(/CHECK/);
  });

  it('backfills signatures and flags the reprint among the existing articles', () => {
    const db = libraryWithData();
    apply003(db);
    const rows = db.prepare('SELECT id, signature IS NOT NULL AS signed, reprint_of AS reprintOf FROM articles ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, signed: 1, reprintOf: null },
      { id: 2, signed: 1, reprintOf: null },
      { id: 3, signed: 1, reprintOf: 1 },
      // Too short for a signature.
      { id: 4, signed: 0, reprintOf: null },
    ]);
    expect((db.prepare('SELECT count(DISTINCT article_id) AS n FROM article_bands').get() as { n: number }).n).toBe(3);
    expect(getArticle(db, 3)?.reprintOf).toEqual({ id: 1, title: 'Ceasefire talks in Geneva' });
    expect(getArticle(db, 1)?.reprintOf).toBeNull();
  });

  it('unlinks a reprint when its original is deleted, and drops the deleted article\u2019s bands', () => {
    const db = libraryWithData();
    apply003(db);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT reprint_of AS r FROM articles WHERE id = 3').get()).toEqual({ r: null });
    expect(db.prepare('SELECT count(*) AS n FROM article_bands WHERE article_id = 1').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT article_id AS a FROM import_log WHERE path = '/a.txt'").get()).toEqual({ a: null });
  });

  it('creates the settings table with JSON values only', () => {
    const db = libraryWithData();
    apply003(db);
    db.prepare("INSERT INTO settings (key, value) VALUES ('import.maxFileMB', '50')").run();
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'not json')").run()).toThrow(/CHECK/);
  });
});
