// Language analysis for the stemmed index (articles_stem, migration 002). FTS5 cannot call a
// JavaScript tokenizer through better-sqlite3, so text is analysed here and stored as
// space-separated terms: stems from lunr-languages' Snowball stemmers for the article's
// language, stopwords left out, and CJK runs (written without spaces) as character bigrams so a
// word is found inside the run it is glued into. A query word is analysed by the same functions
// under every language present in the library and searched as the OR of the results.
//
// Tokens reach the stemmers already normalised (lower case, Latin diacritics folded, as
// normalize.ts does for the unstemmed index): "resume" and "résumé" must analyse alike.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import ar from 'lunr-languages/lunr.ar';
import da from 'lunr-languages/lunr.da';
import de from 'lunr-languages/lunr.de';
import el from 'lunr-languages/lunr.el';
import es from 'lunr-languages/lunr.es';
import fi from 'lunr-languages/lunr.fi';
import fr from 'lunr-languages/lunr.fr';
import hu from 'lunr-languages/lunr.hu';
import it from 'lunr-languages/lunr.it';
import nl from 'lunr-languages/lunr.nl';
import no from 'lunr-languages/lunr.no';
import pt from 'lunr-languages/lunr.pt';
import ro from 'lunr-languages/lunr.ro';
import ru from 'lunr-languages/lunr.ru';
import sv from 'lunr-languages/lunr.sv';
import tr from 'lunr-languages/lunr.tr';
import { ENGLISH_STOPWORDS } from './stopwords';
import { isCjk, scanTokenSpans, tokenize } from './normalize';
import { SpanMemo } from './span-memo';

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'other';

// The plugins' declared type says only "takes lunr"; `never` accepts it without `any`.
type Plugin = (l: never) => void;
type LunrLanguage = { stemmer?: (w: string) => string };

/** Languages with a stemmer, by the script their stemmer expects. Loaded on first use (~6 ms each). */
const LANGUAGES: Record<string, { script: Script; plugin: Plugin | null }> = {
  en: { script: 'latin', plugin: null },
  fr: { script: 'latin', plugin: fr },
  de: { script: 'latin', plugin: de },
  es: { script: 'latin', plugin: es },
  it: { script: 'latin', plugin: it },
  pt: { script: 'latin', plugin: pt },
  nl: { script: 'latin', plugin: nl },
  sv: { script: 'latin', plugin: sv },
  no: { script: 'latin', plugin: no },
  da: { script: 'latin', plugin: da },
  fi: { script: 'latin', plugin: fi },
  hu: { script: 'latin', plugin: hu },
  ro: { script: 'latin', plugin: ro },
  tr: { script: 'latin', plugin: tr },
  ru: { script: 'cyrillic', plugin: ru },
  el: { script: 'greek', plugin: el },
  ar: { script: 'arabic', plugin: ar },
};

/** Codes that share a stemmer with another (Norwegian Bokmål/Nynorsk, Flemish). */
const ALIASES: Record<string, string> = { nb: 'no', nn: 'no', vl: 'nl' };

/**
 * A word in a script its article's language does not write (a Latin name in a Russian text, a
 * Cyrillic quote in an English one), or in an article of a language without a stemmer
 * (Ukrainian, Bulgarian…), is analysed by the stemmer most used for that script.
 */
const SCRIPT_DEFAULT: Record<Script, string | null> = { latin: 'en', cyrillic: 'ru', greek: 'el', arabic: 'ar', other: null };

export interface Analyser {
  /** Stable name: the language code, or '' for words kept as they are. */
  key: string;
  /** The index term for a normalised token; null for a stopword. */
  term(token: string): string | null;
  /**
   * term() of the ASCII token text[start, end) in lower case, given its hash from
   * scanTokenSpans(): answered from a memo without building the token's string.
   */
  termAt(text: string, start: number, end: number, hash: number): string | null;
}

const MEMO_MAX = 200_000;

function makeAnalyser(key: string, stem: (w: string) => string, stop: ReadonlySet<string>, prepare: (w: string) => string = (w) => w): Analyser {
  const compute = (token: string): string | null => {
    const w = prepare(token);
    // Stems are folded again: a stemmer may return a letter the index would fold (none known; cheap insurance).
    return stop.has(w) ? null : foldStem(stem(w));
  };
  let memo = new Map<string, string | null>();
  let spans = new SpanMemo();
  return {
    key,
    term(token) {
      let t = memo.get(token);
      if (t !== undefined) return t;
      t = compute(token);
      if (memo.size >= MEMO_MAX) memo = new Map();
      memo.set(token, t);
      return t;
    },
    termAt(text, start, end, hash) {
      const known = spans.get(text, start, end, hash);
      if (known !== undefined) return known;
      const token = text.slice(start, end).toLowerCase();
      const t = compute(token);
      if (spans.size >= MEMO_MAX) spans = new SpanMemo();
      spans.set(token, hash, t);
      return t;
    },
  };
}

function foldStem(s: string): string | null {
  if (/^[a-z0-9]*$/.test(s)) return s || null;
  const parts = tokenize(s);
  return parts.length ? parts.join('') : null;
}

/** Words kept as typed (no stemmer for their script, digits, CJK handled apart). */
export const IDENTITY: Analyser = { key: '', term: (t) => t, termAt: (text, start, end) => text.slice(start, end).toLowerCase() };

