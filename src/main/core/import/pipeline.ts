// One import job: expand the chosen paths and uploads into files, then per file
// read → detect → extract → normalise → sanitize → sign (./extract.ts), then dedupe, flag
// reprints and store (./store.ts) in batched transactions, so a crash loses nothing already
// reported. Extraction runs in worker threads when a pool is given (several files at once,
// and a handler that hangs is cut off), else in this thread one file at a time. Outcomes keep
// the order of the files. A file that fails becomes a "failed" outcome with a sentence saying
// why; the batch always goes on. Cancelling stops before the next file.
import type { Db } from '../db/open';
import type { ImportOutcomeT, ImportProgressT, ImportSummaryT } from '../../../shared/contract';
import type { ContainerHandler, FormatHandler } from './types';
import { containerHandlers as defaultContainers, formatHandlers as defaultFormats } from './formats';
import { DEFAULT_MAX_FILE_BYTES, uploadedNameFilter, walkPaths } from './walk';
import { failureText, runExtractTask, sourcePath, type ExtractResult, type ExtractTask, type Handlers } from './extract';
import { MAX_AHEAD, timeLimitText, type ExtractPool } from './extract-pool';
import { BatchWriter } from './store';
import { ThreadBalance } from './thread-balance';

export interface ImportSources {
  paths?: string[];
  files?: { name: string; data: string }[];
}

export interface ImportOptions {
  jobId: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgressT) => void;
  /** Each outcome as it is decided (the worker streams them to the main thread). */
  onOutcome?: (outcome: ImportOutcomeT) => void;
  /** Called between files; inline jobs pass a setImmediate yield so the event loop breathes. */
  yieldBetweenFiles?: () => Promise<void>;
  maxFileBytes?: number;
  /** How long one file may take before it is given up. */
  fileTimeoutMs?: number;
  formats?: FormatHandler[];
  containers?: ContainerHandler[];
  /** Extraction threads; without them (or until they have started) files are read in this thread. */
  pool?: ExtractPool | null;
  /** The connection is this job's alone while it runs (the import worker's): writes may be spread between files (store.ts). */
  ownConnection?: boolean;
  /** Tags (clean names, tags/import-tags.ts) for every article stored, written with it. */
  tags?: string[];
}

export const DEFAULT_FILE_TIMEOUT_MS = 60_000;
/** Progress reports a rate once the job has run this long. */
const RATE_AFTER_MS = 500;

type Item = { kind: 'skip'; path: string; reason: string } | { kind: 'task'; task: ExtractTask };

function itemPath(item: Item): string {
  return item.kind === 'skip' ? item.path : sourcePath(item.task.source);
}

