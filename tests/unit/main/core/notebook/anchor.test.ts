import { describe, expect, it } from 'vitest';
import { anchorAt, reanchor, CONTEXT_CHARS } from '../../../../../src/main/core/notebook/anchor';

const TEXT =
  'Leaders of Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday. ' +
  'The pact commits each side to help the other if attacked. Kim called it the "fiery friendship" of two nations. ' +
  'Analysts in Seoul said the treaty marks a shift. Kim called it historic.';

function anchorOf(text: string, passage: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(passage, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  return anchorAt(text, at, at + passage.length);
}

describe('anchorAt', () => {
  it('keeps the quote and up to 32 characters of context each side', () => {
    const a = anchorOf(TEXT, 'fiery friendship');
    expect(a.quote).toBe('fiery friendship');
    expect(a.prefix).toHaveLength(CONTEXT_CHARS);
    expect(TEXT.slice(a.start - CONTEXT_CHARS, a.start)).toBe(a.prefix);
    expect(a.suffix).toBe(TEXT.slice(a.end, a.end + CONTEXT_CHARS));
    const first = anchorAt(TEXT, 0, 7);
    expect(first.prefix).toBe('');
  });
});

describe('reanchor', () => {
  it('keeps the offsets when the text is unchanged', () => {
    const a = anchorOf(TEXT, 'strategic partnership treaty');
    expect(reanchor(TEXT, a)).toEqual({ start: a.start, end: a.end, status: 'exact' });
  });

  it('follows the quote when text was inserted before it', () => {
    const a = anchorOf(TEXT, 'fiery friendship');
    const edited = `UPDATED 20 June. ${TEXT}`;
    const p = reanchor(edited, a);
    expect(p.status).toBe('moved');
    expect(edited.slice(p.start, p.end)).toBe('fiery friendship');
    expect(p.start).toBe(a.start + 'UPDATED 20 June. '.length);
  });

  it('picks the occurrence whose context matches when the quote occurs twice', () => {
    // "Kim called it" occurs twice; the highlight is on the second one.
    const a = anchorOf(TEXT, 'Kim called it', 1);
    const edited = `Summary first. ${TEXT.replace('The pact commits', 'The new pact commits')}`;
    const p = reanchor(edited, a);
    expect(p.status).toBe('moved');
    expect(edited.slice(p.start, p.end)).toBe('Kim called it');
    expect(edited.slice(p.end, p.end + 9)).toBe(' historic');
  });

  it('finds a passage whose wording changed slightly (fuzzy)', () => {
    const a = anchorOf(TEXT, 'The pact commits each side to help the other if attacked.');
    const edited = TEXT.replace('The pact commits each side to help the other if attacked.', 'The pact commits each party to aid the other if attacked.');
    const p = reanchor(edited, a);
    expect(p.status).toBe('fuzzy');
    expect(edited.slice(p.start, p.end)).toBe('The pact commits each party to aid the other if attacked.');
  });

  it('finds a long passage by its head and tail when its middle was rewritten', () => {
    const long = `${'Officials described the talks in detail. '.repeat(4)}The middle part of the statement was long.${' More words follow here.'.repeat(4)}`;
    const text = `Intro paragraph about the summit. ${long} Closing remarks.`;
    const a = anchorOf(text, long);
    expect(a.quote.length).toBeGreaterThan(256);
    const edited = `A new first line. ${text.replace('The middle part of the statement was long.', 'The middle was rewritten by editors.')}`;
    const p = reanchor(edited, a);
    expect(p.status).toBe('fuzzy');
    expect(edited.slice(p.start, p.start + 30)).toBe(long.slice(0, 30));
    expect(edited.slice(p.end - 20, p.end)).toBe(long.slice(-20).trimEnd());
  });

  it('falls back to the old context when the quote itself was replaced', () => {
    const a = anchorOf(TEXT, 'fiery friendship');
    const edited = TEXT.replace('fiery friendship', 'unbreakable alliance');
    const p = reanchor(edited, a);
    expect(p.status).toBe('fuzzy');
    expect(edited.slice(p.start, p.end)).toBe('unbreakable alliance');
  });

  it('reports a passage that is gone as lost, with offsets inside the new text', () => {
    const a = anchorOf(TEXT, 'Analysts in Seoul said the treaty marks a shift.');
    const edited = 'A completely different article about grain exports and shipping rates.';
    const p = reanchor(edited, a);
    expect(p.status).toBe('lost');
    expect(p.start).toBeLessThanOrEqual(edited.length);
    expect(p.end).toBeLessThanOrEqual(edited.length);
  });

  it('works on Cyrillic and Korean text (UTF-16 offsets)', () => {
    const text = 'Лидеры подписали договор о всеобъемлющем стратегическом партнёрстве. 김정은 위원장이 조약에 서명했다.';
    const a = anchorOf(text, '조약에 서명했다');
    const edited = `Обновлено. ${text}`;
    const p = reanchor(edited, a);
    expect(edited.slice(p.start, p.end)).toBe('조약에 서명했다');
  });
});
