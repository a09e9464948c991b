// Messages between the threads of an import: ImportJobs (main thread) ⇄ the job worker, which
// writes; the job worker ⇄ its extraction workers, which read and parse.
import type { ImportOutcomeT, ImportProgressT } from '../../../shared/contract';
import type { ImportSources } from './pipeline';
import type { ExtractResult, ExtractTask } from './extract';

export interface WorkerData {
  role?: 'job';
  libraryPath: string;
  /** Extraction threads the job worker starts (0: it extracts itself). */
  extractors?: number;
}

export interface ExtractorData {
  role: 'extract';
  handlersModule?: string;
}

/** Per-job limits, from the user's settings. */
export interface JobLimits {
  maxFileBytes?: number;
  fileTimeoutMs?: number;
}

/** `tags`: clean names for every article the job stores (tags/import-tags.ts). */
export type ToWorker = { type: 'run'; jobId: string; sources: ImportSources; limits?: JobLimits; tags?: string[] } | { type: 'cancel'; jobId: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; progress: ImportProgressT }
  /** Outcomes of files whose batch has committed, in order (one message per batch, not per file). */
  | { type: 'outcomes'; jobId: string; outcomes: ImportOutcomeT[] }
  | { type: 'done'; jobId: string; cancelled: boolean }
  | { type: 'failed'; jobId: string; message: string };

export type ToExtractor = { type: 'task'; id: number; task: ExtractTask; timeoutMs: number };

/** `ms`: how long the thread spent on the file (the pool's measure of what reading costs). */
export type FromExtractor = { type: 'ready' } | { type: 'result'; id: number; result: ExtractResult; ms: number };
