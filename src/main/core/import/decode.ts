// Bytes → text. The order of evidence: a byte-order mark, UTF-16 without a mark (NUL pattern),
// valid UTF-8, a declared charset (the caller's hint, an HTML <meta> or XML declaration), a
// guess among the legacy encodings of the coverage we import, then UTF-8 with replacements.
// Valid UTF-8 beats a declaration because mislabelled UTF-8 pages are common while legacy
// bytes that happen to form valid multi-byte UTF-8 are vanishingly rare.
import { isUtf8 } from 'node:buffer';
import { guessLegacyEncoding } from './decode-guess';

export interface DecodeOptions {
  /** A charset label the container declared (e-mail Content-Type, HTTP header…). */
  hint?: string;
  /** Look for <meta charset> / http-equiv / XML declaration in the first 8 KB. */
  html?: boolean;
}

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used (utf-8, utf-16le, windows-1251…). */
  encoding: string;
  /** How many invalid byte sequences became U+FFFD. */
  replaced: number;
}

const PRESCAN_BYTES = 8192;

export function decodeText(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes, bom);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16);
  if (isAscii(bytes)) {
    // Pure ASCII decodes the same in every ASCII-compatible charset; UTF-8 is the honest name.
    return { text: decoder('utf-8').decode(bytes), encoding: 'utf-8', replaced: 0 };
  }
  const strict = tryDecode(bytes, 'utf-8');
  if (strict !== null) return { text: strict, encoding: 'utf-8', replaced: 0 };
  const declared = (opts.html ? declaredCharset(bytes) : null) ?? canonicalLabel(opts.hint);
  if (declared && declared !== 'utf-8') return decodeWith(bytes, declared);
  if (!declared) {
    const guess = guessLegacyEncoding(bytes);
    if (guess) return decodeWith(bytes, guess);
  }
  return decodeWith(bytes, 'utf-8');
}

/**
 * decodeText() of the first `n` bytes, remembered per file: detection asks several sniffers,
 * and most of them decode the same head (every one of them the whole of a small file).
 */
const heads = new WeakMap<Uint8Array, Map<number, Decoded>>();

export function decodeHead(bytes: Uint8Array, n: number): Decoded {
  const len = Math.min(n, bytes.length);
  let known = heads.get(bytes);
  if (!known) {
    known = new Map();
    heads.set(bytes, known);
  }
  let d = known.get(len);
  if (!d) {
    d = decodeText(bytes.subarray(0, len));
    known.set(len, d);
  }
  return d;
}

/** Resolves a charset label to the WHATWG encoding name TextDecoder will use, or null. */
export function canonicalLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!clean) return null;
  // A <meta> claiming UTF-16 is necessarily wrong (the bytes were readable as ASCII); HTML says UTF-8.
  if (clean.startsWith('utf-16') || clean === 'unicode') return 'utf-8';
  if (clean === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(clean).encoding;
  } catch {
    return null;
  }
}

/**
 * One replacing decoder per encoding, reused: every file is decoded several times (each sniffer
 * reads its head), and a decode() without { stream } starts afresh each call.
 */
const decoders = new Map<string, TextDecoder>();

function decoder(encoding: string): TextDecoder {
  let d = decoders.get(encoding);
  if (!d) {
    d = new TextDecoder(encoding);
    decoders.set(encoding, d);
  }
  return d;
}

function decodeWith(bytes: Uint8Array, encoding: string): Decoded {
  const strict = tryDecode(bytes, encoding);
  if (strict !== null) return { text: strict, encoding, replaced: 0 };
  const text = decoder(encoding).decode(bytes);
  return { text, encoding, replaced: Math.max(0, countFffd(text) - legitimateFffd(bytes, encoding)) };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  // Valid UTF-8 decodes the same with or without { fatal }: validate, then use the shared decoder.
  if (encoding === 'utf-8') return isUtf8(bytes) ? decoder('utf-8').decode(bytes) : null;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countFffd(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** U+FFFD characters that were really in the file (encoded), not produced by bad bytes. */
function legitimateFffd(bytes: Uint8Array, encoding: string): number {
  let n = 0;
  if (encoding === 'utf-8') {
    for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const [a, b] = encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
    for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i] === a && bytes[i + 1] === b) n++;
  }
  return n;
}

function bomEncoding(b: Uint8Array): string | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: text in any script has spaces, digits and punctuation, whose high
 * byte is 0, so NULs pile up on one parity and (almost) never on the other.
 */
function sniffUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd >= units * 0.1 && even <= units * 0.01) return 'utf-16le';
  if (even >= units * 0.1 && odd <= units * 0.01) return 'utf-16be';
  return null;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

const META_TAG = /<meta\b[^>]*>/gi;
const CHARSET_ATTR = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_DECL = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset an HTML/XML document declares in its first 8 KB (a "late" meta counts too). */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup is found whatever the real charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = XML_DECL.exec(head);
  if (xml) {
    const label = canonicalLabel(xml[1]);
    if (label) return label;
  }
  for (const m of head.matchAll(META_TAG)) {
    // Covers both <meta charset=x> and <meta http-equiv=Content-Type content="text/html; charset=x">.
    const label = canonicalLabel(CHARSET_ATTR.exec(m[0])?.[1]);
    if (label) return label;
  }
  return null;
}

/**
 * Whether bytes are text at all (not an executable, image or other binary): decoded, a sample
 * must be nearly free of replacement characters and control codes.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  const { text, replaced } = decodeHead(bytes, 8192);
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  // A sample cut mid-character may end in one replacement; binaries are full of NULs and
  // other control bytes, while text has at most a few strays.
  return replaced <= Math.max(1, text.length * 0.01) && controls <= Math.max(2, text.length * 0.05);
}
