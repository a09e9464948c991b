// The search channels through a Library, as every transport calls them: batch search, facets
// and saved searches (with their count of new matches).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Library } from '../../../../../src/main/core/library';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { article, tempDir } from '../../../../helpers/library';

let lib: Library;
let cleanup: () => void;
const add = (title: string, text: string) => {
  return insertArticle(lib.ctx.db, article({ title, text, published: '2024-05-01' }));
};

beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  lib = new Library({ path: join(t.dir, 'lib.db'), importMode: 'inline', log: () => {} });
  add('Sanctions on shipping', 'Ministers agreed new sanctions on shipping.');
  add('A sanction lifted', 'One sanction was lifted after talks.');
  add('Weather', 'Rain in Geneva.');
});
afterAll(async () => {
  await lib.close();
  cleanup();
});

describe('search.batch', () => {
  it('answers each query with its total and top hits, in order', async () => {
    const r = await lib.invoke('search.batch', { queries: ['sanctions', 'rain', 'zanzibar', '"'], limit: 1 });
    expect(r.map((x) => [x.query, x.total, x.hits.length])).toEqual([
      ['sanctions', 2, 1],
      ['rain', 1, 1],
      ['zanzibar', 0, 0],
      ['"', 0, 0],
    ]);
    expect(r[2].message).toMatch(/No articles match/);
  });

  it('refuses an empty or oversized batch with a sentence', async () => {
    expect(await lib.call('search.batch', { queries: [] })).toMatchObject({ ok: false, code: 'invalid_input', message: expect.stringMatching(/at least one query/) });
    expect(await lib.call('search.batch', { queries: Array(1001).fill('x') })).toMatchObject({ ok: false, message: expect.stringMatching(/At most 1,000/) });
  });
});

describe('search.facets', () => {
  it('counts over all matches', async () => {
    const f = await lib.invoke('search.facets', { q: 'sanction' });
    expect(f.total).toBe(2);
    expect(f.histogram).toEqual({ interval: 'month', buckets: [{ period: '2024-05', count: 2 }], undated: 0 });
  });
});

describe('saved searches', () => {
  it('are created, listed, opened and deleted, counting matches imported since last opened', async () => {
    const s = await lib.invoke('savedSearches.create', { name: 'Sanctions watch', query: 'sanctions' });
    expect(s).toMatchObject({ name: 'Sanctions watch', query: 'sanctions', sort: 'relevance', lastOpenedAt: null, newCount: 0 });
    expect(await lib.call('savedSearches.create', { name: 'sanctions WATCH', query: 'x' })).toMatchObject({ ok: false, message: expect.stringMatching(/already a saved search/) });
    expect(await lib.call('savedSearches.create', { name: '  ', query: 'x' })).toMatchObject({ ok: false, message: expect.stringMatching(/needs a name/) });

    const fresh = add('More sanctioned firms', 'The list of sanctioned firms grew.');
    add('Unrelated', 'Nothing to see.');
    expect((await lib.invoke('savedSearches.list', {})).map((x) => [x.name, x.newCount])).toEqual([['Sanctions watch', 1]]);

    const opened = await lib.invoke('savedSearches.open', { id: s.id });
    expect(opened.saved.newCount).toBe(1);
    expect(opened.results.total).toBe(3);
    expect(opened.results.hits.filter((h) => h.id > opened.newSinceId).map((h) => h.id)).toEqual([fresh]);
    const after = (await lib.invoke('savedSearches.list', {}))[0];
    expect(after.newCount).toBe(0);
    expect(after.lastOpenedAt).not.toBeNull();

    expect(await lib.invoke('savedSearches.delete', { id: s.id })).toEqual({ deleted: true });
    expect(await lib.invoke('savedSearches.delete', { id: s.id })).toEqual({ deleted: false });
    expect(await lib.call('savedSearches.open', { id: s.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await lib.invoke('savedSearches.list', {})).toEqual([]);
  });

  it('keeps the sort it was saved with', async () => {
    const s = await lib.invoke('savedSearches.create', { name: 'Newest sanctions', query: 'sanction', sort: 'newest' });
    const opened = await lib.invoke('savedSearches.open', { id: s.id, limit: 2 });
    expect(opened.saved.sort).toBe('newest');
    expect(opened.results.hits).toHaveLength(2);
    expect(opened.results.hits.every((h) => h.published === '2024-05-01')).toBe(true);
  });
});

describe('saved searches of filters alone', () => {
  it('count new articles that pass the filters', async () => {
    const s = await lib.invoke('savedSearches.create', { name: 'Everything from May', query: 'after:2024-05-01' });
    expect(s.newCount).toBe(0);
    add('Another day', 'More text.');
    expect((await lib.invoke('savedSearches.list', {})).find((x) => x.id === s.id)?.newCount).toBe(1);
  });
});
