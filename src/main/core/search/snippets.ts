// Snippets made in JavaScript rather than by FTS5's snippet(): a stemmed match ("sanctions"
// found through "sanction") lives in an index without text, and only the article's own words,
// analysed the way the index analysed them, say which ones to mark. Scanning stops once a window
// holds every searched word, so a one-word query reads an article only up to its first match.
import type { Db } from '../db/open';
import { MARK_END, MARK_START } from '../../../shared/contract';
import type { Highlight } from './compile';
import { analyserFor, languageCode, scriptOf } from './analyze';
import { isCjk, scanTokens } from './normalize';
import { cachedStatement } from './statements';

/** Words in a snippet, as FTS5's snippet() was asked for before. */
export const SNIPPET_TOKENS = 24;
/** Articles longer than this are searched for a snippet only in their opening (a 2 MB PDF must not stall a page). */
const SCAN_CHARS = 100_000;

export interface HitDetail {
  /** Best ~24-word window of the body with matches marked; the marked title when only the title matched. */
  snippet: string;
  /** The title with its matches marked (for collecting highlight words). */
  markedTitle: string;
}

/** Decides which words of a text match the query: one per search, memoised per language and word. */
export class Matcher {
  private readonly memo = new Map<string, string | null>();
  private readonly prefixes: string[];
  private readonly cjk: string[];
  private readonly phrases: Highlight['phrases'];
  private readonly stemPhrases: string[][];
  /** How many distinct things were searched for: a window holding that many is as good as it gets. */
  readonly wanted: number;

  constructor(private readonly h: Highlight) {
    this.prefixes = [...h.prefixes];
    this.cjk = [...h.cjk];
    this.phrases = h.phrases;
    this.stemPhrases = h.stemPhrases;
    const singles = h.exact.size + h.stems.size + this.prefixes.length + this.cjk.length + this.phrases.length + this.stemPhrases.length;
    this.wanted = Math.max(1, Math.min(h.concepts, singles, 8));
  }

  /** The analysed form of a word (null for a stopword), memoised. */
  term(token: string, lang: string): string | null {
    return isCjk(token) ? token : analyserFor(lang, scriptOf(token)).term(token);
  }

  /** The key a single word matches under (its analysed form, or the prefix / CJK string), or null. */
  match(token: string, lang: string): string | null {
    const memoKey = `${lang}\u0001${token}`;
    let key = this.memo.get(memoKey);
    if (key === undefined) {
      key = this.compute(token, lang);
      this.memo.set(memoKey, key);
    }
    return key;
  }

  private compute(token: string, lang: string): string | null {
    if (isCjk(token)) {
      for (const c of this.cjk) if (token.includes(c)) return c;
      for (const p of this.prefixes) if (token.startsWith(p)) return p;
      return this.h.exact.has(token) || this.h.expanded.has(token) ? token : null;
    }
    const analysed = this.term(token, lang);
    if (analysed !== null && this.h.stems.has(analysed)) return analysed;
    if (this.h.exact.has(token) || this.h.expanded.has(token)) return analysed ?? token;
    for (const p of this.prefixes) if (token.startsWith(p)) return p;
    return null;
  }

  /**
   * Phrases ending at token i: marks their words in `keys` and returns the phrase's key, or null.
   * Exact phrases compare the words as written; stemmed ones ("U.S." as u s) their analysed
   * forms, skipping stopwords as the index does.
   */
  phraseEnding(t: Tokens, i: number, lang: string): string | null {
    for (const p of this.phrases) {
      const n = p.tokens.length;
      if (i + 1 < n) continue;
      const last = p.tokens[n - 1];
      if (!(p.prefix ? t.norm[i].startsWith(last) : t.norm[i] === last)) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = t.norm[i - k] === p.tokens[n - 1 - k];
      if (!ok) continue;
      const key = p.tokens.join(' ');
      for (let k = 0; k < n; k++) t.keys[i - k] = key;
      return key;
    }
    if (this.stemPhrases.length === 0) return null;
    const ti = this.term(t.norm[i], lang);
    for (const sp of this.stemPhrases) {
      if (sp[sp.length - 1] !== ti) continue;
      const covered = [i];
      let j = i;
      let ok = true;
      for (let k = sp.length - 2; k >= 0 && ok; k--) {
        j--;
        while (j >= 0 && this.term(t.norm[j], lang) === null) j--;
        ok = j >= 0 && this.term(t.norm[j], lang) === sp[k];
        covered.push(j);
      }
      if (!ok) continue;
      const key = sp.join(' ');
      for (const c of covered) t.keys[c] = key;
      return key;
    }
    return null;
  }
}

