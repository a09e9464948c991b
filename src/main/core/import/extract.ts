// One file's work before anything is written: read it (within the size cap), detect its format,
// expand it (an archive) or extract its articles and prepare them for storage. Runs the same in
// the writing thread (inline) and in the extraction workers (./extract-pool.ts); the result is
// plain data that crosses a thread boundary as it is.
import { ImportFileError, type ContainerHandler, type FormatHandler, type SourceFile } from './types';
import { detect } from './detect';
import { isMainThread } from 'node:worker_threads';
import { decodeUpload, readBounded, readBoundedSync, tooLarge } from './read';
import { fileStem, prepareArticle, type Prepared } from './prepare';

/** Archives inside archives inside archives: deeper than this is a bomb, not a collection. */
export const MAX_CONTAINER_DEPTH = 3;

export type ExtractSource =
  | { kind: 'disk'; path: string; realPath: string }
  | { kind: 'upload'; name: string; data: string }
  | { kind: 'bytes'; file: SourceFile };

export interface ExtractTask {
  source: ExtractSource;
  /** How many archives this file is inside. */
  depth: number;
  maxFileBytes: number;
}

export interface Warning {
  path: string;
  reason: string;
}

export type ExtractResult =
  | { kind: 'articles'; path: string; prepared: Prepared[]; warnings: Warning[] }
  | { kind: 'container'; path: string; files: SourceFile[]; warnings: Warning[] }
  | { kind: 'failed'; path: string; message: string; warnings: Warning[] };

export interface Handlers {
  formats: FormatHandler[];
  containers: ContainerHandler[];
}

export function sourcePath(source: ExtractSource): string {
  return source.kind === 'upload' ? source.name : source.kind === 'bytes' ? source.file.path : source.path;
}

function lastSegment(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

export function failureText(err: unknown): string {
  if (err instanceof ImportFileError) return err.message;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE')) return `could not be saved to the library (${(err as Error).message})`;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'the file is structured too deeply to read (it may be hostile); not imported';
  return `could not be read: the importer hit an unexpected problem (${err instanceof Error ? err.message : String(err)})`;
}

async function load(task: ExtractTask): Promise<SourceFile> {
  const { source, maxFileBytes } = task;
  if (source.kind === 'bytes') return source.file;
  const path = sourcePath(source);
  // Off the main thread nothing else waits on this thread: a blocking read is cheaper.
  const read = isMainThread ? readBounded : readBoundedSync;
  const bytes = source.kind === 'disk' ? await read(source.realPath, maxFileBytes) : decodeUpload(source.data, maxFileBytes);
  return { path, name: lastSegment(path), bytes };
}

/**
 * Does one file's work. `signal` aborts on cancel or when the time limit passes; an asynchronous
 * handler that ignores it is raced against it by the caller (inline) or cut off with its thread
 * (workers).
 */
export async function runExtractTask(task: ExtractTask, handlers: Handlers, signal: AbortSignal): Promise<ExtractResult> {
  const warnings: Warning[] = [];
  const warn = (path: string, reason: string) => void warnings.push({ path, reason });
  const path = sourcePath(task.source);
  try {
    const file = await load(task);
    if (file.bytes.length === 0) throw new ImportFileError('file is empty');
    if (file.bytes.length > task.maxFileBytes) throw tooLarge(task.maxFileBytes);
    const found = detect(file, handlers.formats, handlers.containers);
    if (found.kind === 'unsupported') throw new ImportFileError(found.message);
    if (found.kind === 'container') {
      if (task.depth >= MAX_CONTAINER_DEPTH) throw new ImportFileError(`archives are nested more than ${MAX_CONTAINER_DEPTH} deep; not opened`);
      const files = await found.handler.expand(file, { signal, warn });
      return { kind: 'container', path, files, warnings };
    }
    const extracted = await found.handler.extract(file, { signal, warn });
    if (extracted.length === 0) throw new ImportFileError('no article text found');
    const stem = fileStem(path);
    const prepared = extracted.map((a, i) => prepareArticle(a, path, extracted.length > 1 ? `${stem} (${i + 1})` : stem));
    return { kind: 'articles', path, prepared, warnings };
  } catch (err) {
    return { kind: 'failed', path, message: failureText(err), warnings };
  }
}
