// Messages between the import worker thread and ImportJobs in the main thread.
import type { ImportOutcomeT, ImportProgressT } from '../../../shared/contract';
import type { ImportSources } from './pipeline';

export interface WorkerData {
  libraryPath: string;
}

export type ToWorker = { type: 'run'; jobId: string; sources: ImportSources } | { type: 'cancel'; jobId: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; progress: ImportProgressT }
  | { type: 'outcome'; jobId: string; outcome: ImportOutcomeT }
  | { type: 'done'; jobId: string; cancelled: boolean }
  | { type: 'failed'; jobId: string; message: string };
