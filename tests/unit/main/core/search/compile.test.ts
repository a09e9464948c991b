import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { compile } from '../../../../../src/main/core/search/compile';
import { parse } from '../../../../../src/main/core/search/parse';
import { vocabularyFrom } from '../../../../../src/main/core/search/vocab';

const vocab = vocabularyFrom([
  ['pyongyang', 12],
  ['pyongyan', 1],
  ['moscow', 30],
  ['woman', 8],
  ['women', 20],
  ['kazakhstan', 3],
  ['pakistan', 9],
  ['putin', 40],
]);
let vocabLoads = 0;
const load = () => {
  vocabLoads++;
  return vocab;
};
const c = (q: string) => compile(parse(q).ast, load);

// An empty library: every MATCH string must be valid FTS5 syntax.
const db = openLibrary(':memory:');
afterAll(() => db.close());
const probe = db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?');

const table: [string, string | null][] = [
  ['putin', '"putin"'],
  ['Putin Kim', '("putin" AND "kim")'],
  ['"fiery friendship"', '"fiery friendship"'],
  ['“Fiery Friendship”', '"fiery friendship"'],
  ['Résumé', '"resume"'],
  ['U.S.', '"u s"'],
  ['U.S.*', '"u s"*'],
  ['educat*', '"educat"*'],
  ['putin OR kim', '("putin" OR "kim")'],
  ['putin OR kim summit', '(("putin" OR "kim") AND "summit")'],
  ['putin -kim', '("putin" NOT "kim")'],
  ['putin -kim -moscow', '("putin" NOT ("kim" OR "moscow"))'],
  ['putin -"cold war"', '("putin" NOT "cold war")'],
  ['putin -(kim OR moscow)', '("putin" NOT ("kim" OR "moscow"))'],
  ['title:putin', 'title : "putin"'],
  ['byline:kim text:aurus', '(byline : "kim" AND text : "aurus")'],
  ['title:(putin OR kim)', '(title : "putin" OR title : "kim")'],
  ['NEAR(putin kim, 5)', 'NEAR("putin" "kim", 5)'],
  ['title:NEAR(putin "fiery friendship")', 'title : NEAR("putin" "fiery friendship", 10)'],
  ['"putin kim"~3', 'NEAR("putin" "kim", 3)'],
  ['pyongyng~1', '"pyongyang"'],
  ['pyongyng~2', '("pyongyang" OR "pyongyan")'],
  ['pyongyang~1', '("pyongyang" OR "pyongyan")'],
  ['title:pyongyng~2', '(title : "pyongyang" OR title : "pyongyan")'],
  ['wom*n', '("women" OR "woman")'],
  ['*stan', '("pakistan" OR "kazakhstan")'],
  ['서울', '"서울"*'],
  ['"서울"', '"서울"*'],
  ['a"b', '("a" AND "b")'],
  ['"a""b"', '("a" AND "b")'],
  ['NEAR', '"near"'],
  ['DROP TABLE articles;--', '("drop" AND "table" AND "articles")'],
  ['outlet:Reuters putin', '"putin"'],
  ['!!!', null],
  ['', null],
];

describe('compile', () => {
  it.each(table)('%j → %s', (q, expected) => {
    const r = c(q);
    expect(r.match).toBe(expected);
    if (r.match) expect(() => probe.get(r.match)).not.toThrow();
  });

  it('turns a query of exclusions only into an exclude expression', () => {
    const r = c('-putin -kim');
    expect(r.match).toBeNull();
    expect(r.exclude).toBe('("putin" OR "kim")');
    expect(() => probe.get(r.exclude)).not.toThrow();
  });

  it('reports a fuzzy or wildcard word with no expansion as matching nothing', () => {
    expect(c('zzzzq~1').nothing).toBe(true);
    expect(c('qq*zz').nothing).toBe(true);
    expect(c('zzzzq~1 OR putin').match).toBe('"putin"');
    expect(c('putin -zzzzq~1').match).toBe('"putin"');
  });

  it('loads the vocabulary only for fuzzy and wildcard words', () => {
    vocabLoads = 0;
    c('putin "fiery friendship" educat* title:kim -moscow outlet:Reuters');
    expect(vocabLoads).toBe(0);
    c('pyongyng~1 wom*n');
    expect(vocabLoads).toBe(1);
  });

  it('hoists filters wherever they were typed, negated ones included', () => {
    const r = c('putin outlet:"New York Times" -tag:opinion (kim OR lang:ru)');
    expect(r.filters).toEqual([
      { name: 'outlet', value: 'New York Times', negate: false },
      { name: 'tag', value: 'opinion', negate: true },
      { name: 'lang', value: 'ru', negate: false },
    ]);
    expect(r.match).toBe('("putin" AND "kim")');
    expect(r.warnings.join(' ')).toMatch(/apply to the whole search/);
  });

  it('collects highlight words: typed words, phrase words, not excluded ones', () => {
    const r = c('Putin "Fiery Friendship" educat* -moscow pyongyng~2 서울');
    expect([...r.highlight.exact]).toEqual(['putin', 'fiery', 'friendship']);
    expect([...r.highlight.prefixes]).toEqual(['educat', '서울']);
    expect([...r.highlight.expanded]).toEqual(['pyongyang', 'pyongyan']);
  });

  it('explains what it could not search', () => {
    expect(c('putin OR -kim').warnings.join(' ')).toMatch(/exclusion inside OR/);
    expect(c('!*? putin').warnings.join(' ')).toMatch(/lone \*/);
    expect(c('!!! ???').emptyWords).toBe(2);
  });
});
