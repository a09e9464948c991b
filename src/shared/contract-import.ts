// Import log, watched folder, import settings.
// Spread into `contract` by ./contract.ts; same rules: zod input → zod output, nothing else imported.
import { z } from 'zod';
import { id } from './schemas';

const outcome = z.enum(['imported', 'duplicate', 'reprint', 'skipped', 'failed']);

export const ImportLogEntry = z.object({
  id: z.number().int(),
  jobId: z.string(),
  /** The file (or "archive.zip!/entry", or an uploaded name). */
  path: z.string(),
  outcome,
  /** The stored article (imported, reprint) or the existing one (duplicate); null otherwise or once deleted. */
  articleId: id.nullable(),
  title: z.string().nullable(),
  /** Why it failed or was skipped; which article it duplicates or reprints. */
  message: z.string().nullable(),
  /** When the outcome was recorded (ISO 8601). */
  at: z.string(),
});

export const ImportJobRecord = z.object({
  jobId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** Log entries of the job (files, articles of many-article files, skipped parts). */
  entries: z.number().int(),
  imported: z.number().int(),
  reprints: z.number().int(),
  duplicates: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
});

export const ImportSettings = z.object({
  /** Absolute path of the folder whose new and changed files are imported automatically; null = off. */
  watchedFolder: z.string().nullable(),
  /** Larger files are refused with a per-file error. */
  maxFileMB: z.number().int(),
  /** A file that takes longer to read is given up with a per-file error. */
  fileTimeoutSeconds: z.number().int(),
});

export const WatchedFolderStatus = z.object({
  folder: z.string().nullable(),
  /** events: the system tells us about changes; polling: the folder is re-read every few seconds. */
  mode: z.enum(['off', 'events', 'polling']),
  /** Why watching stopped (the folder was removed…), for the settings panel; null when fine. */
  error: z.string().nullable(),
  /** The import job the watcher started last, if any. */
  lastJobId: z.string().nullable(),
});

const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
};

export const importContract = {
  /** The import log, newest first; of one job when jobId is given. */
  'importLog.list': {
    input: z
      .object({
        jobId: z.string().max(100).optional(),
        outcome: outcome.optional(),
        ...page,
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(ImportLogEntry) }),
  },
  /** Recent import jobs, newest first, with how many entries had each outcome. */
  'importLog.jobs': {
    input: z.object({ ...page, limit: z.number().int().min(1).max(500).default(20) }).strict(),
    output: z.object({ total: z.number().int(), items: z.array(ImportJobRecord) }),
  },
  'settings.get': {
    input: z.object({}).strict(),
    output: ImportSettings.extend({ watcher: WatchedFolderStatus }),
  },
  /** Changes the given settings; answers all of them as now in force. */
  'settings.update': {
    input: z
      .object({
        watchedFolder: z.string().min(1, 'Choose a folder, or turn the watched folder off.').max(4096).nullable().optional(),
        maxFileMB: z.number().int().min(1, 'The size limit must be at least 1 MB.').max(2048, 'The size limit can be at most 2048 MB.').optional(),
        fileTimeoutSeconds: z.number().int().min(5, 'The time limit must be at least 5 seconds.').max(3600, 'The time limit can be at most an hour.').optional(),
      })
      .strict(),
    output: ImportSettings.extend({ watcher: WatchedFolderStatus }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
