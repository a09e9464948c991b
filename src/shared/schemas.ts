// Domain schemas shared by the contract files (kept apart from contract.ts so that the
// per-feature contract files can use them without an import cycle).
import { z } from 'zod';

export const id = z.number().int().positive();
export const tagName = z
  .string()
  .trim()
  .min(1, 'A tag needs at least one character.')
  .max(100, 'A tag can be at most 100 characters long.')
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20), 'A tag cannot contain control characters.');

export const ArticleSummary = z.object({
  id,
  title: z.string(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  wordCount: z.number().int(),
  tags: z.array(z.string()),
});

export const Article = ArticleSummary.extend({
  url: z.string().nullable(),
  excerpt: z.string().nullable(),
  text: z.string(),
  /** Sanitized HTML for the reader (the importer's allow-list serializer; DOMPurify checks it again before display); null when the source was plain text. */
  html: z.string().nullable(),
  format: z.string(),
  sourcePath: z.string().nullable(),
  importedAt: z.string(),
  /** The earlier article this one is probably a reprint of (near-duplicate text), or null. */
  reprintOf: z.object({ id, title: z.string() }).nullable(),
});

export const SearchHit = ArticleSummary.extend({
  /** Plain-text snippet; matched spans are wrapped in \u0002 … \u0003 markers (never HTML). */
  snippet: z.string(),
  score: z.number(),
});

export const ImportOutcome = z.object({
  path: z.string(),
  /**
   * imported: stored. reprint: stored, and flagged as a probable reprint of an earlier article.
   * duplicate: the same text is already in the library; nothing stored. skipped: part of a file
   * left out on purpose (an unsafe archive entry, a record without text), the rest imported.
   * failed: nothing of this file imported.
   */
  outcome: z.enum(['imported', 'duplicate', 'reprint', 'skipped', 'failed']),
  /** The stored article (imported, reprint) or the existing one (duplicate). */
  articleId: id.nullable(),
  title: z.string().nullable(),
  /** For failures and skips: why, in a sentence. For duplicates and reprints: which article. */
  message: z.string().nullable(),
});

export const ImportSummary = z.object({
  jobId: z.string(),
  /** Articles stored, probable reprints included (their outcomes say 'reprint'). */
  imported: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  cancelled: z.boolean(),
  outcomes: z.array(ImportOutcome),
  /** The tags the import was asked to put on its articles (import.start's tags); absent when none. */
  tags: z.array(z.string()).optional(),
  /**
   * Duplicates found by this import that lack some of its tags: the articles already in the
   * library, and which of the import's tags each set lacks. The user is offered to add them
   * (tags.update); null when there is nothing to offer.
   */
  tagOffer: z
    .object({
      articleIds: z.array(id),
      tags: z.array(z.string()),
    })
    .nullable()
    .optional(),
});

export const ImportProgress = z.object({
  jobId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  current: z.string().nullable(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  /** Files per second over the job so far; null until there is enough to measure. */
  rate: z.number().nullable(),
  /** Estimated seconds until the job is done; null while unknown. */
  etaSeconds: z.number().nullable(),
});

/** A file handed over by the renderer (drag-and-drop or <input type=file> in the browser UI). */
export const UploadedFile = z.object({
  /** Relative path inside the dropped folder, or the file name. */
  name: z.string().min(1).max(4096),
  /** File contents, base64-encoded. ~200 MB cap after decoding is enforced by the importer. */
  data: z.string().max(300 * 1024 * 1024),
});

export const SortKey = z.enum(['published', 'title', 'imported']);
export const SortOrder = z.enum(['asc', 'desc']);

