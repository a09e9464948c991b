// The article's plain text cut into paragraphs and, inside each, into runs that share the same
// highlight and search match, every run knowing its UTF-16 offset into Article.text. The Text
// view renders the runs as text nodes; a selection maps back to offsets through those numbers.
import type { HighlightT } from './useHighlights';
import { findTerms, type Span } from '../../lib/fold';

export interface Para {
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  /** The highlight shown on this run (the most recent one where several overlap). */
  highlight: HighlightT | null;
  /** 1-based number of the search match this run belongs to, 0 for none. */
  match: number;
}

/** Paragraphs at blank lines (single newlines stay inside a paragraph), trimmed, as offsets. */
export function textParagraphs(text: string): Para[] {
  const out: Para[] = [];
  const breaks = /\n[ \t\r\f\v]*\n\s*/g;
  let at = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return out;
}

/** Search matches per paragraph, numbered through the whole text in reading order. */
export function matchSpans(text: string, paras: Para[], terms: string[]): Span[] {
  if (terms.length === 0) return [];
  return paras.flatMap((p) => findTerms(text.slice(p.start, p.end), terms).map((s) => ({ start: s.start + p.start, end: s.end + p.start })));
}

export function runsFor(para: Para, highlights: HighlightT[], matches: Span[]): Run[] {
  const inside = highlights.filter((h) => h.anchor !== 'lost' && h.end > para.start && h.start < para.end);
  const cuts = new Set<number>([para.start, para.end]);
  for (const h of inside) {
    cuts.add(Math.max(para.start, h.start));
    cuts.add(Math.min(para.end, h.end));
  }
  const localMatches: { span: Span; n: number }[] = [];
  matches.forEach((m, i) => {
    if (m.end > para.start && m.start < para.end) {
      localMatches.push({ span: m, n: i + 1 });
      cuts.add(Math.max(para.start, m.start));
      cuts.add(Math.min(para.end, m.end));
    }
  });
  const points = [...cuts].toSorted((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    let highlight: HighlightT | null = null;
    for (const h of inside) if (h.start <= start && h.end >= end && (!highlight || h.id > highlight.id)) highlight = h;
    const m = localMatches.find((x) => x.span.start <= start && x.span.end >= end);
    runs.push({ start, end, highlight, match: m ? m.n : 0 });
  }
  return runs;
}

/** The offset a DOM point (from a Range) stands for, or null when it is outside the text. */
export function pointOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-o]');
    return run && root.contains(run) ? Number(run.dataset.o) + offset : null;
  }
  const el = node as Element;
  if (el instanceof HTMLElement && el.dataset.o !== undefined) return Number(el.dataset.o) + (offset === 0 ? 0 : (el.textContent ?? '').length);
  const kids = el.childNodes;
  // A point between elements: the start of the next run, or the end of the previous one.
  for (let i = offset; i < kids.length; i++) {
    const first = firstRun(kids[i]!);
    if (first) return Number(first.dataset.o);
  }
  for (let i = Math.min(offset, kids.length) - 1; i >= 0; i--) {
    const last = lastRun(kids[i]!);
    if (last) return Number(last.dataset.o) + (last.textContent ?? '').length;
  }
  return null;
}

function firstRun(n: Node): HTMLElement | null {
  if (!(n instanceof HTMLElement)) return null;
  return n.dataset.o !== undefined ? n : n.querySelector<HTMLElement>('[data-o]');
}

function lastRun(n: Node): HTMLElement | null {
  if (!(n instanceof HTMLElement)) return null;
  if (n.dataset.o !== undefined) return n;
  const all = n.querySelectorAll<HTMLElement>('[data-o]');
  return all[all.length - 1] ?? null;
}

/** The current selection inside `root` as trimmed offsets into `text`, or null. */
export function selectionOffsets(root: HTMLElement, text: string): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  let start = pointOffset(root, r.startContainer, r.startOffset);
  let end = pointOffset(root, r.endContainer, r.endOffset);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
