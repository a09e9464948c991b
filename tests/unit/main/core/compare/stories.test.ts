import { describe, expect, it } from 'vitest';
import { StoryIndex, clusterStories } from '../../../../../src/main/core/compare/stories';
import type { StoryArticleInput } from '../../../../../src/shared/compare';
import { FIXTURE, SKIP_BASIL, basilArticles, editedFixture } from './fixtures';

const FLOOD =
  'Heavy rain flooded the river town of Dunmere on Sunday, forcing 2,000 residents from their homes. ' +
  'Mayor Paul Okafor said emergency crews from the Dunmere Fire Service had rescued 40 people by boat.\n\n' +
  'The Greyline railway between Dunmere and Ashby was closed after the embankment collapsed.';
const FLOOD_2 =
  'Floodwater swept through Dunmere after a night of heavy rain, and about 2,000 residents were evacuated. ' +
  'Paul Okafor, the mayor, praised the Dunmere Fire Service, whose boats rescued 40 people.\n\n' +
  'Trains on the Greyline between Dunmere and Ashby stopped when an embankment gave way.';
const ELECTION =
  'Voters in Saltmarsh County elected Judith Amsel as governor on Tuesday, ending twelve years of rule by the Harbor Party. ' +
  'Amsel won 54 percent of the vote, according to the Saltmarsh Electoral Commission.\n\n' +
  'Her rival, Victor Lund, conceded late on Tuesday night.';
const ELECTION_2 =
  'Judith Amsel will be Saltmarsh County’s next governor after winning 54 percent in Tuesday’s vote, the Saltmarsh Electoral Commission said. ' +
  'Victor Lund of the Harbor Party conceded defeat.';

const a = (id: number, title: string, text: string, published: string | null): StoryArticleInput => ({ id, title, text, published });

describe('clusterStories', () => {
  const arts = [
    a(1, 'Valmora and Ostland sign defence pact', FIXTURE, '2024-03-05'),
    a(2, 'Flood forces 2,000 from Dunmere homes', FLOOD, '2024-03-03'),
    a(3, 'Amsel elected Saltmarsh governor', ELECTION, '2024-03-06'),
    a(4, 'Ostland and Valmora pledge mutual defence', editedFixture(), '2024-03-06'),
    a(5, 'Dunmere evacuated as river bursts banks', FLOOD_2, '2024-03-04'),
    a(6, 'Amsel wins Saltmarsh race', ELECTION_2, '2024-03-07'),
  ];

  it('groups articles about one event and keeps events apart', () => {
    const groups = clusterStories(arts).map((s) => s.articleIds);
    expect(groups).toEqual([[1, 4], [2, 5], [3, 6]].toSorted((x, y) => Math.min(...x) - Math.min(...y)));
  });

  it('is deterministic whatever the input order, with ids taken from the first article', () => {
    const once = clusterStories(arts);
    const again = clusterStories(arts.toReversed());
    expect(again).toEqual(once);
    const flood = once.find((s) => s.articleIds.includes(2))!;
    expect(flood.id).toBe('s2'); // article 2 is the earliest of its story
    expect(['Flood forces 2,000 from Dunmere homes', 'Dunmere evacuated as river bursts banks']).toContain(flood.title);
  });

  it('keeps the same event apart when the dates are far outside the window', () => {
    const far = clusterStories([a(1, 'Pact signed', FIXTURE, '2024-03-05'), a(2, 'Pact signed', editedFixture(), '2024-06-05')]);
    expect(far.map((s) => s.articleIds)).toEqual([[1], [2]]);
    const undated = clusterStories([a(1, 'Pact signed', FIXTURE, null), a(2, 'Pact signed', editedFixture(), null)]);
    expect(undated.map((s) => s.articleIds)).toEqual([[1, 2]]);
  });

  it('assigns a new article to an existing story, or starts one', () => {
    const index = new StoryIndex();
    for (const x of arts.slice(0, 3)) index.add(x);
    expect(index.add(arts[4]!)).toBe('s2');
    expect(index.add(a(9, 'Comet seen over the Andes', 'Astronomers in Chile photographed a bright comet over the Andes on Friday night.', '2024-03-08'))).toBe('s9');
    expect(index.stories().find((s) => s.id === 's2')!.articleIds).toEqual([2, 5]);
  });

  it('refuses an article given twice and a negative window, in a sentence', () => {
    expect(() => clusterStories([arts[0]!, arts[0]!])).toThrow('Article 1 was given twice; each article can belong to one story only.');
    expect(() => new StoryIndex({ windowDays: -1 })).toThrow('The story date window must be zero or more days.');
  });

  it('groups a handful of BASIL events by event', (ctx) => {
    const basil = basilArticles();
    if (!basil) return ctx.skip(SKIP_BASIL);
    const events = [...new Set(basil.map((x) => x.event_id))].slice(0, 8);
    const chosen = basil.filter((x) => events.includes(x.event_id));
    const input = chosen.map((x, i) => a(i + 1, x.title, x.text, x.date));
    const stories = clusterStories(input);
    const eventOf = (id: number) => chosen[id - 1]!.event_id;
    for (const s of stories) expect(new Set(s.articleIds.map(eventOf)).size).toBe(1);
    expect(stories).toHaveLength(events.length);
  });
});
