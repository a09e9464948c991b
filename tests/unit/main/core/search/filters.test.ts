import { describe, expect, it } from 'vitest';
import { buildSpec, emptySpec, filterSql, hasFilters, neededFeatures, parseDate } from '../../../../../src/main/core/search/filters';

describe('parseDate', () => {
  it.each([
    ['2024', '2024'],
    ['2024-03', '2024-03'],
    ['2024-3', '2024-03'],
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.03.01', '2024-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-45', null],
    ['2024-00-10', null],
    ['2024-04-31', null],
    ['24-03-01', null],
    ['yesterday', null],
    ['2024-03-01T10:00', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('buildSpec', () => {
  it('collects values, drops duplicates and maps language names', () => {
    const { spec, warnings } = buildSpec([
      { name: 'outlet', value: 'Reuters', negate: false },
      { name: 'outlet', value: 'reuters', negate: false },
      { name: 'outlet', value: 'TASS', negate: true },
      { name: 'tag', value: 'treaty', negate: false },
      { name: 'lang', value: 'Russian', negate: false },
      { name: 'lang', value: 'en-GB', negate: false },
      { name: 'year', value: '2019-2021', negate: false },
    ]);
    expect(warnings).toEqual([]);
    expect(spec.outlets).toEqual(['Reuters']);
    expect(spec.notOutlets).toEqual(['TASS']);
    expect(spec.tags).toEqual(['treaty']);
    expect(spec.langs).toEqual(['ru', 'en']);
    // A run of years becomes a date range (index-friendly).
    expect(spec.years).toEqual([]);
    expect(spec.after).toBe('2019');
    expect(spec.before).toBe('2022');
    expect(hasFilters(spec)).toBe(true);
  });

  it('keeps the tightest date bounds and flips negated ones', () => {
    const { spec } = buildSpec([
      { name: 'after', value: '2020-01-01', negate: false },
      { name: 'after', value: '2021-06', negate: false },
      { name: 'before', value: '2024', negate: false },
      { name: 'after', value: '2023-06-01', negate: true },
    ]);
    expect(spec.after).toBe('2021-06');
    expect(spec.before).toBe('2023-06-01');
  });

  it.each([
    ['after', '2024-13-45', /“after:2024-13-45” is not a date; write it as YYYY-MM-DD/],
    ['before', 'soon', /“before:soon” is not a date/],
    ['year', '24', /“year:24” is not a year/],
    ['year', '2030-2020', /not a year/],
    ['lang', 'klingon!', /not a language code/],
    ['outlet', '  ', /needs a value/],
    ['tag', 'x'.repeat(101), /at most 100 characters/],
  ] as const)('%s:%s is dropped with a sentence', (name, value, message) => {
    const { spec, warnings } = buildSpec([{ name, value, negate: false }]);
    expect(hasFilters(spec)).toBe(false);
    expect(warnings.join(' ')).toMatch(message);
  });

  it('keeps separate years as a list', () => {
    const { spec } = buildSpec([
      { name: 'year', value: '2015', negate: false },
      { name: 'year', value: '2019', negate: false },
      { name: 'year', value: '2016', negate: true },
    ]);
    expect(spec.years).toEqual(['2015', '2019']);
    expect(spec.notYears).toEqual(['2016']);
    expect(spec.after).toBeNull();
  });

  it('warns when the date range is empty', () => {
    const { warnings } = buildSpec([
      { name: 'after', value: '2024', negate: false },
      { name: 'before', value: '2023', negate: false },
    ]);
    expect(warnings.join(' ')).toMatch(/not earlier than/);
  });
});

describe('filterSql', () => {
  it('binds every value as a parameter and never puts one in the SQL', () => {
    const evil = `x' OR 1=1; DROP TABLE articles; --`;
    const { spec } = buildSpec([
      { name: 'outlet', value: evil, negate: false },
      { name: 'tag', value: evil, negate: true },
      { name: 'after', value: '2024-01-01', negate: false },
    ]);
    const { row, byId, params } = filterSql(spec);
    const sql = [...row, ...byId].join(' ');
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain('2024');
    expect(byId).toHaveLength(1); // the tag condition needs no article row
    expect(JSON.parse(String(params.outlets))).toEqual([evil]);
    expect(params.after).toBe('2024-01-01');
  });
});

describe('filters of other features', () => {
  it('reads has:, is:, note:, story: and tag paths, and says what it cannot read', () => {
    const { spec, warnings } = buildSpec([
      { name: 'has', value: 'Notes', negate: false },
      { name: 'is', value: 'reprint', negate: true },
      { name: 'note', value: 'call back', negate: false },
      { name: 'story', value: '12', negate: false },
      { name: 'tag', value: 'region/korea/', negate: false },
      { name: 'tag', value: '///', negate: false },
      { name: 'has', value: 'video', negate: false },
      { name: 'is', value: 'opinion', negate: false },
    ]);
    expect(spec.hasNotes).toBe(true);
    expect(spec.reprint).toBe(false);
    expect(spec.notes).toEqual(['call back']);
    expect(spec.stories).toEqual(['12']);
    expect(spec.tags).toEqual(['region/korea']);
    expect(warnings).toEqual([
      '“tag:///” names no tag; it was ignored.',
      '“has:video” is not something Parallax can filter on; use has:notes. It was ignored.',
      '“is:opinion” is not something Parallax can filter on; use is:reprint. It was ignored.',
    ]);
    expect(neededFeatures(spec)).toEqual({ notes: true, stories: true, reprints: true });
    expect(neededFeatures(emptySpec())).toEqual({ notes: false, stories: false, reprints: false });
    expect(hasFilters({ ...emptySpec(), afterId: 3 })).toBe(true);
  });

  it('adds their conditions only when the library has the tables, values always as parameters', () => {
    const spec = { ...emptySpec(), hasNotes: true, notes: ['x'], stories: ['7'], reprint: true };
    expect(filterSql(spec).byId).toEqual([]);
    const { row, byId, params } = filterSql(spec, 'a.id', { notes: true, noteText: 'body', stories: true, reprints: true, highlights: false });
    expect(byId.join(' ')).toMatch(/notes/);
    expect(byId.join(' ')).toMatch(/story_articles/);
    expect(row).toEqual(['a.reprint_of IS NOT NULL']);
    expect(params).toMatchObject({ notes: '["x"]', stories: '["7"]' });
    expect([...row, ...byId].join(' ')).not.toContain("'7'");
  });
});
