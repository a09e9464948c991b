// People, places and organisations named in an article: capitalised spans typed with
// compromise's lexicon plus news-copy cues (a role word before a name, an org or place word at
// the end), then short forms merged into the full name introduced earlier ("Putin" → "Vladimir
// Putin"). Measured on the seed article, compromise's own tagger (doc.people/places/organizations)
// finds 7 of its 10 named people and misreads "Secretary of State Antony Blinken" as a place
// ("State Antony"); this finder gets all 10 (see tests) in ~5 ms instead of ~60 ms.
import type { Sentence } from './segment';
import {
  ALIASES, FIRST_NAME_TAGS, NOT_NAMES, PLACE_TAGS, TITLE_WORDS, isOrgWord, isPlaceWord, lexTags,
} from './lexicon';
import { foldKey, tokenize, type Token } from './text';

export type EntityType = 'person' | 'place' | 'organization';

export interface Mention {
  /** Canonical name after merging ("Vladimir Putin" for "Putin’s"). */
  name: string;
  /** Folded canonical name; the identity of the entity within a story. */
  key: string;
  type: EntityType | 'other';
  /** As written, without possessive. */
  surface: string;
  sentence: number;
  start: number;
  end: number;
  /** Role words written next to the name ("Foreign Minister"), lower case. */
  role: string | null;
}

const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'di', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'the', 'on']);
const DEMONYM_TAG = 'Demonym';

