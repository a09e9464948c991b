// Case- and diacritics-insensitive matching that still knows where each match sits in the
// original text, so highlights wrap the characters the reader actually sees.

const COMBINING = /\p{M}/u;

export interface Folded {
  /** Lower-case text with combining marks removed. */
  text: string;
  /** For each UTF-16 index in `text`, the index in the original string it came from. */
  map: number[];
}

export function fold(original: string): Folded {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    // NFKD also unfolds ligatures (ﬁ → fi) and full-width forms, as the search index does.
    const base = ch.normalize('NFKD');
    let kept = '';
    for (const part of base) if (!COMBINING.test(part)) kept += part;
    const lower = kept.toLowerCase();
    for (let k = 0; k < lower.length; k++) map.push(i);
    text += lower;
    i += ch.length;
  }
  return { text, map };
}

/** Same folding for search terms (the server already sends them folded; user input may not be). */
export function foldTerm(term: string): string {
  return fold(term.trim()).text;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface Span {
  start: number;
  end: number;
}

/**
 * Non-overlapping occurrences of any term in `original`, as ranges of the original string.
 * A match must begin at a word start (so "war" does not light up "toward") but may end
 * inside a word, because the server's terms can be prefixes or stems.
 */
export function findTerms(original: string, terms: string[]): Span[] {
  const wanted = [...new Set(terms.map(foldTerm).filter((t) => t.length > 0))].toSorted((a, b) => b.length - a.length);
  if (wanted.length === 0 || original.length === 0) return [];
  const { text, map } = fold(original);
  const spans: Span[] = [];
  let pos = 0;
  while (pos < text.length) {
    let best: { at: number; len: number } | null = null;
    for (const term of wanted) {
      let at = text.indexOf(term, pos);
      while (at !== -1 && at > 0 && WORD_CHAR.test(text[at - 1]!)) at = text.indexOf(term, at + 1);
      if (at !== -1 && (!best || at < best.at || (at === best.at && term.length > best.len))) best = { at, len: term.length };
    }
    if (!best) break;
    const lastFolded = best.at + best.len - 1;
    const start = map[best.at]!;
    const lastOrig = map[lastFolded]!;
    // The original character at lastOrig may be a surrogate pair or a precomposed letter.
    const end = lastOrig + (original.codePointAt(lastOrig)! > 0xffff ? 2 : 1);
    spans.push({ start, end });
    pos = best.at + best.len;
  }
  return mergeAcrossSpaces(original, spans);
}

/** Matches separated only by spaces (the words of a phrase) become one highlight. */
function mergeAcrossSpaces(original: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && /^\s+$/.test(original.slice(prev.end, s.start))) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}
