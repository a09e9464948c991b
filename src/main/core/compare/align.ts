// Claims: sentences that state the same thing across articles. Each sentence becomes a TF-IDF
// vector over stemmed content words plus boosted anchors (named entities, numbers); every pair
// of articles is matched greedily one-to-one by descending cosine above a threshold; claims are
// the connected groups of those links, grown strongest link first and refusing any merge that
// would put two sentences of one article together or leave the group loose.
//
// How the threshold was chosen (bench/compare.ts --calibrate re-runs this). Labelled pairs:
// positives are the seed article's sentences against edited copies of themselves (synonyms
// swapped, clauses dropped or moved, figures changed) plus, from BASIL, sentences of one event in
// which two outlets carry the same quotation of 6+ words inside otherwise different sentences;
// negatives are the links greedy matching makes between articles of *different* BASIL events
// (any such link is wrong). BASIL's annotations/ mark biased spans and quote speakers, not
// cross-article sentence links, so they could not serve as alignment gold (its articles/ do give
// gold sentence boundaries, used to test segment.ts). The rule: the lowest threshold at which
// cross-event links (chance matches) are at most 5% of the links made between articles of the
// same event. It gave 0.38 (labelled pairs: P 0.89, R 0.93, F1 0.91). The F1 optimum on the
// labelled pairs, 0.44, gains 0.02 F1 there, but those quotation-sharing pairs are easier than
// the paraphrases outlets really print, and it links 22% fewer same-event sentence pairs.
// Pairs must also share at least two features: one shared word makes short sentences look alike.
import type { Claim } from '../../../shared/compare';
import type { Sentence } from './segment';
import type { Mention } from './entities';
import { contentStems, parseNumeral, tokenize } from './text';
import { Vocabulary, cosineShared, tfidf, type SparseVector } from './vectors';

export const DEFAULT_THRESHOLD = 0.38;
/** Entities and numbers are what make two sentences the same fact rather than the same topic. */
const ANCHOR_BOOST = 2;
/** One shared word makes short sentences look alike ("We need to…" / "That’s what we need."). */
const MIN_SHARED = 2;

export interface AlignInput {
  id: number;
  published: string | null;
  reprintOf?: number | null;
  sentences: Sentence[];
  mentions: Mention[];
}

export interface AlignOptions {
  /** Minimum cosine for two sentences to be linked (default DEFAULT_THRESHOLD). */
  threshold?: number;
}

export interface Alignment {
  claims: Claim[];
  /** claimOf[articleIndex][sentenceIndex] = claim id. */
  claimOf: number[][];
  /** Cosine between two sentences of two articles (by index in the input). */
  similarity(a: number, i: number, b: number, j: number): number;
}

/** Features of one sentence: stems, "E:"+entity key, "N:"+number value. */
export function sentenceFeatures(sentence: Sentence, mentions: Mention[]): string[] {
  const f = contentStems(sentence.text);
  for (const m of mentions) if (m.sentence === sentence.index && m.type !== 'other') f.push('E:' + m.key);
  for (const t of tokenize(sentence.text)) {
    const v = parseNumeral(t.text);
    if (v !== null) f.push('N:' + v);
  }
  return f;
}

const boost = (f: string) => (f.startsWith('E:') || f.startsWith('N:') ? ANCHOR_BOOST : 1);

export function alignArticles(articles: AlignInput[], opts: AlignOptions = {}): Alignment {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const vocab = new Vocabulary();
  const feats = articles.map((a) => a.sentences.map((s) => sentenceFeatures(s, a.mentions)));
  for (const fs of feats) for (const f of fs) vocab.addDocument(f);
  const vecs: SparseVector[][] = feats.map((fs) => fs.map((f) => tfidf(f, vocab, boost)));

  // Full similarity matrices per article pair: 6 articles × 80 sentences is ~100k cosines.
  const sims = new Map<number, Float64Array>();
  const n = articles.length;
  const key = (a: number, b: number) => a * n + b;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const A = vecs[a]!;
      const B = vecs[b]!;
      const m = new Float64Array(A.length * B.length);
      for (let i = 0; i < A.length; i++) for (let j = 0; j < B.length; j++) m[i * B.length + j] = cosineShared(A[i]!, B[j]!, MIN_SHARED);
      sims.set(key(a, b), m);
    }
  }
  const similarity = (a: number, i: number, b: number, j: number): number => {
    if (a === b) return i === j ? 1 : 0;
    if (a > b) return similarity(b, j, a, i);
    return sims.get(key(a, b))![i * vecs[b]!.length + j]!;
  };

  const links = greedyLinks(vecs, similarity, threshold);
  const groups = groupLinks(vecs, links, similarity, threshold);
  return buildClaims(articles, groups, similarity);
}

interface Link { a: number; i: number; b: number; j: number; sim: number }

/** One-to-one matching per article pair, strongest first. */
function greedyLinks(vecs: SparseVector[][], sim: Alignment['similarity'], threshold: number): Link[] {
  const out: Link[] = [];
  for (let a = 0; a < vecs.length; a++) {
    for (let b = a + 1; b < vecs.length; b++) {
      const cands: Link[] = [];
      for (let i = 0; i < vecs[a]!.length; i++) {
        for (let j = 0; j < vecs[b]!.length; j++) {
          const s = sim(a, i, b, j);
          if (s >= threshold) cands.push({ a, i, b, j, sim: s });
        }
      }
      cands.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
      const usedA = new Set<number>();
      const usedB = new Set<number>();
      for (const c of cands) {
        if (usedA.has(c.i) || usedB.has(c.j)) continue;
        usedA.add(c.i);
        usedB.add(c.j);
        out.push(c);
      }
    }
  }
  return out.toSorted((x, y) => y.sim - x.sim || x.a - y.a || x.i - y.i || x.b - y.b || x.j - y.j);
}

