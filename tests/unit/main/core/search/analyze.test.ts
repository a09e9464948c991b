// The analysis behind the stemmed index: stems per language, stopwords, folding, CJK bigrams,
// and the fast scanner agreeing with tokenize().
import { describe, expect, it } from 'vitest';
import { analyserFor, analyzeText, cjkTerms, hasStemmer, languageCode, scriptOf } from '../../../../../src/main/core/search/analyze';
import { queryTerms } from '../../../../../src/main/core/search/compile';
import { scanTokens, tokenize } from '../../../../../src/main/core/search/normalize';
import { mulberry32 } from './random';

const stem = (lang: string, w: string) => queryTerms(tokenize(w).join(''), lang).join(' ');

describe('stemming per language', () => {
  it.each([
    ['en', ['sanctions', 'sanction', 'sanctioned', 'Sanctioning']],
    ['en', ['negotiations', 'negotiate', 'negotiated']],
    ['ru', ['Москва', 'Москвы', 'Москве', 'Москву']],
    ['ru', ['партнёрство', 'партнерства', 'партнёрством']],
    ['fr', ['négociations', 'négociation', 'negociations']],
    ['de', ['Verhandlungen', 'Verhandlung']],
    ['de', ['Russland', 'Russlands']],
    ['es', ['sanciones', 'sanción', 'sancion']],
    ['it', ['negoziati', 'negoziato']],
    ['pt', ['acordos', 'acordo']],
    ['pt', ['governos', 'governo']],
  ])('%s: %j share one stem', (lang, words) => {
    const stems = new Set(words.map((w) => stem(lang, w)));
    expect(stems.size).toBe(1);
    expect([...stems][0]).not.toBe('');
  });

  it('leaves out stopwords of the language, folded like the index folds', () => {
    expect(stem('en', 'the')).toBe('');
    expect(stem('en', 'Kim')).toBe('kim');
    expect(stem('ru', 'и')).toBe('');
    expect(stem('fr', 'été')).toBe(''); // "été" is a French stopword; folded to "ete" it still is
    expect(stem('de', 'und')).toBe('');
    // English fragments of contractions and possessives (Kim's → kim, s).
    expect(stem('en', 's')).toBe('');
  });

  it('analyses a word in another script with that script’s usual stemmer', () => {
    // A Russian word in an English article, a Latin name in a Russian one.
    expect(stem('en', 'Москвы')).toBe(stem('ru', 'Москвы'));
    expect(stem('ru', 'sanctions')).toBe(stem('en', 'sanctions'));
    // Languages without a stemmer use their script's default; unknown scripts stay as written.
    expect(stem('uk', 'Москвы')).toBe(stem('ru', 'Москвы'));
    expect(stem('', 'sanctions')).toBe('sanction');
    expect(analyserFor('en', 'other').term('1963')).toBe('1963');
    expect(analyserFor('hi', scriptOf('भारत')).term('भारत')).toBe('भारत');
  });

  it('reads language tags and scripts', () => {
    expect(languageCode('en-GB')).toBe('en');
    expect(languageCode('RU')).toBe('ru');
    expect(languageCode('nb-NO')).toBe('no');
    expect(languageCode(null)).toBe('');
    expect(hasStemmer('fr-CA')).toBe(true);
    expect(hasStemmer('ko')).toBe(false);
    expect(['kim', 'ким', 'κιμ', 'كيم', '김', '42'].map(scriptOf)).toEqual(['latin', 'cyrillic', 'greek', 'arabic', 'other', 'other']);
  });
});

describe('analyzeText', () => {
  it('stems, drops stopwords and folds diacritics', () => {
    expect(analyzeText('The sanctions on Russia were tightened. Her résumé!', 'en')).toBe('sanction russia tighten resum');
    expect(analyzeText('Путин и Ким подписали договор в Пхеньяне', 'ru')).toBe('путин ким подписа договор пхеньян');
    expect(analyzeText(null, 'en')).toBe('');
  });

  it('writes CJK runs as overlapping bigrams and the last character', () => {
    expect(cjkTerms('北京市')).toEqual(['北京', '京市', '市']);
    expect(cjkTerms('北')).toEqual(['北']);
    expect(analyzeText('서울에서 정부', 'ko')).toBe('서울 울에 에서 서 정부 부');
    // A run glued to Latin letters is split where the script changes.
    expect(analyzeText('KT서울', 'ko')).toBe('kt 서울 울');
  });
});

describe('scanTokens', () => {
  const alphabet = ['a', 'Z', 'é', 'É', 'e\u0301', ' ', '.', '-', '’', 'ß', 'ı', 'İ', 'Ж', 'ё', '서', '北', '٣', '\u200b', '\u00a0', '😀', 'ǅ', '\u0300', '_', '1'];

  it('yields exactly what tokenize() yields, with spans that point at the words', () => {
    const rnd = mulberry32(7);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const seen: string[] = [];
      scanTokens(s, (tok, a, b) => {
        seen.push(tok);
        expect(tokenize(s.slice(a, b)).join('')).toBe(tok);
      });
      expect(seen, JSON.stringify(s)).toEqual(tokenize(s));
    }
  });

  it('stops when asked', () => {
    const seen: string[] = [];
    scanTokens('one two three four', (t) => {
      seen.push(t);
      return seen.length < 2;
    });
    expect(seen).toEqual(['one', 'two']);
  });
});
