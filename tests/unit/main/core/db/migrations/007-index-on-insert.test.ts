// Migration 007: the insert triggers go; what they indexed stays, and articles added afterwards
// are indexed by the inserting code, once.
import { describe, expect, it } from 'vitest';
import { m007IndexOnInsert } from '../../../../../../src/main/core/db/migrations/007-index-on-insert';
import { insertArticle } from '../../../../../../src/main/core/repo/articles';
import { search } from '../../../../../../src/main/core/search';
import { article } from '../../../../../helpers/library';
import { applyMigration, libraryBefore, snapshot } from './helpers';

const ids = (db: Parameters<typeof search>[0], q: string) => search(db, { q, offset: 0, limit: 50, sort: 'oldest' }).hits.map((h) => h.id);
const triggers = (db: Parameters<typeof search>[0]) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migration 007: index on insert', () => {
  it('drops the insert triggers, keeps every article and index entry, and new articles are indexed once', () => {
    const db = libraryBefore(m007IndexOnInsert, [
      ['Putin and Kim sign treaties', 'Reuters', '2015-06-19', 'Leaders signed treaties in Pyongyang.', 'h1'],
      ['Treaty talks resume', 'TASS', '2016-01-04', 'Talks on a treaty resumed.', 'h2'],
    ]);
    expect(triggers(db)).toContain('articles_fts_ai');
    const before = snapshot(db);
    applyMigration(db, m007IndexOnInsert);
    expect(snapshot(db)).toEqual(before);
    expect(triggers(db)).toEqual(['articles_fts_ad', 'articles_fts_au', 'articles_stem_ad', 'articles_stem_au']);
    const id = insertArticle(db, article({ title: 'Treaty ratified', outlet: 'Yonhap', published: '2016-03-01', text: 'Parliament ratified the treaty.' }));
    expect(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'treaty'").all()).toEqual([{ rowid: 2 }, { rowid: id }]);
    expect(ids(db, 'treaty')).toEqual([1, 2, id]);
    expect(ids(db, 'treaty year:2016 outlet:yonhap')).toEqual([id]);
    // Edits and deletes still go through their triggers.
    db.prepare("UPDATE articles SET text = 'Parliament approved the accord.' WHERE id = ?").run(id);
    expect(ids(db, 'treaty')).toEqual([1, 2, id]);
    expect(ids(db, 'accord')).toEqual([id]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(ids(db, 'treaty')).toEqual([2, id]);
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    db.prepare("INSERT INTO articles_stem(articles_stem) VALUES ('integrity-check')").run();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
