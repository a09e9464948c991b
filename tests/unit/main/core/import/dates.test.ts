import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../../../src/main/core/import/dates';

describe('normaliseDate', () => {
  it.each([
    ['2024-06-19', '2024-06-19'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24T04:36:09Z'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T09:52:50Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z'],
    ['Fri, 24 Jul 2015 05:36:09 GMT', '2015-07-24T05:36:09Z'],
    ['June 19, 2024', '2024-06-19'],
    ['1718755200', '2024-06-19T00:00:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2024-02-30', '0001-01-01', '3024-01-01', '2024-13-01T00:00:00Z'])('rejects %j', (input) => {
    expect(normaliseDate(input)).toBeNull();
  });
});
