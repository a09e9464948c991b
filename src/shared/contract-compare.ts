// Stories and coverage comparison.
// Spread into `contract` by ./contract.ts; same rules: zod input → zod output, nothing else imported.
import { z } from 'zod';
import { ArticleSummary, id } from './schemas';
import { ComparisonResult, FramingPair } from './compare';

export const StorySummary = z.object({
  id,
  /** The user's title, or the title of the story's most central (or earliest) article. */
  title: z.string(),
  titleIsUser: z.boolean(),
  articleCount: z.number().int(),
  articleIds: z.array(id),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
  outlets: z.array(z.string()),
});

export const StoryDetail = StorySummary.extend({
  /** Oldest first; `pinned` = the user placed the article here, re-clustering leaves it. */
  articles: z.array(ArticleSummary.extend({ pinned: z.boolean() })),
});

/** True when the text has no C0 control character (titles and names are single lines of text). */
const noControl = (s: string) => ![...s].some((c) => c.charCodeAt(0) < 0x20);

const storyTitle = z
  .string()
  .max(300, 'A story title can be at most 300 characters long.')
  .refine(noControl, 'A story title cannot contain control characters.');

const outletName = z
  .string()
  .trim()
  .min(1, 'An outlet name needs at least one character.')
  .max(200, 'An outlet name can be at most 200 characters long.');

const groupName = z
  .string()
  .trim()
  .min(1, 'Give the group a name.')
  .max(100, 'A group name can be at most 100 characters long.')
  .refine(noControl, 'A group name cannot contain control characters.');

export const OutletGroup = z.object({ name: z.string(), outlets: z.array(z.string()) });

const framingPhrase = z.string().max(200, 'A framing word or phrase can be at most 200 characters long.');
export const FramingPairInput = z
  .object({
    label: z.string().max(200, 'A framing pair label can be at most 200 characters long.'),
    a: z.array(framingPhrase).max(50),
    b: z.array(framingPhrase).max(50),
  })
  .strict();

/** Which articles to compare: 2–6 chosen by id, or a story (up to 6 of its articles are picked). */
const compareTarget = {
  ids: z.array(id).min(2, 'Choose at least two articles to compare.').max(6, 'Choose at most six articles to compare.').optional(),
  storyId: id.optional(),
  /** Columns of the claims matrix and the framing comparison: one per outlet, or one per outlet group. */
  groupBy: z.enum(['outlet', 'group']).default('outlet'),
};
const oneTarget = (v: { ids?: number[]; storyId?: number }) => (v.ids === undefined) !== (v.storyId === undefined);
const oneTargetMessage = 'Give either the articles to compare (2 to 6 ids) or a story id, not both.';

export const CompareArticleMeta = z.object({
  id,
  title: z.string(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  wordCount: z.number().int(),
  reprintOf: id.nullable(),
  /** The outlet group the article's outlet belongs to, if any. */
  group: z.string().nullable(),
});

export const CompareColumn = z.object({
  /** Outlet name, group name, "Other outlets", or "Article <id>" for an article without an outlet. */
  label: z.string(),
  articleIds: z.array(id),
});

export const CompareRun = ComparisonResult.extend({
  meta: z.array(CompareArticleMeta),
  storyId: id.nullable(),
  groupBy: z.enum(['outlet', 'group']),
  columns: z.array(CompareColumn),
  /** Articles of the story left out because a comparison takes six at most. */
  omitted: z.array(id),
});

export const compareContract = {
  'stories.list': {
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).default(500),
        /** 2 hides stories of a single article. */
        minArticles: z.number().int().min(1).max(1000).default(1),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(StorySummary) }),
  },
  'stories.get': {
    input: z.object({ id }).strict(),
    output: StoryDetail,
  },
  /** Re-clusters the whole library; the user's renames, merges, splits and moves are kept. */
  'stories.recluster': {
    input: z.object({}).strict(),
    output: z.object({ stories: z.number().int(), created: z.number().int(), moved: z.number().int(), assigned: z.number().int(), removed: z.number().int() }),
  },
  /** title null or blank: back to the automatic title. */
  'stories.rename': {
    input: z.object({ id, title: storyTitle.nullable() }).strict(),
    output: StorySummary,
  },
  /** Merges into the first story named. */
  'stories.merge': {
    input: z.object({ ids: z.array(id).min(2, 'Choose at least two stories to merge.').max(1000) }).strict(),
    output: StorySummary,
  },
  /** Moves the given articles of the story into a new story. */
  'stories.split': {
    input: z.object({ id, articleIds: z.array(id).min(1, 'Choose the articles to split off.').max(100_000) }).strict(),
    output: z.object({ from: StorySummary, to: StorySummary }),
  },
  /** toStoryId null: out of its story, into one of its own. */
  'stories.moveArticle': {
    input: z.object({ articleId: id, toStoryId: id.nullable() }).strict(),
    output: z.object({ storyId: id, fromStoryId: id.nullable() }),
  },
  'compare.run': {
    input: z.object(compareTarget).strict().refine(oneTarget, oneTargetMessage),
    output: CompareRun,
  },
  /** A comparison report as a file: Markdown, self-contained HTML, or CSV of the claims matrix. */
  'compare.export': {
    input: z
      .object({ ...compareTarget, format: z.enum(['md', 'html', 'csv']) })
      .strict()
      .refine(oneTarget, oneTargetMessage),
    output: z.object({ filename: z.string(), mime: z.string(), content: z.string() }),
  },
  'outletGroups.list': {
    input: z.object({}).strict(),
    output: z.array(OutletGroup),
  },
  /** Creates or replaces a group; previousName renames one. Returns every group. */
  'outletGroups.save': {
    input: z
      .object({
        name: groupName,
        outlets: z.array(outletName).max(500, 'A group can list at most 500 outlets.'),
        previousName: z.string().max(100).optional(),
      })
      .strict(),
    output: z.array(OutletGroup),
  },
  'outletGroups.delete': {
    input: z.object({ name: z.string().min(1).max(100) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'framingPairs.list': {
    input: z.object({}).strict(),
    /** custom false: the built-in list is in use. */
    output: z.object({ pairs: z.array(FramingPair), custom: z.boolean() }),
  },
  /** pairs null: back to the built-in list. */
  'framingPairs.save': {
    input: z.object({ pairs: z.array(FramingPairInput).max(200, 'Keep at most 200 framing pairs.').nullable() }).strict(),
    output: z.object({ pairs: z.array(FramingPair), custom: z.boolean() }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
