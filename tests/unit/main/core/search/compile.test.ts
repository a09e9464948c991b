import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { compile, type Compiled } from '../../../../../src/main/core/search/compile';
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
  ['sanction', 3],
  ['sanctions', 9],
  ['sanctioned', 2],
  ['sanctimonious', 1],
]);
let vocabLoads = 0;
let languages = ['en'];
const ctx = {
  vocab: () => {
    vocabLoads++;
    return vocab;
  },
  languages: () => languages,
};
const c = (q: string) => compile(parse(q).ast, ctx, /\p{Ll}/u.test(q));
/** The compiled query as "index: expression" strings, positive then negated. */
const show = (r: Compiled) => [...r.positive.map((p) => `${r.any ? 'any ' : ''}${p.table}: ${p.match}`), ...r.negative.map((n) => `-${n.table}: ${n.match}`)];

// An empty library: every MATCH string must be valid FTS5 syntax on its index.
const db = openLibrary(':memory:');
afterAll(() => db.close());
const probe = {
  stem: db.prepare('SELECT count(*) AS n FROM articles_stem WHERE articles_stem MATCH ?'),
  fts: db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?'),
};

const table: [string, string[]][] = [
  // Plain words: stemmed index.
  ['putin', ['stem: "putin"']],
  ['Putin Kim', ['stem: ("putin" AND "kim")']],
  ['Résumé', ['stem: "resum"']],
  ['sanctions', ['stem: "sanction"']],
  ['U.S.', ['fts: "u s"']],
  ['O’Brien', ['stem: "o brien"']],
  ["Kim's", ['stem: "kim"']],
  ['don’t', ['stem: "don"']],
  ['putin OR kim', ['stem: ("putin" OR "kim")']],
  ['putin OR kim summit', ['stem: (("putin" OR "kim") AND "summit")']],
  ['putin -kim', ['stem: ("putin" NOT "kim")']],
  ['putin -kim -moscow', ['stem: ("putin" NOT ("kim" OR "moscow"))']],
  ['putin -(kim OR moscow)', ['stem: ("putin" NOT ("kim" OR "moscow"))']],
  ['-(-putin -kim)', ['stem: ("putin" OR "kim")']],
  ['title:putin', ['stem: title : "putin"']],
  ['byline:kim text:aurus', ['stem: (byline : "kim" AND text : "auru")']],
  ['title:(putin OR kim)', ['stem: (title : "putin" OR title : "kim")']],
  ['DROP TABLE articles;--', ['stem: ("drop" AND "tabl" AND "articl")']],
  ['NEAR', ['stem: "near"']],
  ['outlet:Reuters putin', ['stem: "putin"']],
  // CJK: bigrams in the stemmed index (a single character as a prefix).
  ['서울', ['stem: "서울"']],
  ['"서울"', ['stem: "서울"']],
  ['北京市', ['stem: "北京 京市"']],
  ['北', ['stem: "北"*']],
  // Exact forms: unstemmed index.
  ['"fiery friendship"', ['fts: "fiery friendship"']],
  ['“Fiery Friendship”', ['fts: "fiery friendship"']],
  ['U.S.*', ['fts: "u s"*']],
  ['educat*', ['fts: "educat"*']],
  ['NEAR(putin kim, 5)', ['fts: NEAR("putin" "kim", 5)']],
  ['title:NEAR(putin "fiery friendship")', ['fts: title : NEAR("putin" "fiery friendship", 10)']],
  ['"putin kim"~3', ['fts: NEAR("putin" "kim", 3)']],
  ['pyongyng~1', ['fts: "pyongyang"']],
  ['pyongyng~2', ['fts: ("pyongyang" OR "pyongyan")']],
  ['title:pyongyng~2', ['fts: (title : "pyongyang" OR title : "pyongyan")']],
  ['wom*n', ['fts: ("women" OR "woman")']],
  ['*stan', ['fts: ("pakistan" OR "kazakhstan")']],
  // Stopwords: dropped beside other words, searched exactly when alone or typed as a name.
  ['the war', ['stem: "war"']],
  ['the', ['fts: "the"']],
  ['to be or not to be', ['fts: ("to" AND "be" AND "or" AND "not" AND "to" AND "be")']],
  ['who pandemic', ['stem: "pandem"']],
  ['WHO pandemic', ['stem: "pandem"', 'fts: "who"']],
  ['Theresa May', ['stem: "theresa"', 'fts: "may"']],
  ['THE WAR', ['stem: "war"']],
  // Both indexes.
  ['"white house" sanctions', ['stem: "sanction"', 'fts: "white house"']],
  ['sanctions -"white house"', ['stem: "sanction"', '-fts: "white house"']],
  ['putin -"cold war"', ['stem: "putin"', '-fts: "cold war"']],
  // A query that is an OR across the indexes: either may match.
  ['"white house" OR sanctions', ['any stem: "sanction"', 'any fts: "white house"']],
  ['kremlin OR putin OR U.S.', ['any stem: ("kremlin" OR "putin")', 'any fts: "u s"']],
  ['(putin -kim) OR "cold war"', ['any stem: ("putin" NOT "kim")', 'any fts: "cold war"']],
  // Nested inside more, it is searched in the unstemmed index, with the word forms the library has.
  ['("white house" OR sanctions) putin', ['stem: "putin"', 'fts: ("white house" OR ("sanctions" OR "sanction" OR "sanctioned"))']],
  // Exclusions only.
  ['-putin -kim', ['-stem: ("putin" OR "kim")']],
  ['-"cold war"', ['-fts: "cold war"']],
  ['-(putin "cold war")', ['-fts: ("putin" AND "cold war")']],
  ['!!!', []],
  ['', []],
];

