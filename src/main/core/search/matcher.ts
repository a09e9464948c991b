// Which words of an article match a search, decided the way the indexes decided it: a word
// matches a stemmed search word when its analysis (in the article's language) is one of the
// searched stems, an exact word when it is that word, and so on. Also builds the regular
// expression that finds candidate words in raw text quickly, so a snippet does not need to
// tokenise a whole article.
import type { Highlight } from './compile';
import { analyserFor, scriptOf } from './analyze';
import { isCjk, tokenize } from './normalize';

/** Words of a stretch of text: their spans, normalised forms and match keys. */
export interface Tokens {
  starts: number[];
  ends: number[];
  norm: string[];
  keys: (string | null)[];
}

const TOKEN_CLASS = '\\p{L}\\p{N}\\p{Co}\\p{Cn}\\u0300-\\u0304\\u0306-\\u030c\\u030f\\u0311\\u031b\\u0323-\\u0328\\u032d\\u032e\\u0330\\u0331';
/** A whole token run starting exactly at lastIndex. */
export const TOKEN_AT = new RegExp(`[${TOKEN_CLASS}]+`, 'uy');
export const TOKEN_CHAR = new RegExp(`[${TOKEN_CLASS}]`, 'u');

/**
 * For each letter, the characters that fold to it (é, È, ê… for e), so that a pattern written
 * with folded letters finds the text as it was written. Built once from the index's own folding.
 */
const VARIANTS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (base: string, ch: string) => m.set(base, (m.get(base) ?? '') + ch);
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ]) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const f = tokenize(ch);
      if (f.length === 1 && f[0].length === 1 && f[0] !== ch && f[0] !== ch.toLowerCase()) add(f[0], ch);
    }
  }
  add('е', 'ё'); // the Russian analyser reads ё as е
  return m;
})();

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** A pattern for a string as it is (upper case aside). */
function exactPattern(s: string): string {
  return [...s].map(escapeChar).join('');
}

/** A pattern for a folded string that also matches its accented and upper-case spellings. */
function loosePattern(s: string): string {
  let out = '';
  for (const ch of s) {
    const v = VARIANTS.get(ch);
    out += v ? `[${escapeChar(ch)}${[...v].map(escapeChar).join('')}]` : escapeChar(ch);
  }
  return out;
}

/**
 * How much of a stem a word that analyses to it surely starts with: stemmers rewrite at most the
 * last couple of letters ("happi" ← happy, "abl" ← abilities).
 */
function stemPrefix(stem: string): string {
  const chars = [...stem];
  const n = chars.length <= 4 ? Math.min(chars.length, 2) : Math.min(chars.length - 2, 6);
  return chars.slice(0, n).join('');
}

/** Decides which words of a text match the query: one per search, memoised per language and word. */
export class Matcher {
  /** Finds where a matching word may start in raw text (each candidate is then checked); null when nothing can match. */
  private readonly finders: { plain: RegExp; loose: RegExp } | null;
  private readonly memo = new Map<string, Map<string, string | null>>();
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
    this.finders = buildFinders(h);
  }

  /**
   * The candidate finder for a text. Accented spellings need a pattern of character classes,
   * which the regex engine scans several times slower than plain letters; a text without
   * accented Latin letters (or ё) gets the plain one.
   */
  finderFor(text: string): RegExp | null {
    if (!this.finders) return null;
    return ACCENTED.test(text) ? this.finders.loose : this.finders.plain;
  }

  /** Whether some searched words are only found as sequences (phrases). */
  get hasPhrases(): boolean {
    return this.phrases.length + this.stemPhrases.length > 0;
  }

  /** The analysed form of a word (null for a stopword), memoised. */
  term(token: string, lang: string): string | null {
    return isCjk(token) ? token : analyserFor(lang, scriptOf(token)).term(token);
  }

  /** The key a single word matches under (its analysed form, or the prefix / CJK string), or null. */
  match(token: string, lang: string): string | null {
    let memo = this.memo.get(lang);
    if (!memo) this.memo.set(lang, (memo = new Map()));
    let key = memo.get(token);
    if (key === undefined) {
      key = this.compute(token, lang);
      memo.set(token, key);
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


const ACCENTED = /[\u00c0-\u024f\u1e00-\u1effёЁ]/;

function buildFinders(h: Highlight): { plain: RegExp; loose: RegExp } | null {
  const starts = new Set<string>();
  for (const s of h.stems) starts.add(stemPrefix(s));
  for (const t of [...h.exact, ...h.expanded, ...h.prefixes]) starts.add(t);
  for (const p of h.phrases) starts.add(p.tokens[p.tokens.length - 1]);
  for (const sp of h.stemPhrases) starts.add(stemPrefix(sp[sp.length - 1]));
  // None that a shorter one already covers. No lookbehind for "starts a word": it would be tried
  // at every position of the text, where a plain alternation lets the engine skip ahead to
  // likely first letters; the caller checks. CJK is found anywhere inside a run.
  const sorted = [...starts].filter(Boolean).toSorted((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.startsWith(k))) kept.push(s);
  const all = [...kept, ...h.cjk];
  if (all.length === 0) return null;
  return { plain: new RegExp(all.map(exactPattern).join('|'), 'giu'), loose: new RegExp(all.map(loosePattern).join('|'), 'giu') };
}
