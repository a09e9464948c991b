// Whatever is typed, search answers with results or an empty list and a sentence — never an
// exception, never an FTS5 syntax error, never a change to the library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../../../src/shared/contract';
import { search } from '../../../../../src/main/core/search';
import { buildFixture, type Fixture } from './fixture';

let f: Fixture;
beforeAll(() => {
  f = buildFixture();
});
afterAll(() => f.cleanup());

const long = 'Putin Kim friendship '.repeat(500).slice(0, 10_000);

const hostile: [string, string][] = [
  ['a lone quote', '"'],
  ['three quotes', '"""'],
  ['an open NEAR', 'NEAR('],
  ['NEAR with a negative distance', 'NEAR(putin kim, -5)'],
  ['NEAR with commas only', 'NEAR(,,,)'],
  ['NEAR inside NEAR', 'NEAR(NEAR(putin kim) moscow)'],
  ['FTS5 NEAR/ syntax', '"putin" NEAR/3 "kim"'],
  ['operators only', 'AND OR'],
  ['OR OR OR', 'OR OR OR'],
  ['dangling AND', 'putin AND AND'],
  ['a star', '*'],
  ['stars', '*** ** *'],
  ['a minus', '-'],
  ['minuses', '- -- ---'],
  ['empty parentheses', '()'],
  ['unbalanced parentheses', '((putin) kim))) ((('],
  ['empty OR groups', '(putin OR) AND (OR kim)'],
  ['triple negation', '-(-(-putin))'],
  ['an empty field', 'title:'],
  ['an empty filter', 'outlet:'],
  ['a field of a field', 'title:title:title:'],
  ['an FTS5 column set', '{title text}: putin'],
  ['an unknown column', 'rank:5 rowid:1 articles_fts:putin'],
  ['a filter with an open quote', 'outlet:"'],
  ['a filter with a parenthesis', 'outlet:(Reuters OR TASS)'],
  ['an impossible date', 'after:2024-13-45'],
  ['a zero year', 'year:0000'],
  ['a far date', 'after:9999-12-31'],
  ['crossed dates', 'after:2025 before:2020'],
  ['punctuation only', '!@#$%^&*()_+-=[]{};\':",./<>?\\|`~'],
  ['dashes and dots', '— – … · • ¶ § †'],
  ['emoji', '😀🔥🇺🇦👩‍👩‍👧'],
  ['emoji and a word', '🔥 friendship 🔥'],
  ['control characters', '\u0000\u0001\u0002\u0003\u0007\b\u001b[31m\u007f'],
  ['snippet markers', '\u0002fiery\u0003 friendship'],
  ['a lone surrogate', '\ud800 putin \udfff'],
  ['bidi and zero-width characters', '\u202eputin\u202c \u200bkim\u200d \ufeff'],
  ['SQL injection', "'; DROP TABLE articles; --"],
  ['SQL boolean', '" OR 1=1 --'],
  ['a MATCH clause', "articles_fts MATCH 'x' OR rowid > 0"],
  ['SQL comment and semicolon', 'putin /* x */ ; SELECT * FROM articles'],
  ['fuzzy extremes', 'putin~~~~ kim~99999999999999999999 ~1 ~'],
  ['wildcards everywhere', '*a*b*c*d*e*f*g* *stan w*'],
  ['a 1,000-letter word', 'a'.repeat(1000)],
  ['a 1,000-letter fuzzy word', `${'b'.repeat(1000)}~2`],
  ['a 10,000-character query', long],
  ['10,000 parentheses', '('.repeat(10_000)],
  ['10,000 quotes', '"'.repeat(10_000)],
  ['5,000 words', 'a '.repeat(5000)],
  ['a tag with control characters', 'tag:\u0001x'],
  ['a very long tag', `tag:${'x'.repeat(500)}`],
  ['lang junk', 'lang:12345 lang:'],
  ['right-to-left text', 'النووي ״היסטורי״'],
  ['combining marks only', '\u0301\u0302\u0303'],
  ['a URL', 'https://example.com/?q=putin&x="y"'],
  ['JSON', '{"q": ["putin", null]}'],
  ['HTML', '<script>alert("x")</script>'],
];

function articleCount(): number {
  return (f.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

function messageFor(q: string): string {
  return search(f.db, contract['search.query'].input.parse({ q })).message ?? '';
}

describe('hostile queries', () => {
  it.each(hostile)('%s', (_label, q) => {
    const n = articleCount();
    let out: unknown;
    expect(() => {
      out = search(f.db, contract['search.query'].input.parse({ q }));
    }).not.toThrow();
    const r = contract['search.query'].output.parse(out);
    expect(r.message ?? '').not.toMatch(/could not be run/);
    if (r.total === 0) expect(r.message).toMatch(/\w/);
    expect(r.hits.length).toBeLessThanOrEqual(r.total);
    expect(articleCount()).toBe(n);
  });

  it('still finds what the hostile-looking query really asks for', () => {
    expect(search(f.db, contract['search.query'].input.parse({ q: '🔥 friendship 🔥' })).total).toBe(2);
    expect(search(f.db, contract['search.query'].input.parse({ q: '\u0002fiery\u0003 friendship' })).total).toBe(1);
    expect(search(f.db, contract['search.query'].input.parse({ q: '((putin) kim))) (((' })).total).toBeGreaterThan(0);
  });

  it('explains the hostile cases in words', () => {
    expect(messageFor('"')).toMatch(/nothing to search for/);
    expect(messageFor('NEAR(')).toMatch(/NEAR\( needs two or more words/);
    expect(messageFor('title:')).toMatch(/“title:” needs something after it/);
    expect(messageFor('outlet:')).toMatch(/“outlet:” needs something after it/);
    expect(messageFor('after:2024-13-45')).toMatch(/is not a date/);
    expect(messageFor('😀🔥')).toMatch(/no letters or digits/);
    expect(messageFor('after:2025 before:2020')).toMatch(/not earlier than/);
  });
});
