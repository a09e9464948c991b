import { describe, expect, it } from 'vitest';
import { nextPeriod, withDateRange, withoutDates } from '../../../../../../src/renderer/src/features/facets/dateRange';

describe('histogram ranges as query terms', () => {
  it('steps to the next year or month, across a year end', () => {
    expect(nextPeriod('2019')).toBe('2020');
    expect(nextPeriod('2024-03')).toBe('2024-04');
    expect(nextPeriod('2024-12')).toBe('2025-01');
  });

  it('replaces earlier date filters with the brushed span, in either drag direction', () => {
    expect(withDateRange('corridor after:2020 -year:2021 outlet:"A B"', '2024-05', '2024-02')).toBe('corridor outlet:"A B" after:2024-02 before:2024-06');
    expect(withDateRange('', '2019', '2019')).toBe('after:2019 before:2020');
    expect(withoutDates('before:"2020-01" x')).toBe('x');
  });
});