/** Runs a file's work in this thread, given up (not stopped) when cancelled or out of time. */
async function runInline(task: ExtractTask, handlers: Handlers, jobSignal: AbortSignal | undefined, ms: number): Promise<ExtractResult> {
  const timeout = AbortSignal.timeout(ms);
  const signal = jobSignal ? AbortSignal.any([jobSignal, timeout]) : timeout;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<ExtractResult>((resolve) => {
    onAbort = () =>
      resolve({ kind: 'failed', path: sourcePath(task.source), message: timeout.aborted ? timeLimitText(ms) : 'the import was cancelled', warnings: [] });
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
      return await Promise.race([runExtractTask(task, handlers, signal), stop]);
    } catch (err) {
      return { kind: 'failed', path: sourcePath(task.source), message: failureText(err), warnings: [] };
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

export async function importSources(db: Db, sources: ImportSources, opts: ImportOptions): Promise<ImportSummaryT> {
  const { jobId, signal, pool } = opts;
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const timeoutMs = opts.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const handlers: Handlers = { formats: opts.formats ?? defaultFormats, containers: opts.containers ?? defaultContainers };
  // Handlers given in code cannot be sent to another thread: they run here.
  const usePool = pool && !opts.formats && !opts.containers ? pool : null;
  const outcomes: ImportOutcomeT[] = [];
  const counts = { imported: 0, duplicates: 0, failed: 0 };
  const started = Date.now();

  const walked = await walkPaths(sources.paths ?? [], signal);
  const uploads = sources.files ?? [];
  const keepUpload = uploadedNameFilter(uploads.map((f) => f.name));
  const task = (source: ExtractTask['source'], depth = 0): Item => ({ kind: 'task', task: { source, depth, maxFileBytes } });
  const items: Item[] = [
    ...walked.skipped.map((s): Item => ({ kind: 'skip', path: s.path, reason: s.reason })),
    ...walked.files.map((f) => task({ kind: 'disk', path: f.path, realPath: f.realPath })),
    ...uploads.filter((f) => keepUpload(f.name)).map((f) => task({ kind: 'upload', name: f.name, data: f.data })),
  ];

  let done = 0;
  const progress = (current: string | null) => {
    const elapsed = Date.now() - started;
    const rate = done > 0 && elapsed >= RATE_AFTER_MS ? done / (elapsed / 1000) : null;
    opts.onProgress?.({
      jobId,
      done,
      total: items.length,
      current,
      ...counts,
      rate: rate === null ? null : Math.round(rate * 10) / 10,
      etaSeconds: rate === null ? null : Math.ceil((items.length - done) / rate),
    });
  };
  const writer = new BatchWriter(db, jobId, (o) => {
    outcomes.push(o);
    if (o.outcome === 'imported' || o.outcome === 'reprint') counts.imported++;
    else if (o.outcome === 'duplicate') counts.duplicates++;
    else if (o.outcome === 'failed') counts.failed++;
    opts.onOutcome?.(o);
  }, { incremental: !!opts.ownConnection, tags: opts.tags });

  const launch = (item: Item): Promise<ExtractResult> => {
    if (item.kind === 'skip') return Promise.resolve({ kind: 'failed', path: item.path, message: item.reason, warnings: [] });
    // The pool queues work until a thread has started: reading here meanwhile would be quicker,
    // but would leave a file that hangs its parser without a time limit.
    if (usePool?.usable) return usePool.run(item.task, timeoutMs).then((r) => r ?? runInline(item.task, handlers, signal, timeoutMs));
    return runInline(item.task, handlers, signal, timeoutMs);
  };

  const handle = (item: Item, result: ExtractResult) => {
    if (result.kind === 'container') {
      const depth = item.kind === 'task' ? item.task.depth + 1 : 1;
      // Entries are read next, before the files that follow the archive.
      items.splice(next, 0, ...result.files.map((file) => task({ kind: 'bytes', file }, depth)));
    } else if (result.kind === 'articles') {
      writer.add({ path: result.path, prepared: result.prepared });
    } else {
      writer.add({ path: result.path, prepared: [{ ok: false, message: result.message }] });
    }
    for (const w of result.warnings) writer.addSkipped(w.path, w.reason);
  };

  // A window of files in flight: enough to keep every thread's queue full (extract-pool.ts), plus one.
  const window = usePool ? usePool.size * MAX_AHEAD + 1 : 1;
  const balance = new ThreadBalance(usePool);
  const inflight: { item: Item; result: Promise<ExtractResult> }[] = [];
  let next = 0;
  const cancelled = () => !!signal?.aborted;
  try {
    while (!cancelled()) {
      while (inflight.length < window && next < items.length) {
        const item = items[next++]!;
        inflight.push({ item, result: launch(item) });
      }
      const head = inflight.shift();
      if (!head) break;
      progress(itemPath(head.item));
      if (signal?.aborted) break;
      const result = await head.result;
      // A file cut short by Cancel is simply not imported; it is not a failure of the file.
      if (signal?.aborted) break;
      const writing = performance.now();
      const committing = writer.commitMs;
      try {
        handle(head.item, result);
      } catch (err) {
        writer.add({ path: itemPath(head.item), prepared: [{ ok: false, message: failureText(err) }] });
      }
      done++;
      if (usePool) balance.wrote(performance.now() - writing - (writer.commitMs - committing));
      if (opts.yieldBetweenFiles && (inflight.length > 0 || next < items.length)) await opts.yieldBetweenFiles();
    }
  } finally {
    writer.flush();
  }
  progress(null);
  return { jobId, ...counts, cancelled: !!signal?.aborted, outcomes };
}