function isCap(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !/^\p{Lu}\p{Ll}*['’]t$/u.test(t.text);
}

function bare(text: string): string {
  return text.replace(/['’]s?$/u, '');
}

function commonWord(text: string, midCaps: Set<string>): boolean {
  const w = bare(text);
  if (NOT_NAMES.has(w.toLowerCase())) return true;
  if (midCaps.has(w)) return false;
  const tags = lexTags(w);
  if (tags.includes('Demonym')) return false;
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}
const PROPER_TAGS = new Set([...PLACE_TAGS, ...FIRST_NAME_TAGS, 'LastName', 'Organization', 'Person', 'ProperNoun']);

function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return TITLE_WORDS.has(l) || lexTags(l).includes('Actor');
}

// "Secretary of State", "Center for … Analysis", "Gulf of Mexico" — but not "thanked Kim for North Korea's".
function takesComplement(run: Token[]): boolean {
  const w = bare(run[run.length - 1]!.text).toLowerCase();
  if (isTitleWord(w)) return true;
  // "President Elena Marsh of Valmora": after a personal name, "of" starts a new phrase.
  if (run.some((t) => lexTags(bare(t.text)).some((x) => FIRST_NAME_TAGS.has(x)))) return false;
  return isOrgWord(w) || isPlaceWord(w) || COMPLEMENT_HEADS.has(w) || CONNECTORS.has(w);
}
const COMPLEMENT_HEADS = new Set(['republic', 'kingdom', 'states', 'sea', 'university', 'bank', 'house', 'city', 'isle', 'federation', 'people’s', "people's"]);

/** Capitalised runs in one sentence, with connector words allowed inside ("Center for … Analysis"). */
function capitalRuns(sentence: string): Token[][] {
  const toks = tokenize(sentence);
  const runs: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const gap = cur.length ? sentence.slice(cur[cur.length - 1]!.end, t.start) : '';
    const joined = cur.length > 0 && /^[ \t]*$/.test(gap);
    if (isCap(t) && (joined || cur.length === 0)) {
      cur.push(t);
      if (/['’]s?$/u.test(t.text)) { runs.push(cur); cur = []; }
      continue;
    }
    const next = toks[i + 1];
    if (
      joined && CONNECTORS.has(t.text) && next && isCap(next) && /^[ \t]*$/.test(sentence.slice(t.end, next.start)) &&
      takesComplement(cur)
    ) {
      cur.push(t);
      continue;
    }
    if (cur.length) runs.push(cur);
    cur = isCap(t) ? [t] : [];
  }
  if (cur.length) runs.push(cur);
  // A run may not end on a connector.
  return runs.map((r) => {
    while (r.length && CONNECTORS.has(r[r.length - 1]!.text)) r.pop();
    return r;
  }).filter((r) => r.length > 0);
}

interface Typed {
  surface: string;
  type: EntityType | 'other';
  role: string | null;
  start: number;
  end: number;
}

/** Types one capitalised run; may peel a leading role off a person's name. */
function typeRun(run: Token[], sentence: string, sentenceInitial: boolean, midCaps: Set<string>): Typed | null {
  let toks = run;
  // Capitals that only mark a sentence or quote start: "In Washington", "“Welcome Putin”".
  while (sentenceInitial && toks.length > 1 && !isTitleWord(bare(toks[0]!.text)) && commonWord(toks[0]!.text, midCaps)) {
    toks = toks.slice(1);
    sentenceInitial = false;
  }
  while (toks.length > 1 && /^(?:the|a|an)$/i.test(toks[0]!.text)) toks = toks.slice(1);
  let role: string | null = null;
  // Peel leading role/qualifier words: "U.S. Secretary of State Antony Blinken".
  let lastTitle = -1;
  for (let i = 0; i < toks.length - 1; i++) {
    const w = bare(toks[i]!.text);
    if (isTitleWord(w) || (i < lastTitle + 2 && CONNECTORS.has(w))) lastTitle = i;
    else if (lastTitle >= 0) break;
  }
  if (lastTitle >= 0 && lastTitle < toks.length - 1 && !isOrgWord(bare(toks[toks.length - 1]!.text))) {
    const rest = toks.slice(lastTitle + 1);
    if (!CONNECTORS.has(rest[0]!.text)) {
      role = toks.slice(0, lastTitle + 1).map((t) => t.text).join(' ').toLowerCase();
      toks = rest;
      sentenceInitial = false;
    }
  }
  const words = toks.map((t) => bare(t.text));
  const surface = words.join(' ');
  const lower = surface.toLowerCase();
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  if (words.length === 1 && (NOT_NAMES.has(lower.replace(/\.$/, '')) || words[0]!.length < 2)) return null;
  const alias = ALIASES[lower];
  if (alias) return { surface, type: alias.type, role, start, end };
  const whole = lexTags(lower);
  const first = lexTags(words[0]!);
  const last = lexTags(words[words.length - 1]!);
  if (sentenceInitial && words.length === 1 && !midCaps.has(words[0]!)) {
    // "Experts claim…": a capital that only says the sentence started.
    const proper = whole.some((t) => PLACE_TAGS.has(t) || FIRST_NAME_TAGS.has(t) || t === 'LastName' || t === 'Organization');
    if (!proper) return null;
  }
  if (whole.includes(DEMONYM_TAG) || (words.length <= 2 && last.includes(DEMONYM_TAG))) return null;
  if (whole.includes('WeekDay') || whole.includes('Month') || whole.includes('Date')) return null;
  if (whole.some((t) => PLACE_TAGS.has(t))) return { surface, type: 'place', role, start, end };
  if (whole.includes('Organization') || whole.includes('SportsTeam')) return { surface, type: 'organization', role, start, end };
  if (words.length > 1 && isOrgWord(words[words.length - 1]!)) return { surface, type: 'organization', role, start, end };
  // "Elena Marsh": a given name first outweighs a surname that is also a landscape word.
  if (words.length === 2 && first.some((t) => FIRST_NAME_TAGS.has(t)) && !whole.length) return { surface, type: 'person', role, start, end };
  if (words.length > 1 && isPlaceWord(words[words.length - 1]!)) return { surface, type: 'place', role, start, end };
  const head = words.findIndex((w) => CONNECTORS.has(w));
  if (head > 0 && isOrgWord(words[head - 1]!)) return { surface, type: 'organization', role, start, end };
  if (role && !whole.length && words.every((w) => /^\p{Lu}/u.test(w))) return { surface, type: 'person', role, start, end };
  if (words.length > 1 && (first.some((t) => FIRST_NAME_TAGS.has(t)) || last.includes('LastName'))) {
    return { surface, type: 'person', role, start, end };
  }
  if (words.length === 1 && (whole.includes('LastName') || whole.some((t) => FIRST_NAME_TAGS.has(t)))) {
    return { surface, type: 'person', role, start, end };
  }
  // An appositive role after the name ("Koo Byoungsam, spokesperson of …") or a speech verb.
  const after = sentence.slice(end, end + 40);
  if (words.length > 1 && /^,\s+(?:the\s+|a\s+)?[\p{L}\s-]{0,30}?(?:spokes\w+|minister|leader|president|chairman|director|secretary|adviser|analyst|professor|official)\b/iu.test(after)) {
    return { surface, type: 'person', role, start, end };
  }
  if (words.length > 1 && words.length <= 4 && /^,?\s+(?:said|says|told|added|wrote)\b/u.test(after) && words.every((w) => !isOrgWord(w))) {
    return { surface, type: 'person', role, start, end };
  }
  return { surface, type: 'other', role, start, end };
}

/** At the start of a sentence or of a quotation, where any word is capitalised. */
function afterOpening(text: string, at: number): boolean {
  return /^[\s“"‘'(—-]*$/u.test(text.slice(0, at)) || /[“"‘«„:—(]\s*$/u.test(text.slice(0, at));
}

// Title-case lines ("North Korea And Russia Sign Strategic Agreement") capitalise everything.
function isHeadline(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 4 || /[.!?]["”’]?$/u.test(text.trim())) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/** Finds mentions sentence by sentence and merges short forms into the names they abbreviate. */
export function findMentions(sentences: Sentence[]): Mention[] {
  const midCaps = new Set<string>();
  const runsBySentence = sentences.map((s) => capitalRuns(s.text));
  runsBySentence.forEach((runs, i) => {
    const text = sentences[i]!.text;
    for (const r of runs) {
      if (afterOpening(text, r[0]!.start)) r.slice(1).forEach((t) => midCaps.add(bare(t.text)));
      else for (const t of r) midCaps.add(bare(t.text));
    }
  });
  const typed: (Typed & { sentence: number })[] = [];
  runsBySentence.forEach((runs, i) => {
    const text = sentences[i]!.text;
    if (isHeadline(text)) return;
    for (const r of runs) {
      const t = typeRun(r, text, afterOpening(text, r[0]!.start), midCaps);
      if (t) typed.push({ ...t, sentence: i, start: t.start + sentences[i]!.start, end: t.end + sentences[i]!.start });
    }
  });
  return canonicalise(typed);
}

/** Maps each surface form to the full name it abbreviates; earliest introduced wins ties. */
function canonicalise(typed: (Typed & { sentence: number })[]): Mention[] {
  const fulls: { words: string[]; surface: string; type: EntityType | 'other' }[] = [];
  for (const t of typed) {
    if (t.type === 'other') continue;
    const words = t.surface.split(' ');
    if (words.length > 1 && !fulls.some((f) => f.surface === t.surface)) fulls.push({ words, surface: t.surface, type: t.type });
  }
  const out: Mention[] = [];
  for (const t of typed) {
    const alias = ALIASES[t.surface.toLowerCase()];
    let name = alias ? alias.name : t.surface;
    let type = alias ? alias.type : t.type;
    const words = name.split(' ');
    if (!alias) {
      const full = resolveShort(words, type, fulls);
      if (full) { name = full.surface; type = full.type; }
    }
    out.push({ name, key: foldKey(name), type, surface: t.surface, sentence: t.sentence, start: t.start, end: t.end, role: t.role });
  }
  return out;
}

function resolveShort(
  words: string[],
  type: EntityType | 'other',
  fulls: { words: string[]; surface: string; type: EntityType | 'other' }[],
): { surface: string; type: EntityType | 'other' } | null {
  const joined = words.join(' ');
  for (const f of fulls) {
    if (f.words.length <= words.length) continue;
    if (type !== 'other' && f.type !== type && !(type === 'person' || f.type === 'person')) continue;
    const fj = f.surface;
    if (f.type === 'person' && (type === 'person' || type === 'other')) {
      // "Putin" → "Vladimir Putin"; "Kim" → "Kim Jong Un" (family name first).
      if (words.length === 1 && (f.words[f.words.length - 1] === joined || f.words[0] === joined)) return f;
      if (fj.endsWith(' ' + joined)) return f;
    }
    if (f.type !== 'person' && type !== 'person' && fj.endsWith(' ' + joined)) return f; // "Security Council"
  }
  return null;
}

export interface EntitySummary {
  key: string;
  name: string;
  type: EntityType;
  /** Mentions per article id. */
  mentions: Record<string, number>;
  articleIds: number[];
}

/** Per-story entity table: which entities each article names (unnamed types left out). */
export function summariseEntities(perArticle: { articleId: number; mentions: Mention[] }[]): EntitySummary[] {
  const byKey = new Map<string, EntitySummary>();
  for (const { articleId, mentions } of perArticle) {
    for (const m of mentions) {
      if (m.type === 'other') continue;
      let e = byKey.get(m.key);
      if (!e) {
        e = { key: m.key, name: m.name, type: m.type, mentions: {}, articleIds: [] };
        byKey.set(m.key, e);
      }
      e.mentions[String(articleId)] = (e.mentions[String(articleId)] ?? 0) + 1;
      if (!e.articleIds.includes(articleId)) e.articleIds.push(articleId);
    }
  }
  return [...byKey.values()].toSorted(
    (a, b) => b.articleIds.length - a.articleIds.length || total(b) - total(a) || a.key.localeCompare(b.key),
  );
}

function total(e: EntitySummary): number {
  let n = 0;
  for (const v of Object.values(e.mentions)) n += v;
  return n;
}

/** Story-wide pass: a surname used alone in one article takes the full name another article gave. */
export function unifyMentions(lists: Mention[][]): void {
  const fulls: { words: string[]; surface: string; type: EntityType | 'other' }[] = [];
  for (const list of lists) {
    for (const m of list) {
      if (m.type === 'other' || !m.name.includes(' ') || fulls.some((f) => f.surface === m.name)) continue;
      fulls.push({ words: m.name.split(' '), surface: m.name, type: m.type });
    }
  }
  for (const list of lists) {
    for (const m of list) {
      if (m.name.includes(' ') && m.type !== 'other') continue;
      const full = resolveShort(m.name.split(' '), m.type, fulls);
      if (full) { m.name = full.surface; m.key = foldKey(full.surface); m.type = full.type; }
    }
  }
}
