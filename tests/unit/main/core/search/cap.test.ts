// Very common words: relevance ranks only the newest RANK_CAP matches, yet total stays exact,
// pages past the cap still come back, and rare words are never cut.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search, searchCount, syncSearchIndex } from '../../../../../src/main/core/search';
import { RANK_CAP } from '../../../../../src/main/core/search/run';
import { article, tempLibrary } from '../../../../helpers/library';
import { insertArticle } from '../../../../../src/main/core/repo/articles';

const N = RANK_CAP + 200;
let lib: ReturnType<typeof tempLibrary>;
let oldestId = 0;

beforeAll(() => {
  lib = tempLibrary();
  lib.db.transaction(() => {
    // The oldest import is the best match for "harbour" (in its title) and the only one with "obscurum".
    oldestId = insertArticle(lib.db, article({ title: 'Harbour harbour harbour', text: 'harbour obscurum', published: '2001-01-01' }));
    for (let i = 1; i < N; i++) {
      insertArticle(lib.db, article({ title: `Report ${i}`, text: `the harbour traffic report number ${i} ${i % 7 === 0 ? 'harbour' : 'port'}`, published: `20${10 + (i % 15)}-01-01` }));
    }
  })();
  // Written straight through the repository: the stemmed index is brought up to date in one go.
  syncSearchIndex(lib.db);
}, 120_000);
afterAll(() => lib.cleanup());

const q = (query: string, over: Partial<{ offset: number; limit: number; sort: 'relevance' | 'newest' | 'oldest' }> = {}) =>
  search(lib.db, { q: query, offset: 0, limit: 20, sort: 'relevance', ...over });

describe('ranking cap', () => {
  it('ranks the newest matches of a very common word, with an exact total', () => {
    const r = q('harbour');
    expect(r.total).toBe(N);
    expect(r.hits).toHaveLength(20);
    const maxId = oldestId + N - 1;
    for (const h of r.hits) expect(h.id).toBeGreaterThan(maxId - RANK_CAP);
    const scores = r.hits.map((h) => h.score);
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
    // Articles with the word twice (every seventh) outrank those with it once.
    for (const h of r.hits) expect((h.id - oldestId) % 7).toBe(0);
  });

  it('never cuts a rare word, even in the oldest article', () => {
    const r = q('obscurum');
    expect(r.total).toBe(1);
    expect(r.hits[0].id).toBe(oldestId);
    expect(q('harbour obscurum').hits[0].id).toBe(oldestId);
  });

  it('pages beyond the cap rank every match', () => {
    const r = q('harbour', { offset: RANK_CAP - 5, limit: 10 });
    expect(r.total).toBe(N);
    expect(r.hits).toHaveLength(10);
    expect(new Set(r.hits.map((h) => h.id)).size).toBe(10);
  });

  it('date sorts see every match', () => {
    const r = q('harbour', { sort: 'oldest', limit: 1 });
    expect(r.hits[0].id).toBe(oldestId);
    expect(r.total).toBe(N);
  });

  it('counts a word in nearly every article exactly, and follows deletions', () => {
    // Every article but the oldest has "the" (a stop word, searched in the unstemmed index).
    expect(q('the').total).toBe(N - 1);
    expect(q('the').total).toBe(searchCount(lib.db, 'the'));
    expect(q('the -obscurum').total).toBe(N - 1);
    expect(q('the after:2024').total).toBe(searchCount(lib.db, 'the after:2024'));
    const newest = q('the', { sort: 'newest', limit: 1 }).hits[0].id;
    lib.db.prepare('DELETE FROM articles WHERE id = ?').run(newest);
    expect(q('the').total).toBe(N - 2);
    expect(q('harbour').total).toBe(N - 1);
  });
});
