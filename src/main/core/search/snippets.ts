// Snippets made in JavaScript rather than by FTS5's snippet(): a stemmed match ("sanctions"
// found through "sanction") lives in an index without text, and only the article's own words,
// analysed the way the index analysed them, say which ones to mark.
//
// Tokenising whole articles for every page of hits costs more than the search itself, so a
// regular expression first finds where a matching word may start; only those words are
// analysed, and only the chosen window is tokenised to be shown. The search for a better window
// stops once one holds every searched word, or a little way past the first match.
import type { Db } from '../db/open';
import { MARK_END, MARK_START } from '../../../shared/contract';
import type { Highlight } from './compile';
import { languageCode } from './analyze';
import { Matcher, TOKEN_AT, TOKEN_CHAR, type Tokens } from './matcher';
import { isCjk, scanTokens, tokenize } from './normalize';
import { cachedStatement } from '../db/statements';

export { Matcher } from './matcher';

/** Words in a snippet, as FTS5's snippet() was asked for before. */
export const SNIPPET_TOKENS = 24;
/** About that many words of news text, in characters: matches this close share a window. */
const WINDOW_CHARS = 160;
/** Articles longer than this are searched for a snippet only in their opening (a 2 MB PDF must not stall a page). */
const SCAN_CHARS = 100_000;
/**
 * Once a word matched, a better window is looked for this many characters further and no more:
 * when the words never all meet (an OR, or words far apart), reading every long article of a
 * page to the end would cost more than the search. The lede is usually the best place anyway.
 */
const LOOK_AHEAD_CHARS = 4_000;
/** How far back a phrase ending at a candidate word is looked for. */
const PHRASE_BACK_CHARS = 300;

export interface HitDetail {
  /** Best ~24-word window of the body with matches marked; the marked title when only the title matched. */
  snippet: string;
  /** The title with its matches marked (for collecting highlight words). */
  markedTitle: string;
}

interface Hit {
  start: number;
  end: number;
  key: string;
}

/** Words of text[from, to) with absolute spans (the first one whole even if `from` cuts into it). */
function tokensIn(text: string, from: number, to: number): Tokens {
  let s = from;
  while (s > 0 && TOKEN_CHAR.test(text[s - 1])) s--;
  const t: Tokens = { starts: [], ends: [], norm: [], keys: [] };
  scanTokens(text.slice(s, to), (token, a, b) => {
    t.starts.push(s + a);
    t.ends.push(s + b);
    t.norm.push(token);
    t.keys.push(null);
  });
  return t;
}

/** A phrase ending with the word at [start, end): the hits for each of its words, or null. */
function phraseHits(text: string, start: number, end: number, lang: string, m: Matcher): Hit[] | null {
  const t = tokensIn(text, Math.max(0, start - PHRASE_BACK_CHARS), end);
  const i = t.starts.length - 1;
  if (i < 0 || m.phraseEnding(t, i, lang) === null) return null;
  const out: Hit[] = [];
  for (let k = 0; k <= i; k++) if (t.keys[k] !== null) out.push({ start: t.starts[k], end: t.ends[k], key: t.keys[k] as string });
  return out;
}

/** Matching words of a text, in order, found through the matcher's pattern. */
function findHits(text: string, lang: string, m: Matcher): Hit[] {
  const hits: Hit[] = [];
  const re = m.finderFor(text);
  if (!re) return hits;
  re.lastIndex = 0;
  let stopAt = text.length;
  for (let mm = re.exec(text); mm !== null && mm.index < stopAt; mm = re.exec(text)) {
    // The word around the candidate: only a CJK string may sit inside a longer run.
    let s = mm.index;
    if (s > 0 && TOKEN_CHAR.test(text[s - 1])) {
      if (!isCjk(mm[0])) continue;
      while (s > 0 && TOKEN_CHAR.test(text[s - 1])) s--;
    }
    TOKEN_AT.lastIndex = s;
    const raw = TOKEN_AT.exec(text)?.[0] ?? mm[0];
    const e = s + raw.length;
    re.lastIndex = Math.max(e, mm.index + 1);
    const token = tokenize(raw).join('');
    if (!token) continue;
    const key = m.match(token, lang);
    const found = key !== null ? [{ start: s, end: e, key }] : m.hasPhrases ? phraseHits(text, s, e, lang, m) : null;
    if (!found) continue;
    for (const h of found) if (!hits.length || h.start > hits[hits.length - 1].start) hits.push(h);
    if (stopAt === text.length) stopAt = Math.min(text.length, e + LOOK_AHEAD_CHARS);
    // Every searched word within one window: nothing better to find.
    const near = new Set<string>();
    for (let k = hits.length - 1; k >= 0 && hits[k].start >= e - WINDOW_CHARS; k--) near.add(hits[k].key);
    if (near.size >= m.wanted) break;
  }
  return hits;
}

