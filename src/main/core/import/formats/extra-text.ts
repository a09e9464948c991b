// Small text helpers shared by the extra format handlers (PDF, DOCX, e-mail, feeds, tabular, MHTML).
// HTML here is only ever parsed (linkedom runs no scripts and fetches nothing); the pipeline sanitizes it later.
import { DOMParser } from 'linkedom';
import { normaliseDate } from '../dates';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Collapses runs of spaces/tabs and trims; keeps no newlines. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Splits plain text into paragraphs at blank lines, trimming each and dropping empty ones. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/[ \t]+\n/g, '\n').trim())
    .filter((p) => p.length > 0);
}

export function paragraphsToHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html', 'center',
]);
// Not 'head': linkedom puts a stray <head> found inside <body> around everything that follows it.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of an HTML fragment or page: block elements become paragraphs, `<br>` a line break. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n').replace(/[ \t\u00a0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      current += pre ? t : t.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'td' || name === 'th') current += ' ';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i] as DomNode, pre || name === 'pre');
    if (block) flush();
  };
  const body = (doc as unknown as { body: DomNode | null }).body;
  if (body) walk(body, false);
  flush();
  return paragraphs.join('\n\n');
}

/** A source's date in the pipeline's stored form (see ../dates.ts); anything unusable is null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return normaliseDate(value);
  return null;
}

/** A title of last resort from a body: its first sentence, cut at a word near 120 characters. */
export function titleFromText(text: string, max = 120): string {
  const first = oneLine(text.split(/\n/).find((l) => l.trim()) ?? '');
  const sentence = first.split(/(?<=[.!?。！？])\s/)[0] ?? first;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/** The text before an extension-looking suffix, for a title of last resort from a file name. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/!]/, '').replace(/\.[A-Za-z0-9]{1,6}$/, '');
  return oneLine(base.replace(/[_]+/g, ' ')) || 'Untitled';
}
