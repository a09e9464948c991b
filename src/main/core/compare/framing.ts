// Framing: the words and two-word phrases each outlet over-uses relative to the others, by the
// log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
// Words"), which does not overrate rare words the way raw frequency ratios do; and curated
// framing pairs (invasion / special military operation …) flagged when outlets pick different sides.
import type { FramingAnalysis, FramingPair } from '../../../shared/compare';
import { STOPWORDS, normWord, tokenize } from './text';

export const DEFAULT_FRAMING_PAIRS: FramingPair[] = [
  { label: 'invasion / special military operation', a: ['invasion', 'invaded', 'invading', 'invade'], b: ['special military operation'] },
  { label: 'Kyiv / Kiev', a: ['Kyiv'], b: ['Kiev'] },
  { label: 'regime / government', a: ['regime'], b: ['government'] },
  { label: 'militants / fighters', a: ['militants', 'militant'], b: ['fighters', 'fighter'] },
  { label: 'terrorists / militants', a: ['terrorists', 'terrorist'], b: ['militants', 'militant'] },
  { label: 'annexation / reunification (Crimea)', a: ['annexation', 'annexed'], b: ['reunification'] },
  { label: 'occupied / disputed territories', a: ['occupied territories', 'occupied territory'], b: ['disputed territories', 'disputed territory'] },
  { label: 'illegal / undocumented immigrants', a: ['illegal immigrants', 'illegal aliens', 'illegals'], b: ['undocumented immigrants', 'undocumented'] },
  { label: 'pro-life / anti-abortion', a: ['pro-life'], b: ['anti-abortion'] },
  { label: 'estate tax / death tax', a: ['estate tax'], b: ['death tax'] },
  { label: 'Islamic State / ISIS / Daesh', a: ['Islamic State', 'ISIS', 'ISIL'], b: ['Daesh'] },
  { label: 'Burma / Myanmar', a: ['Burma'], b: ['Myanmar'] },
  { label: 'Odesa / Odessa', a: ['Odesa'], b: ['Odessa'] },
  { label: 'Kharkiv / Kharkov', a: ['Kharkiv'], b: ['Kharkov'] },
  { label: 'separatists / rebels', a: ['separatists', 'separatist'], b: ['rebels', 'rebel'] },
];

export interface FramingDoc {
  articleId: number;
  outlet: string | null;
  text: string;
  /** Offsets of quotations: words inside them are the speaker's, not the outlet's. */
  quoted: [number, number][];
}

export interface FramingOptions {
  /** Background texts for the prior (e.g. the whole library); default: the compared articles. */
  background?: string[];
  /**
   * Total prior mass α0: how far the background pulls small counts. Default: a tenth of the
   * compared texts' word count — enough that a word used twice by one outlet and never by the
   * others stays unremarkable (z ≈ 1), little enough that one used eight times does not (z ≈ 2).
   */
  priorMass?: number;
  /** Terms kept per outlet (default 12). */
  top?: number;
  /** |z| needed to list a term (default 1.96, two-sided 5%). */
  minZ?: number;
  pairs?: FramingPair[];
}

/** Unigrams without stopwords and bigrams not made only of stopwords. */
function terms(text: string): string[] {
  const toks = tokenize(text).filter((t) => !/^\d/.test(t.text));
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = normWord(toks[i]!.text);
    if (!STOPWORDS.has(w) && w.length > 1) out.push(w);
    const next = toks[i + 1];
    // A bigram never spans punctuation: "condemnation. Troops" is not a phrase.
    if (!next || !/^\s+$/.test(text.slice(toks[i]!.end, next.start))) continue;
    const n = normWord(next.text);
    if (!(STOPWORDS.has(w) || STOPWORDS.has(n))) out.push(`${w} ${n}`);
  }
  return out;
}