/** Index of the hit starting the best window: most distinct words, then most matches. */
function bestWindow(hits: Hit[]): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < hits.length; i++) {
    const keys = new Set<string>();
    let n = 0;
    for (let j = i; j < hits.length && hits[j].start <= hits[i].start + WINDOW_CHARS; j++, n++) keys.add(hits[j].key);
    const score = keys.size * 1000 + n;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Text between words reads as one space (or its punctuation); marks wrap matched words, a phrase as one span. */
function render(text: string, t: Tokens, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    if (i > from) {
      const gap = text.slice(t.ends[i - 1], t.starts[i]);
      out += /\S/.test(gap) ? gap.replace(/\s+/g, ' ') : ' ';
    }
    const word = text.slice(t.starts[i], t.ends[i]);
    const key = t.keys[i];
    if (key === null) {
      out += word;
      continue;
    }
    const phrase = key.includes(' ');
    const opens = !(phrase && i > from && t.keys[i - 1] === key);
    const closes = !(phrase && i + 1 < to && t.keys[i + 1] === key);
    out += (opens ? MARK_START : '') + word + (closes ? MARK_END : '');
  }
  return out;
}

/** The best ~24-word window of the text around its matches, or '' when no word of it matches. */
export function snippetOf(fullText: string, lang: string, m: Matcher): string {
  const text = fullText.length > SCAN_CHARS ? fullText.slice(0, SCAN_CHARS) : fullText;
  const hits = findHits(text, lang, m);
  if (hits.length === 0) return '';
  const first = hits[bestWindow(hits)];
  const t = tokensIn(text, Math.max(0, first.start - 80), Math.min(text.length, first.start + WINDOW_CHARS * 3));
  const at = Math.max(0, t.starts.indexOf(first.start));
  // Every match in the words that can be shown is marked, not only those the search for a window
  // visited; words that cannot be shown are not analysed (that is most of the cost of a page).
  const marked = new Map(hits.map((h) => [h.start, h.key]));
  for (let i = Math.max(0, at - 8); i < Math.min(t.starts.length, at + SNIPPET_TOKENS + 1); i++) {
    t.keys[i] ??= marked.get(t.starts[i]) ?? m.match(t.norm[i], lang);
    if (t.keys[i] === null && m.hasPhrases) m.phraseEnding(t, i, lang);
  }
  let last = at;
  for (let i = at; i < Math.min(t.starts.length, at + SNIPPET_TOKENS); i++) if (t.keys[i] !== null) last = i;
  // Start a little before the first match so it reads in context, but keep the matches in view.
  let from = Math.max(0, at - Math.max(0, Math.min(4, Math.floor((SNIPPET_TOKENS - (last - at + 1)) / 2))));
  while (from > 0 && t.keys[from] !== null && t.keys[from] === t.keys[from - 1]) from--; // a phrase is shown whole
  const to = Math.min(t.starts.length, from + SNIPPET_TOKENS);
  const before = t.starts[from] > 0 && /[\p{L}\p{N}]/u.test(text.slice(Math.max(0, t.starts[from] - 400), t.starts[from]));
  const after = /[\p{L}\p{N}]/u.test(fullText.slice(t.ends[to - 1], t.ends[to - 1] + 400));
  return (before ? '…' : '') + render(text, t, from, to) + (after ? '…' : '');
}

/** The whole text (a title) with every matching word marked. */
export function markAll(text: string, lang: string, m: Matcher): string {
  const t = tokensIn(text, 0, text.length);
  let any = false;
  for (let i = 0; i < t.starts.length; i++) {
    t.keys[i] ??= m.match(t.norm[i], lang);
    if (t.keys[i] === null && m.hasPhrases) m.phraseEnding(t, i, lang);
    any ||= t.keys[i] !== null;
  }
  if (!any || t.starts.length === 0) return text;
  return text.slice(0, t.starts[0]) + render(text, t, 0, t.starts.length) + text.slice(t.ends[t.ends.length - 1]);
}

/** Snippets and marked titles of a page of hits. */
export function hitDetails(db: Db, ids: number[], h: Highlight): Map<number, HitDetail> {
  const out = new Map<number, HitDetail>();
  if (ids.length === 0) return out;
  const rows = cachedStatement(db, `SELECT id, title, language, substr(text, 1, ${SCAN_CHARS + 1}) AS text FROM articles WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as { id: number; title: string; language: string | null; text: string }[];
  const m = new Matcher(h);
  for (const r of rows) {
    const lang = languageCode(r.language);
    const title = markAll(r.title, lang, m);
    const snip = snippetOf(r.text, lang, m);
    // Only the title (or byline) matched: show the title with its matches rather than unmarked text.
    out.set(r.id, { snippet: snip || (title.includes(MARK_START) ? title : snippetLead(r.text)), markedTitle: title });
  }
  return out;
}

const LEAD_WORDS = 30;

/** The first ~30 words of a text. */
export function snippetLead(text: string): string {
  const head = text.slice(0, 600);
  const words = head.split(/\s+/).filter(Boolean);
  return words.slice(0, LEAD_WORDS).join(' ') + (words.length > LEAD_WORDS || text.length > 600 ? ' …' : '');
}
