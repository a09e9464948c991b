// Shared low-level text helpers for the comparison engine: one tokenizer, one stemmer cache
// and one stopword list, so every module (alignment, framing, stories) sees the same words.
import lunr from 'lunr';

export interface Token {
  /** The token as written (possessive kept; "Kim’s"). */
  text: string;
  /** Offset in the string it was cut from. */
  start: number;
  end: number;
}

// Numbers keep their thousands separators and decimals ("11,000", "2.5"); words keep internal
// apostrophes and dots so "U.S." and "don't" stay whole. Hyphens split: "weapons-throwing"
// should match "weapons" and "throwing" elsewhere.
const TOKEN_RE = /\d[\d,]*(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*\.?/gu;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    let text = m[0];
    // A trailing dot belongs to the word only for dotted abbreviations ("U.S.", "Mr.").
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text) && !ABBREVIATIONS.has(text.toLowerCase())) {
      text = text.slice(0, -1);
    }
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

/** Lower case, possessive removed, dots of acronyms kept ("u.s."). */
export function normWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '');
}

/** Words that close with a dot without ending a sentence. Lower case, with the dot. */
export const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'sen.', 'rep.', 'gov.', 'lt.', 'col.', 'sgt.', 'capt.',
  'cmdr.', 'adm.', 'maj.', 'rev.', 'st.', 'jr.', 'sr.', 'ft.', 'mt.', 'pres.', 'supt.', 'atty.', 'amb.',
  'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'no.', 'nos.', 'vs.', 'v.', 'etc.', 'approx.', 'inc.', 'corp.', 'co.', 'ltd.', 'dept.', 'est.', 'fig.',
]);

export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are aren’t as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own same she should so some ' +
    'such than that the their theirs them themselves then there these they this those through to too under until ' +
    'up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves said says say told according also would could may might must shall one ones its it’s that’s ' +
    'there’s he’s she’s they’re we’re i’m don’t doesn’t didn’t won’t can’t isn’t wasn’t weren’t hasn’t haven’t ' +
    'hadn’t wouldn’t couldn’t shouldn’t mr mrs ms mr. mrs. ms. dr. yet however since still even much many well ' +
    'like including another among upon within without across toward towards via per whether'
  ).split(/\s+/).flatMap((w) => [w, w.replace(/’/g, "'")]),
);

const stemCache = new Map<string, string>();

/** Porter stem (lunr's implementation), cached: the same few thousand words recur endlessly. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Stems of the content words of a text, in order (numbers and stopwords left out). */
export function contentStems(s: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(s)) {
    const w = normWord(t.text);
    if (w.length < 2 || STOPWORDS.has(w) || /^\d/.test(w)) continue;
    out.push(stem(w.replace(/\./g, '')));
  }
  return out;
}

/** "11,000" → 11000; null when the token is not a plain numeral. */
export function parseNumeral(s: string): number | null {
  if (!/^\d[\d,]*(?:\.\d+)?$/.test(s)) return null;
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** Letters only, accents dropped, lower case: the key two spellings of a name share. */
export function foldKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
