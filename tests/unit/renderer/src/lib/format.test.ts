import { describe, expect, it } from 'vitest';
import { formatDate, paragraphs, plural } from '../../../../../src/renderer/src/lib/format';

describe('format', () => {
  it('formats ISO dates and months, and leaves other strings alone', () => {
    expect(formatDate('2024-06-19')).toMatch(/2024/);
    expect(formatDate('2024-06-19T08:00:00Z')).toBe(formatDate('2024-06-19'));
    expect(formatDate('2024-06')).toMatch(/2024/);
    expect(formatDate('last Tuesday')).toBe('last Tuesday');
    expect(formatDate(null)).toBe('');
  });

  it('splits text into paragraphs on blank lines, else on newlines', () => {
    expect(paragraphs('One\nline.\n\nTwo.')).toEqual(['One line.', 'Two.']);
    expect(paragraphs('A\nB')).toEqual(['A', 'B']);
    expect(paragraphs('  \n ')).toEqual([]);
  });

  it('pluralises', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(2, 'article')).toBe('2 articles');
  });
});
