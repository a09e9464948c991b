// compareArticles: one pass over 2–6 articles about the same story — sentences, entities,
// claims (aligned sentences), quotes, figures and framing — as one JSON-ready result whose
// top-level keys are the `compare <id>... --json` contract.
import {
  CompareArticleInput as InputSchema,
  type CompareArticleInput,
  type ComparisonResult,
  type EntityRow,
  type QuoteAnalysis,
} from '../../../shared/compare';
import { UserError } from '../api/errors';
import { alignArticles, type AlignInput } from './align';
import { findMentions, summariseEntities, unifyMentions, type Mention } from './entities';
import { extractFigures, lineUpFigures } from './figures';
import { analyseFraming, validateFramingPairs, type FramingOptions } from './framing';
import { findQuotes, type FoundQuote } from './quotes';
import { segmentSentences, type Sentence } from './segment';
import { contentStems } from './text';

export const MIN_ARTICLES = 2;
export const MAX_ARTICLES = 6;

export interface CompareOptions {
  /** Sentence-link threshold (see align.ts for how the default was chosen). */
  threshold?: number;
  framing?: FramingOptions;
}

interface Prepared {
  input: CompareArticleInput;
  sentences: Sentence[];
  mentions: Mention[];
}

function checkInput(articles: unknown[]): CompareArticleInput[] {
  if (articles.length < MIN_ARTICLES || articles.length > MAX_ARTICLES) {
    throw new UserError(`Choose between ${MIN_ARTICLES} and ${MAX_ARTICLES} articles to compare (${articles.length} given).`);
  }
  const parsed = articles.map((a, i) => {
    const r = InputSchema.safeParse(a);
    if (!r.success) throw new UserError(`Article ${i + 1} of the comparison is incomplete: ${r.error.issues[0]?.message ?? 'invalid'}.`);
    return r.data;
  });
  const ids = new Set(parsed.map((a) => a.id));
  if (ids.size !== parsed.length) throw new UserError('The same article was chosen twice; pick different articles to compare.');
  const empty = parsed.find((a) => !a.text.trim());
  if (empty) throw new UserError(`“${empty.title || `Article ${empty.id}`}” has no text to compare.`);
  return parsed;
}

export function compareArticles(articles: CompareArticleInput[], opts: CompareOptions = {}): ComparisonResult {
  const inputs = checkInput(articles);
  const pairs = opts.framing?.pairs ? validateFramingPairs(opts.framing.pairs) : undefined;
  const prepared: Prepared[] = inputs.map((input) => {
    const sentences = segmentSentences(input.text, input.language ?? undefined);
    return { input, sentences, mentions: findMentions(sentences) };
  });
  // "Kim" in one article is the "Kim Jong Un" another introduced.
  unifyMentions(prepared.map((p) => p.mentions));

  const alignInputs: AlignInput[] = prepared.map((p) => ({
    id: p.input.id,
    published: p.input.published,
    reprintOf: p.input.reprintOf ?? null,
    sentences: p.sentences,
    mentions: p.mentions,
  }));
  const alignment = alignArticles(alignInputs, { threshold: opts.threshold });
  const carriers = new Map(alignment.claims.map((c) => [c.id, c.carriedBy.length]));

  const quotesPer = prepared.map((p) => findQuotes(p.input.text, p.sentences, p.mentions));
  const figures = lineUpFigures(
    prepared.map((p, a) => ({ articleId: p.input.id, figures: extractFigures(p.sentences), claimOf: alignment.claimOf[a]! })),
    (x, y) => {
      const a = prepared.findIndex((p) => p.input.id === x.articleId);
      const b = prepared.findIndex((p) => p.input.id === y.articleId);
      // Same counted noun in sentences that are at least loosely about the same thing.
      return alignment.similarity(a, x.f.sentence, b, y.f.sentence) >= 0.15;
    },
  );

  return {
    articles: inputs.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published })),
    claims: alignment.claims,
    quotes: quoteAnalysis(prepared, quotesPer, alignment.claimOf),
    figures,
    entities: entityRows(prepared),
    framing: analyseFraming(
      prepared.map((p, a) => ({
        articleId: p.input.id,
        outlet: p.input.outlet,
        text: p.input.text,
        quoted: quotesPer[a]!.map((q) => [q.start, q.end] as [number, number]),
      })),
      { ...opts.framing, pairs },
    ),
    sentences: prepared.map((p, a) => ({
      articleId: p.input.id,
      items: p.sentences.map((s) => {
        const claimId = alignment.claimOf[a]![s.index]!;
        return { index: s.index, paragraph: s.paragraph, text: s.text, claimId, carriers: carriers.get(claimId) ?? 1 };
      }),
    })),
  };
}

