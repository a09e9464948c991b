// Keeping a highlight on its passage when the article text changes (a re-extraction, an edit).
// A highlight remembers its offsets, the quoted text and a little context on either side; to
// find it again we try, in order: the offsets as they are, the quote elsewhere in the text (the
// occurrence whose surroundings look most like the old ones), a near match of the quote (a few
// characters changed), and the old context on both sides. Pure functions, no database.

export const CONTEXT_CHARS = 32;

export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'lost';

export interface Placement {
  start: number;
  end: number;
  status: AnchorStatus;
}

/** The anchor of text[start, end): the quote and up to CONTEXT_CHARS of context each side. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Where the anchored passage is in `text` now, and how sure we are. */
export function reanchor(text: string, a: Anchor): Placement {
  if (a.quote.length === 0) return lost(text, a);
  if (text.slice(a.start, a.end) === a.quote) return { start: a.start, end: a.end, status: 'exact' };
  const moved = findQuote(text, a);
  if (moved !== null) return { start: moved, end: moved + a.quote.length, status: 'moved' };
  const near = a.quote.length <= MAX_DIRECT ? nearMatch(text, a.quote, a) : nearMatchLong(text, a);
  if (near) return { ...trimSpan(text, near), status: 'fuzzy' };
  const between = betweenContext(text, a);
  if (between) return { ...trimSpan(text, between), status: 'fuzzy' };
  return lost(text, a);
}

function lost(text: string, a: Anchor): Placement {
  const start = Math.min(a.start, text.length);
  return { start, end: Math.min(Math.max(a.end, start), text.length), status: 'lost' };
}

/** Characters shared by the end of `a` and the end of `b`. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How much the surroundings of text[start, end) look like the anchor's context. */
function contextScore(text: string, start: number, end: number, a: Anchor): number {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  return commonTail(before, a.prefix) + commonHead(after, a.suffix);
}

const MAX_OCCURRENCES = 5_000;

/** The start of the occurrence of the quote with the most similar context (nearest the old place on a tie). */
function findQuote(text: string, a: Anchor): number | null {
  let best: number | null = null;
  let bestScore = -1;
  let from = 0;
  for (let n = 0; n < MAX_OCCURRENCES; n++) {
    const at = text.indexOf(a.quote, from);
    if (at === -1) break;
    const score = contextScore(text, at, at + a.quote.length, a);
    if (score > bestScore || (score === bestScore && best !== null && Math.abs(at - a.start) < Math.abs(best - a.start))) {
      best = at;
      bestScore = score;
    }
    from = at + 1;
  }
  return best;
}

/** Quotes up to this length are matched approximately as a whole; longer ones by head and tail. */
const MAX_DIRECT = 256;
/** Share of a quote's characters that may differ for a near match to count. */
const MAX_ERROR_RATE = 0.25;
/** Bound on text × quote cells one approximate search may visit (keeps a long article fast). */
const MAX_CELLS = 40_000_000;

interface Span {
  start: number;
  end: number;
}

/**
 * Best approximate occurrence of `pattern` in `text` (Sellers' edit-distance search: the match
 * may start anywhere), or null when every candidate differs in more than MAX_ERROR_RATE of its
 * characters. Ties go to the better context, then to the one nearest the old place.
 */
function nearMatch(text: string, pattern: string, a: Anchor, window: Span = searchWindow(text, pattern.length, a.start)): Span | null {
  const m = pattern.length;
  const limit = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
  let dist = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextDist = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) dist[i] = i;
  from.fill(window.start);
  let best: Span | null = null;
  let bestDist = limit + 1;
  let bestScore = -1;
  for (let j = window.start; j < window.end; j++) {
    const c = text.charCodeAt(j);
    nextDist[0] = 0;
    nextFrom[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let d = dist[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let f = from[i - 1]!;
      if (dist[i]! + 1 < d) {
        d = dist[i]! + 1;
        f = from[i]!;
      }
      if (nextDist[i - 1]! + 1 < d) {
        d = nextDist[i - 1]! + 1;
        f = nextFrom[i - 1]!;
      }
      nextDist[i] = d;
      nextFrom[i] = f;
    }
    const d = nextDist[m]!;
    if (d <= bestDist) {
      const span = { start: nextFrom[m]!, end: j + 1 };
      const score = contextScore(text, span.start, span.end, a);
      if (d < bestDist || score > bestScore || (score === bestScore && best && Math.abs(span.start - a.start) < Math.abs(best.start - a.start))) {
        best = span;
        bestDist = d;
        bestScore = score;
      }
    }
    [dist, nextDist] = [nextDist, dist];
    [from, nextFrom] = [nextFrom, from];
  }
  return best;
}

/** The part of the text an approximate search reads: all of it, or a window round the old place. */
function searchWindow(text: string, m: number, around: number): Span {
  if (text.length * Math.max(1, m) <= MAX_CELLS) return { start: 0, end: text.length };
  const half = Math.floor(MAX_CELLS / Math.max(1, m) / 2);
  const start = Math.max(0, Math.min(around, text.length) - half);
  return { start, end: Math.min(text.length, start + 2 * half) };
}

const PIECE = 64;

/** A long quote: its first and last PIECE characters matched approximately, in order, at a plausible distance. */
function nearMatchLong(text: string, a: Anchor): Span | null {
  const head = nearMatch(text, a.quote.slice(0, PIECE), a);
  if (!head) return null;
  const tailPattern = a.quote.slice(-PIECE);
  const expectedEnd = head.start + a.quote.length;
  const slack = Math.ceil(a.quote.length * MAX_ERROR_RATE);
  const window = { start: Math.max(head.end, expectedEnd - PIECE - slack), end: Math.min(text.length, expectedEnd + slack) };
  if (window.end <= window.start) return null;
  const tail = nearMatch(text, tailPattern, { ...a, start: expectedEnd - PIECE }, window);
  return tail && tail.end > head.start ? { start: head.start, end: tail.end } : null;
}

/** The text between the old prefix and the old suffix, when both are still there and close together. */
function betweenContext(text: string, a: Anchor): Span | null {
  const prefix = a.prefix.trimStart();
  const suffix = a.suffix.trimEnd();
  if (prefix.length < 8 || suffix.length < 8) return null;
  let best: Span | null = null;
  let from = 0;
  for (let n = 0; n < MAX_OCCURRENCES; n++) {
    const p = text.indexOf(prefix, from);
    if (p === -1) break;
    const start = p + prefix.length;
    const s = text.indexOf(suffix, start);
    if (s > start && s - start <= Math.max(2 * a.quote.length, a.quote.length + 64)) {
      if (!best || Math.abs(start - a.start) < Math.abs(best.start - a.start)) best = { start, end: s };
    }
    from = p + 1;
  }
  return best;
}

/** A found span without the spaces at its edges (a near match likes to swallow them). */
function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : s;
}
