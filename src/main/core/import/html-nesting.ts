// How deeply a piece of HTML nests, estimated from its tags before any parser sees it. Parsers,
// Readability and jsdom's serialiser all slow down (or run out of stack) on tens of thousands
// of nested elements, a cheap way for a hostile page to stall an import.

/** Elements HTML lets authors leave unclosed (or that never close): they do not nest. */
const NO_NESTING = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track']);
// [^<>]: a tag's attributes end at the next '<' at the latest, so that thousands of unclosed
// "<a " do not make each match scan to the end of the file (quadratic time).
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g;
/** Even the parser slows down badly on tens of thousands of nested elements. */
export const MAX_SOURCE_NESTING = 2000;

/** A cheap upper bound of the nesting depth, read from the tags before any parsing. */
export function sourceNesting(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (NO_NESTING.has(m[2]!.toLowerCase()) || m[0].endsWith('/>')) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}