interface Tokens {
  starts: number[];
  ends: number[];
  norm: string[];
  keys: (string | null)[];
}

interface Scan extends Tokens {
  /** Token index of the best window's first match, or -1 when nothing matched. */
  best: number;
  /** Whether text remains after the last scanned token. */
  more: boolean;
}

/** Tokens of `text` with their match keys, up to a good window (and SNIPPET_TOKENS beyond it). */
function scan(text: string, lang: string, m: Matcher, whole: boolean): Scan {
  const t: Tokens = { starts: [], ends: [], norm: [], keys: [] };
  const matches: number[] = [];
  let best = -1;
  let bestScore = 0;
  let stopAt = Infinity;
  let stoppedAt = text.length;
  scanTokens(text, (token, start, end) => {
    const i = t.starts.length;
    if (i >= stopAt) {
      stoppedAt = start;
      return false;
    }
    t.starts.push(start);
    t.ends.push(end);
    t.norm.push(token);
    t.keys.push(m.match(token, lang));
    if (t.keys[i] === null && m.phraseEnding(t, i, lang) === null) return true;
    matches.push(i);
    // Score the window ending here: distinct keys first, then how many matches.
    const seen = new Set<string>();
    let count = 0;
    let first = i;
    for (let k = matches.length - 1; k >= 0 && matches[k] > i - SNIPPET_TOKENS; k--) {
      seen.add(t.keys[matches[k]] as string);
      count++;
      first = matches[k];
    }
    const score = seen.size * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      best = first;
      if (!whole && seen.size >= m.wanted && stopAt === Infinity) stopAt = i + SNIPPET_TOKENS;
    }
    return true;
  });
  return { ...t, best, more: stoppedAt < text.length && /[\p{L}\p{N}]/u.test(text.slice(stoppedAt, stoppedAt + 400)) };
}

/** Text between tokens reads as one space; marks wrap matched words (a phrase as one span). */
function render(text: string, s: Tokens, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const gap = i > from ? text.slice(s.ends[i - 1], s.starts[i]) : '';
    const inSpan = i > from && s.keys[i] !== null && s.keys[i] === s.keys[i - 1] && s.keys[i]!.includes(' ');
    if (i > from) out += (inSpan ? '' : '') + (/\S/.test(gap) ? gap.replace(/\s+/g, ' ') : ' ');
    const word = text.slice(s.starts[i], s.ends[i]);
    if (s.keys[i] === null) out += word;
    else {
      const opens = !inSpan;
      const closes = !(i + 1 < to && s.keys[i + 1] === s.keys[i] && s.keys[i]!.includes(' '));
      out += (opens ? MARK_START : '') + word + (closes ? MARK_END : '');
    }
  }
  return out;
}

/** The best window of the text around its matches, or '' when no word of it matches. */
export function snippetOf(text: string, lang: string, m: Matcher): string {
  const s = scan(text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text, lang, m, false);
  if (s.best < 0) return '';
  // Start a little before the first match so it reads in context, but keep the matches in view.
  let last = s.best;
  for (let i = s.best; i < Math.min(s.keys.length, s.best + SNIPPET_TOKENS); i++) if (s.keys[i] !== null) last = i;
  const lead = Math.max(0, Math.min(4, Math.floor((SNIPPET_TOKENS - (last - s.best + 1)) / 2)));
  let from = Math.max(0, s.best - lead);
  // A phrase that started before the window is shown whole.
  while (from > 0 && s.keys[from] !== null && s.keys[from] === s.keys[from - 1]) from--;
  const to = Math.min(s.keys.length, from + SNIPPET_TOKENS);
  const more = to < s.keys.length || s.more || text.length > SCAN_CHARS;
  return (from > 0 ? '…' : '') + render(text, s, from, to) + (more ? '…' : '');
}

/** The whole text (a title) with every matching word marked. */
export function markAll(text: string, lang: string, m: Matcher): string {
  const s = scan(text, lang, m, true);
  if (s.best < 0) return text;
  const head = text.slice(0, s.starts[0] ?? 0);
  const tail = text.slice(s.ends[s.ends.length - 1] ?? text.length);
  return head + render(text, s, 0, s.starts.length) + tail;
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
