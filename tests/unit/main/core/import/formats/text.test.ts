import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { textHandler, extractPlainText } from '../../../../../../src/main/core/import/formats/text';
import { ImportFileError } from '../../../../../../src/main/core/import/types';
import { SEED, hasSeed, hex, utf8 } from '../helpers';

const signal = new AbortController().signal;

describe('text handler', () => {
  it('takes the first non-empty line as the title and the rest as the body', () => {
    const a = extractPlainText('\n\n  Kim Meets Putin  \n\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(a.title).toBe('Kim Meets Putin');
    expect(a.text).toBe('First paragraph.\n\nSecond paragraph.');
    expect(a.format).toBe('txt');
    expect(a.html).toBeNull();
  });

  it('reads a "By …" line under the title as the byline', () => {
    const a = extractPlainText('Title\n\nBy Jane Doe\n\nBody text here.');
    expect(a.byline).toBe('Jane Doe');
    expect(a.text).toBe('Body text here.');
  });

  it('leaves a long first line in the body (no title line)', () => {
    const long = `${'word '.repeat(80).trim()}.`;
    const a = extractPlainText(`${long}\n\nMore.`);
    expect(a.title).toBe('');
    expect(a.text.startsWith('word word')).toBe(true);
  });

  it.skipIf(!hasSeed)('reads the seed article', async () => {
    const [a] = await textHandler.extract({ path: SEED, name: 'seed.txt', bytes: readFileSync(SEED) }, { signal });
    expect(a!.title).toBe('North Korea And Russia Sign Strategic Agreement');
    expect(a!.text.startsWith('Vladimir Putin, the president of Russia')).toBe(true);
  });

  it('decodes legacy bytes (windows-1251 without a declaration)', async () => {
    const bytes = hex('cff3f2e8ed20e820cae8ec0a0acff3f2e8ed20e820cae8ec20efeee4efe8f1e0ebe820f1eee3ebe0f8e5ede8e5');
    const [a] = await textHandler.extract({ path: 'x.txt', name: 'x.txt', bytes }, { signal });
    expect(a!.title).toBe('Путин и Ким');
    expect(a!.text).toBe('Путин и Ким подписали соглашение');
  });

  it('refuses binary content with a clear sentence', () => {
    const bytes = hex('7f454c46020101000000000000000000030003e0001000000101000000000000');
    expect(() => textHandler.extract({ path: 'x.txt', name: 'x.txt', bytes }, { signal })).toThrow(ImportFileError);
    expect(() => textHandler.extract({ path: 'x.txt', name: 'x.txt', bytes }, { signal })).toThrow(/binary/);
  });

  it('keeps control characters out of the text', () => {
    const a = extractPlainText('T\u0002itle\n\nbo\u0003dy');
    expect(a.title).toBe('Title');
    expect(a.text).toBe('body');
    expect(utf8(a.text).length).toBe(4);
  });
});
