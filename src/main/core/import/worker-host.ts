// Starting and talking to the import worker thread. The entry is the bundled importWorker.js
// next to this code when electron-vite built it (out/main/), else the TypeScript source run
// through tsx (development, tests). One worker serves every job of a library, one job at a time;
// it starts its own extraction threads (./extract-pool.ts) from the same entry file.
import { Worker } from 'node:worker_threads';
import { threadEntry, type ThreadEntry } from '../thread-entry';
import type { ImportOutcomeT, ImportProgressT } from '../../../shared/contract';
import type { ImportSources } from './pipeline';
import type { FromWorker, JobLimits, ToWorker, WorkerData } from './worker-protocol';

const START_TIMEOUT_MS = 60_000;

/** The import worker's entry: the bundled importWorker.js, else worker.ts through tsx. */
export function workerEntry(dir = __dirname): ThreadEntry {
  return threadEntry(dir, 'importWorker', 'worker.ts');
}

interface RunHandlers {
  onProgress(p: ImportProgressT): void;
  onOutcome(o: ImportOutcomeT): void;
}

interface Running {
  jobId: string;
  handlers: RunHandlers;
  resolve(result: { cancelled: boolean }): void;
  reject(err: Error): void;
}

export class WorkerHost {
  private running: Running | null = null;
  private dead: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: FromWorker) => this.onMessage(m));
    worker.on('error', (err) => this.onDeath(err));
    worker.on('exit', (code) => this.onDeath(new Error(`the import worker exited (code ${code})`)));
  }

  /** Resolves once the worker has opened the library; rejects if it cannot start. */
  static start(libraryPath: string, extractors = 0): Promise<WorkerHost> {
    const data: WorkerData = { role: 'job', libraryPath, extractors };
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        const entry = workerEntry();
        worker = new Worker(entry.file, { workerData: data, execArgv: entry.execArgv });
      } catch (e) {
        reject(e as Error);
        return;
      }
      const fail = (err: Error) => {
        clearTimeout(timer);
        worker.off('message', ready);
        void worker.terminate();
        reject(err);
      };
      const timer = setTimeout(() => fail(new Error('the import worker did not start in time')), START_TIMEOUT_MS);
      const onError = (err: Error) => fail(err);
      const onExit = (code: number) => fail(new Error(`the import worker exited while starting (code ${code})`));
      const ready = (m: FromWorker) => {
        if (m.type !== 'ready') return;
        clearTimeout(timer);
        worker.off('message', ready).off('error', onError).off('exit', onExit);
        resolve(new WorkerHost(worker));
      };
      worker.on('message', ready).once('error', onError).once('exit', onExit);
    });
  }

  get alive(): boolean {
    return this.dead === null;
  }

  run(jobId: string, sources: ImportSources, handlers: RunHandlers, limits: JobLimits = {}, tags: string[] = []): Promise<{ cancelled: boolean }> {
    if (this.dead) return Promise.reject(this.dead);
    if (this.running) return Promise.reject(new Error('the import worker is busy'));
    return new Promise((resolve, reject) => {
      this.running = { jobId, handlers, resolve, reject };
      this.post({ type: 'run', jobId, sources, limits, tags });
    });
  }

  cancel(jobId: string): void {
    if (!this.dead) this.post({ type: 'cancel', jobId });
  }

  async terminate(): Promise<void> {
    this.dead ??= new Error('the import worker was stopped');
    await this.worker.terminate();
  }

  private post(m: ToWorker): void {
    // A worker port has no origin to name (the rule is about window.postMessage).
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    this.worker.postMessage(m);
  }

  private onMessage(m: FromWorker): void {
    const r = this.running;
    if (!r || m.type === 'ready') return;
    if (m.type === 'progress') {
      if (m.progress.jobId === r.jobId) r.handlers.onProgress(m.progress);
    } else if (m.jobId !== r.jobId) {
      return;
    } else if (m.type === 'outcomes') {
      for (const o of m.outcomes) r.handlers.onOutcome(o);
    } else {
      this.running = null;
      if (m.type === 'done') r.resolve({ cancelled: m.cancelled });
      else r.reject(new Error(m.message));
    }
  }

  private onDeath(err: Error): void {
    this.dead ??= err;
    const r = this.running;
    this.running = null;
    r?.reject(err);
  }
}
