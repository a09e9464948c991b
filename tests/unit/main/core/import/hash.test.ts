import { describe, expect, it } from 'vitest';
import { contentHash, foldForHash } from '../../../../../src/main/core/import/hash';

describe('contentHash', () => {
  it('is the same for the same text whatever its case, spacing or Unicode form', () => {
    const a = contentHash('North Korea and Russia\n\nsign  an agreement.');
    expect(contentHash('north korea AND russia sign an agreement.')).toBe(a);
    expect(contentHash('Cafe\u0301 talks')).toBe(contentHash('Café talks'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs for different text', () => {
    expect(contentHash('Kim met Putin.')).not.toBe(contentHash('Kim met Xi.'));
  });
});

describe('foldForHash', () => {
  it('collapses every kind and run of whitespace to one space, as /\\s+/ does', () => {
    const samples = ['a  b', 'a\tb', ' a \n\n b ', 'a\u00a0\u2028b', 'a \u3000 b\r\nc', 'one two three', '\ufeffa\u000bb\fc'];
    for (const s of samples) expect(foldForHash(s)).toBe(s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
  });
});
