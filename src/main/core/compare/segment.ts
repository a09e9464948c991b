// Sentence segmentation: Intl.Segmenter does the work, then we repair the breaks it is known to
// get wrong in news copy (titles, initials, acronyms, quotes closed by ! or ?). Sentences never
// cross a paragraph (a blank line), so a missing full stop cannot glue two paragraphs together.
import { ABBREVIATIONS } from './text';

export interface Sentence {
  /** Position among the article's sentences, from 0. */
  index: number;
  paragraph: number;
  text: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string | undefined): Intl.Segmenter {
  const lang = language && Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : 'en';
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

// Dotted acronyms ("U.S.") end sentences too, so they only glue to what follows when the next
// word is not a typical sentence opener.
const ACRONYM_END = /(?:^|[\s(“"‘'])(?:\p{Lu}\.){2,}$/u;
const INITIAL_END = /(?:^|[\s(“"‘'])\p{Lu}\.$/u;
const SENTENCE_OPENERS = new Set(
  ('The A An But And He She It They We I In On At As After Before When While If This That These Those There ' +
    'His Her Their Its Our Some Many Most Mr Mrs Ms Yet So Still Meanwhile However Officials Critics').split(' '),
);
// "10 a.m. Friday": a clock time ends a sentence only when a real sentence starts next.
const CLOCK_END = /\b[ap]\.m\.$/i;

function lastWord(s: string): string {
  const m = /(\S+)$/.exec(s);
  return m ? m[1]! : '';
}

function firstWord(s: string): string {
  const m = /^[\s“"‘'(]*([\p{L}\p{N}.’']+)/u.exec(s);
  return m ? m[1]! : '';
}

function openQuote(s: string): boolean {
  const curlyOpen = (s.match(/[“«„]/g) ?? []).length;
  const curlyClose = (s.match(/[”»]/g) ?? []).length;
  if (curlyOpen > curlyClose) return true;
  return (s.match(/"/g) ?? []).length % 2 === 1;
}

/** Whether the break between `prev` and `next` is a false one that should be undone. */
function falseBreak(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!n) return false;
  // A question inside an open quotation: `"What is this? A circus?" he said` is one report.
  if (/[?!]$/.test(p) && openQuote(p)) return true;
  // A lower-case continuation: `“Welcome Putin!” they chanted.` or `…the U.S. and its allies`.
  if (/^[“"‘']?[\p{Ll}]/u.test(n) || /^[,;:)\]]/.test(n)) return true;
  const last = lastWord(p).replace(/^[(“"‘']+/, '');
  const lower = last.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "No. 2", "Jan. 5", "Mr. Steele": title/month abbreviations never end a sentence in news copy,
    // except the few that also stand at sentence end (etc., Inc., Jr.) — keep those breaks
    // unless the next word starts lower case (handled above).
    return !['etc.', 'inc.', 'corp.', 'co.', 'ltd.', 'jr.', 'sr.'].includes(lower);
  }
  if (INITIAL_END.test(p)) return true; // "J. Smith"
  if (ACRONYM_END.test(p) || CLOCK_END.test(p)) {
    const w = firstWord(n).replace(/[.’']+$/, '');
    return !SENTENCE_OPENERS.has(w);
  }
  return false;
}

/** Splits plain text (paragraphs separated by blank lines) into sentences with offsets. */
export function segmentSentences(text: string, language?: string): Sentence[] {
  const seg = segmenterFor(language);
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const para of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const body = para[0];
    if (!body.trim()) continue;
    const base = para.index;
    const pieces: { start: number; end: number }[] = [];
    for (const s of seg.segment(body)) {
      const prev = pieces[pieces.length - 1];
      const end = s.index + s.segment.length;
      if (prev && falseBreak(body.slice(prev.start, prev.end), s.segment)) prev.end = end;
      else pieces.push({ start: s.index, end });
    }
    for (const p of pieces) {
      const raw = body.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (!t) continue;
      const start = base + p.start + lead;
      out.push({ index: out.length, paragraph, text: t.replace(/\s*\n\s*/g, ' '), start, end: start + t.length });
    }
    paragraph++;
  }
  return out;
}
