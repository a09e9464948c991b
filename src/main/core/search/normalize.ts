// Query-side twin of the index tokenizer (FTS5 "unicode61 remove_diacritics 2"). Query words
// are split and folded here exactly the way SQLite splits and folds article text, so that
// highlight terms, vocabulary look-ups (fuzzy, wildcards, "did you mean") and the tokens we
// quote into MATCH agree with what is stored. The rules were derived by tokenising every code
// point through SQLite; tests/unit/main/core/search/normalize.test.ts keeps them honest.
//
// lunr's own tokenizer cannot do this job: it splits only on whitespace and hyphens and walks
// UTF-16 units, so "U.S." or "Kim’s" would come out unlike the index.

/** Letters, numbers, private use; SQLite's tables (older Unicode) also treat unassigned code points as token characters. */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}\p{Cn}]/u;

/**
 * The combining marks unicode61 treats as diacritics: they neither split a token nor survive in
 * it ("x\u0301y" is indexed as "xy"). Every other mark separates tokens.
 */
const DIACRITIC_MARK = /[\u0300-\u0304\u0306-\u030c\u030f\u0311\u031b\u0323-\u0328\u032d\u032e\u0330\u0331]/;

const MARKS = /\p{M}/gu;
const ASCII_LETTER = /^[a-z]$/;

/** Case folding as SQLite's tables do it: simple one-to-one mappings only. */
function lower(ch: string): string {
  if (ch === 'ı') return ch; // dotless i stays dotless in SQLite
  if (ch === 'İ') return 'i';
  const l = ch.toLowerCase();
  if (l !== ch) return [...l].length === 1 ? l : ch;
  // Characters such as 'µ', 'ſ', 'ς' fold through their upper case (µ → Μ → μ).
  const u = ch.toUpperCase();
  if ([...u].length !== 1) return ch;
  const l2 = u.toLowerCase();
  return [...l2].length === 1 ? l2 : ch;
}

/** Folds one character; only Latin letters lose their diacritics (Cyrillic й, Greek ά are kept, as in SQLite). */
function foldChar(ch: string): string {
  const l = lower(ch);
  const cp = l.codePointAt(0) ?? 0;
  const latin = (cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff);
  if (!latin || l === 'ǡ') return l;
  if (l === 'ẛ') return 's';
  const base = l.normalize('NFD').replace(MARKS, '');
  return ASCII_LETTER.test(base) ? base : l;
}

/** Splits text into normalised index tokens (lower case, Latin diacritics folded). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (TOKEN_CHAR.test(ch)) cur += foldChar(ch);
    else if (DIACRITIC_MARK.test(ch)) continue;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** A character that tokenize() keeps in a token, or a diacritic that joins one (tested on non-ASCII only). */
const RUN_CHAR = /[\p{L}\p{N}\p{Co}\p{Cn}\u0300-\u0304\u0306-\u030c\u030f\u0311\u031b\u0323-\u0328\u032d\u032e\u0330\u0331]/u;

function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Length in UTF-16 units of the run character at i (1 or 2), or 0 when it separates tokens. */
function runCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiWordChar(c) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  const len = cp > 0xffff ? 2 : 1;
  return RUN_CHAR.test(text.slice(i, i + len)) ? len : 0;
}

/** FNV-1a over the lower-cased character codes of an ASCII token (see scanTokenSpans). */
export const ASCII_HASH_SEED = 0x811c9dc5 | 0;
export function asciiHashStep(h: number, c: number): number {
  return Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
}

/**
 * Calls `each` with every token of `text` (as tokenize() would produce them) and its span in
 * the text. A plain loop over character codes with an ASCII fast path: the stemmed index and
 * the snippets scan whole articles, and a Unicode-property pattern costs several times more per
 * word. Return false from `each` to stop early.
 */
export function scanTokens(text: string, each: (token: string, start: number, end: number) => boolean | void): void {
  scanTokenSpans(text, (start, end) => each(text.slice(start, end).toLowerCase(), start, end), each);
}

/**
 * As scanTokens, for a caller that looks tokens up rather than keeps them (the stemmed index's
 * analyser, which meets every word of every imported article): a token made only of ASCII
 * letters and digits is reported by its span and asciiHashStep() over its characters, its
 * string never built (its lower case is text.slice(start, end).toLowerCase()); every other
 * token goes to `other` as scanTokens reports it.
 */
export function scanTokenSpans(
  text: string,
  ascii: (start: number, end: number, hash: number) => boolean | void,
  other: (token: string, start: number, end: number) => boolean | void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!asciiWordChar(c)) {
        i++;
        continue;
      }
      let j = i;
      let h = ASCII_HASH_SEED;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 128 || !asciiWordChar(d)) break;
        h = asciiHashStep(h, d);
      }
      // Unless a letter such as é carries the token on, it ends here.
      if (j === n || text.charCodeAt(j) < 128 || runCharAt(text, j) === 0) {
        if (ascii(i, j, h) === false) return;
        i = j;
        continue;
      }
    }
    let len = runCharAt(text, i);
    if (len === 0) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    // A token with a character outside ASCII: folded the slow, exact way.
    const start = i;
    while (len > 0) {
      i += len;
      len = i < n ? runCharAt(text, i) : 0;
    }
    const parts = tokenize(text.slice(start, i));
    if (parts.length === 0) continue;
    if (other(parts.join(''), start, i) === false) return;
  }
}

/** True for characters unicode61 would keep inside a token (used by the query lexer). */
export function isTokenChar(ch: string): boolean {
  return TOKEN_CHAR.test(ch) || DIACRITIC_MARK.test(ch);
}

/**
 * Scripts written without spaces: unicode61 keeps a whole run as one token ("서울에서"), so a
 * query word from them only finds articles when searched as a prefix.
 */
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
export function isCjk(token: string): boolean {
  return CJK.test(token);
}

/** Quotes one token sequence for FTS5: a "string" with embedded quotes doubled. Never raw user text. */
export function ftsPhrase(tokens: readonly string[]): string {
  return `"${tokens.join(' ').replace(/"/g, '""')}"`;
}
