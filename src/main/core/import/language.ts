// Language of an article: first by script (Hangul → ko, Kana → ja, Han → zh, Cyrillic → ru/uk/…),
// then, for Latin script, by which language's commonest words the text is made of. Cheap on
// purpose: a sample of the text, no models.

const SAMPLE_CHARS = 3000;

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'hangul' | 'kana' | 'han' | 'thai' | 'devanagari' | 'armenian' | 'georgian';

function scriptOf(cp: number): Script | null {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a ? 'latin' : null;
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return 'latin';
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'latin';
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if (cp >= 0x530 && cp <= 0x58f) return 'armenian';
  if (cp >= 0x590 && cp <= 0x5ff) return 'hebrew';
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfeff)) return 'arabic';
  if (cp >= 0x900 && cp <= 0x97f) return 'devanagari';
  if (cp >= 0xe00 && cp <= 0xe7f) return 'thai';
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'georgian';
  if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xac00 && cp <= 0xd7af)) return 'hangul';
  if (cp >= 0x3040 && cp <= 0x30ff) return 'kana';
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff)) return 'han';
  return null;
}

const SIMPLE: Partial<Record<Script, string>> = {
  greek: 'el',
  hebrew: 'he',
  thai: 'th',
  devanagari: 'hi',
  armenian: 'hy',
  georgian: 'ka',
};

function cyrillicLanguage(text: string): string {
  if (/[әғқңөұүһ]/i.test(text)) return 'kk';
  if (/[їєґ]/i.test(text) || (/і/i.test(text) && !/[ыэъё]/i.test(text))) return 'uk';
  if (/ў/i.test(text)) return 'be';
  if (/[ђћљњџј]/i.test(text)) return 'sr';
  if (/[ѓќѕ]/i.test(text)) return 'mk';
  // Bulgarian uses ъ as a vowel and has no ы or э.
  if (!/[ыэё]/i.test(text) && (text.match(/ъ/gi)?.length ?? 0) > 3) return 'bg';
  return 'ru';
}

function arabicLanguage(text: string): string {
  if (/[ٹڈڑںےھ]/.test(text)) return 'ur';
  if (/[پچژگکی]/.test(text)) return 'fa';
  return 'ar';
}

// The commonest short words of each language, chosen to tell neighbours apart.
const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is that for with was on as by it he said from are have has be at this which but not were they his her',
  fr: 'le la les des et est une du que qui dans pour pas sur au avec sont il elle ce ont été aux plus mais par leur cette entre',
  de: 'der die und das ist nicht den mit von sich des auf ein eine dem zu im auch es wird wurde sie für dass bei nach oder',
  es: 'el los las y del que en por una con para es se su al como más pero sus fue ha lo este esta entre sobre también',
  pt: 'o os as e do da dos das que em não uma um com para por é se ao na no mais foi seu sua pelo pela também',
  it: 'il la di che e del della è un una per non con sono gli le nel alla dei ha anche più questo ma lo degli',
  nl: 'de het een en van is dat op te in niet met zijn voor die er aan ook als bij door maar wordt werd naar',
  cs: 'a je se na v že to s z do jsou o pro ale jak by k po který která které tak jeho už jsem byl bylo také',
  pl: 'i w nie na się z do że jest to o jak ale po co tak za od są przez dla jego już być był także',
  sv: 'och att det som en på är av för med till den har de inte om ett var jag men från sig också',
  ro: 'și în de la cu pe care nu din o un să este mai pentru au fost sunt ce ca fi',
  tr: 've bir bu da de için ile olarak çok daha gibi olan ama değil kadar sonra ise',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah ke juga oleh ada bahwa mereka',
  hu: 'a az és hogy nem is egy van meg de csak ez már volt mint vagy el',
  vi: 'của và các là được có cho trong này những với không người một đã',
};
const LANGS = Object.keys(STOPWORDS);
/** word → indexes (into LANGS) of the languages it is a common word of. */
const STOPWORD_INDEX = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of STOPWORDS[lang]!.split(' ')) STOPWORD_INDEX.set(w, [...(STOPWORD_INDEX.get(w) ?? []), i]);
});

export interface LatinGuess {
  language: string;
  /** Share of the sampled words that are this language's common words. */
  share: number;
  /** How far ahead of the runner-up (hits / runner-up hits). */
  margin: number;
}

const LETTER = /^\p{L}$/u;
const letterCache = new Map<number, boolean>();

function isLetter(cp: number): boolean {
  let known = letterCache.get(cp);
  if (known === undefined) {
    known = LETTER.test(String.fromCodePoint(cp));
    if (letterCache.size < 4096) letterCache.set(cp, known);
  }
  return known;
}