describe('compile', () => {
  it.each(table)('%j → %j', (q, expected) => {
    const r = c(q);
    expect(show(r)).toEqual(expected);
    for (const e of [...r.positive, ...r.negative]) expect(() => probe[e.table].get(e.match)).not.toThrow();
  });

  it('analyses a word under every language of the library', () => {
    languages = ['en', 'ru', 'de', ''];
    try {
      expect(show(c('Москвы'))).toEqual(['stem: "москв"']);
      expect(show(c('negotiations'))).toEqual(['stem: ("negoti" OR "negotiation")']);
      expect(show(c('партнёрство'))).toEqual(['stem: "партнерств"']);
    } finally {
      languages = ['en'];
    }
  });

  it('reports a fuzzy or wildcard word with no expansion as matching nothing', () => {
    expect(c('zzzzq~1').nothing).toBe(true);
    expect(c('qq*zz').nothing).toBe(true);
    expect(show(c('zzzzq~1 OR putin'))).toEqual(['stem: "putin"']);
    expect(show(c('putin -zzzzq~1'))).toEqual(['stem: "putin"']);
  });

  it('loads the vocabulary only for fuzzy and wildcard words and ORs across indexes', () => {
    vocabLoads = 0;
    c('putin "fiery friendship" educat* title:kim -moscow outlet:Reuters sanctions');
    expect(vocabLoads).toBe(0);
    c('pyongyng~1 wom*n');
    expect(vocabLoads).toBe(1);
    c('("white house" OR kremlin) putin');
    expect(vocabLoads).toBe(2);
  });

  it('hoists filters wherever they were typed, negated ones included', () => {
    const r = c('putin outlet:"New York Times" -tag:opinion (kim OR lang:ru) story:12 -has:notes is:reprint note:"call back"');
    expect(r.filters).toEqual([
      { name: 'outlet', value: 'New York Times', negate: false },
      { name: 'tag', value: 'opinion', negate: true },
      { name: 'lang', value: 'ru', negate: false },
      { name: 'story', value: '12', negate: false },
      { name: 'has', value: 'notes', negate: true },
      { name: 'is', value: 'reprint', negate: false },
      { name: 'note', value: 'call back', negate: false },
    ]);
    expect(show(r)).toEqual(['stem: ("putin" AND "kim")']);
    expect(r.warnings.join(' ')).toMatch(/apply to the whole search/);
  });

  it('collects what to highlight: stems, exact words, phrases, prefixes, expansions, CJK; not exclusions', () => {
    const r = c('Sanctions "Fiery Friendship" educat* -moscow pyongyng~2 서울 O’Brien');
    expect([...r.highlight.stems]).toEqual(['sanction']);
    expect([...r.highlight.exact]).toEqual(['sanctions', 'o', 'brien']);
    expect(r.highlight.phrases).toEqual([{ tokens: ['fiery', 'friendship'], prefix: false }]);
    expect(r.highlight.stemPhrases).toEqual([['o', 'brien']]);
    expect([...r.highlight.prefixes]).toEqual(['educat']);
    expect([...r.highlight.expanded]).toEqual(['pyongyang', 'pyongyan']);
    expect([...r.highlight.cjk]).toEqual(['서울']);
    expect(r.highlight.concepts).toBe(6);
    // A dropped stopword is not highlighted; a stopword searched on its own is.
    expect([...c('the war').highlight.exact]).toEqual(['war']);
    expect([...c('the').highlight.exact]).toEqual(['the']);
  });

  it('explains what it could not search', () => {
    expect(c('putin OR -kim').warnings.join(' ')).toMatch(/exclusion inside OR/);
    expect(c('!*? putin').warnings.join(' ')).toMatch(/lone \*/);
    expect(c('!!! ???').emptyWords).toBe(2);
  });
});
