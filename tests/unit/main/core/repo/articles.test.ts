import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findByHash, getArticle, listArticles, listOutlets, summariesByIds, countArticles } from '../../../../../src/main/core/repo/articles';
import { updateTags } from '../../../../../src/main/core/repo/tags';
import { addArticle, article, tempLibrary } from '../../../../helpers/library';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import type { Db } from '../../../../../src/main/core/db/open';

let lib: ReturnType<typeof tempLibrary>;
let db: Db;
beforeEach(() => {
  lib = tempLibrary();
  db = lib.db;
});
afterEach(() => lib.cleanup());

const base = { sort: 'published', order: 'desc', offset: 0, limit: 50 } as const;

describe('articles repository', () => {
  it('inserts and reads back every field', () => {
    const id = addArticle(db, { title: 'Summit', text: 'Body text here', outlet: 'Reuters', byline: 'A. Writer', url: 'https://example.org/a', published: '2024-06-19', html: '<p>Body text here</p>' });
    const a = getArticle(db, id)!;
    expect(a).toMatchObject({ id, title: 'Summit', outlet: 'Reuters', byline: 'A. Writer', url: 'https://example.org/a', published: '2024-06-19', text: 'Body text here', html: '<p>Body text here</p>', tags: [], wordCount: 3 });
    expect(getArticle(db, id + 100)).toBeUndefined();
    expect(countArticles(db)).toBe(1);
  });

  it('refuses a second article with the same content hash', () => {
    addArticle(db, { title: 'One', text: 'same' });
    expect(() => insertArticle(db, article({ title: 'Two', text: 'same' }))).toThrow(/UNIQUE/);
    expect(findByHash(db, article({ title: 'x', text: 'same' }).contentHash)?.title).toBe('One');
  });

  it('lists newest first with undated articles last, and by title', () => {
    addArticle(db, { title: 'beta', text: 'b', published: '2024-01-01' });
    addArticle(db, { title: 'Alpha', text: 'a', published: null });
    addArticle(db, { title: 'gamma', text: 'c', published: '2024-06-01' });
    expect(listArticles(db, base).items.map((i) => i.title)).toEqual(['gamma', 'beta', 'Alpha']);
    expect(listArticles(db, { ...base, order: 'asc' }).items.map((i) => i.title)).toEqual(['beta', 'gamma', 'Alpha']);
    expect(listArticles(db, { ...base, sort: 'title', order: 'asc' }).items.map((i) => i.title)).toEqual(['Alpha', 'beta', 'gamma']);
  });

  it('pages with offset/limit and reports the full total', () => {
    for (let i = 0; i < 25; i++) addArticle(db, { title: `t${i}`, text: `text ${i}`, published: `2024-01-${String(i + 1).padStart(2, '0')}` });
    const page = listArticles(db, { ...base, offset: 10, limit: 10 });
    expect(page.total).toBe(25);
    expect(page.items).toHaveLength(10);
    expect(page.items[0].title).toBe('t14');
  });

  it('filters by tag and by outlet (case-insensitive)', () => {
    const a = addArticle(db, { title: 'A', text: 'a', outlet: 'TASS' });
    addArticle(db, { title: 'B', text: 'b', outlet: 'Reuters' });
    updateTags(db, [a], ['summit'], []);
    expect(listArticles(db, { ...base, tag: 'summit' }).items.map((i) => i.title)).toEqual(['A']);
    expect(listArticles(db, { ...base, tag: 'SUMMIT' }).items.map((i) => i.title)).toEqual(['A']);
    expect(listArticles(db, { ...base, outlet: 'reuters' }).items.map((i) => i.title)).toEqual(['B']);
    expect(listOutlets(db)).toEqual([
      { name: 'Reuters', count: 1 },
      { name: 'TASS', count: 1 },
    ]);
  });

  it('returns summaries with tags for a set of ids', () => {
    const a = addArticle(db, { title: 'A', text: 'a' });
    const b = addArticle(db, { title: 'B', text: 'b' });
    updateTags(db, [a, b], ['x'], []);
    const m = summariesByIds(db, [a, b, 999]);
    expect(m.size).toBe(2);
    expect(m.get(b)?.tags).toEqual(['x']);
  });
});
