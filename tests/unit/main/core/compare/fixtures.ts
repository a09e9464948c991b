// Shared material for the comparison tests: an article written here (so the core suite stands
// without the corpus) and loaders for the corpus, which return null when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const corpusDir = path.resolve(here, '..', '..', '..', '..', '..', '..', 'shared', 'corpus');
const seedPath = path.join(corpusDir, 'seed', 'nk-russia-strategic-agreement.txt');
const basilDir = path.join(corpusDir, 'coverage', 'basil');

export const FIXTURE_TITLE = 'Valmora and Ostland sign defence pact';

export const FIXTURE = [
  'President Elena Marsh of Valmora and Prime Minister Tomas Reyes of Ostland signed a defence pact on Tuesday in the port city of Karvik, promising mutual assistance if either country is attacked.',
  'The agreement commits Ostland to deliver 4,500 tonnes of grain and dozens of patrol boats over the next three years, officials said.',
  '“This is the strongest partnership our nations have ever built,” Marsh said at a news conference in Karvik. “Nobody should doubt our resolve.”',
  'Reyes described the pact as “a shield for both our peoples,” adding that the talks had lasted 14 months.',
  'According to the Karvik Institute for Strategy, the deal could cost Ostland $2.5bn a year.',
  'Critics in the opposition called the agreement rushed. Senator Ana Kovic said the government had ignored parliament.',
  'Thousands of residents lined the streets of Karvik to watch the motorcade, waving the flags of both countries.',
].join('\n\n');

export const EDITS = {
  removed: 'Senator Ana Kovic said the government had ignored parliament.',
  figure: ['4,500 tonnes', '5,200 tonnes'] as const,
  quote: ['the strongest partnership our nations have ever built', 'the strongest partnership our two nations have built'] as const,
  paraphrase: [
    'Thousands of residents lined the streets of Karvik to watch the motorcade, waving the flags of both countries.',
    'Thousands of inhabitants lined the roads of Karvik to see the motorcade, waving the flags of both nations.',
  ] as const,
};

/** The fixture with all four edits applied, as a second outlet might print it. */
export function editedFixture(): string {
  return FIXTURE.replace(' ' + EDITS.removed, '')
    .replace(EDITS.figure[0], EDITS.figure[1])
    .replace(EDITS.quote[0], EDITS.quote[1])
    .replace(EDITS.paraphrase[0], EDITS.paraphrase[1]);
}

/** The seed article's body (title line and the page chrome after "Related Articles" dropped). */
export function seedBody(): string | null {
  if (!fs.existsSync(seedPath)) return null;
  const raw = fs.readFileSync(seedPath, 'utf8');
  return raw.split(/\n\s*Related Articles\s*\n/)[0]!.split('\n').slice(1).join('\n').trim();
}

export interface BasilArticle {
  id: string;
  event_id: string;
  outlet: string;
  title: string;
  date: string;
  text: string;
  path: string;
  annotation_path: string;
}

export function basilArticles(): BasilArticle[] | null {
  const file = path.join(basilDir, 'basil_articles.jsonl');
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as BasilArticle);
}

export function basilJson<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(basilDir, rel), 'utf8')) as T;
}

export const SKIP_SEED = 'seed article absent (../shared/corpus/seed/nk-russia-strategic-agreement.txt): skipped';
export const SKIP_BASIL = 'BASIL absent (../shared/corpus/coverage/basil/basil_articles.jsonl): skipped';
