// A new article's rows in both full-text indexes come from the inserting code, in its
// transaction: what a search finds, what FTS5's own check accepts, and the refusal to write
// into a library whose triggers would index the article a second time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { indexNewArticle } from '../../../../../src/main/core/search/newArticleIndex';
import { search } from '../../../../../src/main/core/search';
import { migrate } from '../../../../../src/main/core/db/migrate';
import { article, tempDir, tempLibrary } from '../../../../helpers/library';
import type { Db } from '../../../../../src/main/core/db/open';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.cleanup());

const count = (db: Db, sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n;
const checkFts = (db: Db) => {
  db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
  db.prepare("INSERT INTO articles_stem(articles_stem) VALUES ('integrity-check')").run();
};
const ids = (db: Db, q: string) => search(db, { q, offset: 0, limit: 50, sort: 'oldest' }).hits.map((h) => h.id);

describe('indexNewArticle', () => {
  it('is how insertArticle indexes: exact words, stemmed words and filters find the article, nothing is queued', () => {
    const id = insertArticle(lib.db, article({ title: 'Summit in Hanoi', byline: 'Jane Roe', outlet: 'Yonhap', published: '2019-02-28', text: 'The leaders negotiated for two days.' }));
    checkFts(lib.db);
    expect(count(lib.db, "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'negotiated'")).toBe(1);
    expect(count(lib.db, "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'byline:roe'")).toBe(1);
    expect(count(lib.db, 'SELECT count(*) AS n FROM search_pending')).toBe(0);
    expect(ids(lib.db, 'negotiation')).toEqual([id]);
    expect(ids(lib.db, '"negotiated for"')).toEqual([id]);
    expect(ids(lib.db, 'hanoi outlet:yonhap year:2019')).toEqual([id]);
    expect(ids(lib.db, 'hanoi year:2018')).toEqual([]);
  });

  it('reads the fields back when not given (rows written by other code, such as a restore from the trash)', () => {
    const id = Number(
      lib.db.prepare("INSERT INTO articles (title, text, language, content_hash, format, imported_at) VALUES ('Ceasefire', 'A ceasefire was announced.', 'en', 'h1', 'txt', 'now')").run().lastInsertRowid,
    );
    expect(ids(lib.db, 'ceasefire')).toEqual([]);
    indexNewArticle(lib.db, id);
    checkFts(lib.db);
    expect(ids(lib.db, 'announce')).toEqual([id]);
    // An id with no row writes nothing.
    indexNewArticle(lib.db, 9999);
    checkFts(lib.db);
  });

  it('keeps both indexes consistent when the transaction that inserted is rolled back', () => {
    const keep = insertArticle(lib.db, article({ title: 'Kept', text: 'Sanctions remain.' }));
    expect(() =>
      lib.db.transaction(() => {
        insertArticle(lib.db, article({ title: 'Lost', text: 'Sanctions lifted.' }));
        throw new Error('stop');
      })(),
    ).toThrow('stop');
    checkFts(lib.db);
    expect(ids(lib.db, 'sanction')).toEqual([keep]);
  });

  it('refuses a library whose insert triggers still index articles, before writing anything', () => {
    const t = tempDir();
    try {
      const db = new Database(join(t.dir, 'old.db'));
      migrate(db, { to: 6 });
      expect(() => insertArticle(db, article({ title: 'Talks', text: 'Talks resumed.' }))).toThrow(/not been migrated to version 7/);
      expect(count(db, 'SELECT count(*) AS n FROM articles')).toBe(0);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});
