// Text as it is stored: no control characters (\u0002/\u0003 mark search snippets), one kind of
// line ending and space, paragraphs separated by exactly one blank line, page chrome dropped.
import { trimChrome } from './chrome';

// C0/C1 controls except \t and \n (which are handled as whitespace), DEL, the BOM,
// noncharacters, and lone surrogates (which would not survive UTF-8 storage).
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// One character class that every string CONTROLS changes contains (a surrogate of a valid pair
// too): most texts have none, and testing for it is far cheaper than running CONTROLS.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff\ud800-\udfff]/;

function dropControls(s: string): string {
  return MAYBE_CONTROLS.test(s) ? s.replace(CONTROLS, '') : s;
}

// oxlint-disable-next-line no-control-regex -- form feed is a line break here
const LINE_BREAKS = /\r\n?|[\u000c\u0085\u2028\u2029]/g;
/** Every Unicode space separator except the plain space, and tabs. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** One line of metadata (title, byline, outlet): no controls, no line breaks, single spaces. */
export function normaliseInline(s: string | null | undefined, maxLength = 1000): string {
  if (!s) return '';
  const flat = dropControls(s.normalize('NFC').replace(LINE_BREAKS, ' ').replace(/\n/g, ' ')).replace(SPACES, ' ');
  const out = flat.replace(/ {2,}/g, ' ').trim();
  return out.length > maxLength ? `${out.slice(0, maxLength - 1).trimEnd()}…` : out;
}

/** Paragraphs of a text: blank-line separated, each trimmed, inner line breaks kept. */
export function toParagraphs(raw: string): string[] {
  const text = dropControls(raw.normalize('NFC').replace(LINE_BREAKS, '\n')).replace(SPACES, ' ');
  const out: string[] = [];
  for (const block of text.split(/\n[ ]*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.replace(/ {2,}/g, ' ').trim())
      .filter((l) => l.length > 0);
    if (lines.length) out.push(lines.join('\n'));
  }
  return out;
}

/** Control-free, whitespace-normalised text; chrome is kept (see cleanArticleText). */
export function normaliseText(raw: string): string {
  return toParagraphs(raw).join('\n\n');
}

/** The stored body: normalised, with page chrome (share bars, comment forms…) dropped. */
export function cleanArticleText(raw: string, normalised = false): string {
  // normaliseText() output is its paragraphs joined by blank lines, none of them empty.
  const paragraphs = normalised ? (raw ? raw.split('\n\n') : []) : toParagraphs(raw);
  const keep = trimChrome(paragraphs);
  return paragraphs.filter((_, i) => keep[i]).join('\n\n');
}

const WORDISH = /[\p{L}\p{N}]/u;

function isCjkUnit(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** What /\s/ matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Words for the article list: whitespace-separated tokens with a letter or digit in them.
 * Chinese and Japanese are written without spaces, so each of their characters counts as one
 * (the usual convention for CJK word counts), plus one for any other letters in the same token.
 * One pass over the characters: this runs for every imported article.
 */
export function wordCount(text: string): number {
  let n = 0;
  let inToken = false;
  let cjk = 0;
  let wordish = false;
  const finish = () => {
    if (cjk > 0) n += cjk + (wordish ? 1 : 0);
    else if (wordish) n++;
    inToken = false;
    cjk = 0;
    wordish = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (inToken) finish();
      continue;
    }
    inToken = true;
    if (isCjkUnit(c)) cjk++;
    else if (!wordish) {
      if (c < 0x80) wordish = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
      else wordish = WORDISH.test(String.fromCodePoint(text.codePointAt(i)!));
    }
  }
  if (inToken) finish();
  return n;
}
