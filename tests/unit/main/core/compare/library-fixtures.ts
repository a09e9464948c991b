// A small library for the story and comparison tests: three events, two outlets each, written
// here so the suite stands without the corpus; and the stories schema (migration 004) applied
// on top of a fresh library while the migration list does not include it yet.
import type { Db } from '../../../../../src/main/core/db/open';
import { migrations } from '../../../../../src/main/core/db/migrations';
import { m004Stories } from '../../../../../src/main/core/db/migrations/004-stories';
import { addArticle } from '../../../../helpers/library';
import { FIXTURE, basilArticles, editedFixture } from './fixtures';

/** Makes sure the tables of migration 004 exist (openLibrary runs it once it is registered). */
export function withStoriesSchema(db: Db): void {
  if (migrations.some((m) => m.version === m004Stories.version)) return;
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'").get()) return;
  db.transaction(() => m004Stories.up(db))();
}

export const FLOOD =
  'Heavy rain flooded the river town of Dunmere on Sunday, forcing 2,000 residents from their homes. ' +
  'Mayor Paul Okafor said emergency crews from the Dunmere Fire Service had rescued 40 people by boat.\n\n' +
  'The Greyline railway between Dunmere and Ashby was closed after the embankment collapsed.';
export const FLOOD_2 =
  'Floodwater swept through Dunmere after a night of heavy rain, and about 3,000 residents were evacuated. ' +
  'Paul Okafor, the mayor, praised the Dunmere Fire Service, whose boats rescued 40 people.\n\n' +
  'Trains on the Greyline between Dunmere and Ashby stopped when an embankment gave way.';
export const ELECTION =
  'Voters in Saltmarsh County elected Judith Amsel as governor on Tuesday, ending twelve years of rule by the Harbor Party. ' +
  'Amsel won 54 percent of the vote, according to the Saltmarsh Electoral Commission.\n\n' +
  'Her rival, Victor Lund, conceded late on Tuesday night.';
export const ELECTION_2 =
  'Judith Amsel will be Saltmarsh County’s next governor after winning 54 percent in Tuesday’s vote, the Saltmarsh Electoral Commission said. ' +
  'Victor Lund of the Harbor Party conceded defeat.';

export interface Seeded {
  pact: [number, number];
  flood: [number, number];
  election: [number, number];
}

/** Inserts the six articles (interleaved, as a real import would) and returns their ids by event. */
export function seedEvents(db: Db): Seeded {
  const p1 = addArticle(db, { title: 'Valmora and Ostland sign defence pact', text: FIXTURE, outlet: 'Reuters', published: '2024-03-05' });
  const f1 = addArticle(db, { title: 'Flood forces 2,000 from Dunmere homes', text: FLOOD, outlet: 'Dunmere Gazette', published: '2024-03-03' });
  const e1 = addArticle(db, { title: 'Amsel elected Saltmarsh governor', text: ELECTION, outlet: 'Reuters', published: '2024-03-06' });
  const p2 = addArticle(db, { title: 'Ostland and Valmora pledge mutual defence', text: editedFixture(), outlet: 'TASS', published: '2024-03-06' });
  const f2 = addArticle(db, { title: 'Dunmere evacuated as river bursts banks', text: FLOOD_2, outlet: 'AP', published: '2024-03-04' });
  const e2 = addArticle(db, { title: 'Amsel wins Saltmarsh race', text: ELECTION_2, outlet: 'Xinhua', published: '2024-03-07' });
  return { pact: [p1, p2], flood: [f1, f2], election: [e1, e2] };
}

const BASIL_OUTLETS: Record<string, string> = { nyt: 'New York Times', fox: 'Fox News', hpo: 'HuffPost', huffpost: 'HuffPost' };

/**
 * The first `events` BASIL events (three outlets each), inserted through the repository, or null
 * when the corpus is absent. Returns each article's event.
 */
export function seedBasil(db: Db, events: number): Map<number, string> | null {
  const basil = basilArticles();
  if (!basil) return null;
  const chosen = [...new Set(basil.map((a) => a.event_id))].slice(0, events);
  const eventOf = new Map<number, string>();
  for (const a of basil.filter((x) => chosen.includes(x.event_id))) {
    const outlet = BASIL_OUTLETS[a.outlet.trim().toLowerCase()] ?? a.outlet.trim();
    const id = addArticle(db, { title: a.title, text: a.text, outlet, published: a.date });
    eventOf.set(id, a.event_id);
  }
  return eventOf;
}
