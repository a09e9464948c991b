// The span-keyed memo behind the analyser's fast path: looked up by a span of text in any case,
// exact under hash collisions, complete after it grows, and able to hold null (a stopword).
import { describe, expect, it } from 'vitest';
import { SpanMemo } from '../../../../../src/main/core/search/span-memo';
import { ASCII_HASH_SEED, asciiHashStep, scanTokenSpans, scanTokens } from '../../../../../src/main/core/search/normalize';
import { analyzeText, analyserFor, termsOfToken } from '../../../../../src/main/core/search/analyze';

const hashOf = (s: string) => [...s].reduce((h, c) => asciiHashStep(h, c.charCodeAt(0)), ASCII_HASH_SEED);

describe('SpanMemo', () => {
  it('finds a key from a span in any case, and tells a stored null from a missing key', () => {
    const m = new SpanMemo();
    m.set('talks', hashOf('talks'), 'talk');
    m.set('the', hashOf('the'), null);
    const text = 'The TALKS resumed';
    expect(m.get(text, 4, 9, hashOf('talks'))).toBe('talk');
    expect(m.get(text, 0, 3, hashOf('the'))).toBeNull();
    expect(m.get(text, 10, 17, hashOf('resumed'))).toBeUndefined();
  });

  it('compares keys, not only hashes: tokens that share a hash stay apart', () => {
    const m = new SpanMemo();
    m.set('alpha', 42, 'a');
    m.set('bravo', 42, 'b');
    m.set('alphb', 42, 'c');
    expect(m.get('alpha', 0, 5, 42)).toBe('a');
    expect(m.get('BRAVO', 0, 5, 42)).toBe('b');
    expect(m.get('alphb', 0, 5, 42)).toBe('c');
    expect(m.get('alphc', 0, 5, 42)).toBeUndefined();
    expect(m.get('alph', 0, 4, 42)).toBeUndefined();
  });

  it('keeps every entry as it grows', () => {
    const m = new SpanMemo();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
    words.forEach((w, i) => m.set(w, hashOf(w), String(i)));
    expect(m.size).toBe(words.length);
    words.forEach((w, i) => expect(m.get(w.toUpperCase(), 0, w.length, hashOf(w))).toBe(String(i)));
  });
});

describe('scanTokenSpans', () => {
  it('reports ASCII tokens by span and hash and the others as scanTokens does, in order', () => {
    const text = 'Kim’s café in Seoul: 2024 talks, naïve x\u0301y U.S. 北京市 Ёлка';
    const seen: string[] = [];
    scanTokenSpans(
      text,
      (s, e, h) => {
        expect(h).toBe(hashOf(text.slice(s, e).toLowerCase()));
        seen.push(`${text.slice(s, e).toLowerCase()}@${s}`);
      },
      (token, s) => void seen.push(`${token}@${s}`),
    );
    const expected: string[] = [];
    scanTokens(text, (token, s) => void expected.push(`${token}@${s}`));
    expect(seen).toEqual(expected);
    expect(expected).toContain('cafe@6');
  });

  it('lets analyzeText answer what the analyser gives token by token', () => {
    const samples = ['Running RUNNING runs ran', 'The résumé of Straße talks, 3d 2024 x1', 'Переговоры в Москве: Reuters reported', 'İstanbul ıi ǡ ẛ µ ﬁ'];
    for (const lang of ['en', 'ru', 'de', '']) {
      for (const text of samples) {
        const out: string[] = [];
        scanTokens(text, (token) => termsOfToken(token, lang, out));
        expect(analyzeText(text, lang)).toBe(out.join(' '));
      }
    }
    // The same answer for a word met first by span and then by string, and the other way round.
    const en = analyserFor('en', 'latin');
    expect(en.termAt('Negotiations', 0, 12, hashOf('negotiations'))).toBe(en.term('negotiations'));
    expect(en.term('ceasefires')).toBe(en.termAt('CEASEFIRES', 0, 10, hashOf('ceasefires')));
  });
});
