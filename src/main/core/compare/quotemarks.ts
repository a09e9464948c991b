// Finding quotation spans in a paragraph, for every quote style news copy uses:
// " ", “ ”, « », „ “ / „ ”, ‘ ’, 「 」, ‹ ›. Apostrophes (’ in "Kim’s") are told apart from
// closing single quotes by what surrounds them.

export interface QuoteSpan {
  /** Offsets of the opening and closing marks in the scanned text (close = end when unclosed). */
  open: number;
  close: number;
  /** Text between the marks, trimmed. */
  inner: string;
  /** The quotation runs to the end of the paragraph without a closing mark (multi-paragraph quote). */
  unclosed: boolean;
}

const PAIRS: Record<string, string[]> = {
  '“': ['”'],
  '«': ['»'],
  '„': ['“', '”'],
  '「': ['」'],
  '『': ['』'],
  '‹': ['›'],
  '"': ['"'],
  '‘': ['’'],
};

function isOpening(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '“' || c === '«' || c === '„' || c === '「' || c === '『' || c === '‹') return true;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? ' ';
  // Straight and single quotes open only after a space or opening punctuation and before a letter.
  if (c === '"' || c === '‘') return /[\s([{\-—–:,]/u.test(prev) && /[\p{L}\p{N}.…'‘(]/u.test(next);
  return false;
}

function isClosing(text: string, i: number, open: string): boolean {
  const c = text[i]!;
  if (!PAIRS[open]!.includes(c)) return false;
  if (open === '‘' || open === '"') {
    // A closing single quote is followed by a non-letter ("‘a war of Obama’s choosing.’").
    const next = text[i + 1] ?? ' ';
    return !/[\p{L}\p{N}]/u.test(next);
  }
  return true;
}

/** Top-level quotations of one paragraph (quotes nested inside a quote are part of it). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isOpening(text, i)) {
      i++;
      continue;
    }
    const open = text[i]!;
    let depth = 0;
    let j = i + 1;
    let close = -1;
    for (; j < text.length; j++) {
      // A nested opening of another style (‘…’ inside “…”) is skipped over.
      if (open !== '‘' && text[j] === '‘' && isOpening(text, j)) depth++;
      else if (depth > 0 && text[j] === '’' && isClosing(text, j, '‘')) depth--;
      else if (depth === 0 && isClosing(text, j, open)) {
        close = j;
        break;
      }
    }
    const unclosed = close < 0;
    // An unclosed single or straight quote is far more likely an apostrophe or a stray mark.
    if (unclosed && (open === '‘' || open === '"')) {
      i++;
      continue;
    }
    const end = unclosed ? text.length : close;
    const inner = text.slice(i + 1, end).trim();
    if (inner) out.push({ open: i, close: end, inner, unclosed });
    i = end + 1;
  }
  return out;
}
