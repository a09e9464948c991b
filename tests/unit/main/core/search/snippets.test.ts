// Snippets are made in JavaScript: the words marked must be the ones the indexes matched
// (word forms, exact phrases, prefixes, CJK inside runs), found in text as it was written.
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../../../../../src/shared/contract';
import { compile } from '../../../../../src/main/core/search/compile';
import { parse } from '../../../../../src/main/core/search/parse';
import { markAll, Matcher, SNIPPET_TOKENS, snippetOf } from '../../../../../src/main/core/search/snippets';
import { vocabularyFrom } from '../../../../../src/main/core/search/vocab';

const ctx = { vocab: () => vocabularyFrom([['pyongyang', 3]]), languages: () => ['en', 'ru'] };
const matcher = (q: string) => new Matcher(compile(parse(q).ast, ctx, /\p{Ll}/u.test(q)).highlight);
const marked = (s: string) => [...s.matchAll(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g'))].map((m) => m[1]);
const snip = (q: string, text: string, lang = 'en') => snippetOf(text, lang, matcher(q));
const filler = (n: number, word = 'filler') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('snippetOf', () => {
  it('marks the word forms a stemmed word found, as written', () => {
    expect(marked(snip('sanctions', 'One SANCTION, then Sanctioned firms and sanctioning.'))).toEqual(['SANCTION', 'Sanctioned', 'sanctioning']);
    expect(marked(snip('Москва', 'Делегация из Москвы прибыла в Москве.', 'ru'))).toEqual(['Москвы', 'Москве']);
    expect(marked(snip('партнерство', 'О партнёрстве.', 'ru'))).toEqual(['партнёрстве']);
  });

  it('finds words through their accents and capitals', () => {
    expect(marked(snip('resume', 'Her Résumé and her résumés.'))).toEqual(['Résumé', 'résumés']);
    expect(marked(snip('naive', 'A NAÏVE reading.'))).toEqual(['NAÏVE']);
  });

  it('marks a phrase as one span, and its words elsewhere not at all', () => {
    const s = snip('"white house"', 'The white paint of the house. Later the White House said no.');
    expect(marked(s)).toEqual(['White House']);
  });

  it('marks prefixes, fuzzy expansions and CJK inside runs', () => {
    expect(marked(snip('negotiat*', 'They negotiated; negotiations went on; a negation.'))).toEqual(['negotiated', 'negotiations']);
    expect(marked(snip('pyongyng~1', 'Talks in Pyongyang.'))).toEqual(['Pyongyang']);
    expect(marked(snip('서울', '정부는 서울에서 회의를 열었다.', 'ko'))).toEqual(['서울에서']);
    expect(marked(snip('北京', '今天北京市政府宣布。', 'zh'))).toEqual(['今天北京市政府宣布']);
  });

  it('does not mark a stopword that was left out of the search', () => {
    expect(marked(snip('the pandemic', 'The pandemic is not over, the agency said.'))).toEqual(['pandemic']);
  });

  it('chooses the window where the searched words meet, and shows at most 24 words', () => {
    const text = `Putin spoke first. ${filler(200)} Later Putin met Kim in Pyongyang. ${filler(200)}`;
    const s = snip('putin kim', text);
    expect(marked(s)).toEqual(['Putin', 'Kim']);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.replace(/…/g, ' ').split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(SNIPPET_TOKENS);
  });

  it('starts at the beginning without an ellipsis when the match is there', () => {
    const s = snip('putin', 'Putin spoke.');
    expect(s).toBe(`${MARK_START}Putin${MARK_END} spoke`);
  });

  it('returns nothing when no word of the text matches', () => {
    expect(snip('zanzibar', 'Nothing here.')).toBe('');
    expect(snip('', 'Nothing here.')).toBe('');
  });
});

describe('markAll', () => {
  it('marks every matching word of a title and keeps the rest as written', () => {
    expect(markAll('Sanctions:  a “sanction” too', 'en', matcher('sanction'))).toBe(`${MARK_START}Sanctions${MARK_END}: a “${MARK_START}sanction${MARK_END}” too`);
    expect(markAll('Weather', 'en', matcher('sanction'))).toBe('Weather');
  });
});
