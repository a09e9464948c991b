// Facets count every match of a query, not a page: outlets, tags with their parents,
// languages and a histogram of publication dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../../../src/shared/contract';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { updateTags } from '../../../../../src/main/core/repo/tags';
import { facets } from '../../../../../src/main/core/search/facets';
import { article, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;

beforeAll(() => {
  lib = tempLibrary();
  const add = (over: Parameters<typeof article>[0]) => {
    return insertArticle(lib.db, article(over));
  };
  const a = add({ title: 'Sanctions on Iran', text: 'New sanctions.', outlet: 'Reuters', language: 'en', published: '2022-01-15' });
  const b = add({ title: 'Sanction talks', text: 'A sanction was discussed.', outlet: 'reuters', language: 'en-GB', published: '2022-03-02T10:00:00Z' });
  const c = add({ title: 'Санкции', text: 'Новые санкции и sanctions.', outlet: 'TASS', language: 'ru', published: '2024-07-01' });
  add({ title: 'Undated sanctions note', text: 'Sanctions again.', outlet: null, language: null, published: null });
  add({ title: 'Weather', text: 'Rain.', outlet: 'Reuters', language: 'en', published: '2023-05-05' });
  updateTags(lib.db, [a], ['region/middle-east/iran'], []);
  updateTags(lib.db, [b], ['region/europe'], []);
  updateTags(lib.db, [a, b, c], ['sanctions'], []);
});
afterAll(() => lib.cleanup());

const run = (q: string, over: Record<string, unknown> = {}) => {
  const out = facets(lib.db, contract['search.facets'].input.parse({ q, ...over }));
  contract['search.facets'].output.parse(out);
  return out;
};

describe('search.facets', () => {
  it('counts outlets (any case), tags with their parents, and languages over all matches', () => {
    const f = run('sanctions');
    expect(f.total).toBe(4);
    expect(f.outlets).toEqual([
      { name: expect.stringMatching(/^reuters$/i), count: 2 },
      { name: 'TASS', count: 1 },
    ]);
    expect(f.tags).toEqual([
      { name: 'sanctions', count: 3 },
      { name: 'region', count: 2 },
      { name: 'region/europe', count: 1 },
      { name: 'region/middle-east', count: 1 },
      { name: 'region/middle-east/iran', count: 1 },
    ]);
    expect(f.languages).toEqual([
      { code: 'en', count: 2 },
      { code: '', count: 1 },
      { code: 'ru', count: 1 },
    ]);
    expect(f.message).toBeNull();
  });

  it('makes a histogram by month or year, empty periods included', () => {
    // Auto: months while the matches span less than three years (2022–2024 here).
    expect(run('sanctions').histogram.interval).toBe('month');
    const years = run('sanctions', { interval: 'year' }).histogram;
    expect(years).toEqual({ interval: 'year', buckets: [{ period: '2022', count: 2 }, { period: '2023', count: 0 }, { period: '2024', count: 1 }], undated: 1 });
    const months = run('sanctions').histogram;
    expect(months.interval).toBe('month');
    expect(months.buckets[0]).toEqual({ period: '2022-01', count: 1 });
    expect(months.buckets[2]).toEqual({ period: '2022-03', count: 1 });
    expect(months.buckets.at(-1)).toEqual({ period: '2024-07', count: 1 });
    expect(months.buckets).toHaveLength(31);
    expect(months.buckets.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(months.undated).toBe(1);
  });

  it('applies filters and exclusions, and lists by filters alone', () => {
    expect(run('sanctions outlet:reuters').total).toBe(2);
    expect(run('sanctions -lang:en').languages).toEqual([
      { code: '', count: 1 },
      { code: 'ru', count: 1 },
    ]);
    expect(run('outlet:Reuters').total).toBe(3);
    expect(run('tag:region').tags.map((t) => t.name)).toContain('region/europe');
  });

  it('limits each list to the most frequent values', () => {
    expect(run('sanctions', { limit: 1 }).tags).toEqual([{ name: 'sanctions', count: 3 }]);
  });

  it('answers an unusable query with empty counts and a sentence', () => {
    expect(run('').message).toMatch(/Type a word/);
    expect(run('zzzqqq~1').total).toBe(0);
    const none = run('zanzibar');
    expect(none.total).toBe(0);
    expect(none.histogram.buckets).toEqual([]);
    // The notes table exists (migration 005) but this library has no notes.
    expect(run('has:notes').total).toBe(0);
  });

  it('switches to years when the matches span three years or more', () => {
    insertArticle(lib.db, article({ title: 'Old sanctions', text: 'Sanctions in 2015.', published: '2015-06-01' }));
    const h = run('sanctions').histogram;
    expect(h.interval).toBe('year');
    expect(h.buckets.map((b) => b.period)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(h.buckets.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 2, 0, 1]);
  });

  it('counts the same whether it walks the indexes (many matches) or reads each match (few)', () => {
    const walked = run('sanctions');
    // A hundred unrelated articles make the same matches a small share of the library.
    lib.db.transaction(() => {
      for (let i = 0; i < 100; i++) insertArticle(lib.db, article({ title: `Filler ${i}`, text: `Rain report ${i}.` }));
    })();
    const read = run('sanctions');
    expect(read).toEqual(walked);
    expect(read.outlets[0].count).toBe(2);
  });
});
