// `parallax compare` over articles written straight through the repository: the three outlets'
// articles of a BASIL event when the corpus is present, else two versions of a written article.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './helpers';
import { tempLibrary } from '../../../helpers/library';
import { seedBasil, seedEvents, withStoriesSchema } from '../core/compare/library-fixtures';

let lib: ReturnType<typeof tempLibrary>;
/** The articles of one event, oldest first. */
let event: number[];

beforeEach(() => {
  lib = tempLibrary();
  withStoriesSchema(lib.db);
  const basil = seedBasil(lib.db, 3);
  if (basil) {
    const first = [...basil.values()][0];
    event = [...basil].filter(([, e]) => e === first).map(([id]) => id);
  } else event = [...seedEvents(lib.db).pact];
  lib.db.close();
});
afterEach(() => lib.cleanup());

interface CompareJson {
  articles: { id: number; title: string; outlet: string | null; published: string | null }[];
  claims: { text: string; carriedBy: number[]; sentences: Record<string, string> }[];
  quotes: { speaker: string; text: string; articleId: number }[];
  figures: { value: number; counts: string; articleId: number; sentence: string; conflictsWith?: { articleId: number; sentence: string }[] }[];
  entities: { name: string; articleIds: number[] }[];
  framing: { label: string; flagged: boolean }[];
  quoteSpeakers: unknown[];
  quoteDifferences: unknown[];
}

describe('parallax compare --json', () => {
  it('answers in the documented shape', async () => {
    const r = await cli(['--library', lib.path, 'compare', ...event.map(String), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as CompareJson;
    for (const key of ['articles', 'claims', 'quotes', 'figures', 'entities', 'framing']) expect(Array.isArray(out[key as keyof CompareJson])).toBe(true);
    expect(Array.isArray(out.quoteSpeakers) && Array.isArray(out.quoteDifferences)).toBe(true);
    expect(out.articles.map((a) => a.id)).toEqual(event);
    expect(Object.keys(out.articles[0]!)).toEqual(['id', 'title', 'outlet', 'published']);
    const ids = new Set(event);
    for (const c of out.claims) {
      expect(typeof c.text).toBe('string');
      expect(c.carriedBy.every((id) => ids.has(id))).toBe(true);
      expect(Object.keys(c.sentences).map(Number).toSorted()).toEqual(c.carriedBy.toSorted());
    }
    expect(out.claims.some((c) => c.carriedBy.length > 1)).toBe(true);
    expect(out.quotes.length).toBeGreaterThan(0);
    for (const q of out.quotes) {
      expect(typeof q.speaker).toBe('string');
      expect(ids.has(q.articleId)).toBe(true);
    }
    for (const f of out.figures) {
      expect(typeof f.value).toBe('number');
      // `sentence` is the sentence's text, found in that article's claims.
      expect(out.claims.some((c) => c.sentences[String(f.articleId)] === f.sentence)).toBe(true);
    }
    expect(out.entities.length).toBeGreaterThan(0);
  });

  it('compares a story by its id', async () => {
    const stories = JSON.parse((await cli(['--library', lib.path, 'stories', '--json'])).stdout) as { id: number; articleIds: number[] }[];
    const story = stories.find((s) => s.articleIds.includes(event[0]!))!;
    const r = await cli(['--library', lib.path, 'compare', '--story', String(story.id), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as CompareJson & { storyId: number };
    expect(out.storyId).toBe(story.id);
    expect(out.articles.map((a) => a.id).toSorted()).toEqual(story.articleIds.toSorted());
  });

  it('prints a summary for people', async () => {
    const r = await cli(['--library', lib.path, 'compare', ...event.map(String)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Shared claims \(\d+\):/);
    expect(r.stdout).toMatch(/Claims only one article carries: #/);
    expect(r.stdout).toContain('--export md|html|csv --out <file>');
  });
});

describe('parallax compare --export', () => {
  it('writes an HTML report to --out and prints Markdown or CSV without it', async () => {
    const file = join(lib.path, '..', 'report.html');
    const r = await cli(['--library', lib.path, 'compare', ...event.map(String), '--export', 'html', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Wrote the HTML report to ${file}`);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    const md = await cli(['--library', lib.path, 'compare', ...event.map(String), '--export', 'md']);
    expect(md.stdout).toMatch(/^# Coverage comparison: /);
    const csv = await cli(['--library', lib.path, 'compare', ...event.map(String), '--export', 'csv']);
    expect(csv.stdout.replace(/^\ufeff/, '').split('\r\n')[0]).toMatch(/^claim_id,claim,articles_carrying,independent_carriers,first_reported_by,/);
  });

  it('says what is wrong with the words typed, and creates no file', async () => {
    const out = join(lib.path, '..', 'never.md');
    const cases: [string[], RegExp][] = [
      [['compare', String(event[0])], /Give 2 to 6 article ids to compare \(got 1\)/],
      [['compare', '1', '2', '--story', '1'], /either article ids or --story <id>, not both/],
      [['compare', '1', '2', '--export', 'pdf'], /--export must be md, html or csv/],
      [['compare', '1', '2', '--out', out], /--out names the report file: add --export/],
      [['compare', '1', '2', '--json', '--export', 'md'], /either --json or --export/],
      [['compare', '1', '2', '--group-by', 'country'], /--group-by must be outlet or group/],
      [['compare', '--story', 'x'], /"x" is not a story id/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(['--library', lib.path, ...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('fails with a sentence for an article or story that does not exist', async () => {
    const r = await cli(['--library', lib.path, 'compare', String(event[0]), '9999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('There is no article with id 9999 in this library.\n');
    const s = await cli(['--library', lib.path, 'compare', '--story', '9999']);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/There is no story with id 9999/);
  });
});
