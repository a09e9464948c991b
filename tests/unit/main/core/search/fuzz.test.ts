// 10,000 random and hostile queries through parse + search on a small library: every one must
// come back as a valid answer (results, or an empty list with a sentence), never as an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../../../src/shared/contract';
import { search } from '../../../../../src/main/core/search';
import { parse } from '../../../../../src/main/core/search/parse';
import { buildFixture, type Fixture } from './fixture';
import { mulberry32 } from './random';

const RUNS = 10_000;

const prng = mulberry32;

const PIECES = [
  'putin', 'kim', 'friendship', 'fiery', 'pyongyang', 'moscow', 'sanctions', 'résumé', 'путин', '서울', '東京', 'shipping',
  'OR', 'AND', 'NOT', '|', '||', '-', '+', '(', ')', '"', '“', '”', '«', '*', '~', '~1', '~2', '^2', ':', ',', 'NEAR(', 'NEAR', ', 5)',
  'title:', 'byline:', 'text:', 'outlet:', 'tag:', 'lang:', 'after:', 'before:', 'year:', 'source:', 'note:', 'story:', 'has:', 'is:',
  'notes', 'reprint', 'region/', 'U.S.', "Kim's", 'the', 'WHO', 'Москвы', '北', '北京市',
  '2024', '2024-13-45', '2024-02-29', '1999-12-31', 'ru', 'Reuters', '"New York Times"', 'treaty',
  '\u0000', '\u0002', '\u0003', '\n', '\t', '\u200b', '\u202e', '😀', '🇺🇦', '\ud800', "'", ';', '--', '/*', 'DROP', '{', '}', '[', ']', '\\', '%', '_',
];

function randomQuery(rnd: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(rnd() * 12);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.7) parts.push(PIECES[Math.floor(rnd() * PIECES.length)]);
    else if (r < 0.85) parts.push(String.fromCodePoint(Math.floor(rnd() * 0xffff) & ~0x800 /* keep clear of lone-surrogate bulk */));
    else if (r < 0.95) parts.push(String.fromCodePoint(0x20 + Math.floor(rnd() * 0x5f)).repeat(1 + Math.floor(rnd() * 4)));
    else parts.push(String.fromCodePoint(0x10000 + Math.floor(rnd() * 0x10000)));
    if (rnd() < 0.6) parts.push(' ');
  }
  return parts.join('');
}

let f: Fixture;
beforeAll(() => {
  f = buildFixture();
});
afterAll(() => f.cleanup());

describe('fuzz', () => {
  it(`answers ${RUNS} random and hostile queries without an error`, () => {
    const rnd = prng(0x5eed);
    const sorts = ['relevance', 'newest', 'oldest'] as const;
    const outSchema = contract['search.query'].output;
    let withHits = 0;
    const failures: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const q = randomQuery(rnd);
      try {
        parse(q);
        const r = outSchema.parse(search(f.db, { q, offset: 0, limit: 3, sort: sorts[i % 3] }));
        if (r.total > 0) withHits++;
        if (/could not be run/.test(r.message ?? '') || (r.total === 0 && !r.message)) failures.push(JSON.stringify(q));
      } catch (e) {
        failures.push(`${JSON.stringify(q)}: ${(e as Error).message}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    // The generator must exercise real searches, not only rejected input.
    expect(withHits).toBeGreaterThan(RUNS / 50);
  });
});
