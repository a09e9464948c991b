// Filter tokens narrow a filtered search inside FTS5; the exact filters still decide. So a
// filtered search must return exactly the articles the filters describe, whatever the tokens.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/main/core/db/open';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { search } from '../../../../../src/main/core/search';
import { emptySpec } from '../../../../../src/main/core/search/filters';
import { filterTokenMatch, filterTokensOf, uncovered } from '../../../../../src/main/core/search/filterTokens';
import { article, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.cleanup());

interface Facts {
  published: string | null;
  outlet: string | null;
  language: string | null;
}

// Every combination a filter can tell apart, including the awkward ones: no date, a date-time,
// an outlet differing only in ASCII case or only in a non-ASCII letter's case, a regional language tag.
const FACTS: Facts[] = [];
for (const published of [null, '2014-12-31', '2015-01-01', '2015-06-30T23:00:00Z', '2016-01-01', '2016-03-15', '2019-07-04'])
  for (const outlet of [null, 'Reuters', 'REUTERS', 'Écho', 'écho'])
    for (const language of [null, 'en', 'en-GB', 'RU'] as const) FACTS.push({ published, outlet, language });

function fill(db: Db): void {
  FACTS.forEach((f, i) => insertArticle(db, article({ title: `Summit report ${i}`, text: `Leaders met at the summit, report ${i}.`, ...f })));
}

const found = (q: string) => search(lib.db, { q, offset: 0, limit: 1000, sort: 'oldest' }).hits.map((h) => h.id).toSorted((a, b) => a - b);
const expected = (keep: (f: Facts) => boolean) => FACTS.flatMap((f, i) => (keep(f) ? [i + 1] : []));
const lang = (f: Facts) => f.language?.split('-')[0].toLowerCase() ?? null;

describe('filtered searches give exactly the filtered articles', () => {
  it.each<[string, (f: Facts) => boolean]>([
    ['summit year:2015', (f) => f.published?.startsWith('2015') ?? false],
    ['summit year:2015 year:2019', (f) => /^(2015|2019)/.test(f.published ?? '')],
    ['summit year:2014-2016', (f) => /^(2014|2015|2016)/.test(f.published ?? '')],
    ['summit after:2015-06', (f) => (f.published ?? '') >= '2015-06'],
    ['summit before:2016', (f) => f.published !== null && f.published < '2016'],
    ['summit before:2016-03', (f) => f.published !== null && f.published < '2016-03'],
    ['summit after:2015-01-02 before:2016-02', (f) => f.published !== null && f.published >= '2015-01-02' && f.published < '2016-02'],
    ['summit outlet:reuters', (f) => f.outlet?.toLowerCase() === 'reuters'],
    ['summit outlet:Écho', (f) => f.outlet === 'Écho'],
    ['summit lang:en', (f) => lang(f) === 'en'],
    ['summit lang:ru outlet:reuters year:2016', (f) => lang(f) === 'ru' && f.outlet?.toLowerCase() === 'reuters' && (f.published?.startsWith('2016') ?? false)],
    ['summit -outlet:reuters year:2015', (f) => f.outlet?.toLowerCase() !== 'reuters' && (f.published?.startsWith('2015') ?? false)],
    ['summit OR leaders outlet:écho', (f) => f.outlet === 'écho'],
  ])('%s', (q, keep) => {
    fill(lib.db);
    const want = expected(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(found(q)).toEqual(want);
  });

  it('never lets a word of a query or an article stand for a token', () => {
    insertArticle(lib.db, article({ title: 'Filing y2015', text: 'Codes such as y2015 and l0 appear in this text.', published: '2020-01-01' }));
    insertArticle(lib.db, article({ title: 'Other', text: 'Nothing here.', published: '2015-05-05', outlet: 'Reuters' }));
    expect(found('y2015')).toEqual([1]);
    expect(found('nothing year:2020')).toEqual([]);
  });
});

describe('filterTokenMatch', () => {
  it('narrows only by positive filters, and not by an open date range wider than the library can use', () => {
    fill(lib.db);
    expect(filterTokenMatch(lib.db, emptySpec())).toBeNull();
    expect(filterTokenMatch(lib.db, { ...emptySpec(), notOutlets: ['Reuters'], notYears: ['2015'] })).toBeNull();
    // Open at one end: the library's own years close it (2014–2019 here).
    const after = filterTokenMatch(lib.db, { ...emptySpec(), after: '2016' });
    expect(after?.match.match(/OR/g)).toHaveLength(3);
    expect(filterTokenMatch(lib.db, { ...emptySpec(), after: '1900' })).toBeNull();
  });

  it('says which filters the tokens answer exactly, so SQL checks only the rest', () => {
    fill(lib.db);
    const year = { ...emptySpec(), after: '2015', before: '2016', outlets: ['Reuters'], notOutlets: ['TASS'] };
    const n = filterTokenMatch(lib.db, year)!;
    expect(n.covers.toSorted()).toEqual(['after', 'before', 'outlets']);
    expect(uncovered(year, n)).toEqual({ ...emptySpec(), notOutlets: ['TASS'] });
    // Part of a year, or an open end, only narrows: the SQL date filter stays.
    const part = { ...emptySpec(), after: '2015-03-10', before: '2016' };
    expect(uncovered(part, filterTokenMatch(lib.db, part)!)).toEqual(part);
    const open = { ...emptySpec(), after: '2015' };
    expect(uncovered(open, filterTokenMatch(lib.db, open)!)).toEqual(open);
    // An outlet name too long to spell out is hashed: it narrows, SQL decides.
    const long = { ...emptySpec(), outlets: ['x'.repeat(101)] };
    expect(filterTokenMatch(lib.db, long)!.covers).toEqual([]);
  });

  it('finds articles whose outlet is too long to spell out, and only those', () => {
    const longName = 'The ' + 'Very '.repeat(30) + 'Long Gazette';
    insertArticle(lib.db, article({ title: 'A', text: 'Summit news one.', outlet: longName }));
    insertArticle(lib.db, article({ title: 'B', text: 'Summit news two.', outlet: longName + ' Weekly' }));
    expect(found(`summit outlet:"${longName.toUpperCase()}"`)).toEqual([1]);
  });

  it('writes one token per fact, the same for an outlet in any ASCII case', () => {
    expect(filterTokensOf({ published: null, outlet: null, language: null })).toBe('');
    const a = filterTokensOf({ published: '2015-06-30T23:00:00Z', outlet: 'Reuters', language: 'en-GB' }).split(' ');
    const b = filterTokensOf({ published: '2015-01-01', outlet: 'REUTERS', language: 'EN' }).split(' ');
    expect(a).toHaveLength(3);
    expect(a).toEqual(b);
    expect(filterTokensOf({ published: '2015', outlet: 'Écho', language: null })).not.toBe(filterTokensOf({ published: '2015', outlet: 'écho', language: null }));
  });
});
