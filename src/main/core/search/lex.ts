// Splits a query string into tokens for parse.ts. Never fails: every character ends up in
// some token or is skipped as a separator.
import type { Field, FilterName } from './ast';

export type Tok =
  | { t: 'lparen' }
  | { t: 'rparen' }
  | { t: 'or' }
  | { t: 'and' }
  | { t: 'not' }
  | { t: 'comma' }
  /** `NEAR(`: the parenthesis is part of the token. */
  | { t: 'near' }
  | { t: 'word'; text: string; prefix: boolean; fuzzy: 0 | 1 | 2; wildcard: boolean }
  | { t: 'phrase'; text: string; prefix: boolean; proximity: number | null }
  /** `title:`, `outlet:`… (the value is the next token, even after a space). */
  | { t: 'field'; name: Field | FilterName; raw: string };

const FIELD_NAMES: Record<string, Field | FilterName> = {
  title: 'title',
  headline: 'title',
  byline: 'byline',
  author: 'byline',
  text: 'text',
  body: 'text',
  outlet: 'outlet',
  source: 'outlet',
  tag: 'tag',
  tags: 'tag',
  lang: 'lang',
  language: 'lang',
  after: 'after',
  since: 'after',
  before: 'before',
  until: 'before',
  year: 'year',
  note: 'note',
  notes: 'note',
  story: 'story',
  has: 'has',
  is: 'is',
};

// Control characters and every kind of Unicode space separate tokens.
const SPACE = /[\s\p{Cc}\p{Zs}\u2028\u2029\ufeff]/u;
// Straight and typographic double quotes all delimit phrases (typed text often has “smart” quotes).
const QUOTE = /["“”„‟«»]/;
const MAX_FUZZY = 2;

function isBreak(ch: string): boolean {
  return SPACE.test(ch) || QUOTE.test(ch) || ch === '(' || ch === ')' || ch === '|' || ch === ',';
}

export function lex(input: string): Tok[] {
  const out: Tok[] = [];
  const chars = [...input];
  let i = 0;
  const n = chars.length;
  while (i < n) {
    const ch = chars[i];
    if (SPACE.test(ch)) {
      i++;
    } else if (ch === '(') {
      out.push({ t: 'lparen' });
      i++;
    } else if (ch === ')') {
      out.push({ t: 'rparen' });
      i++;
    } else if (ch === '|') {
      while (i < n && chars[i] === '|') i++;
      out.push({ t: 'or' });
    } else if (ch === ',') {
      out.push({ t: 'comma' });
      i++;
    } else if (QUOTE.test(ch)) {
      let j = i + 1;
      while (j < n && !QUOTE.test(chars[j])) j++;
      const text = chars.slice(i + 1, j).join('');
      i = j < n ? j + 1 : j; // an unclosed quote runs to the end of the query
      let prefix = false;
      let proximity: number | null = null;
      if (chars[i] === '*') {
        prefix = true;
        while (chars[i] === '*') i++;
      } else if (chars[i] === '~') {
        let k = i + 1;
        while (k < n && k < i + 5 && /[0-9]/.test(chars[k])) k++;
        proximity = k > i + 1 ? Number(chars.slice(i + 1, k).join('')) : null;
        i = k;
      }
      out.push({ t: 'phrase', text, prefix, proximity });
    } else {
      i = lexWord(chars, i, out);
    }
  }
  return out;
}

/** Reads one bare word starting at i (may emit several tokens: `-`, a field, NEAR); returns the next index. */
function lexWord(chars: string[], start: number, out: Tok[]): number {
  const n = chars.length;
  let i = start;
  // A leading minus excludes what follows; a leading plus means "required", which every word already is.
  if (chars[i] === '-' || chars[i] === '+') {
    const sign = chars[i];
    while (i < n && (chars[i] === '-' || chars[i] === '+')) i++;
    if (i < n && !SPACE.test(chars[i]) && chars[i] !== ')' && chars[i] !== '|' && chars[i] !== ',') {
      if (sign === '-') out.push({ t: 'not' });
    }
    return i;
  }
  let j = i;
  while (j < n && !isBreak(chars[j])) {
    if (chars[j] === ':') {
      const name = FIELD_NAMES[chars.slice(i, j).join('').toLowerCase()];
      if (name) {
        out.push({ t: 'field', name, raw: chars.slice(i, j).join('') });
        return j + 1;
      }
    }
    j++;
  }
  let word = chars.slice(i, j).join('');
  if (chars[j] === '(' && word.toUpperCase() === 'NEAR') {
    out.push({ t: 'near' });
    return j + 1;
  }
  if (word === 'OR' || word === '||') out.push({ t: 'or' });
  else if (word === 'AND' || word === '&&' || word === '&') out.push({ t: 'and' });
  else if (word === 'NOT') out.push({ t: 'not' });
  else {
    let fuzzy: 0 | 1 | 2 = 0;
    const f = /~(\d*)$/.exec(word);
    if (f) {
      const d = f[1] === '' ? 1 : Number(f[1]);
      fuzzy = d <= 0 ? 0 : d >= MAX_FUZZY ? 2 : 1;
      word = word.slice(0, f.index);
    }
    word = word.replace(/\^[0-9.]*$/, ''); // lunr-style boosts mean nothing here
    const prefix = word.endsWith('*');
    word = word.replace(/\*+$/, '');
    const wildcard = word.includes('*');
    if (word !== '') out.push({ t: 'word', text: word, prefix, fuzzy, wildcard });
  }
  return j;
}
