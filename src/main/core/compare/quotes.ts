// Direct quotations and who said them. A handful of attribution patterns cover most news quotes
// (QuoteBank's finding); anything they do not cover is left out, because a wrong speaker is
// worse than a missing quote. Pronouns resolve to the sentence's named subject or else to the
// nearest preceding named speaker; definite descriptions ("the North Korean leader") resolve
// only when the story gave someone that role.
import type { Mention } from './entities';
import { findQuoteSpans, type QuoteSpan } from './quotemarks';
import type { Sentence } from './segment';
import {
  GERUND, ROLE_HEADS, VERBS, VERB_ANY, VERB_RE, collectRoles, collectSpeechEvents, fromMention, insideQuote,
  mentionEndingAt, mentionStartingAt, mentionStartingNear, preferPerson, resolveDescription, resolvePronoun,
  sentenceAt, type Ctx, type Speaker,
} from './speakers';

export interface FoundQuote {
  speaker: string;
  speakerKey: string;
  text: string;
  sentence: number;
  via: string;
  /** Absolute offsets of the quotation in the article text (marks included). */
  start: number;
  end: number;
}

const VERB_START = new RegExp(`^(?:${VERBS})\\b`, 'u');
/** Verbs that may come before their subject ("said Rep. Issa"); "told X" names the listener instead. */
const INVERTIBLE = /^(?:said|says|added|adds|wrote|writes|explained|noted|continued|recalled|declared|stated|replied)$/u;
const DESCRIPTION_END = new RegExp(
  `(?:^|[\\s,—(])((?:the|a|an)\\s+(?:[\\p{L}\\p{N}.’'-]+\\s+){0,5}?(?:${ROLE_HEADS}))\\s*$`,
  'iu',
);
const PRONOUN_VERB = new RegExp(`^(he|she)\\s+(?:${VERBS})\\b`, 'iu');
const AFTER_NAME_VERB = new RegExp(`^(?:['’]s?)?(?:,[^,“”"«»]{1,120},)?\\s+(?:${VERBS})\\b`, 'u');
const SPACE_VERB = new RegExp(`^\\s+(?:${VERBS})\\b`, 'u');
const FINAL_ATTRIBUTION = new RegExp(`,\\s+([^,“”"«»]{2,60}?)\\s+(${VERBS})\\.$`, 'u');
const DESCRIPTION_START = new RegExp(`^((?:the|a|an)\\s+(?:[\\p{L}\\p{N}.’'-]+\\s+){0,5}?(?:${ROLE_HEADS}))\\b`, 'iu');

interface Prev { q: QuoteSpan; speaker: Speaker; sentence: number; paragraph: number }

export function findQuotes(text: string, sentences: Sentence[], mentions: Mention[]): FoundQuote[] {
  const named = mentions.filter((m) => m.type === 'person' || m.type === 'organization').toSorted((a, b) => a.start - b.start);
  const spans = paragraphSpans(text, sentences);
  const ctx: Ctx = { text, sentences, named, speechEvents: [], roles: collectRoles(text, named), quoted: spans.map((q) => [q.open, q.close]) };
  ctx.speechEvents = collectSpeechEvents(ctx);
  const out: FoundQuote[] = [];
  let latest: Prev | null = null;
  for (const q of spans) {
    const prev = latest as Prev | null;
    const sIdx = sentenceAt(sentences, q.open);
    const s = sentences[sIdx]!;
    let speaker: Speaker | null =
      attributeAfter(ctx, q) ??
      attributeBefore(ctx, q, prev && prev.sentence === sIdx ? prev : null) ??
      accordingTo(ctx, q, s) ??
      finalAttribution(ctx, q, s);
    if (!speaker && prev && prev.paragraph === s.paragraph) {
      // Split quotations ("…," he said, "…") and a quote sentence continuing the one before.
      const between = text.slice(prev.q.close + 1, q.open);
      if (prev.sentence === sIdx && !VERB_ANY.test(between)) speaker = { ...prev.speaker, via: 'continuation' };
      else if (prev.sentence === sIdx - 1 && q.open === s.start && sentenceIsQuote(s, q)) speaker = { ...prev.speaker, via: 'continuation' };
    }
    if (!speaker) continue;
    out.push({ speaker: speaker.name, speakerKey: speaker.key, text: cleanQuote(q.inner), sentence: sIdx, via: speaker.via, start: q.open, end: q.close + 1 });
    latest = { q, speaker, sentence: sentenceAt(sentences, q.close), paragraph: s.paragraph };
  }
  return out;
}

function cleanQuote(s: string): string {
  return s.replace(/[,;:]$/u, '').replace(/\s+/g, ' ').trim();
}

function sentenceIsQuote(s: Sentence, q: QuoteSpan): boolean {
  return q.close >= s.end - 2;
}

