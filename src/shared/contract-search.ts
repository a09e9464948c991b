// Search beyond the basic query: facets, saved searches, batch search.
// Spread into `contract` by ./contract.ts; same rules: zod input → zod output, nothing else imported.
import { z } from 'zod';
import { id, SearchHit } from './schemas';

const query = z.string().max(10_000, 'That query is too long (over 10,000 characters).');
const sort = z.enum(['relevance', 'newest', 'oldest']);
const count = z.number().int();

/** One page of search results, as search.query answers (repeated here: contract.ts imports this file). */
const SearchResults = z.object({
  total: count,
  hits: z.array(SearchHit),
  highlight: z.array(z.string()),
  message: z.string().nullable(),
});

export const SavedSearch = z.object({
  id,
  name: z.string(),
  query: z.string(),
  sort,
  createdAt: z.string(),
  lastOpenedAt: z.string().nullable(),
  /** Articles matching the query that were imported after it was last opened (or created). */
  newCount: count,
});

const Count = z.object({ name: z.string(), count });

export const searchContract = {
  /**
   * Counts over every match of a query (not only a page): per outlet, tag (a parent tag counts
   * the articles under any of its children too), language, and a histogram over publication
   * dates. interval 'auto' picks years when the matches span three years or more, else months.
   */
  'search.facets': {
    input: z
      .object({
        q: query,
        interval: z.enum(['auto', 'month', 'year']).default('auto'),
        /** Longest list per facet (the most frequent values). */
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
    output: z.object({
      total: count,
      outlets: z.array(Count),
      tags: z.array(Count),
      /** Primary language codes (en, ru…); '' for articles whose language is unknown. */
      languages: z.array(z.object({ code: z.string(), count })),
      histogram: z.object({
        interval: z.enum(['month', 'year']),
        /** Every period from the first match to the last, empty ones included: 'YYYY' or 'YYYY-MM'. */
        buckets: z.array(z.object({ period: z.string(), count })),
        /** Matches without a date precise enough for the interval. */
        undated: count,
      }),
      message: z.string().nullable(),
    }),
  },
  /** Many queries at once (one per line of a file in the CLI): each with its total and top hits. */
  'search.batch': {
    input: z
      .object({
        queries: z.array(query).min(1, 'Give at least one query.').max(1000, 'At most 1,000 queries can run in one batch.'),
        limit: z.number().int().min(1).max(1000).default(10),
        sort: sort.default('relevance'),
      })
      .strict(),
    output: z.array(z.object({ query: z.string(), total: count, hits: z.array(SearchHit), message: z.string().nullable() })),
  },
  'savedSearches.list': {
    input: z.object({}).strict(),
    output: z.array(SavedSearch),
  },
  'savedSearches.create': {
    input: z
      .object({
        name: z.string().trim().min(1, 'A saved search needs a name.').max(200, 'A saved search name can be at most 200 characters long.'),
        query: query.refine((q) => q.trim() !== '', 'Type the query to save.'),
        sort: sort.default('relevance'),
      })
      .strict(),
    output: SavedSearch,
  },
  'savedSearches.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  /**
   * Runs a saved search and marks it opened. `newSinceId`: hits with a higher id arrived since it
   * was last opened (the UI can mark them); `saved.newCount` is the count before opening.
   */
  'savedSearches.open': {
    input: z.object({ id, limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    output: z.object({ saved: SavedSearch, newSinceId: count, results: SearchResults }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
