// Near-duplicate (reprint) detection: a MinHash signature over word shingles, and LSH bands
// over it for finding candidates without comparing against every stored article.
//
// A reprinted wire story keeps most of its sentences: it gets a new headline (not part of the
// text) and perhaps a paragraph added or cut, so most of its 4-word shingles are shared with the
// original. Two outlets writing about the same event share names and the odd quote, but few
// runs of four words. The thresholds were chosen on data: over the 300 BASIL articles, a copy
// with one paragraph added scores J >= 0.69 (containment >= 0.72, 5th percentile 0.84); the same
// copy also cut by two paragraphs containment >= 0.62 (5th percentile 0.78); articles by
// different outlets on the same event score J <= 0.23 and containment <= 0.46, and none of those
// pairs even becomes an LSH candidate (tests/unit/main/core/import/reprints.test.ts measures it
// again and prints the figures).

/** Words per shingle. */
export const SHINGLE_WORDS = 4;
/** MinHash values per signature, a power of two (stored as 4-byte little-endian unsigned integers). */
export const SIGNATURE_SIZE = 64;
/**
 * LSH: BANDS bands of ROWS values each; two texts become candidates when one band matches. 21×3
 * makes a pair with J = 0.5 a candidate 94% of the time, J = 0.3 44%, J = 0.05 0.3%.
 */
export const BANDS = 21;
export const ROWS = 3;
/** Texts shorter than this have no signature: a two-line brief is too short to call a reprint. */
export const MIN_WORDS = 40;
/** A new text is a probable reprint of an earlier one when their estimated Jaccard similarity
 * reaches this… */
export const REPRINT_JACCARD = 0.5;
/** …or when this share of the new text's shingles is in the earlier one (a trimmed reprint). */
export const REPRINT_CONTAINMENT = 0.7;

/** Han and kana are written without spaces: each of their characters counts as a word. */
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Letters and digits: ASCII exactly; beyond ASCII everything but spaces and punctuation blocks. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff0f)) return false;
  return true;
}

/** FNV-1a hashes of a text's lower-cased words, computed in one pass without building strings. */
function wordHashes(text: string): Uint32Array {
  const lower = text.toLowerCase();
  let out = new Uint32Array(Math.max(16, lower.length >>> 2));
  let n = 0;
  const push = (v: number) => {
    if (n === out.length) {
      const grown = new Uint32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[n++] = v;
  };
  let h = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) : !isCjk(c) && isWordChar(c)) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (c >= 0x80 && isCjk(c)) {
      if (inWord) push(h >>> 0);
      push(Math.imul(0x811c9dc5 ^ c, 0x01000193) >>> 0);
      inWord = false;
    } else if (inWord) {
      push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) push(h >>> 0);
  return out.subarray(0, n);
}

/** Murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** Every shingle's hash, repeats included, in text order (empty when the text is too short). */
function allShingleHashes(text: string): Uint32Array {
  const words = wordHashes(text);
  if (words.length < MIN_WORDS) return new Uint32Array(0);
  const out = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < out.length; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193) ^ (h >>> 15);
    out[i] = mix(h);
  }
  return out;
}

/** The distinct shingle hashes of a text (lower-cased words; the text is already NFC-normalised), in order of first appearance. */
export function shingleHashes(text: string): Uint32Array {
  return Uint32Array.from(new Set(allShingleHashes(text)));
}

/** How many distinct values a list holds (sorted in place: a typed-array sort beats a Set). */
function countDistinct(values: Uint32Array): number {
  values.sort();
  let n = values.length > 0 ? 1 : 0;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[i - 1]) n++;
  return n;
}

export interface Signature {
  /** SIGNATURE_SIZE minimum hashes. */
  values: Uint32Array;
  /** How many distinct shingles the text has (to estimate containment from the Jaccard estimate). */
  shingles: number;
}

const BIN_SHIFT = 32 - Math.log2(SIGNATURE_SIZE);
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const EMPTY = 0xffffffff;

/**
 * The signature of a text, or null when the text is too short to judge. One-permutation
 * MinHash: each shingle hash picks a bin with its top bits and competes for that bin's minimum
 * with the rest, so a signature costs one pass over the shingles instead of one per value. Bins
 * no shingle fell into borrow the value of another bin chosen by a probe sequence that depends
 * only on the bin ("optimal densification", Shrivastava 2017): two texts fill their empty bins
 * the same way, so equal bins still estimate the Jaccard similarity.
 */
export function computeSignature(text: string): Signature | null {
  // A repeated shingle cannot change a bin's minimum: no need to drop repeats before binning.
  const shingles = allShingleHashes(text);
  if (shingles.length === 0) return null;
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    const bin = x >>> BIN_SHIFT;
    const value = x & VALUE_MASK;
    if (value < bins[bin]!) bins[bin] = value;
  }
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (bins[i] !== EMPTY) {
      sig[i] = bins[i]!;
      continue;
    }
    for (let attempt = 1; ; attempt++) {
      const j = mix(SEEDS[i]! + attempt) >>> BIN_SHIFT;
      if (bins[j] !== EMPTY) {
        sig[i] = bins[j]!;
        break;
      }
    }
  }
  return { values: sig, shingles: countDistinct(shingles) };
}

export interface Resemblance {
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the new text's shingles found in the earlier one. */
  containment: number;
}

export function resemblance(next: Signature, earlier: Signature): Resemblance {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (next.values[i] === earlier.values[i]) same++;
  const jaccard = same / SIGNATURE_SIZE;
  // |A∩B| = J(|A|+|B|)/(1+J)
  const shared = (jaccard * (next.shingles + earlier.shingles)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / next.shingles) };
}

/** Whether `next` reads as a reprint of `earlier` (see the thresholds above). */
export function isReprint(r: Resemblance): boolean {
  return r.jaccard >= REPRINT_JACCARD || r.containment >= REPRINT_CONTAINMENT;
}

/** The LSH keys of a signature: band index × 2^32 + the band's 32-bit hash (exact in a double). */
export function bandKeys(sig: Signature): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(0x51ed270b + b);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig.values[b * ROWS + r]!);
    keys.push(b * 0x1_0000_0000 + h);
  }
  return keys;
}

const BYTES = 4 + SIGNATURE_SIZE * 4;

/** Stored form: the shingle count, then the values, each a little-endian uint32. */
export function signatureToBytes(sig: Signature): Buffer {
  const buf = Buffer.alloc(BYTES);
  buf.writeUInt32LE(sig.shingles, 0);
  for (let i = 0; i < SIGNATURE_SIZE; i++) buf.writeUInt32LE(sig.values[i]!, 4 + i * 4);
  return buf;
}

export function signatureFromBytes(bytes: Uint8Array | null | undefined): Signature | null {
  if (!bytes || bytes.length !== BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => view.getUint32(4 + i * 4, true));
  return { values, shingles: view.getUint32(0, true) };
}

/** Exact Jaccard similarity of two texts' shingle sets (for measurements, not for importing). */
export function exactJaccard(a: string, b: string): number {
  const sa = new Set(shingleHashes(a));
  const sb = new Set(shingleHashes(b));
  if (sa.size === 0 || sb.size === 0) return 0;
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}