function paragraphSpans(text: string, sentences: Sentence[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let k = 0;
  while (k < sentences.length) {
    const p = sentences[k]!.paragraph;
    const start = sentences[k]!.start;
    let end = sentences[k]!.end;
    while (k < sentences.length && sentences[k]!.paragraph === p) end = sentences[k++]!.end;
    for (const q of findQuoteSpans(text.slice(start, end))) out.push({ ...q, open: q.open + start, close: q.close + start });
  }
  return out;
}

/** Speaker written right before a speech verb at `verbAt`. */
function subjectBefore(ctx: Ctx, from: number, verbAt: number): Speaker | null {
  const m = mentionEndingAt(ctx, from, verbAt);
  if (m) return fromMention(preferPerson(ctx, m), 'named');
  const before = ctx.text.slice(from, verbAt);
  const pron = /(?:^|[\s,])(he|she)\s*$/iu.exec(before);
  if (pron) return resolvePronoun(ctx, pron[1]!.toLowerCase(), verbAt);
  const desc = DESCRIPTION_END.exec(before);
  if (desc) return resolveDescription(ctx, desc[1]!, verbAt);
  return null;
}

/** Speaker written right after a speech verb ("said Rep. Darrell Issa"). */
function subjectAfter(ctx: Ctx, at: number): Speaker | null {
  const lead = /^\s+/u.exec(ctx.text.slice(at, at + 5))?.[0].length ?? 0;
  const m = mentionStartingNear(ctx, at + lead);
  if (m) return fromMention(m, 'named');
  const rest = ctx.text.slice(at + lead, at + lead + 80);
  const desc = DESCRIPTION_START.exec(rest);
  if (desc) return resolveDescription(ctx, desc[1]!, at);
  return null;
}

/** `“…,” Mr. Steele said` / `“…,” he said` / `“…,” said Rep. Issa` — the subject must come first. */
function attributeAfter(ctx: Ctx, q: QuoteSpan): Speaker | null {
  const sIdx = sentenceAt(ctx.sentences, q.close);
  const sEnd = ctx.sentences[sIdx]!.end;
  const from = q.close + 1;
  const lead = /^[,.?!…—-]*\s+/u.exec(ctx.text.slice(from, sEnd));
  if (!lead) return null;
  const at = from + lead[0].length;
  const tail = ctx.text.slice(at, sEnd);
  const verb = VERB_START.exec(tail);
  if (verb) return INVERTIBLE.test(verb[0]) ? subjectAfter(ctx, at + verb[0].length) : null;
  const pron = PRONOUN_VERB.exec(tail);
  if (pron) return resolvePronoun(ctx, pron[1]!.toLowerCase(), at);
  const m = mentionStartingNear(ctx, at);
  if (m) {
    const v = AFTER_NAME_VERB.exec(ctx.text.slice(m.end, sEnd));
    if (v && !GERUND.test(v[0].trim().split(/\s+/).pop()!)) return fromMention(preferPerson(ctx, m), 'named');
    return null;
  }
  const desc = DESCRIPTION_START.exec(tail);
  if (desc && SPACE_VERB.test(tail.slice(desc[0].length))) return resolveDescription(ctx, desc[1]!, at);
  return null;
}

/** `Kim said: “…”`, `Kim described … as a “…”`, `X told reporters the plan was “…”`. */
function attributeBefore(ctx: Ctx, q: QuoteSpan, prev: { q: QuoteSpan; speaker: Speaker } | null): Speaker | null {
  const sIdx = sentenceAt(ctx.sentences, q.open);
  const sStart = ctx.sentences[sIdx]!.start;
  const from = prev ? prev.q.close + 1 : sStart;
  const before = ctx.text.slice(from, q.open);
  let last: RegExpExecArray | null = null;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(before); m; m = VERB_RE.exec(before)) last = m;
  VERB_RE.lastIndex = 0;
  if (!last) return null;
  const verbAt = from + last.index;
  const between = before.slice(last.index + last[0].length);
  if (/[.!?]\s/u.test(between) || between.split(/\s+/).filter(Boolean).length > 15) return null;
  if (GERUND.test(last[0])) {
    // "…, calling the agreement their “…”": the clause's subject, or the previous quote's speaker.
    if (prev) return { ...prev.speaker, via: 'continuation' };
    const subj = clauseSubject(ctx, sIdx, verbAt);
    return subj ? fromMention(subj, 'named') : null;
  }
  const subj = subjectBefore(ctx, prev ? from : sStart, verbAt);
  if (subj) return subj;
  return INVERTIBLE.test(last[0]) ? subjectAfter(ctx, verbAt + last[0].length) : null;
}

/** The person a sentence opens with ("Mr. Steele, seeking to clarify his remarks, issued …"). */
function clauseSubject(ctx: Ctx, sIdx: number, before: number): Mention | null {
  const s = ctx.sentences[sIdx]!;
  const m = ctx.named.find((x) => x.start >= s.start && x.start < before && !insideQuote(ctx, x.start));
  if (!m || m.type !== 'person') return null;
  const lead = ctx.text.slice(s.start, m.start);
  return /^[\s“"]*(?:[\p{Lu}\p{L}\s,]{0,30},\s*)?$/u.test(lead) ? m : null;
}

/** `… “…”, according to the Institute for National Security Strategy.` */
function accordingTo(ctx: Ctx, q: QuoteSpan, s: Sentence): Speaker | null {
  const re = /\baccording to\s+/giu;
  const body = ctx.text.slice(s.start, s.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = s.start + m.index + m[0].length;
    if (insideQuote(ctx, at) || (at > q.open && at < q.close)) continue;
    const named = mentionStartingAt(ctx, at) ?? mentionStartingAt(ctx, at + (/^the\s+/iu.exec(body.slice(at - s.start))?.[0].length ?? 0));
    if (named) return fromMention(named, 'according to');
  }
  return null;
}

/** `The trip is a way to make “the West nervous” by …, Greene added.` */
function finalAttribution(ctx: Ctx, q: QuoteSpan, s: Sentence): Speaker | null {
  if (q.close >= s.end - 2) return null;
  const body = ctx.text.slice(q.close + 1, s.end);
  const m = FINAL_ATTRIBUTION.exec(body);
  if (!m || GERUND.test(m[2]!)) return null;
  const subjAt = q.close + 1 + m.index + m[0].indexOf(m[1]!);
  const verbAt = q.close + 1 + m.index + m[0].lastIndexOf(m[2]!);
  return subjectBefore(ctx, subjAt, verbAt);
}
