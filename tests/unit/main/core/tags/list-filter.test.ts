// articles.list {tag}: a tag filter includes the tag's children.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArticles } from '../../../../../src/main/core/repo/articles';
import { updateTags } from '../../../../../src/main/core/repo/tags';
import { addArticle, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.cleanup());

const base = { sort: 'title' as const, order: 'asc' as const, offset: 0, limit: 50 };

describe('articles.list tag filter', () => {
  it('matches the tag and everything below it, not tags that merely start alike', () => {
    const a = addArticle(lib.db, { title: 'A', text: 'a' });
    const b = addArticle(lib.db, { title: 'B', text: 'b' });
    const c = addArticle(lib.db, { title: 'C', text: 'c' });
    const d = addArticle(lib.db, { title: 'D', text: 'd' });
    updateTags(lib.db, [a], ['region'], []);
    updateTags(lib.db, [b], ['region/korea/north'], []);
    updateTags(lib.db, [c], ['Region/Russia'], []);
    updateTags(lib.db, [d], ['regional'], []);
    const titles = (tag: string) => listArticles(lib.db, { ...base, tag }).items.map((i) => i.title);
    expect(titles('region')).toEqual(['A', 'B', 'C']);
    expect(titles('region/')).toEqual(['A', 'B', 'C']);
    expect(titles('REGION/korea')).toEqual(['B']);
    expect(titles('region/korea/north')).toEqual(['B']);
    expect(titles('regional')).toEqual(['D']);
    expect(listArticles(lib.db, { ...base, tag: 'region' }).total).toBe(3);
  });
});
