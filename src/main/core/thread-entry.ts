// Worker threads: where a thread's code is (the bundled entry file out/main/<name>.js when
// electron-vite built the app, else the TypeScript source run through tsx: development, tests,
// benches), and the one-shot kind that computes one answer and ends.
import { existsSync } from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface ThreadEntry {
  file: string;
  execArgv: string[];
}

/**
 * `bundled`: the entry's name in electron.vite.config.ts (looked for next to the calling code
 * and one folder up, since the bundler may put that code in a chunk below the entries);
 * `source`: the TypeScript file, as a path relative to `dir`.
 */
export function threadEntry(dir: string, bundled: string, source: string): ThreadEntry {
  for (const candidate of [join(dir, `${bundled}.js`), join(dir, '..', `${bundled}.js`)]) {
    if (existsSync(candidate)) return { file: candidate, execArgv: [] };
  }
  const file = join(dir, source);
  if (!existsSync(file)) throw new Error(`no ${bundled} thread next to ${dir}`);
  // tsx's require hook, not its --import loader: Node 20 does not apply ESM loader hooks to a
  // worker's own entry file ("Unknown file extension .ts"), while the CommonJS hook works there.
  let hook = 'tsx/cjs';
  try {
    hook = createRequire(file).resolve('tsx/cjs');
  } catch {
    // Leave it to Node's resolution from the working directory.
  }
  return { file, execArgv: ['--require', hook] };
}

/** What a one-shot worker thread answers: its value, or why it failed. */
export type OnceResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs a one-shot worker thread (its entry calls answerOnce) and resolves with its value; rejects
 * with its error, or when the thread dies without answering.
 */
export function runOnce<T>(entry: ThreadEntry, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.file, { workerData: data, execArgv: entry.execArgv });
    worker.once('message', (r: OnceResult<T>) => {
      if (r.ok) resolve(r.value);
      else reject(new Error(r.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a worker thread exited without answering (code ${code})`)));
  });
}

/** In a one-shot worker thread: computes the answer from the thread's data and posts it. */
export function answerOnce<D, T>(work: (data: D) => T): void {
  const port = parentPort;
  if (!port) return;
  let result: OnceResult<T>;
  try {
    result = { ok: true, value: work(workerData as D) };
  } catch (e) {
    result = { ok: false, message: (e as Error).message };
  }
  port.postMessage(result);
}
