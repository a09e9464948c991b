// Turning library data into terminal text. Imported content is hostile: a title can carry
// escape sequences that rewrite the terminal, so every string from the library passes
// through `clean` before it is printed in human form. (JSON output is escaped by
// JSON.stringify and needs no such care.)
import { MARK_END, MARK_START } from '../../shared/contract';

// C0 and C1 control characters, DEL included. Newline and tab are handled by the callers.
// oxlint-disable-next-line no-control-regex -- matching control characters is the whole point here
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates can make a line display in a different order than it
// reads ("Trojan Source"); the ordinary LRM/RLM marks that Arabic and Hebrew text use are kept.
const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/g;
const MARKS = new RegExp(`[${MARK_START}${MARK_END}]`, 'g');

/** Multi-line text safe to print: no control characters except newline and tab. */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(BIDI_OVERRIDES, '');
}

/** One line of text: whitespace runs (newlines included) collapse to a single space. */
export function cleanLine(text: string | null | undefined): string {
  if (text == null) return '';
  return clean(text).replace(/\s+/g, ' ').trim();
}

/** Snippet for JSON: the highlight markers removed, the plain text kept. */
export function plainSnippet(snippet: string): string {
  return snippet.replace(MARKS, '');
}

/** Snippet for humans: matched spans in **bold** markdown style. */
export function markedSnippet(snippet: string): string {
  return cleanLine(snippet.split(MARK_START).join('**').split(MARK_END).join('**'));
}

/** Display width, counting East Asian wide characters (CJK, Hangul, kana) as two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export function truncate(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(s: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export interface Column {
  header: string;
  max?: number;
  right?: boolean;
}

/** A plain-text table: cells are cleaned, truncated to each column's max and padded. */
export function table(columns: Column[], rows: (string | number | null | undefined)[][]): string {
  const cells = rows.map((r) => r.map((c, i) => truncate(cleanLine(c == null ? '' : String(c)), columns[i]?.max ?? 80)));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!, columns[i]?.right))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
