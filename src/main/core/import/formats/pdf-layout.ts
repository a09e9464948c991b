// Turns pdf.js text items into lines and paragraphs. pdf.js gives positioned runs in content-stream
// order (reading order for most generated PDFs); we rebuild lines by baseline and paragraphs by gaps.

export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline in PDF space (grows upwards). */
  y: number;
  size: number;
  width: number;
  eol: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  page: number;
}

export interface PdfParagraph {
  text: string;
  size: number;
  heading: boolean;
  page: number;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** Glyphs without a Unicode mapping come out as control characters: drop them (tabs and breaks are spacing). */
function withoutControls(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c !== 0x7f && c !== 0xfffe && c !== 0xffff)) out += ch;
  }
  return out;
}

function toLines(items: PdfTextItem[], page: number): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  let breakNext = false;
  for (const it of items) {
    const str = withoutControls(it.str).replace(/\s+/g, ' ');
    if (str === '' || str === ' ') {
      if (it.eol) breakNext = true;
      else if (cur && str === ' ' && !cur.text.endsWith(' ')) cur.text += ' ';
      continue;
    }
    const size = it.size > 0 ? it.size : 10;
    const sameLine = cur && !breakNext && Math.abs(it.y - cur.y) <= 0.4 * Math.max(size, cur.size) && it.x >= cur.x - size;
    if (cur && sameLine) {
      const gap = it.x - cur.right;
      if (gap > 0.15 * size && !cur.text.endsWith(' ') && !str.startsWith(' ')) cur.text += ' ';
      cur.text += str;
      cur.right = Math.max(cur.right, it.x + it.width);
      cur.size = Math.max(cur.size, size);
    } else {
      cur = { text: str, x: it.x, y: it.y, right: it.x + it.width, size, page };
      lines.push(cur);
    }
    breakNext = it.eol;
  }
  for (const l of lines) l.text = l.text.trim();
  return lines.filter((l) => l.text !== '');
}

/** Running headers/footers and page numbers: the same first/last line on many pages, or a bare number. */
function dropFurniture(pages: Line[][]): Line[][] {
  const key = (l: Line): string => l.text.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([lines[0], lines[lines.length - 1]].filter((l): l is Line => !!l).map(key));
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (l: Line): boolean => pages.length >= 3 && (counts.get(key(l)) ?? 0) >= Math.max(3, pages.length / 2);
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i === 0 || i === lines.length - 1;
      if (!atEdge) return true;
      if (/^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i.test(l.text)) return false;
      return !repeated(l);
    }),
  );
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = xs.toSorted((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function joinLines(a: string, b: string): string {
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b; // a word hyphenated at the line end
  if (CJK.test(a.slice(-1)) && CJK.test(b.charAt(0))) return a + b;
  return `${a} ${b}`;
}

export function layoutPages(pageItems: PdfTextItem[][]): { paragraphs: PdfParagraph[]; titleIndex: number } {
  const pages = dropFurniture(pageItems.map((items, i) => toLines(items, i + 1)));
  const all = pages.flat();
  // Body size: the size carrying the most characters.
  const bySize = new Map<number, number>();
  for (const l of all) bySize.set(Math.round(l.size), (bySize.get(Math.round(l.size)) ?? 0) + l.text.length);
  let bodySize = 0;
  let best = -1;
  for (const [s, n] of bySize) if (n > best) [bodySize, best] = [s, n];
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1] as Line;
      const b = lines[i] as Line;
      const g = a.y - b.y;
      if (g > 0 && Math.round(a.size) === bodySize && Math.round(b.size) === bodySize) gaps.push(g);
    }
  }
  const lineGap = median(gaps) || bodySize * 1.2;
  const paragraphs: PdfParagraph[] = [];
  let para: { text: string; size: number; page: number; last: Line } | null = null;
  const flush = (): void => {
    if (para) paragraphs.push({ text: para.text, size: para.size, heading: para.size >= bodySize * 1.2 && para.text.length < 300, page: para.page });
    para = null;
  };
  for (const lines of pages) {
    const pageRight = Math.max(0, ...lines.map((l) => l.right));
    for (const line of lines) {
      if (para) {
        const prev: Line = para.last;
        const samePage = prev.page === line.page;
        const gap = prev.y - line.y;
        const sizeChange = Math.abs(line.size - prev.size) > 0.1 * Math.max(line.size, prev.size);
        const shortEnd = prev.right < pageRight - 3 * prev.size && /[.!?:"”»)\]。！？]$/.test(prev.text);
        const newPara = samePage
          ? gap <= 0 || gap > Math.max(lineGap * 1.35, prev.size) || sizeChange || shortEnd
          : !(/\p{Ll}/u.test(line.text.charAt(0)) && !/[.!?:"”»)。！？]$/.test(prev.text));
        if (newPara) flush();
      }
      if (para) {
        para.text = joinLines(para.text, line.text);
        para.last = line;
      } else {
        para = { text: line.text, size: line.size, page: line.page, last: line };
      }
    }
  }
  flush();
  // Title of last resort: the first biggest paragraph on the first page that has text.
  let titleIndex = -1;
  const firstPage = paragraphs[0]?.page;
  let maxSize = 0;
  paragraphs.forEach((p, i) => {
    if (p.page === firstPage && p.size > maxSize + 0.5 && p.text.length <= 300) {
      maxSize = p.size;
      titleIndex = i;
    }
  });
  return { paragraphs, titleIndex };
}
