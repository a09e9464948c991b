// The story and comparison channels end to end through Library.call: validation, handlers,
// repositories and the engine over a real library file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/core/library';
import { contract } from '../../../../../src/shared/contract';
import { hasReprintColumn } from '../../../../../src/main/core/repo/stories';
import { tempLibrary } from '../../../../helpers/library';
import { seedEvents, withStoriesSchema, type Seeded } from './library-fixtures';

let lib: ReturnType<typeof tempLibrary>;
let library: Library;
let ids: Seeded;
const events: string[] = [];

beforeEach(() => {
  lib = tempLibrary();
  withStoriesSchema(lib.db);
  ids = seedEvents(lib.db);
  lib.db.close();
  library = new Library({ path: lib.path, importMode: 'inline', log: () => {} });
  events.length = 0;
  library.onEvent((name, payload) => events.push(`${name}:${(payload as { reason?: string }).reason ?? ''}`));
});
afterEach(async () => {
  await library.close();
  lib.cleanup();
});

const storyOf = async (articleId: number) => {
  const { items } = await library.invoke('stories.list', {});
  return items.find((s) => s.articleIds.includes(articleId))!;
};

/** The message of a call that must fail. */
async function failure(channel: string, input: unknown): Promise<string> {
  const r = await library.call(channel, input);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
}

describe('stories channels', () => {
  it('list, get, rename, merge, split and move, each answering in the contract’s shape', async () => {
    const list = await library.invoke('stories.list', {});
    expect(contract['stories.list'].output.parse(list)).toEqual(list);
    expect(list.total).toBe(3);
    const pact = await storyOf(ids.pact[0]);
    const detail = await library.invoke('stories.get', { id: pact.id });
    expect(detail.articles.map((a) => a.id)).toEqual([...ids.pact]);
    expect(detail.articles.map((a) => a.pinned)).toEqual([false, false]);

    const renamed = await library.invoke('stories.rename', { id: pact.id, title: 'Karvik pact' });
    expect(renamed).toMatchObject({ title: 'Karvik pact', titleIsUser: true });
    const flood = await storyOf(ids.flood[0]);
    const election = await storyOf(ids.election[0]);
    const merged = await library.invoke('stories.merge', { ids: [flood.id, election.id] });
    expect(merged.articleCount).toBe(4);
    const split = await library.invoke('stories.split', { id: flood.id, articleIds: [...ids.election] });
    expect(split.to.articleIds).toEqual([...ids.election]);
    const moved = await library.invoke('stories.moveArticle', { articleId: ids.pact[1], toStoryId: null });
    expect(moved.fromStoryId).toBe(pact.id);
    await library.invoke('stories.recluster', {});
    expect((await storyOf(ids.pact[1])).articleIds).toEqual([ids.pact[1]]);
    expect(events.filter((e) => e === 'library.changed:stories')).toHaveLength(5);
  });

  it('refuses bad input with a sentence', async () => {
    expect(await failure('stories.get', { id: 999 })).toMatch(/There is no story with id 999/);
    expect(await failure('stories.merge', { ids: [1] })).toMatch(/Choose at least two stories to merge/);
    expect(await failure('stories.rename', { id: 1, title: 'x'.repeat(301) })).toMatch(/at most 300 characters/);
    expect(await failure('compare.run', { ids: [ids.pact[0]] })).toMatch(/Choose at least two articles to compare/);
    expect(await failure('compare.run', { ids: [1, 2], storyId: 1 })).toMatch(/either the articles to compare .* or a story id, not both/);
    expect(await failure('compare.run', { ids: [ids.pact[0], 777] })).toMatch(/There is no article with id 777/);
    expect(await failure('compare.export', { ids: [1, 2], format: 'pdf' })).toMatch(/format/);
  });
});

