import { describe, expect, it } from 'vitest';
import { findTerms, fold, foldTerm } from '../../../../../src/renderer/src/lib/fold';

const marked = (text: string, terms: string[]) => findTerms(text, terms).map((s) => text.slice(s.start, s.end));

describe('fold', () => {
  it('lower-cases, drops diacritics and maps back to the original', () => {
    const f = fold('Élysée');
    expect(f.text).toBe('elysee');
    expect(f.map).toEqual([0, 1, 2, 3, 4, 5]);
    expect(foldTerm('  ZELENSKYY ')).toBe('zelenskyy');
  });

  it('keeps indexes right after astral characters', () => {
    const text = '😀 Résumé';
    const [s] = findTerms(text, ['resume']);
    expect(text.slice(s!.start, s!.end)).toBe('Résumé');
  });
});

describe('findTerms', () => {
  it('finds terms case- and accent-insensitively at word starts only', () => {
    expect(marked('Toward the WAR, a warning', ['war'])).toEqual(['WAR', 'war']);
  });

  it('joins the words of a phrase into one highlight', () => {
    expect(marked('a “fiery friendship,” he said', ['fiery', 'friendship'])).toEqual(['fiery friendship']);
  });

  it('prefers the longest term at the same place and ignores empty terms', () => {
    expect(marked('Pyongyang talks', ['pyong', 'pyongyang', ''])).toEqual(['Pyongyang']);
    expect(findTerms('anything', [])).toEqual([]);
    expect(findTerms('', ['x'])).toEqual([]);
  });

  it('handles Cyrillic and CJK', () => {
    expect(marked('Визит в Москву', ['москв'])).toEqual(['Москв']);
    expect(marked('서울에서 회담', ['서울'])).toEqual(['서울']);
  });
});
