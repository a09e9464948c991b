// Who a quotation's speaker is, once a pattern in quotes.ts has found where the speaker is
// written: mentions next to a speech verb, pronouns (the sentence's named subject, else the
// nearest preceding named speaker) and descriptions ("the North Korean leader", resolved only
// when the story gave someone that role).
import type { Mention } from './entities';
import { lexTags } from './lexicon';
import type { Sentence } from './segment';
import { foldKey } from './text';

export const VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|stated|states|declared|wrote|writes|tweeted|posted|explained|' +
  'noted|insisted|argued|warned|claimed|acknowledged|continued|replied|recalled|complained|announced|urged|vowed|' +
  'promised|called|calls|described|describes|cautioned|stressed|responded|remarked|observed|conceded|admitted|' +
  'suggested|charged|countered|quipped|predicted|concluded|maintained|emphasized|emphasised|toasted|pledged|' +
  'saying|adding|telling|writing|calling|describing|declaring|noting|warning|arguing|insisting';
export const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'gu');
export const VERB_ANY = new RegExp(`\\b(?:${VERBS})\\b`, 'u');
export const GERUND = /ing$/;

export const ROLE_HEADS =
  'spokesman|spokeswoman|spokesperson|spokespeople|leader|president|minister|official|secretary|chairman|chairwoman|' +
  'adviser|advisor|aide|senator|governor|mayor|ambassador|analyst|expert|institute|ministry|department|agency|' +
  'office|kremlin|government|general|commander|lawmaker|congressman|congresswoman|representative|' +
  'judge|justice|prosecutor|diplomat|envoy|chancellor|premier|king|queen|pope|director|campaign|party|committee|' +
  'council|group|company|organization|organisation|white house|pentagon|state department';
export const ROLE_WORD = new RegExp(`\\b(?:${ROLE_HEADS})\\b`, 'iu');

export interface Speaker {
  name: string;
  key: string;
  via: string;
}

export interface Ctx {
  text: string;
  sentences: Sentence[];
  /** Person and organisation mentions, by start offset. */
  named: Mention[];
  /** Named subjects of speech verbs, by offset: the antecedents pronouns resolve to. */
  speechEvents: { at: number; mention: Mention }[];
  roles: { role: string; mention: Mention }[];
  quoted: [number, number][];
}


export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function insideQuote(ctx: Ctx, at: number): boolean {
  return ctx.quoted.some(([a, b]) => at > a && at < b);
}

export function fromMention(m: Mention, via: string): Speaker {
  return { name: m.name, key: m.key, via };
}

