// A guess for undeclared legacy bytes (a .txt saved by Notepad in a Russian, Korean, Japanese
// or Chinese locale). Only consulted when the bytes are not valid UTF-8 and nothing declares a
// charset. Each candidate is decoded strictly and scored by how much it looks like running
// text in the script that encoding exists for.

const SAMPLE_BYTES = 64 * 1024;

const HANGUL = /[\uac00-\ud7a3]/g;
const KANA = /[\u3040-\u30ff]/g;
const CYRILLIC_LOWER = /[\u0430-\u044f\u0451]/g;
const CYRILLIC_UPPER = /[\u0410-\u042f\u0401]/g;
/** The ten commonest Russian letters: a right decoding is full of them, a wrong one is not. */
const RUSSIAN_COMMON = /[оеаинтсрвл]/g;
const LATIN_EXT = /[\u00c0-\u024f]/g;
const MIXED = /[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z]/gi;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n || 1;
}

/** Share of double-byte pairs inside GB2312's common-character block (where Chinese text lives). */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80 || i + 1 >= bytes.length) {
      i++;
      continue;
    }
    const t = bytes[i + 1]!;
    pairs++;
    if (b >= 0xb0 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) common++;
    i += t >= 0x30 && t <= 0x39 ? 4 : 2;
  }
  return pairs ? common / pairs : 0;
}

// Multi-byte CJK encodings. Korean is (nearly) all Hangul; Japanese always has kana; Chinese
// read as EUC-KR yields Hangul only for part of its characters, so EUC-KR needs a near-pure
// Hangul result, and GB18030 (which decodes almost anything) is judged on the bytes.
const cjk: [string, (text: string, bytes: Uint8Array) => number][] = [
  ['euc-kr', (t) => {
    const r = count(t, HANGUL) / nonAscii(t);
    return r >= 0.9 ? r : r * 0.5;
  }],
  ['shift_jis', (t) => {
    const kana = count(t, KANA) / nonAscii(t);
    return kana >= 0.1 ? 0.9 + kana * 0.1 : 0;
  }],
  ['gb18030', (_t, bytes) => gb2312Share(bytes) * 0.85],
];

// Single-byte encodings decode anything, so they compete on letter statistics instead.
const singleByte: [string, (text: string) => number][] = [
  ['windows-1251', cyrillicScore],
  ['koi8-r', cyrillicScore],
  ['windows-1252', (t) => (count(t, LATIN_EXT) / nonAscii(t)) * 0.5],
];

function cyrillicScore(t: string): number {
  const lower = count(t, CYRILLIC_LOWER);
  const upper = count(t, CYRILLIC_UPPER);
  const letters = lower + upper;
  if (letters === 0) return 0;
  // Western accented letters read as Cyrillic sit inside Latin words; real Cyrillic does not.
  const mixed = Math.min(1, (count(t, MIXED) * 2) / letters);
  // Running text is mostly lower case; KOI8-R read as windows-1251 (and back) swaps the cases.
  return (letters / nonAscii(t)) * (lower / letters) * (0.5 + count(t, RUSSIAN_COMMON) / letters) * (1 - mixed);
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The likeliest legacy encoding, or null when nothing fits well enough to beat UTF-8. */
export function guessLegacyEncoding(bytes: Uint8Array): string | null {
  // Cutting mid-character only costs the last character, which strict decoding would reject,
  // so trim to the last ASCII byte of the sample.
  let end = Math.min(bytes.length, SAMPLE_BYTES);
  if (end < bytes.length) while (end > 0 && bytes[end - 1]! > 0x7f) end--;
  const sample = bytes.subarray(0, end);
  let best: string | null = null;
  let bestScore = 0.5;
  for (const [encoding, score] of cjk) {
    const text = strict(sample, encoding);
    if (text === null) continue;
    const s = score(text, sample);
    if (s > bestScore) [best, bestScore] = [encoding, s];
  }
  if (best) return best;
  bestScore = 0.3;
  for (const [encoding, score] of singleByte) {
    const text = strict(sample, encoding);
    if (text === null) continue;
    const s = score(text);
    if (s > bestScore) [best, bestScore] = [encoding, s];
  }
  return best;
}