/** The words of a sample exactly as /[\p{L}']+/gu finds them, in one pass without a regex match per word. */
function sampleWords(sample: string): string[] {
  const lower = sample.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let inWord: boolean;
    if (c < 0x80) inWord = (c >= 0x61 && c <= 0x7a) || c === 0x27;
    else {
      const cp = lower.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      inWord = isLetter(cp);
    }
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

export function guessLatinLanguage(text: string): LatinGuess | null {
  const tokens = sampleWords(text.slice(0, SAMPLE_CHARS));
  if (tokens.length < 5) return null;
  // Plain loops over a typed array: this runs for every imported article.
  const hits = new Int32Array(LANGS.length);
  for (const t of tokens) {
    const langs = STOPWORD_INDEX.get(t);
    if (langs !== undefined) for (let k = 0; k < langs.length; k++) hits[langs[k]!]!++;
  }
  // The first language with the most hits (ties go to the earlier in LANGS), and the runner-up's count.
  let best = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i]! > hits[best]!) best = i;
  let second = 0;
  for (let i = 0; i < hits.length; i++) if (i !== best && hits[i]! > second) second = hits[i]!;
  const top = hits[best]!;
  if (top < 3 || top / tokens.length < 0.08) return null;
  return { language: LANGS[best]!, share: top / tokens.length, margin: top / Math.max(1, second) };
}

interface ScriptCounts {
  letters: number;
  counts: Map<Script, number>;
}

const SCRIPTS: Script[] = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'hangul', 'kana', 'han', 'thai', 'devanagari', 'armenian', 'georgian'];
const SCRIPT_INDEX = new Map(SCRIPTS.map((script, i) => [script, i]));

function countScripts(sample: string): ScriptCounts {
  const tally = new Int32Array(SCRIPTS.length);
  // Scripts in the order they first appear (ties are settled by it).
  const order: number[] = [];
  let letters = 0;
  // Every script we tell apart lives in the Basic Multilingual Plane: UTF-16 units will do.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    let k: number;
    if (c < 0x80) {
      if (((c | 0x20) < 0x61 || (c | 0x20) > 0x7a)) continue;
      k = 0;
    } else {
      const s = scriptOf(c);
      if (!s) continue;
      k = SCRIPT_INDEX.get(s)!;
    }
    letters++;
    if (tally[k]++ === 0) order.push(k);
  }
  return { letters, counts: new Map(order.map((k) => [SCRIPTS[k]!, tally[k]!])) };
}

/** The detected language with how it was found: 'script' results are reliable, 'words' less so. */
export function detectLanguageDetailed(text: string): { language: string; by: 'script' | 'words' } | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { letters, counts } = countScripts(sample);
  if (letters < 20) return null;
  const n = (s: Script) => counts.get(s) ?? 0;
  // Korean and Japanese text mixes in Han characters; their own scripts decide.
  if (n('hangul') >= letters * 0.2) return { language: 'ko', by: 'script' };
  const cjk = n('han') + n('kana');
  if (cjk >= letters * 0.3) return { language: n('kana') >= cjk * 0.05 ? 'ja' : 'zh', by: 'script' };
  let top: Script = 'latin';
  for (const [s, c] of counts) if (c > n(top)) top = s;
  if (top === 'latin') {
    const g = guessLatinLanguage(sample);
    return g ? { language: g.language, by: 'words' } : null;
  }
  if (top === 'cyrillic') return { language: cyrillicLanguage(sample), by: 'script' };
  if (top === 'arabic') return { language: arabicLanguage(sample), by: 'script' };
  const simple = SIMPLE[top];
  return simple ? { language: simple, by: 'script' } : null;
}

export function detectLanguage(text: string): string | null {
  return detectLanguageDetailed(text)?.language ?? null;
}

/** The primary subtag of a declared language ("en-US" → "en", "pt_BR" → "pt"), or null. */
export function primaryLanguageTag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

const LATIN_LANGUAGES = new Set([...Object.keys(STOPWORDS), 'da', 'no', 'nb', 'fi', 'sk', 'sl', 'hr', 'et', 'lv', 'lt', 'ms', 'tl', 'sw', 'ca', 'eu', 'gl', 'ga', 'cy', 'sq', 'af']);

/**
 * Declared vs detected. Declarations are trusted unless the text plainly says otherwise: a
 * different script, or (for Latin languages) an overwhelming word profile. Site templates that
 * stamp lang="en" on every page are the usual culprits.
 */
export function resolveLanguage(declared: string | null | undefined, text: string): string | null {
  const tag = primaryLanguageTag(declared);
  const detected = detectLanguageDetailed(text);
  if (!tag) return detected?.language ?? null;
  if (!detected || detected.language === tag) return tag;
  if (detected.by === 'script') {
    // Chinese pages declared "ja" or "ko" and the like: the script wins; same-script variants
    // (uk declared, ru detected) keep the declaration.
    const sameScript = detected.language === 'ru' && ['uk', 'be', 'bg', 'sr', 'mk', 'kk'].includes(tag);
    return sameScript ? tag : detected.language;
  }
  if (!LATIN_LANGUAGES.has(tag)) return detected.language;
  const g = guessLatinLanguage(text);
  return g && g.margin >= 3 && g.share >= 0.2 ? g.language : tag;
}
