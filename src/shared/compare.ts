// Schemas of the comparison engine's results (compare <id>... --json, the compare view) and of
// story clustering. The top-level key names of ComparisonResult are a public CLI contract.
// Record keys that name an article are its id written as a string (JSON objects have string keys).
import { z } from 'zod';

const articleId = z.number().int();
const byArticle = <T extends z.ZodType>(v: T) => z.record(z.string(), v);

export const CompareArticleInput = z.object({
  id: articleId,
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  /** Plain paragraphs separated by blank lines. */
  text: z.string(),
  /** BCP 47 tag when known; picks the sentence segmenter's rules. */
  language: z.string().nullable().optional(),
  /** Id of the article this one reprints (wire copy); reprints do not count as independent carriers. */
  reprintOf: articleId.nullable().optional(),
});

export const ComparedArticle = z.object({
  id: articleId,
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
});

export const Claim = z.object({
  id: z.number().int(),
  /** The most central sentence of the claim (highest similarity to the others). */
  text: z.string(),
  carriedBy: z.array(articleId),
  /** Carriers once reprints are folded into the article they reprint. */
  independentCarriers: z.number().int(),
  sentences: byArticle(z.string()),
  sentenceIndex: byArticle(z.number().int()),
  firstReportedBy: articleId.nullable(),
  /** Why firstReportedBy is null (or how sure it is), in a sentence; null when there is nothing to say. */
  firstReportedNote: z.string().nullable(),
  /** Mean cosine similarity between the claim's sentences (1 for a claim carried by one article). */
  cohesion: z.number(),
});

export const ArticleSentences = z.object({
  articleId,
  items: z.array(
    z.object({
      index: z.number().int(),
      paragraph: z.number().int(),
      text: z.string(),
      claimId: z.number().int(),
      /** How many articles carry this sentence's claim (1 = only this outlet). */
      carriers: z.number().int(),
    }),
  ),
});

export const Quote = z.object({
  /** As the article names the speaker after resolution ("Kim Jong Un"), or the description ("a State Department spokesman"). */
  speaker: z.string(),
  /** Story-wide identity of the speaker (folded full name). */
  speakerKey: z.string(),
  text: z.string(),
  articleId,
  /** Index of the sentence holding the quote (its opening mark). */
  sentence: z.number().int(),
  /** How the speaker was found: a pattern name, "pronoun", "continuation", "description". */
  via: z.string(),
});

export const SpeakerRow = z.object({
  speakerKey: z.string(),
  speaker: z.string(),
  /** Number of quotes per article id. */
  counts: byArticle(z.number().int()),
});

export const QuoteDifference = z.object({
  speakerKey: z.string(),
  speaker: z.string(),
  a: z.object({ articleId, sentence: z.number().int(), text: z.string() }),
  b: z.object({ articleId, sentence: z.number().int(), text: z.string() }),
  /** Word overlap of the two quotations (0–1): high means the same remark worded differently. */
  similarity: z.number(),
});

export const QuoteAnalysis = z.object({
  list: z.array(Quote),
  speakers: z.array(SpeakerRow),
  differences: z.array(QuoteDifference),
});

export const FigureRef = z.object({ articleId, sentence: z.number().int(), text: z.string(), value: z.number() });

export const Figure = z.object({
  /** Nominal value: 11000 for "over 11,000", 24 for "dozens" (the bottom of its range), 2.5e9 for "$2.5bn". */
  value: z.number(),
  /** Range the wording allows; null bound = open. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** The figure as written, with its counted noun ("over 11,000 containers of munitions"). */
  text: z.string(),
  /** What is counted ("containers of munitions"), or the unit ("USD", "percent", "year"). */
  counts: z.string(),
  /** Stemmed head noun the figure is lined up by. */
  head: z.string(),
  unit: z.string().nullable(),
  approx: z.boolean(),
  articleId,
  sentence: z.number().int(),
  conflictsWith: z.array(FigureRef).optional(),
});

export const EntityRow = z.object({
  key: z.string(),
  name: z.string(),
  type: z.enum(['person', 'place', 'organization']),
  mentions: byArticle(z.number().int()),
  articleIds: z.array(articleId),
  /** Named by some of the compared articles but not all. */
  partial: z.boolean(),
});

export const DistinctiveTerm = z.object({ term: z.string(), z: z.number(), count: z.number().int() });

export const FramingPair = z.object({
  label: z.string(),
  a: z.array(z.string()),
  b: z.array(z.string()),
});

export const FramingAnalysis = z.object({
  /** Per outlet (articles without an outlet stand alone): words and bigrams it over-uses relative to the others. */
  distinctive: z.array(z.object({ outlet: z.string(), articleIds: z.array(articleId), terms: z.array(DistinctiveTerm) })),
  pairs: z.array(
    z.object({
      label: z.string(),
      a: z.array(z.string()),
      b: z.array(z.string()),
      /** Uses of each side per article id, outside quotations (the outlet's own voice). */
      usage: byArticle(z.object({ a: z.number().int(), b: z.number().int() })),
      /** True when one article uses side a and another side b. */
      flagged: z.boolean(),
    }),
  ),
});

export const ComparisonResult = z.object({
  articles: z.array(ComparedArticle),
  claims: z.array(Claim),
  quotes: QuoteAnalysis,
  figures: z.array(Figure),
  entities: z.array(EntityRow),
  framing: FramingAnalysis,
  sentences: z.array(ArticleSentences),
});

export const StoryArticleInput = z.object({
  id: articleId,
  title: z.string(),
  text: z.string(),
  published: z.string().nullable(),
});

export const Story = z.object({
  /** "s" + the id of the story's first article in publication order; stays put as later articles join. */
  id: z.string(),
  articleIds: z.array(articleId),
  /** Title of the article closest to the story's centre. */
  title: z.string(),
});

export type CompareArticleInput = z.infer<typeof CompareArticleInput>;
export type ComparedArticle = z.infer<typeof ComparedArticle>;
export type Claim = z.infer<typeof Claim>;
export type ArticleSentences = z.infer<typeof ArticleSentences>;
export type Quote = z.infer<typeof Quote>;
export type SpeakerRow = z.infer<typeof SpeakerRow>;
export type QuoteDifference = z.infer<typeof QuoteDifference>;
export type QuoteAnalysis = z.infer<typeof QuoteAnalysis>;
export type FigureRef = z.infer<typeof FigureRef>;
export type Figure = z.infer<typeof Figure>;
export type EntityRow = z.infer<typeof EntityRow>;
export type DistinctiveTerm = z.infer<typeof DistinctiveTerm>;
export type FramingPair = z.infer<typeof FramingPair>;
export type FramingAnalysis = z.infer<typeof FramingAnalysis>;
export type ComparisonResult = z.infer<typeof ComparisonResult>;
export type StoryArticleInput = z.infer<typeof StoryArticleInput>;
export type Story = z.infer<typeof Story>;
