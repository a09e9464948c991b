import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupIndex, outletKey, pickForComparison, runComparison } from '../../../../../src/main/core/compare/library-compare';
import type { ArticleTextRow } from '../../../../../src/main/core/repo/stories';
import { mergeStories, moveArticle } from '../../../../../src/main/core/compare/story-edits';
import { reclusterLibrary } from '../../../../../src/main/core/compare/story-library';
import { allMemberships } from '../../../../../src/main/core/repo/stories';
import { addArticle, tempLibrary } from '../../../../helpers/library';
import { FIXTURE } from './fixtures';
import { seedEvents, withStoriesSchema } from './library-fixtures';

const row = (id: number, outlet: string | null, published: string | null, reprintOf: number | null = null): ArticleTextRow => ({
  id, title: `t${id}`, text: 'x', outlet, published, language: 'en', reprintOf,
});

describe('picking six articles of a large story', () => {
  it('spreads the choice over outlets, prefers originals to reprints, and keeps date order', () => {
    const rows = [
      row(1, 'Reuters', '2024-06-19'), row(2, 'Reuters', '2024-06-18'), row(3, 'Reuters', '2024-06-20'),
      row(4, 'TASS', '2024-06-19'), row(5, 'TASS', '2024-06-21', 1), row(6, 'KCNA', '2024-06-20'),
      row(7, 'Yonhap', null), row(8, 'Yonhap', '2024-06-22'), row(9, null, '2024-06-19'),
    ];
    const picked = pickForComparison(rows, (a) => a.outlet ?? `Article ${a.id}`);
    expect(picked).toHaveLength(6);
    // One per outlet first (earliest original of each), then a second round.
    expect(new Set(picked.map((a) => a.outlet ?? `a${a.id}`)).size).toBe(5);
    expect(picked.map((a) => a.id)).toContain(2);
    expect(picked.map((a) => a.id)).not.toContain(5);
    expect(picked.map((a) => a.published)).toEqual(picked.map((a) => a.published).toSorted((x, y) => (x === null ? 1 : y === null ? -1 : x.localeCompare(y))));
  });

  it('takes every article of a story of six or fewer', () => {
    expect(pickForComparison([row(2, 'A', '2024-01-02'), row(1, 'A', '2024-01-01')], () => 'A').map((a) => a.id)).toEqual([1, 2]);
  });
});

describe('outlet groups', () => {
  it('match outlet names without case, spacing or a leading "The"', () => {
    expect(outletKey('  The  Associated Press ')).toBe('associated press');
    const idx = groupIndex([{ name: 'Wires', outlets: ['The Associated Press', 'Reuters'] }]);
    expect(idx.get(outletKey('associated press'))).toBe('Wires');
    expect(idx.get(outletKey('REUTERS'))).toBe('Wires');
  });
});

describe('comparing a story', () => {
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    lib = tempLibrary();
    withStoriesSchema(lib.db);
  });
  afterEach(() => lib.cleanup());

  it('compares six of a story of more and names the ones left out', () => {
    const ids = seedEvents(lib.db);
    reclusterLibrary(lib.db);
    const storyIds = [...new Set([...allMemberships(lib.db).values()].map((x) => x.storyId))];
    const merged = mergeStories(lib.db, storyIds);
    const extra = addArticle(lib.db, { title: 'Reuters again', text: FIXTURE.split('\n\n').slice(0, 3).join('\n\n'), outlet: 'Reuters', published: '2024-03-09' });
    moveArticle(lib.db, extra, merged.id);
    const r = runComparison(lib.db, { storyId: merged.id });
    expect(r.meta).toHaveLength(6);
    // Reuters has three articles, the others one each: its latest is the one left out.
    expect(r.omitted).toEqual([extra]);
    expect(new Set(r.meta.map((a) => a.outlet))).toEqual(new Set(['Reuters', 'TASS', 'Dunmere Gazette', 'AP', 'Xinhua']));
    expect(r.meta.map((a) => a.id)).toContain(ids.election[0]);
    expect(() => runComparison(lib.db, { storyId: 999 })).toThrow('There is no story with id 999');
  });
});