describe('compare channels', () => {
  it('compares articles by id with their metadata and outlet columns', async () => {
    const r = await library.invoke('compare.run', { ids: [...ids.pact] });
    expect(contract['compare.run'].output.parse(r)).toEqual(r);
    expect(r.meta.map((m) => [m.id, m.outlet, m.group])).toEqual([
      [ids.pact[0], 'Reuters', 'Wire services'],
      [ids.pact[1], 'TASS', 'State media'],
    ]);
    expect(r.columns.map((c) => c.label)).toEqual(['Reuters', 'TASS']);
    expect(r.claims.filter((c) => c.carriedBy.length === 2).length).toBeGreaterThan(3);
    expect(r.figures.some((f) => f.conflictsWith?.length)).toBe(true);
  });

  it('compares a story group against group, with framing per group', async () => {
    const flood = await storyOf(ids.flood[0]);
    const r = await library.invoke('compare.run', { storyId: flood.id, groupBy: 'group' });
    expect(r.storyId).toBe(flood.id);
    // AP is a wire service (a starter group); the Gazette is in no group and stands as itself.
    expect(r.columns).toEqual([
      { label: 'Dunmere Gazette', articleIds: [ids.flood[0]] },
      { label: 'Wire services', articleIds: [ids.flood[1]] },
    ]);
    expect(r.articles.map((a) => a.outlet)).toEqual(['Dunmere Gazette', 'AP']);
    expect(r.framing.distinctive.map((d) => d.outlet)).toEqual(['Dunmere Gazette', 'Wire services']);
    await library.invoke('outletGroups.save', { name: 'Wire services', outlets: ['AP', 'Dunmere Gazette'] });
    const one = await library.invoke('compare.run', { storyId: flood.id, groupBy: 'group' });
    expect(one.columns).toEqual([{ label: 'Wire services', articleIds: [...ids.flood] }]);
    // One group only: nothing for framing to set against each other.
    expect(one.framing.distinctive).toEqual([]);
  });

  it('does not count a reprint as independent confirmation when the library records reprints', async () => {
    const db = library.ctx.db;
    if (!hasReprintColumn(db)) db.exec('ALTER TABLE articles ADD COLUMN reprint_of INTEGER REFERENCES articles(id) ON DELETE SET NULL');
    const plain = await library.invoke('compare.run', { ids: [...ids.pact] });
    const sharedPlain = plain.claims.filter((c) => c.carriedBy.length === 2);
    expect(sharedPlain.every((c) => c.independentCarriers === 2)).toBe(true);
    db.prepare('UPDATE articles SET reprint_of = ? WHERE id = ?').run(ids.pact[0], ids.pact[1]);
    const r = await library.invoke('compare.run', { ids: [...ids.pact] });
    expect(r.meta[1]!.reprintOf).toBe(ids.pact[0]);
    const shared = r.claims.filter((c) => c.carriedBy.length === 2);
    expect(shared.length).toBe(sharedPlain.length);
    expect(shared.every((c) => c.independentCarriers === 1)).toBe(true);
  });

  it('exports a story as Markdown, HTML and CSV files', async () => {
    const pact = await storyOf(ids.pact[0]);
    for (const format of ['md', 'html', 'csv'] as const) {
      const f = await library.invoke('compare.export', { storyId: pact.id, format });
      expect(f.filename).toMatch(new RegExp(`\\.${format}$`));
      expect(f.mime).toContain('charset=utf-8');
      expect(f.content.length).toBeGreaterThan(200);
    }
  });
});

describe('outlet groups and framing pairs', () => {
  it('saves, renames and deletes groups; refuses an outlet in two groups', async () => {
    const start = await library.invoke('outletGroups.list', {});
    expect(start.map((g) => g.name)).toEqual(['State media', 'Wire services']);
    const saved = await library.invoke('outletGroups.save', { name: 'Korean press', outlets: ['Yonhap', ' yonhap ', 'NK News'] });
    expect(saved.find((g) => g.name === 'Korean press')!.outlets).toEqual(['Yonhap', 'NK News']);
    const clash = await library.call('outletGroups.save', { name: 'Mixed', outlets: ['The Reuters'] });
    expect(clash).toMatchObject({ ok: false, message: 'Reuters is already in the group “Wire services”; an outlet can be in one group only.' });
    const dup = await library.call('outletGroups.save', { name: 'state MEDIA', outlets: ['Yonhap'], previousName: 'Korean press' });
    expect(dup).toMatchObject({ ok: false, message: expect.stringMatching(/already an outlet group called “State media”/) });
    const renamed = await library.invoke('outletGroups.save', { name: 'Korea', outlets: ['Yonhap'], previousName: 'korean press' });
    expect(renamed.map((g) => g.name)).toEqual(['Korea', 'State media', 'Wire services']);
    expect(await library.invoke('outletGroups.delete', { name: 'KOREA' })).toEqual({ deleted: true });
    expect(await library.invoke('outletGroups.delete', { name: 'Korea' })).toEqual({ deleted: false });
  });

  it('keeps the user’s framing pairs, uses them in comparisons, and goes back to the defaults', async () => {
    const defaults = await library.invoke('framingPairs.list', {});
    expect(defaults.custom).toBe(false);
    expect(defaults.pairs.length).toBeGreaterThan(5);
    const bad = await library.call('framingPairs.save', { pairs: [{ label: 'empty', a: [' '], b: ['x'] }] });
    expect(bad).toMatchObject({ ok: false, message: 'The framing pair “empty” needs at least one word or phrase on each side.' });
    const saved = await library.invoke('framingPairs.save', { pairs: [{ label: '', a: ['pact'], b: ['agreement'] }] });
    expect(saved).toEqual({ custom: true, pairs: [{ label: 'pact / agreement', a: ['pact'], b: ['agreement'] }] });
    const r = await library.invoke('compare.run', { ids: [...ids.pact] });
    expect(r.framing.pairs.map((p) => p.label)).toEqual(['pact / agreement']);
    expect((await library.invoke('framingPairs.save', { pairs: null })).custom).toBe(false);
  });
});