/** The named mention that ends right before `end` (allowing an appositive or "of the …"). */
export function mentionEndingAt(ctx: Ctx, from: number, end: number): Mention | null {
  const window = ctx.text.slice(from, end);
  const trimmed = window.replace(/[\s]+$/u, '');
  const stop = from + trimmed.length;
  for (let i = ctx.named.length - 1; i >= 0; i--) {
    const m = ctx.named[i]!;
    if (m.end > stop || m.start < from) continue;
    const gap = ctx.text.slice(m.end, stop).replace(/^['’]s?/u, '');
    if (gap === '') return m;
    if (m.type !== 'person') return null;
    // "Koo Byoungsam, spokesperson of …, which handles …," / "Sam Greene of the Center for …"
    if (/^,\s[^“”"«»]{1,160},$/u.test(gap) && gap.split(',').length <= 4 && !VERB_ANY.test(gap)) return m;
    if (/^\s+(?:of|from|at|with)\s+[^,“”"«»]{1,70}$/u.test(gap)) return m;
    return null;
  }
  return null;
}

export function mentionStartingAt(ctx: Ctx, at: number): Mention | null {
  return ctx.named.find((m) => m.start === at) ?? null;
}

/** A mention starting at `at`, or after the title words peeled off it ("Mr. Steele", "Foreign Minister Choe"). */
export function mentionStartingNear(ctx: Ctx, at: number): Mention | null {
  const m = ctx.named.find((x) => x.start >= at && x.start <= at + 60);
  if (!m) return null;
  const gap = ctx.text.slice(at, m.start);
  if (gap === '') return m;
  return /^(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){1,6}$/u.test(gap) && m.role ? m : null;
}

/** "Sam Greene of the Center for European Policy Analysis said": the person, not the org. */
export function preferPerson(ctx: Ctx, m: Mention): Mention {
  if (m.type === 'person') return m;
  const i = ctx.named.indexOf(m);
  const p = i > 0 ? ctx.named[i - 1]! : null;
  if (p && p.type === 'person' && /^\s+(?:of|from|at|with)\s+(?:the\s+)?$/u.test(ctx.text.slice(p.end, m.start))) return p;
  return m;
}

export function collectSpeechEvents(ctx: Ctx): { at: number; mention: Mention }[] {
  const out: { at: number; mention: Mention }[] = [];
  for (const s of ctx.sentences) {
    const body = ctx.text.slice(s.start, s.end);
    VERB_RE.lastIndex = 0;
    for (let v = VERB_RE.exec(body); v; v = VERB_RE.exec(body)) {
      const at = s.start + v.index;
      if (insideQuote(ctx, at) || GERUND.test(v[0])) continue;
      const found = mentionEndingAt(ctx, s.start, at);
      const m = found && preferPerson(ctx, found);
      if (m && m.type === 'person') out.push({ at, mention: m });
    }
    VERB_RE.lastIndex = 0;
    // The subject a sentence opens with is the other classic antecedent ("Ms. Rice demurred …").
    const first = ctx.named.find((m) => m.start >= s.start && m.start < s.end);
    if (first && first.type === 'person' && /^[\s“"]*(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,4}$/u.test(ctx.text.slice(s.start, first.start))) {
      out.push({ at: first.start, mention: first });
    }
  }
  return out.toSorted((a, b) => a.at - b.at);
}

const MALE = /(?:^|\s)(?:mr\.|he)$/;

function genderOf(m: Mention): 'm' | 'f' | null {
  const words = m.name.split(' ');
  if (words.length !== 2) return null; // "Kim Jong Un": given-name lists do not fit family-name-first names
  const tags = lexTags(words[0]!);
  if (tags.includes('MaleName') && !tags.includes('FemaleName')) return 'm';
  if (tags.includes('FemaleName') && !tags.includes('MaleName')) return 'f';
  return null;
}

export function resolvePronoun(ctx: Ctx, pronoun: string, at: number): Speaker | null {
  const want = MALE.test(pronoun) ? 'm' : 'f';
  const fits = (m: Mention) => m.type === 'person' && (genderOf(m) ?? want) === want;
  const sIdx = sentenceAt(ctx.sentences, at);
  const s = ctx.sentences[sIdx]!;
  const inSentence = ctx.named.find((m) => m.start >= s.start && m.end <= at && !insideQuote(ctx, m.start) && fits(m));
  if (inSentence) return fromMention(inSentence, 'pronoun');
  for (let i = ctx.speechEvents.length - 1; i >= 0; i--) {
    const e = ctx.speechEvents[i]!;
    if (e.at < s.start && fits(e.mention)) return fromMention(e.mention, 'pronoun');
  }
  return null;
}

/** Roles the article gives people: "Foreign Minister Choe Son Hui", "Kim Jong Un, the leader of North Korea,". */
export function collectRoles(text: string, named: Mention[]): { role: string; mention: Mention }[] {
  const out: { role: string; mention: Mention }[] = [];
  for (const m of named) {
    if (m.type !== 'person') continue;
    if (m.role) out.push({ role: m.role, mention: m });
    const app = /^,\s+(?:the\s+|a\s+)?([^,“”"]{3,60}?),/u.exec(text.slice(m.end, m.end + 80));
    if (app && ROLE_WORD.test(app[1]!)) out.push({ role: app[1]!.toLowerCase(), mention: m });
  }
  return out;
}

const stemish = (w: string) => w.toLowerCase().slice(0, 5);

/** "the North Korean leader" → Kim Jong Un when the story called him "the leader of North Korea". */
export function resolveDescription(ctx: Ctx, desc: string, at: number): Speaker | null {
  const words = desc.toLowerCase().split(/\s+/);
  const definite = words[0] === 'the';
  const head = words[words.length - 1]!;
  const mods = words.slice(1, -1).filter((w) => w.length > 2).map(stemish);
  if (definite) {
    const cands = ctx.roles.filter((r) => r.mention.start < at && new RegExp(`\\b${head}\\b`).test(r.role));
    const scored = cands.map((r) => {
      const rw = r.role.split(/[\s,]+/).map(stemish);
      return { r, score: mods.filter((w) => rw.includes(w)).length };
    });
    const best = scored.filter((c) => c.score === mods.length);
    const people = new Set(best.map((c) => c.r.mention.key));
    if (people.size === 1) return fromMention(best[0]!.r.mention, 'description');
    // "the institute said": the one organisation named before whose name has that word.
    const orgs = ctx.named.filter((m) => m.type === 'organization' && m.start < at && m.name.toLowerCase().split(' ').includes(head));
    if (orgs.length && new Set(orgs.map((o) => o.key)).size === 1) return fromMention(orgs[0]!, 'description');
  }
  // An unresolved description is still who spoke ("a State Department spokesman"), but a bare
  // "the spokesman" says too little to show or to match across outlets.
  const shown = desc.replace(/^(?:the|a|an)\s+/iu, '');
  if (!shown.includes(' ')) return null;
  return { name: shown, key: foldKey(shown), via: 'description' };
}
