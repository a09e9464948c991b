import { describe, expect, it } from 'vitest';
import { cleanArticleText, normaliseInline, normaliseText, toParagraphs, wordCount } from '../../../../../src/main/core/import/normalise';
import { extractPlainText } from '../../../../../src/main/core/import/formats/text';

const body = [
  'Vladimir Putin and Kim Jong Un signed a strategic agreement on Wednesday that promises mutual assistance.',
  'The summit coincided with Putin’s first visit to North Korea in 24 years, and growing concerns were raised.',
  'Kim described the relationship as a “fiery friendship,” calling the agreement their strongest ever treaty.',
];

describe('normaliseText', () => {
  it('removes control characters, including the snippet markers \\u0002 and \\u0003', () => {
    const out = normaliseText('a\u0002b\u0003c\u0000d\u0007e\u007ff\u0085g');
    expect([...out].filter((c) => c.charCodeAt(0) < 0x20 && c !== '\n')).toEqual([]);
    expect(out).toBe('abcde f\ng'.replace(' ', ''));
  });

  it('unifies line endings and spaces and keeps blank-line paragraphs', () => {
    const raw = '  First\u00a0para\tline one\r\nline two  \r\n\r\n\r\n\r\nSecond\u2003para\r\rThird\u2029';
    expect(toParagraphs(raw)).toEqual(['First para line one\nline two', 'Second para', 'Third']);
    expect(normaliseText(raw)).toBe('First para line one\nline two\n\nSecond para\n\nThird');
  });

  it('is idempotent', () => {
    const raw = ' x \r\n\r\n\r\n y\u0003 \n\n\n\u00a0z ';
    expect(normaliseText(normaliseText(raw))).toBe(normaliseText(raw));
  });

  it('drops lone surrogates but keeps astral characters', () => {
    expect(normaliseText('a\ud800b 😀 c\udc00')).toBe('ab 😀 c');
  });
});

describe('cleanArticleText (page chrome)', () => {
  it('drops the seed article’s trailing chrome', () => {
    const raw = [...body, 'Related Articles', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Back to top button'].join('\n\n');
    expect(cleanArticleText(raw)).toBe(body.join('\n\n'));
  });

  it('drops share bars, newsletter boxes, copyright lines and comment forms at the end', () => {
    const raw = [
      ...body,
      'Share on Facebook Twitter WhatsApp Email',
      'Subscribe to our newsletter',
      'Enter your email address',
      '© 2024 Some Outlet. All rights reserved.',
      'Save my name, email, and website in this browser for the next time I comment.',
    ].join('\n\n');
    expect(cleanArticleText(raw)).toBe(body.join('\n\n'));
  });

  it('cuts a "Related" section of teaser lines near the end', () => {
    const raw = [...body, 'You may also like', 'Kim visits factory', 'Seoul responds to summit', 'Moscow hosts delegation'].join('\n\n');
    expect(cleanArticleText(raw)).toBe(body.join('\n\n'));
  });

  it('keeps a "Related" heading followed by real prose, and chrome words inside sentences', () => {
    const prose = 'Officials said the related talks would continue next week in Pyongyang, according to state media, and that both delegations had already agreed on an agenda covering trade, energy, transport and labour exports, with working groups due to report back before the end of the year on each of those areas and on the implementation of the treaty.';
    const raw = [...body, 'Related', prose, 'Readers can leave a reply below, the outlet said.'].join('\n\n');
    expect(cleanArticleText(raw)).toBe(raw);
  });

  it('drops standalone advertising markers anywhere but never empties an article', () => {
    expect(cleanArticleText([body[0], 'ADVERTISEMENT', body[1], 'Story continues below advertisement', body[2]].join('\n\n'))).toBe(body.join('\n\n'));
    expect(cleanArticleText('Leave a Reply')).toBe('Leave a Reply');
  });

  it('keeps prose that merely starts like a chrome phrase', () => {
    const raw = [...body, 'More in the coming days, the ministry said, as talks resume.'].join('\n\n');
    expect(cleanArticleText(raw)).toBe(raw);
  });
});

describe('normaliseInline', () => {
  it('flattens a title to one clean line and caps its length', () => {
    expect(normaliseInline('  North\nKorea \u0002and\tRussia  ')).toBe('North Korea and Russia');
    expect(normaliseInline('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(normaliseInline(null)).toBe('');
  });
});

describe('wordCount', () => {
  it('counts words in spaced scripts and characters in Chinese and Japanese', () => {
    expect(wordCount('Putin and Kim — signed, a “treaty”.')).toBe(6);
    expect(wordCount('Путин и Ким подписали соглашение')).toBe(5);
    expect(wordCount('북한과 러시아가 서명했다')).toBe(3);
    expect(wordCount('朝鲜和俄罗斯')).toBe(6);
    expect(wordCount('DPRK和俄罗斯 2024')).toBe(6);
    expect(wordCount('')).toBe(0);
  });
});

describe('cleanArticleText of text normaliseText() already produced', () => {
  it('gives what normalising it again would', () => {
    const raws = [
      'Title\n\nBy Jane Doe\n\nFirst  paragraph\nsecond line\n\n\n\nRelated Articles\n\nLink one\n\nLink two\n',
      'Title only',
      'Headline\r\nbody\u00a0text\u2028more\f\n\nAdvertisement\n\nEnd.',
      '\n\n  \n\nLate title\n\nBy x\n',
      `${'x'.repeat(400)}\n\nbody`,
    ];
    for (const raw of raws) {
      const { text } = extractPlainText(raw);
      expect(cleanArticleText(text, true)).toBe(cleanArticleText(text));
    }
  });
});
