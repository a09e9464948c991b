// Stories over a real library: clustering, the user's edits, and those edits surviving a re-cluster.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/main/core/db/open';
import { allMemberships, listStories, storyArticleSummaries, storySummary, unassignedArticleIds } from '../../../../../src/main/core/repo/stories';
import { assignStories, ensureStories, reclusterLibrary } from '../../../../../src/main/core/compare/story-library';
import { mergeStories, moveArticle, renameStory, splitStory } from '../../../../../src/main/core/compare/story-edits';
import { addArticle, tempLibrary } from '../../../../helpers/library';
import { FLOOD, seedEvents, withStoriesSchema, type Seeded } from '../compare/library-fixtures';

let lib: ReturnType<typeof tempLibrary>;
let db: Db;
let ids: Seeded;
beforeEach(() => {
  lib = tempLibrary();
  db = lib.db;
  withStoriesSchema(db);
  ids = seedEvents(db);
});
afterEach(() => lib.cleanup());

const all = () => listStories(db, { offset: 0, limit: 100, minArticles: 1 }).items;
const groups = () => all().map((s) => s.articleIds).toSorted((x, y) => x[0]! - y[0]!);
const storyOf = (articleId: number) => allMemberships(db).get(articleId)!.storyId;
const expected = (s: Seeded) => [[...s.pact], [...s.flood], [...s.election]].toSorted((x, y) => x[0]! - y[0]!);

describe('stories in a library', () => {
  it('groups a library that never had stories the first time they are asked for', () => {
    expect(all()).toEqual([]);
    ensureStories(db);
    expect(unassignedArticleIds(db)).toEqual([]);
    expect(groups()).toEqual(expected(ids));
    const flood = storySummary(db, storyOf(ids.flood[0]))!;
    expect(flood).toMatchObject({
      articleCount: 2,
      firstPublished: '2024-03-03',
      lastPublished: '2024-03-04',
      outlets: ['AP', 'Dunmere Gazette'],
      titleIsUser: false,
    });
    expect(['Flood forces 2,000 from Dunmere homes', 'Dunmere evacuated as river bursts banks']).toContain(flood.title);
    // Most recent event first.
    expect(all()[0]!.articleIds).toEqual([...ids.election]);
  });

  it('clusters a library’s first import in one batch', () => {
    const r = assignStories(db, [...ids.pact, ...ids.flood]);
    // Every article of the library gets a story, not only those named.
    expect(r).toEqual({ assigned: 6, created: 3 });
    expect(groups()).toEqual(expected(ids));
  });

  it('lets a new import join its story or start one, and is harmless when repeated', () => {
    reclusterLibrary(db);
    const before = storyOf(ids.flood[0]);
    const again = addArticle(db, {
      title: 'Dunmere counts the cost of the flood',
      text: FLOOD.replace('on Sunday', 'at the weekend').replace('2,000', 'two thousand'),
      outlet: 'BBC',
      published: '2024-03-05',
    });
    const comet = addArticle(db, { title: 'Comet seen over the Andes', text: 'Astronomers in Chile photographed a bright comet over the Andes on Friday night.', published: '2024-03-08' });
    expect(assignStories(db, [again, comet])).toEqual({ assigned: 2, created: 1 });
    expect(storyOf(again)).toBe(before);
    expect(storySummary(db, storyOf(comet))).toMatchObject({ articleIds: [comet], title: 'Comet seen over the Andes' });
    expect(assignStories(db, [again, comet])).toEqual({ assigned: 0, created: 0 });
    expect(storySummary(db, before)!.articleCount).toBe(3);
  });

  it('keeps a renamed, merged, split and moved-out story as the user left it through a re-cluster', () => {
    reclusterLibrary(db);
    const pact = storyOf(ids.pact[0]);
    const flood = storyOf(ids.flood[0]);
    const election = storyOf(ids.election[0]);

    renameStory(db, pact, '  Karvik   pact  ');
    expect(storySummary(db, pact)).toMatchObject({ title: 'Karvik pact', titleIsUser: true });

    const merged = mergeStories(db, [flood, election]);
    expect(merged.id).toBe(flood);
    expect(merged.articleIds).toEqual([...ids.flood, ...ids.election].toSorted((x, y) => x - y));

    const out = moveArticle(db, ids.pact[1], null);
    expect(out.fromStoryId).toBe(pact);
    expect(out.storyId).not.toBe(pact);

    const r = reclusterLibrary(db);
    expect(r.moved).toBe(0);
    expect(storySummary(db, pact)).toMatchObject({ title: 'Karvik pact', titleIsUser: true, articleIds: [ids.pact[0]] });
    expect(storySummary(db, flood)!.articleIds).toEqual(merged.articleIds);
    expect(storySummary(db, out.storyId)!.articleIds).toEqual([ids.pact[1]]);

    // Splitting the merged story apart again is remembered too.
    const split = splitStory(db, flood, [...ids.election]);
    reclusterLibrary(db);
    expect(storySummary(db, flood)!.articleIds).toEqual([...ids.flood]);
    expect(storySummary(db, split.to.id)!.articleIds).toEqual([...ids.election]);
    expect(storyArticleSummaries(db, flood).every((a) => a.pinned)).toBe(true);
  });

  it('moves an article into another story and back to automatic grouping titles', () => {
    reclusterLibrary(db);
    const flood = storyOf(ids.flood[0]);
    const election = storyOf(ids.election[0]);
    const r = moveArticle(db, ids.flood[1], election);
    expect(r).toEqual({ storyId: election, fromStoryId: flood });
    reclusterLibrary(db);
    expect(storyOf(ids.flood[1])).toBe(election);
    expect(storyOf(ids.flood[0])).toBe(flood);
    expect(storyArticleSummaries(db, election).find((a) => a.id === ids.flood[1])!.pinned).toBe(true);
    // An automatic title always names one of the story's own articles.
    const titles = storyArticleSummaries(db, flood).map((a) => a.title);
    expect(titles).toContain(storySummary(db, flood)!.title);
    renameStory(db, flood, 'Mine');
    renameStory(db, flood, null);
    expect(storySummary(db, flood)).toMatchObject({ title: 'Flood forces 2,000 from Dunmere homes', titleIsUser: false });
  });

  it('refuses impossible edits with a sentence and changes nothing', () => {
    reclusterLibrary(db);
    const before = groups();
    const pact = storyOf(ids.pact[0]);
    expect(() => mergeStories(db, [pact, pact])).toThrow('Choose at least two different stories to merge.');
    expect(() => mergeStories(db, [pact, 9999])).toThrow('There is no story with id 9999');
    expect(() => splitStory(db, pact, [...ids.pact])).toThrow(/Leave at least one article in the story/);
    expect(() => splitStory(db, pact, [ids.flood[0]])).toThrow(`Article ${ids.flood[0]} is not in the story`);
    expect(() => moveArticle(db, 4242, null)).toThrow('There is no article with id 4242 in this library.');
    expect(() => moveArticle(db, ids.pact[0], 9999)).toThrow('There is no story with id 9999');
    expect(() => renameStory(db, 9999, 'x')).toThrow('There is no story with id 9999');
    expect(groups()).toEqual(before);
    expect([...allMemberships(db).values()].some((m) => m.pinned)).toBe(false);
  });

  it('drops a story whose articles were all deleted', () => {
    reclusterLibrary(db);
    const election = storyOf(ids.election[0]);
    db.prepare('DELETE FROM articles WHERE id IN (?, ?)').run(...ids.election);
    ensureStories(db);
    expect(storySummary(db, election)).toBeUndefined();
    expect(all()).toHaveLength(2);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
