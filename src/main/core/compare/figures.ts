// Figures: numbers with what they count ("over 11,000 containers of munitions", "dozens of
// ballistic missiles", "24 years", "a 1961 deal", "$2.5bn"), normalised to a value and the range
// the wording allows, then lined up across articles (same claim, or same counted noun in similar
// sentences). A figure that differs is a flag for the reader, not a verdict.
import type { Figure, FigureRef } from '../../../shared/compare';
import type { Sentence } from './segment';
import { lexTags } from './lexicon';
import { STOPWORDS, stem } from './text';

export type FoundFigure = Omit<Figure, 'articleId' | 'conflictsWith'> & { vague: boolean };

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
};
/** Vague quantities and the ranges they allow. */
const VAGUE: Record<string, [number, number | null]> = {
  'a dozen': [12, 12], dozens: [24, 199], scores: [40, 199], hundreds: [200, 999], thousands: [2000, 9999],
  'tens of thousands': [20_000, 99_999], 'hundreds of thousands': [200_000, 999_999], millions: [2e6, 999e6],
  'tens of millions': [20e6, 99e6], 'hundreds of millions': [200e6, 999e6], billions: [2e9, null],
  'a handful': [3, 6], 'a few': [2, 5], several: [3, 9],
};
const CURRENCIES: Record<string, string> = { $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const MODIFIERS: Record<string, 'more' | 'less' | 'about' | 'least'> = {
  over: 'more', 'more than': 'more', 'just over': 'more', 'upwards of': 'more', nearly: 'less', almost: 'less',
  under: 'less', 'just under': 'less', 'less than': 'less', 'fewer than': 'less', 'up to': 'less',
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', some: 'about', 'an estimated': 'about',
  'at least': 'least', 'as many as': 'less',
};

const WORD_NUM = `(?:${Object.keys(UNITS).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?`;
const FIGURE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])` +
    `(?<mod>(?:${Object.keys(MODIFIERS).toSorted((a, b) => b.length - a.length).join('|')})\\s+)?` +
    `(?:(?<vague>${Object.keys(VAGUE).toSorted((a, b) => b.length - a.length).join('|')})(?:\\s+of)?` +
    `|(?<cur>US\\$|\\$|€|£|¥)?\\s?(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|${WORD_NUM}|a|an)` +
    `(?:\\s?(?<scale>hundred|thousand|million|billion|trillion|bn|mn|mln|tn|trn|k|m|b)\\b)?` +
    `(?<pct>\\s?(?:%|percent\\b|per cent\\b))?)` +
    `(?![\\p{L}\\p{N}]|[.,]\\d|/)`,
  'giu',
);
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;
const CLOCK_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|gmt|utc|[ap]m\b)/i;

function wordValue(s: string): number | null {
  const w = s.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  const parts = w.split(/[-\s]/);
  let v = 0;
  for (const p of parts) {
    const u = UNITS[p];
    if (u === undefined) return null;
    v += u;
  }
  return v;
}

/** The counted phrase after a figure: words up to a stopword, extended over one "of". */
function countedPhrase(rest: string, wantPlural: boolean): { words: string[]; head: string | null } {
  const words: string[] = [];
  let head: string | null = null;
  // Words up to the first punctuation mark: the counted noun never runs past a comma.
  const toks = /^[\s-]*([\p{L}’'-]+(?:[ \t]+[\p{L}’'-]+){0,6})/u.exec(rest)?.[1]?.split(/\s+/) ?? [];
  let ofUsed = false;
  for (const raw of toks) {
    const w = raw.toLowerCase().replace(/['’]s?$/u, '');
    if (w === 'of' && words.length > 0 && !ofUsed) {
      ofUsed = true;
      words.push(w);
      continue;
    }
    if (STOPWORDS.has(w) || /^(?:more|additional|new|other|extra)$/.test(w) && words.length === 0) {
      if (/^(?:more|additional|new|other|extra)$/.test(w)) continue;
      break;
    }
    // Right after a number a word is a noun or adjective whatever else it can be ("two embraces").
    // And a count above one wants a plural: "dozens of patrol boats" even though "boats" can be a verb.
    const pluralHead = wantPlural && !ofUsed && w.endsWith('s') && !words.some((x) => x.endsWith('s'));
    const tags = words.length === 0 || pluralHead ? [] : lexTags(w);
    if (!tags.includes('Plural') && tags.some((t) => /Verb|PastTense|PresentTense|Gerund|Infinitive|Adverb|Preposition|Conjunction|Determiner/.test(t))) break;
    words.push(w);
    if (!ofUsed) head = w;
    if (words.length >= 5 || /['’]s?$/u.test(raw)) break; // "two nations’ relationship": the nations are counted
  }
  while (words.length && words[words.length - 1] === 'of') words.pop();
  return { words, head };
}

export function extractFigures(sentences: Sentence[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const s of sentences) {
    FIGURE_RE.lastIndex = 0;
    for (let m = FIGURE_RE.exec(s.text); m; m = FIGURE_RE.exec(s.text)) {
      const f = readFigure(s, m);
      if (f) out.push(f);
    }
  }
  return out;
}

function readFigure(s: Sentence, m: RegExpExecArray): FoundFigure | null {
  const g = m.groups ?? {};
  const before = s.text.slice(0, m.index);
  const after = s.text.slice(m.index + m[0].length);
  if (/(?:No\.|#|\p{L}-)\s*$/u.test(before)) return null; // "No. 2", "COVID-19"
  const mod = g.mod ? MODIFIERS[g.mod.trim().toLowerCase()]! : null;
  let value: number;
  let low: number | null;
  let high: number | null;
  let vague = false;
  let unit: string | null = null;
  const num = g.num ?? '';
  const wantPlural = !!g.vague || (/^\d/.test(num) ? !/^(?:1|1[89]\d\d|20\d\d|2100)$/.test(num) : !/^(?:one|a|an)$/i.test(num));
  const phrase = countedPhrase(after, wantPlural);
  if (g.vague) {
    const [lo, hi] = VAGUE[g.vague.toLowerCase()]!;
    value = lo;
    low = lo;
    high = hi;
    vague = lo !== hi;
    if (!phrase.head) return null; // "by the thousands" counts nothing nameable
  } else {
    const isDigits = /^\d/.test(num);
    if (!isDigits) {
      // Word numbers count only with a noun right after ("two embraces"); "a"/"an" only with a scale.
      const v = wordValue(num);
      if (v === null || (/^an?$/i.test(num) && !g.scale) || !phrase.head) return null;
      value = v;
    } else {
      value = Number(num.replace(/,/g, ''));
      if (!Number.isFinite(value)) return null;
      if (MONTH_BEFORE.test(before) && value <= 31) return null; // "June 19", "Sept. 11"
      if (CLOCK_AFTER.test(after)) return null;
    }
    const scale = g.scale?.toLowerCase();
    // Single-letter scales only after a currency ("$2.5bn", "£3m"): "5 m" is metres.
    if (scale && (scale.length > 1 || g.cur)) value *= SCALES[scale]!;
    if (g.cur) unit = CURRENCIES[g.cur.toLowerCase()]!;
    if (g.pct) unit = 'percent';
    const yearLike = isDigits && !g.cur && !g.pct && !scale && /^\d{4}$/.test(num) && value >= 1800 && value <= 2100;
    if (yearLike && !(phrase.head && lexTags(phrase.head).includes('Plural'))) unit = 'year';
    low = value;
    high = value;
    if (mod === 'more' || mod === 'least') high = null;
    else if (mod === 'less') low = null;
    else if (mod === 'about') {
      low = value * 0.9;
      high = value * 1.1;
    }
  }
  const counts = phrase.words.length ? phrase.words.join(' ') : unit ?? 'number';
  const head = unit === 'year' && !phrase.head ? 'year' : phrase.head ? stem(phrase.head) : unit ?? 'number';
  const text = (m[0] + (phrase.words.length ? ' ' + phrase.words.join(' ') : '')).trim();
  return {
    value, low, high, text, counts, head, unit, approx: vague || mod !== null, sentence: s.index, vague,
  };
}

interface Placed { articleId: number; f: FoundFigure; claim: number }

/** Whether two figures that count the same thing disagree. */
function disagree(a: FoundFigure, b: FoundFigure): boolean {
  if (a.vague || b.vague) {
    const lo = Math.max(a.low ?? -Infinity, b.low ?? -Infinity);
    const hi = Math.min(a.high ?? Infinity, b.high ?? Infinity);
    return lo > hi;
  }
  return Math.abs(a.value - b.value) > 0.005 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * Adds `conflictsWith` to figures whose counterpart in another article differs. Counterparts:
 * same unit and head noun, and either their sentences belong to the same claim or the sentences
 * are at least loosely similar (`related`), so "24 years" of two unrelated facts are not compared.
 */
export function lineUpFigures(
  perArticle: { articleId: number; figures: FoundFigure[]; claimOf: number[] }[],
  related: (a: Placed, b: Placed) => boolean,
): Figure[] {
  const all: Placed[] = perArticle.flatMap((p) => p.figures.map((f) => ({ articleId: p.articleId, f, claim: p.claimOf[f.sentence] ?? -1 })));
  const out: Figure[] = all.map(({ articleId, f }) => {
    const { vague: _vague, ...rest } = f;
    return { ...rest, articleId };
  });
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.articleId === b.articleId || a.f.unit !== b.f.unit || a.f.head !== b.f.head) continue;
      if (a.claim !== b.claim && !related(a, b)) continue;
      if (!disagree(a.f, b.f)) continue;
      (out[i]!.conflictsWith ??= []).push(ref(b));
      (out[j]!.conflictsWith ??= []).push(ref(a));
    }
  }
  return out;
}

function ref(p: Placed): FigureRef {
  return { articleId: p.articleId, sentence: p.f.sentence, text: p.f.text, value: p.f.value };
}