function count(texts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const w of terms(t)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function outside(text: string, quoted: [number, number][]): string {
  if (!quoted.length) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of quoted.toSorted((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += text.slice(at, a) + ' ';
    at = b;
  }
  return out + text.slice(at);
}

export function analyseFraming(docs: FramingDoc[], opts: FramingOptions = {}): FramingAnalysis {
  return { distinctive: distinctiveTerms(docs, opts), pairs: framingPairs(docs, opts.pairs ?? DEFAULT_FRAMING_PAIRS) };
}

function distinctiveTerms(docs: FramingDoc[], opts: FramingOptions): FramingAnalysis['distinctive'] {
  const groups = new Map<string, FramingDoc[]>();
  for (const d of docs) {
    const key = d.outlet?.trim() || `article ${d.articleId}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size < 2) return [];
  const counts = new Map([...groups].map(([k, ds]) => [k, count(ds.map((d) => d.text))]));
  const bg = opts.background ? count(opts.background) : sumMaps([...counts.values()]);
  const bgTotal = total(bg);
  const all = sumMaps([...counts.values()]);
  const a0 = opts.priorMass ?? 0.1 * total(all);
  const top = opts.top ?? 12;
  const minZ = opts.minZ ?? 1.96;
  const out: FramingAnalysis['distinctive'] = [];
  for (const [outlet, mine] of counts) {
    const n1 = total(mine);
    const n2 = total(all) - n1;
    const scored: { term: string; z: number; count: number }[] = [];
    for (const [w, y1] of mine) {
      const y2 = (all.get(w) ?? 0) - y1;
      // A term the background never saw still gets a floor of prior mass.
      const aw = Math.max(a0 * ((bg.get(w) ?? 0) / Math.max(1, bgTotal)), 0.01);
      const d =
        Math.log((y1 + aw) / (n1 + a0 - y1 - aw)) - Math.log((y2 + aw) / (n2 + a0 - y2 - aw));
      const z = d / Math.sqrt(1 / (y1 + aw) + 1 / (y2 + aw));
      if (z >= minZ && y1 >= 2) scored.push({ term: w, z: Math.round(z * 100) / 100, count: y1 });
    }
    scored.sort((x, y) => y.z - x.z || x.term.localeCompare(y.term));
    out.push({ outlet, articleIds: groups.get(outlet)!.map((d) => d.articleId), terms: scored.slice(0, top) });
  }
  return out;
}

function sumMaps(ms: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of ms) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

function phraseRegex(phrases: string[]): RegExp {
  const alts = phrases.map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // Case-sensitive for names written with a capital ("Kiev"), insensitive otherwise.
  const caseless = phrases.every((p) => p === p.toLowerCase());
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts.join('|')})(?![\\p{L}\\p{N}-])`, caseless ? 'giu' : 'gu');
}

function framingPairs(docs: FramingDoc[], pairs: FramingPair[]): FramingAnalysis['pairs'] {
  return pairs.map((p) => {
    const ra = phraseRegex(p.a);
    const rb = phraseRegex(p.b);
    const usage: Record<string, { a: number; b: number }> = {};
    let usesA = false;
    let usesB = false;
    for (const d of docs) {
      const own = outside(d.text, d.quoted);
      const a = own.match(ra)?.length ?? 0;
      const b = own.match(rb)?.length ?? 0;
      usage[String(d.articleId)] = { a, b };
      // An article is on a side when it uses that side more than the other.
      if (a > b) usesA = true;
      if (b > a) usesB = true;
    }
    return { label: p.label, a: p.a, b: p.b, usage, flagged: usesA && usesB };
  });
}

/** Checks user-edited framing pairs; throws a sentence a journalist can act on. */
export function validateFramingPairs(pairs: FramingPair[]): FramingPair[] {
  pairs.forEach((p, i) => {
    const name = p.label?.trim() || `pair ${i + 1}`;
    if (!p.a?.some((s) => s.trim()) || !p.b?.some((s) => s.trim())) {
      throw new Error(`The framing pair “${name}” needs at least one word or phrase on each side.`);
    }
  });
  return pairs.map((p) => ({ label: p.label.trim(), a: p.a.map((s) => s.trim()).filter(Boolean), b: p.b.map((s) => s.trim()).filter(Boolean) }));
}
