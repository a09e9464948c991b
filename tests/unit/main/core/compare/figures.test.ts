import { describe, expect, it } from 'vitest';
import { extractFigures, lineUpFigures } from '../../../../../src/main/core/compare/figures';
import { segmentSentences } from '../../../../../src/main/core/compare/segment';

const figs = (t: string) => extractFigures(segmentSentences(t));
const one = (t: string) => {
  const f = figs(t);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('extractFigures', () => {
  it('reads numbers with what they count, normalised', () => {
    expect(one('They sent over 11,000 containers of munitions to aid the war.')).toMatchObject({
      value: 11000, low: 11000, high: null, approx: true, counts: 'containers of munitions', head: 'contain', unit: null,
    });
    expect(one('It was his first visit in 24 years.')).toMatchObject({ value: 24, approx: false, counts: 'years', head: 'year' });
    expect(one('The plan costs $2.5bn.')).toMatchObject({ value: 2.5e9, unit: 'USD' });
    expect(one('Turnout rose about 5 percent.')).toMatchObject({ value: 5, low: 4.5, high: 5.5, unit: 'percent', approx: true });
    expect(one('They had two embraces, and shook hands.')).toMatchObject({ value: 2, counts: 'embraces' });
  });

  it('gives vague quantities a range', () => {
    expect(one('It fired dozens of ballistic missiles.')).toMatchObject({ value: 24, low: 24, high: 199, approx: true, head: 'missil' });
    expect(one('The square held tens of thousands of spectators.')).toMatchObject({ low: 20_000, high: 99_999, counts: 'spectators' });
  });

  it('tells years from counts and skips dates, times, ordinals and pronoun “one”', () => {
    expect(one('Experts cite a 1961 deal.')).toMatchObject({ value: 1961, unit: 'year', head: 'deal' });
    expect(figs('On Sept. 11, 2001, at 10 a.m., one of them left. He was ninth. It was No. 2 on the list.').map((f) => f.text)).toEqual(['2001']);
  });
});

const place = (articleId: number, t: string) => ({ articleId, figures: figs(t), claimOf: [1] });

describe('lineUpFigures', () => {
  it('flags the same quantity reported differently', () => {
    const out = lineUpFigures([place(1, 'They sent 11,000 containers of munitions.'), place(2, 'They sent 12,000 containers of munitions.')], () => false);
    expect(out[0]!.conflictsWith?.[0]).toMatchObject({ articleId: 2, value: 12000 });
    expect(out[1]!.conflictsWith?.[0]).toMatchObject({ articleId: 1, value: 11000 });
  });

  it('does not flag a figure within a vague range, or figures that count different things', () => {
    const out = lineUpFigures([place(1, 'It fired dozens of missiles and 3 drones.'), place(2, 'It fired 40 missiles and 3 drones.')], () => false);
    expect(out.every((f) => !f.conflictsWith)).toBe(true);
    const apart = lineUpFigures(
      [{ articleId: 1, figures: figs('He served 24 years.'), claimOf: [1] }, { articleId: 2, figures: figs('The law is 30 years old.'), claimOf: [2] }],
      () => false,
    );
    expect(apart.every((f) => !f.conflictsWith)).toBe(true);
  });
});
