import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../../../src/main/core/compare/segment';
import { SKIP_BASIL, basilArticles, basilJson } from './fixtures';

const texts = (t: string, lang?: string) => segmentSentences(t, lang).map((s) => s.text);

describe('segmentSentences', () => {
  it('keeps titles, initials and acronyms inside their sentence', () => {
    expect(texts('Mr. Steele met Gen. Mark Milley. J. Smith said the U.S. and the U.N. agreed on Jan. 5. The No. 2 official left.')).toEqual([
      'Mr. Steele met Gen. Mark Milley.',
      'J. Smith said the U.S. and the U.N. agreed on Jan. 5.',
      'The No. 2 official left.',
    ]);
  });

  it('ends a sentence at an acronym when a new sentence clearly starts', () => {
    expect(texts('Russia faces sanctions by the U.S. The president spoke at 10 a.m. Friday. He left.')).toEqual([
      'Russia faces sanctions by the U.S.',
      'The president spoke at 10 a.m. Friday.',
      'He left.',
    ]);
  });

  it('keeps a quotation closed by ! or ? with its attribution', () => {
    expect(texts('People chanted “Welcome Putin!” as they lined the streets. “What is this? A circus?” he said.')).toEqual([
      'People chanted “Welcome Putin!” as they lined the streets.',
      '“What is this? A circus?” he said.',
    ]);
  });

  it('never joins two paragraphs and records offsets into the text', () => {
    const text = 'First paragraph without a stop\n\nSecond one. Third sentence.';
    const s = segmentSentences(text);
    expect(s.map((x) => [x.paragraph, x.text])).toEqual([
      [0, 'First paragraph without a stop'],
      [1, 'Second one.'],
      [1, 'Third sentence.'],
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2]);
  });

  it('falls back to English rules for an unknown language tag', () => {
    expect(texts('One. Two.', 'xx-invalid')).toEqual(['One.', 'Two.']);
  });

  it('agrees with BASIL’s own sentence boundaries on nearly all sentences', (ctx) => {
    const arts = basilArticles();
    if (!arts) return ctx.skip(SKIP_BASIL);
    let gold = 0;
    let pred = 0;
    let same = 0;
    for (const a of arts.slice(0, 60)) {
      const paras = basilJson<{ 'body-paragraphs': string[][] }>(a.path)['body-paragraphs'];
      for (const p of paras) {
        const g = p.map((x) => x.trim()).filter(Boolean);
        const got = texts(g.join(' '));
        const set = new Set(g);
        gold += g.length;
        pred += got.length;
        same += got.filter((x) => set.has(x)).length;
      }
    }
    // BASIL keeps some multi-sentence quotations whole, so a perfect score is not expected.
    expect(same / gold).toBeGreaterThan(0.9);
    expect(same / pred).toBeGreaterThan(0.9);
  });
});