function entityRows(prepared: Prepared[]): EntityRow[] {
  const n = prepared.length;
  return summariseEntities(prepared.map((p) => ({ articleId: p.input.id, mentions: p.mentions }))).map((e) => ({
    ...e,
    partial: e.articleIds.length < n,
  }));
}

/** Word overlap (Jaccard over stems) of two quotations. */
function overlap(a: string, b: string): number {
  const x = new Set(contentStems(a));
  const y = new Set(contentStems(b));
  if (!x.size || !y.size) return 0;
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / (x.size + y.size - inter);
}

const normQuote = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Quote list, the speaker × article matrix, and the same remark worded differently by two outlets. */
function quoteAnalysis(prepared: Prepared[], quotesPer: FoundQuote[][], claimOf: number[][]): QuoteAnalysis {
  const list = quotesPer.flatMap((qs, a) =>
    qs.map((q) => ({ speaker: q.speaker, speakerKey: q.speakerKey, text: q.text, articleId: prepared[a]!.input.id, sentence: q.sentence, via: q.via })),
  );
  const rows = new Map<string, { speakerKey: string; speaker: string; counts: Record<string, number> }>();
  for (const q of list) {
    let r = rows.get(q.speakerKey);
    if (!r) {
      r = { speakerKey: q.speakerKey, speaker: q.speaker, counts: {} };
      rows.set(q.speakerKey, r);
    }
    r.counts[String(q.articleId)] = (r.counts[String(q.articleId)] ?? 0) + 1;
  }
  const differences: QuoteAnalysis['differences'] = [];
  for (let a = 0; a < quotesPer.length; a++) {
    for (let b = a + 1; b < quotesPer.length; b++) {
      for (const qa of quotesPer[a]!) {
        // The counterpart: the same speaker's closest quotation in the other article.
        let best: { q: FoundQuote; sim: number } | null = null;
        for (const qb of quotesPer[b]!) {
          if (qb.speakerKey !== qa.speakerKey) continue;
          const sameClaim = claimOf[a]![qa.sentence] === claimOf[b]![qb.sentence];
          const sim = overlap(qa.text, qb.text);
          if ((sim >= 0.3 || (sameClaim && sim >= 0.1)) && (!best || sim > best.sim)) best = { q: qb, sim };
        }
        if (!best) continue;
        // Identical, or one an excerpt of the other: the same words, not a different wording.
        const x = normQuote(qa.text);
        const y = normQuote(best.q.text);
        if (x.includes(y) || y.includes(x)) continue;
        differences.push({
          speakerKey: qa.speakerKey,
          speaker: qa.speaker,
          a: { articleId: prepared[a]!.input.id, sentence: qa.sentence, text: qa.text },
          b: { articleId: prepared[b]!.input.id, sentence: best.q.sentence, text: best.q.text },
          similarity: Math.round(best.sim * 1000) / 1000,
        });
      }
    }
  }
  const speakers = [...rows.values()].toSorted((x, y) => sumCounts(y) - sumCounts(x) || x.speakerKey.localeCompare(y.speakerKey));
  return { list, speakers, differences };
}

function sumCounts(r: { counts: Record<string, number> }): number {
  let n = 0;
  for (const v of Object.values(r.counts)) n += v;
  return n;
}
