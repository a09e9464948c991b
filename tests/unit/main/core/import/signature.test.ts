// The signature is computed from every shingle, repeats included (a repeat cannot change a bin's
// minimum), and counts the distinct ones by sorting: it must equal the definition over the set of
// distinct shingles that shingleHashes() gives.
import { describe, expect, it } from 'vitest';
import { computeSignature, shingleHashes, SIGNATURE_SIZE } from '../../../../../src/main/core/import/signature';

const WORDS = 'talks ministers border ceasefire river harvest city council vote election budget court judge police strike union'.split(' ');

function text(seed: number, words: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(' ');
}

/** The bins of the one-permutation MinHash, straight from the set of distinct shingles (no densification). */
function binsFromSet(t: string): (number | null)[] {
  const shift = 32 - Math.log2(SIGNATURE_SIZE);
  const bins: (number | null)[] = Array.from({ length: SIGNATURE_SIZE }, () => null);
  for (const h of shingleHashes(t)) {
    const bin = h >>> shift;
    const value = h & ((1 << shift) - 1);
    if (bins[bin] === null || value < bins[bin]!) bins[bin] = value;
  }
  return bins;
}

describe('computeSignature', () => {
  it('counts the distinct shingles, repeats and all', () => {
    for (const t of [text(1, 300), `${text(2, 80)} ${text(2, 80)} ${text(2, 80)}`, text(3, 45)]) {
      expect(computeSignature(t)!.shingles).toBe(shingleHashes(t).length);
    }
  });

  it('holds the minimum of each filled bin over the distinct shingles', () => {
    for (const t of [text(4, 400), `${text(5, 60)} ${text(5, 60)}`, 'Путин и Ким подписали соглашение '.repeat(12), '北京市は日本の東京と違う。'.repeat(8)]) {
      const sig = computeSignature(t)!;
      binsFromSet(t).forEach((v, i) => {
        if (v !== null) expect(sig.values[i]).toBe(v);
      });
    }
  });

  it('is the same for a text written in upper or lower case, and null for a short one', () => {
    const t = text(6, 200);
    expect(Array.from(computeSignature(t.toUpperCase())!.values)).toEqual(Array.from(computeSignature(t)!.values));
    expect(computeSignature(text(7, 20))).toBeNull();
  });
});