const cache = new Map<string, Analyser>();
let supportLoaded = false;

function load(code: string): Analyser {
  const hit = cache.get(code);
  if (hit) return hit;
  let a: Analyser;
  if (code === 'en') {
    a = makeAnalyser('en', (w) => lunr.stemmer(new lunr.Token(w, {})).toString(), ENGLISH_STOPWORDS);
  } else {
    const l = lunr as unknown as Record<string, LunrLanguage> & { generateStopWordFilter: (words: string[]) => unknown };
    if (!supportLoaded) {
      (stemmerSupport as Plugin)(lunr as never);
      supportLoaded = true;
    }
    // Capture the stopword list each plugin registers, so it can be folded like the tokens it is checked against.
    const original = l.generateStopWordFilter;
    let words: string[] = [];
    l.generateStopWordFilter = (w: string[]) => {
      words = w;
      return original(w);
    };
    try {
      (LANGUAGES[code].plugin as Plugin)(lunr as never);
    } finally {
      l.generateStopWordFilter = original;
    }
    const stemmer = l[code].stemmer as (w: string) => string;
    const stop = new Set(words.flatMap((w) => tokenize(w)));
    // Russian text writes ё or е for the same letter; the stemmer knows only е.
    const prepare = code === 'ru' ? (w: string) => w.replace(/ё/g, 'е') : undefined;
    a = makeAnalyser(code, (w) => stemmer(w), stop, prepare);
  }
  cache.set(code, a);
  return a;
}

/** Primary language subtag, lower case ("en-GB" → "en"); '' when unknown. */
export function languageCode(tag: string | null | undefined): string {
  if (!tag) return '';
  const code = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[code] ?? code;
}

export function scriptOf(token: string): Script {
  const cp = token.codePointAt(0) ?? 0;
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? 'latin' : 'other';
  if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if ((cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x1f00 && cp <= 0x1fff)) return 'greek';
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0x8a0 && cp <= 0x8ff) || (cp >= 0xfb50 && cp <= 0xfeff)) return 'arabic';
  return 'other';
}

/** The analyser for a token of `script` in an article written in `language` (a code from languageCode). */
export function analyserFor(language: string, script: Script): Analyser {
  const own = LANGUAGES[language];
  const code = own && own.script === script ? language : SCRIPT_DEFAULT[script];
  return code ? load(code) : IDENTITY;
}

/** Whether a language has its own stemmer (for messages and tests). */
export function hasStemmer(language: string): boolean {
  return LANGUAGES[languageCode(language)] !== undefined;
}

/**
 * A CJK run as index terms: overlapping bigrams, then the last character alone, so that every
 * character starts some term ("北京市" → 北京 京市 市). A query of two or more characters is
 * the phrase of its bigrams; a single character is a prefix query.
 */
export function cjkTerms(run: string): string[] {
  const chars = [...run];
  if (chars.length <= 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  out.push(chars[chars.length - 1]);
  return out;
}

/** CJK bigrams of a query word, without the trailing single character (a phrase must not require the run to end there). */
export function cjkQueryTerms(run: string): string[] {
  const t = cjkTerms(run);
  return t.length > 1 ? t.slice(0, -1) : t;
}

const CJK_SPLIT = /([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+)/u;

/** Splits a normalised token where it changes between CJK and other characters ("kt서울" → kt, 서울). */
export function scriptRuns(token: string): string[] {
  if (!isCjk(token)) return [token];
  return token.split(CJK_SPLIT).filter(Boolean);
}

/** Appends the index terms of one normalised token to `out`. */
export function termsOfToken(token: string, language: string, out: string[]): void {
  for (const run of scriptRuns(token)) {
    if (isCjk(run)) {
      for (const t of cjkTerms(run)) out.push(t);
      continue;
    }
    const t = analyserFor(language, scriptOf(run)).term(run);
    if (t !== null) out.push(t);
  }
}

const ASCII_WORD = /^[a-z][a-z0-9]*$/;

/** The analysed form of a text, as stored in articles_stem: terms separated by spaces. */
export function analyzeText(text: string | null, language: string): string {
  if (!text) return '';
  const out: string[] = [];
  const latin = analyserFor(language, 'latin');
  scanTokenSpans(
    text,
    (start, end, hash) => {
      // Most words of most articles: plain Latin letters, looked up without building their string.
      const first = text.charCodeAt(start);
      if (first <= 0x39) termsOfToken(text.slice(start, end).toLowerCase(), language, out);
      else {
        const t = latin.termAt(text, start, end, hash);
        if (t !== null) out.push(t);
      }
    },
    (token) => {
      if (ASCII_WORD.test(token)) {
        const t = latin.term(token);
        if (t !== null) out.push(t);
      } else termsOfToken(token, language, out);
    },
  );
  return out.join(' ');
}

/** The three analysed columns of an article's row in articles_stem. */
export interface AnalysedRow {
  title: string;
  byline: string;
  text: string;
}

/**
 * An article's stemmed index row, exactly as the writer would compute it from the stored
 * values. The importer calls this in its extraction threads, so the one thread that writes
 * does not spend its time stemming.
 */
export function analyzeArticle(a: { title: string; byline: string | null; text: string; language: string | null }): AnalysedRow {
  const lang = languageCode(a.language);
  return { title: analyzeText(a.title, lang), byline: analyzeText(a.byline, lang), text: analyzeText(a.text, lang) };
}
