// Migration 002: the stemmed index (backfilled for the articles already there, kept in step by
// triggers and indexArticleForSearch), the language index and saved searches.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../../src/main/core/db/migrate';
import { search } from '../../../../../../src/main/core/search';
import { tempDir } from '../../../../../helpers/library';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function atVersion1(): Database.Database {
  const t = tempDir();
  cleanup = t.cleanup;
  const db = new Database(join(t.dir, 'lib.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, { to: 1 });
  const add = db.prepare('INSERT INTO articles (title, text, language, published, content_hash, format, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  add.run('Sanctions tighten', 'Ministers agreed a new sanction on shipping firms.', 'en', '2024-03-01', 'h1', 'txt', '2024-03-02');
  add.run('Саммит в Москве', 'Делегация прибыла из Москвы.', 'ru', '2024-03-05', 'h2', 'txt', '2024-03-06');
  add.run('서울 회의', '서울에서 회의가 열렸다.', 'ko', null, 'h3', 'txt', '2024-03-07');
  db.prepare("INSERT INTO tags (name) VALUES ('treaty')").run();
  db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (2, 1)').run();
  return db;
}

const stemRows = (db: Database.Database, match: string) =>
  (db.prepare('SELECT rowid AS id FROM articles_stem WHERE articles_stem MATCH ? ORDER BY rowid').all(match) as { id: number }[]).map((r) => r.id);

describe('migration 002', () => {
  it('keeps every article and tag, backfills the stemmed index, and leaves no broken reference', () => {
    const db = atVersion1();
    const before = db.prepare('SELECT * FROM articles ORDER BY id').all();
    migrate(db, { to: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT * FROM articles ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT article_id, tag_id FROM article_tags ORDER BY article_id').all()).toEqual([
      { article_id: 1, tag_id: 1 },
      { article_id: 2, tag_id: 1 },
    ]);
    // Backfilled: word forms of existing articles are found, nothing is left waiting.
    expect(stemRows(db, 'sanction')).toEqual([1]);
    expect(stemRows(db, 'москв')).toEqual([2]);
    expect(stemRows(db, '"서울"')).toEqual([3]);
    expect((db.prepare('SELECT count(*) AS n FROM search_pending').get() as { n: number }).n).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toContain('articles_language');
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE language = 'ru'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/articles_language/);
    db.close();
  });

  it('queues new and edited articles, and drops deleted ones from the stemmed index', () => {
    const db = atVersion1();
    migrate(db, { to: 2 });
    const pending = () => (db.prepare('SELECT article_id AS id FROM search_pending ORDER BY article_id').all() as { id: number }[]).map((r) => r.id);
    db.prepare("INSERT INTO articles (title, text, language, content_hash, format, imported_at) VALUES ('New', 'Fresh negotiations', 'en', 'h4', 'txt', 'now')").run();
    expect(pending()).toEqual([4]);
    db.prepare("UPDATE articles SET text = 'No more sanctions' WHERE id = 1").run();
    expect(pending()).toEqual([1, 4]);
    // The edited article's old stemmed row is gone at once.
    expect(stemRows(db, 'sanction')).toEqual([]);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(stemRows(db, 'москв')).toEqual([]);
    // A search analyses what is queued before it runs (with today's code, on today's schema).
    migrate(db);
    const r = search(db, { q: 'sanctions', offset: 0, limit: 10, sort: 'relevance' });
    expect(r.hits.map((h) => h.id)).toEqual([1]);
    expect(pending()).toEqual([]);
    expect(search(db, { q: 'negotiation', offset: 0, limit: 10, sort: 'relevance' }).total).toBe(1);
    db.close();
  });

  it('creates saved searches with unique names', () => {
    const db = atVersion1();
    migrate(db, { to: 2 });
    const add = db.prepare('INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)');
    add.run('Sanctions', 'sanctions', 'now');
    expect(() => add.run('SANCTIONS', 'other', 'now')).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO saved_searches (name, query, sort, created_at) VALUES ('x', 'y', 'sideways', 'now')").run()).toThrow(/CHECK/);
    db.close();
  });
});
