// One import job: expand the chosen paths and uploads into files, then per file
// detect → extract → normalise → sanitize → dedupe → store, one transaction per file so a
// crash loses nothing already committed. A file that fails becomes a "failed" outcome with a
// sentence saying why; the batch always goes on. Cancelling stops before the next file.
import type { Db } from '../db/open';
import type { ImportOutcomeT, ImportProgressT, ImportSummaryT } from '../../../shared/contract';
import { ImportFileError, type ContainerHandler, type ExtractedArticle, type FormatHandler, type SourceFile } from './types';
import { containerHandlers as defaultContainers, formatHandlers as defaultFormats } from './formats';
import { detect } from './detect';
import { DEFAULT_MAX_FILE_BYTES, uploadedNameFilter, walkPaths } from './walk';
import { decodeUpload, readBounded, tooLarge } from './read';
import { fileStem, prepareArticle } from './prepare';
import { BatchWriter } from './store';

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
  /** How long one file may take in an asynchronous handler before it is given up. */
  fileTimeoutMs?: number;
  formats?: FormatHandler[];
  containers?: ContainerHandler[];
}

const DEFAULT_FILE_TIMEOUT_MS = 120_000;
/** Archives inside archives inside archives: deeper than this is a bomb, not a collection. */
const MAX_CONTAINER_DEPTH = 3;

type Item =
  | { kind: 'disk'; path: string; realPath: string }
  | { kind: 'upload'; name: string; data: string }
  | { kind: 'skip'; path: string; reason: string }
  | { kind: 'source'; file: SourceFile; depth: number };

function itemPath(item: Item): string {
  return item.kind === 'upload' ? item.name : item.kind === 'source' ? item.file.path : item.path;
}

function lastSegment(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

function failureText(err: unknown): string {
  if (err instanceof ImportFileError) return err.message;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE')) return `could not be saved to the library (${(err as Error).message})`;
  return `could not be read: the importer hit an unexpected problem (${err instanceof Error ? err.message : String(err)})`;
}

/** A promise that rejects with a sentence when the signal aborts, and its clean-up. */
function abortedPromise(signal: AbortSignal, timeout: AbortSignal, ms: number): { promise: Promise<never>; dispose(): void } {
  let reject: ((err: Error) => void) | undefined;
  const promise = new Promise<never>((_, rej) => {
    reject = rej;
  });
  const onAbort = () =>
    reject?.(new ImportFileError(timeout.aborted ? `took longer than ${Math.round(ms / 1000)} seconds to read; skipped` : 'the import was cancelled'));
  signal.addEventListener('abort', onAbort, { once: true });
  // The race may be lost after the handler finished; nobody awaits this promise then.
  promise.catch(() => undefined);
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

/** Races an asynchronous handler against the job's cancel signal and the per-file time limit. */
async function bounded<T>(work: (signal: AbortSignal) => Promise<T> | T, jobSignal: AbortSignal | undefined, ms: number): Promise<T> {
  const timeout = AbortSignal.timeout(ms);
  const signal = jobSignal ? AbortSignal.any([jobSignal, timeout]) : timeout;
  const result = work(signal);
  if (!(result instanceof Promise)) return result;
  const stop = abortedPromise(signal, timeout, ms);
  try {
    return await Promise.race([result, stop.promise]);
  } finally {
    stop.dispose();
  }
}

export async function importSources(db: Db, sources: ImportSources, opts: ImportOptions): Promise<ImportSummaryT> {
  const { jobId, signal } = opts;
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const timeoutMs = opts.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const formats = opts.formats ?? defaultFormats;
  const containers = opts.containers ?? defaultContainers;
  const outcomes: ImportOutcomeT[] = [];
  const counts = { imported: 0, duplicates: 0, failed: 0 };

  const walked = await walkPaths(sources.paths ?? [], signal);
  const uploads = sources.files ?? [];
  const keepUpload = uploadedNameFilter(uploads.map((f) => f.name));
  const items: Item[] = [
    ...walked.skipped.map((s): Item => ({ kind: 'skip', path: s.path, reason: s.reason })),
    ...walked.files.map((f): Item => ({ kind: 'disk', path: f.path, realPath: f.realPath })),
    ...uploads.filter((f) => keepUpload(f.name)).map((f): Item => ({ kind: 'upload', name: f.name, data: f.data })),
  ];

  let done = 0;
  const progress = (current: string | null) =>
    opts.onProgress?.({ jobId, done, total: items.length, current, ...counts });
  const writer = new BatchWriter(db, jobId, (o) => {
    outcomes.push(o);
    if (o.outcome === 'imported') counts.imported++;
    else if (o.outcome === 'duplicate') counts.duplicates++;
    else counts.failed++;
    opts.onOutcome?.(o);
  });
  // Failures go through the writer too, so outcomes keep the order of the files.
  const fail = (path: string, message: string) => writer.add({ path, prepared: [{ ok: false, message }] });

  const processItem = async (item: Item, index: number): Promise<void> => {
    const path = itemPath(item);
    if (item.kind === 'skip') return fail(path, item.reason);
    let file: SourceFile;
    let depth = 0;
    try {
      if (item.kind === 'source') {
        file = item.file;
        depth = item.depth;
      } else {
        const bytes = item.kind === 'disk' ? await readBounded(item.realPath, maxBytes) : decodeUpload(item.data, maxBytes);
        file = { path, name: lastSegment(path), bytes };
      }
      if (file.bytes.length === 0) throw new ImportFileError('file is empty');
      if (file.bytes.length > maxBytes) throw tooLarge(maxBytes);
      const found = detect(file, formats, containers);
      if (found.kind === 'unsupported') throw new ImportFileError(found.message);
      if (found.kind === 'container') {
        if (depth >= MAX_CONTAINER_DEPTH) throw new ImportFileError(`archives are nested more than ${MAX_CONTAINER_DEPTH} deep; not opened`);
        const handler = found.handler;
        const inner = await bounded((s) => handler.expand(file, { signal: s }), signal, timeoutMs);
        items.splice(index + 1, 0, ...inner.map((f): Item => ({ kind: 'source', file: f, depth: depth + 1 })));
        return;
      }
      const handler = found.handler;
      const extracted: ExtractedArticle[] = await bounded((s) => handler.extract(file, { signal: s }), signal, timeoutMs);
      if (extracted.length === 0) throw new ImportFileError('no article text found');
      const stem = fileStem(path);
      const prepared = extracted.map((a, i) => prepareArticle(a, path, extracted.length > 1 ? `${stem} (${i + 1})` : stem));
      writer.add({ path, prepared });
    } catch (err) {
      // A file cut short by Cancel is simply not imported; it is not a failure of the file.
      if (signal?.aborted) return;
      fail(path, failureText(err));
    }
  };

  for (let i = 0; i < items.length; i++) {
    if (signal?.aborted) break;
    const item = items[i]!;
    progress(itemPath(item));
    if (signal?.aborted) break;
    await processItem(item, i);
    done++;
    if (opts.yieldBetweenFiles && i + 1 < items.length) await opts.yieldBetweenFiles();
  }
  writer.flush();
  progress(null);
  return { jobId, ...counts, cancelled: !!signal?.aborted, outcomes };
}
