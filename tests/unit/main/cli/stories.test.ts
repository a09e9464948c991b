// `parallax stories` over articles written straight through the repository: BASIL events when
// the corpus is present (three outlets per event), else three events written in the test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { tempLibrary } from '../../../helpers/library';
import { seedBasil, seedEvents, withStoriesSchema } from '../core/compare/library-fixtures';

let lib: ReturnType<typeof tempLibrary>;
/** The true event of each article. */
let eventOf: Map<number, string>;

beforeEach(() => {
  lib = tempLibrary();
  withStoriesSchema(lib.db);
  const basil = seedBasil(lib.db, 5);
  if (basil) eventOf = basil;
  else {
    const s = seedEvents(lib.db);
    eventOf = new Map([...s.pact.map((id) => [id, 'pact']), ...s.flood.map((id) => [id, 'flood']), ...s.election.map((id) => [id, 'election'])] as [number, string][]);
  }
  lib.db.close();
});
afterEach(() => lib.cleanup());

describe('parallax stories', () => {
  it(`groups the articles by event as JSON [{id, title, articleIds}]`, async () => {
    const r = await cli(['--library', lib.path, 'stories', '--json']);
    expect(r.code).toBe(0);
    const stories = JSON.parse(r.stdout) as { id: number; title: string; articleIds: number[] }[];
    for (const s of stories) {
      expect(Object.keys(s).slice(0, 3)).toEqual(['id', 'title', 'articleIds']);
      expect(Number.isInteger(s.id)).toBe(true);
      // Each story holds one event, and its title is one of its articles'.
      expect(new Set(s.articleIds.map((id) => eventOf.get(id))).size).toBe(1);
    }
    expect(stories.flatMap((s) => s.articleIds).toSorted((x, y) => x - y)).toEqual([...eventOf.keys()].toSorted((x, y) => x - y));
    expect(stories).toHaveLength(new Set(eventOf.values()).size);
  });

  it('prints a table for people and filters single-article stories', async () => {
    const r = await cli(['stories', '--library', lib.path]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s*id\s+articles\s+dates\s+outlets\s+title$/);
    const events = new Set(eventOf.values()).size;
    expect(r.stdout).toContain(`${events} stories, ${eventOf.size} articles.`);
    const none = await cli(['stories', '--library', lib.path, '--min-articles', '10']);
    expect(none.stdout).toBe('No story has 10 or more articles.\n');
  });

  it('regroups on --recluster and reports it on stderr, keeping stdout JSON', async () => {
    await cli(['--library', lib.path, 'stories']);
    const r = await cli(['--library', lib.path, 'stories', '--recluster', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Regrouped the library: \d+ stories, 0 articles moved, 0 new\.\n$/);
    expect(JSON.parse(r.stdout).length).toBe(new Set(eventOf.values()).size);
  });

  it('refuses stray words and bad numbers', async () => {
    expect((await cli(['--library', lib.path, 'stories', 'all'])).stderr).toMatch(/stories takes no words/);
    const bad = await cli(['--library', lib.path, 'stories', '--min-articles', 'two']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--min-articles must be a whole number from 1 to 1000/);
  });
});