type Member = [article: number, sentence: number];

/**
 * Connected components of the links, built strongest link first; a merge is refused when it
 * would hold two sentences of one article or when the two groups' mean cross-similarity falls
 * below the threshold (the split of loose chains A≈B≈C where A and C share little).
 */
function groupLinks(
  vecs: SparseVector[][],
  links: Link[],
  sim: Alignment['similarity'],
  threshold: number,
): Member[][] {
  // Every sentence starts as its own group, keyed article * 1e6 + sentence.
  const groupOf = vecs.map((row, a) => row.map((_v, i) => a * 1_000_000 + i));
  const groups = new Map<number, Member[]>();
  groupOf.forEach((row, a) => row.forEach((g, i) => groups.set(g, [[a, i]])));
  for (const l of links) {
    const gx = groupOf[l.a]![l.i]!;
    const gy = groupOf[l.b]![l.j]!;
    if (gx === gy) continue;
    const X = groups.get(gx)!;
    const Y = groups.get(gy)!;
    if (X.some(([a]) => Y.some(([b]) => a === b))) continue;
    let total = 0;
    for (const [a, i] of X) for (const [b, j] of Y) total += sim(a, i, b, j);
    if (total / (X.length * Y.length) < threshold) continue;
    for (const [b, j] of Y) groupOf[b]![j] = gx;
    X.push(...Y);
    groups.delete(gy);
  }
  return [...groups.values()];
}

function buildClaims(articles: AlignInput[], groups: Member[][], sim: Alignment['similarity']): Alignment {
  const claimOf = articles.map((a) => a.sentences.map(() => -1));
  const byFirst = new Map<string, Member[]>();
  for (const g of groups) {
    g.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    byFirst.set(`${g[0]![0]}:${g[0]![1]}`, g);
  }
  const claims: Claim[] = [];
  // Ids follow reading order: first article's sentences first.
  articles.forEach((art, a) => {
    art.sentences.forEach((_, i) => {
      const g = byFirst.get(`${a}:${i}`);
      if (!g) return;
      const id = claims.length + 1;
      for (const [b, j] of g) claimOf[b]![j] = id;
      claims.push(makeClaim(id, articles, g, sim));
    });
  });
  return { claims, claimOf, similarity: sim };
}

function makeClaim(id: number, articles: AlignInput[], g: Member[], sim: Alignment['similarity']): Claim {
  let best = g[0]!;
  let bestScore = -1;
  let pairSum = 0;
  let pairs = 0;
  for (const m of g) {
    let s = 0;
    for (const o of g) if (o !== m) s += sim(m[0], m[1], o[0], o[1]);
    if (s > bestScore + 1e-12) { bestScore = s; best = m; }
    pairSum += s;
    pairs += g.length - 1;
  }
  const sentences: Record<string, string> = {};
  const sentenceIndex: Record<string, number> = {};
  const carriedBy: number[] = [];
  for (const [a, i] of g) {
    const art = articles[a]!;
    carriedBy.push(art.id);
    sentences[String(art.id)] = art.sentences[i]!.text;
    sentenceIndex[String(art.id)] = i;
  }
  const carriers = g.map(([a]) => articles[a]!);
  const origin = new Set(carriers.map((c) => c.reprintOf ?? c.id));
  const first = firstReported(carriers);
  return {
    id,
    text: articles[best[0]]!.sentences[best[1]]!.text,
    carriedBy,
    independentCarriers: origin.size,
    sentences,
    sentenceIndex,
    firstReportedBy: first.id,
    firstReportedNote: first.note,
    cohesion: pairs ? Math.round((pairSum / pairs) * 1000) / 1000 : 1,
  };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Who carried the claim first, only as far as the publication times allow saying. */
export function firstReported(carriers: { id: number; published: string | null }[]): { id: number | null; note: string | null } {
  if (carriers.length < 2) return { id: null, note: null };
  if (carriers.some((c) => !c.published || Number.isNaN(Date.parse(c.published)))) {
    return { id: null, note: 'Not every article carrying this claim has a publication date, so no order can be given.' };
  }
  const allTimes = carriers.every((c) => !DATE_ONLY.test(c.published!.trim()));
  if (allTimes) {
    const times = carriers.map((c) => Date.parse(c.published!));
    const min = Math.min(...times);
    const firsts = carriers.filter((_, k) => times[k] === min);
    if (firsts.length > 1) return { id: null, note: 'The earliest articles carrying this claim were published at the same time.' };
    return { id: firsts[0]!.id, note: null };
  }
  const days = carriers.map((c) => c.published!.trim().slice(0, 10));
  const minDay = days.toSorted()[0]!;
  const firsts = carriers.filter((_, k) => days[k] === minDay);
  if (firsts.length > 1) {
    return { id: null, note: 'Only publication dates are known and the earliest ones fall on the same day, so the order cannot be told.' };
  }
  return { id: firsts[0]!.id, note: 'Ordered by publication date only; times are not known for every article.' };
}
