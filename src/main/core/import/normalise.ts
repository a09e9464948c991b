// Text as it is stored: no control characters (\u0002/\u0003 mark search snippets), one kind of
// line ending and space, paragraphs separated by exactly one blank line, page chrome dropped.
import { trimChrome } from './chrome';

// C0/C1 controls except \t and \n (which are handled as whitespace), DEL, the BOM,
// noncharacters, and lone surrogates (which would not survive UTF-8 storage).
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// oxlint-disable-next-line no-control-regex -- form feed is a line break here
const LINE_BREAKS = /\r\n?|[\u000c\u0085\u2028\u2029]/g;
/** Every Unicode space separator except the plain space, and tabs. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** One line of metadata (title, byline, outlet): no controls, no line breaks, single spaces. */
export function normaliseInline(s: string | null | undefined, maxLength = 1000): string {
  if (!s) return '';
  const flat = s.normalize('NFC').replace(LINE_BREAKS, ' ').replace(/\n/g, ' ').replace(CONTROLS, '').replace(SPACES, ' ');
  const out = flat.replace(/ {2,}/g, ' ').trim();
  return out.length > maxLength ? `${out.slice(0, maxLength - 1).trimEnd()}…` : out;
}

/** Paragraphs of a text: blank-line separated, each trimmed, inner line breaks kept. */
export function toParagraphs(raw: string): string[] {
  const text = raw.normalize('NFC').replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(SPACES, ' ');
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
export function cleanArticleText(raw: string): string {
  const paragraphs = toParagraphs(raw);
  const keep = trimChrome(paragraphs);
  return paragraphs.filter((_, i) => keep[i]).join('\n\n');
}

const CJK_CHAR = /[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Words for the article list. Chinese and Japanese are written without spaces, so each of their
 * characters counts as one (the usual convention for CJK word counts).
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    if (!CJK_CHAR.test(token)) {
      if (WORDISH.test(token)) n++;
      continue;
    }
    let rest = false;
    for (const ch of token) {
      if (CJK_CHAR.test(ch)) n++;
      else if (WORDISH.test(ch)) rest = true;
    }
    if (rest) n++;
  }
  return n;
}
