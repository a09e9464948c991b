// Migration 006: the stemmed index made anew with a column of filter tokens, every article
// analysed again, and date or outlet edits queued for re-indexing.
import { describe, expect, it } from 'vitest';
import { m006FilterTokens } from '../../../../../../src/main/core/db/migrations/006-filter-tokens';
import { search } from '../../../../../../src/main/core/search';
import { applyMigration, columns, libraryBefore, snapshot } from './helpers';

const ids = (db: Parameters<typeof search>[0], q: string) => search(db, { q, offset: 0, limit: 50, sort: 'oldest' }).hits.map((h) => h.id);

describe('migration 006: filter tokens', () => {
  it('keeps every article, tag and index entry and re-indexes every article with its tokens', () => {
    const db = libraryBefore(m006FilterTokens, [
      ['Putin and Kim sign treaties', 'Reuters', '2015-06-19', 'Leaders signed treaties in Pyongyang.', 'h1'],
      ['Treaty talks resume', 'TASS', '2016-01-04', 'Talks on a treaty resumed.', 'h2'],
      ['Seoul responds', null, null, 'Seoul summoned the ambassador over the treaty.', 'h3'],
    ]);
    const before = snapshot(db);
    applyMigration(db, m006FilterTokens);
    expect(snapshot(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(columns(db, 'articles_stem')).toEqual(['title', 'byline', 'text', 'facet']);
    expect(db.prepare('SELECT count(*) AS n FROM search_pending').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM articles_stem').get()).toEqual({ n: 3 });
    // Stemmed words and filters both answer from the new rows.
    expect(ids(db, 'treaty')).toEqual([1, 2, 3]);
    expect(ids(db, 'treaty year:2015')).toEqual([1]);
    expect(ids(db, 'treaty outlet:tass')).toEqual([2]);
    expect(ids(db, 'treaty after:2015-07')).toEqual([2]);
    db.close();
  });

  it('queues an article again when its date or outlet changes, so its tokens follow', () => {
    const db = libraryBefore(m006FilterTokens, [
      ['Treaty signed', 'Reuters', '2015-06-19', 'A treaty was signed.', 'h1'],
      ['Weather', 'Reuters', '2015-06-19', 'Rain again.', 'h2'],
    ]);
    applyMigration(db, m006FilterTokens);
    db.prepare("UPDATE articles SET published = '2018-02-01', outlet = 'Yonhap' WHERE id = 1").run();
    expect(db.prepare('SELECT article_id FROM search_pending').all()).toEqual([{ article_id: 1 }]);
    expect(ids(db, 'treaty year:2015')).toEqual([]);
    expect(ids(db, 'treaty year:2018 outlet:yonhap')).toEqual([1]);
    db.close();
  });
});
