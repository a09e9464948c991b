// Extraction worker threads: parse and extract files in parallel (one per core) while one thread
// writes. They also enforce the per-file time limit on handlers that never yield (a parser stuck
// in a loop cannot be interrupted from inside its own thread): the thread is terminated, the
// file fails with "took longer than …", and a fresh thread takes its place.
import { Worker } from 'node:worker_threads';
import { workerEntry } from './worker-host';
import type { ExtractResult, ExtractTask } from './extract';
import { sourcePath } from './extract';
import type { ExtractorData, FromExtractor, ToExtractor } from './worker-protocol';

const START_TIMEOUT_MS = 60_000;
/** A slot whose thread keeps dying at start is given up after this many tries. */
const MAX_RESTARTS = 3;
const GRACE_MS = 250;
/**
 * Files sent to a thread ahead of the one it is reading (it reads them in turn): the writing
 * thread hands out files and takes results only between its own writes, and a thread with
 * nothing queued sits idle meanwhile. A commit (a disk flush, 5–30 ms here) is the longest of
 * those pauses, so each thread is sent about AHEAD_MS of work: a few saved pages, dozens of
 * plain-text files (under a millisecond each).
 */
const AHEAD_MS = 50;
const MIN_AHEAD = 4;
export const MAX_AHEAD = 64;

export function timeLimitText(ms: number): string {
  const s = ms / 1000;
  return `took longer than ${s >= 1 ? Math.round(s) : s} s to import; skipped (the file may be hostile or damaged)`;
}

interface Pending {
  id: number;
  task: ExtractTask;
  timeoutMs: number;
  /** null: no thread could take the file (none would start); the caller reads it itself. */
  resolve(r: ExtractResult | null): void;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  /** Files sent to the thread, the one it is reading first. */
  sent: Pending[];
  /** The time limit of the file being read (the first sent). */
  timer: NodeJS.Timeout | null;
  restarts: number;
}

export interface ExtractPoolOptions {
  size: number;
  /** A module exporting formatHandlers / containerHandlers to use instead of the built-in ones (tests). */
  handlersModule?: string;
  log?: (message: string) => void;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private active: number;
  private fileMs: number | null = null;

  constructor(private readonly opts: ExtractPoolOptions) {
    this.active = opts.size;
    for (let i = 0; i < opts.size; i++) {
      const slot: Slot = { worker: null, ready: false, sent: [], timer: null, restarts: 0 };
      this.slots.push(slot);
      this.spawn(slot);
    }
  }

  /** Resolves once every thread has started (or given up trying). */
  whenReady(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.closed || this.slots.every((s) => s.ready || s.worker === null)) resolve();
        else setTimeout(check, 20);
      };
      check();
    });
  }

  /** Threads that have started and can take work now or after their current file. */
  get readyCount(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  /** Whether any thread is still expected to become ready. */
  get usable(): boolean {
    return !this.closed && this.slots.some((s) => s.worker !== null);
  }

  get size(): number {
    return this.slots.length;
  }

  /** A running average of how long a thread takes per file (ms); null before the first result. */
  get averageFileMs(): number | null {
    return this.fileMs;
  }

  /** How many files each thread is sent ahead: about AHEAD_MS of reading at the running average. */
  get ahead(): number {
    if (this.fileMs === null) return MIN_AHEAD;
    return Math.max(MIN_AHEAD, Math.min(MAX_AHEAD, Math.ceil(AHEAD_MS / Math.max(this.fileMs, 0.1))));
  }

  /**
   * How many threads are given new files (the first `n` that have started; at least one). The
   * others finish what they were sent and then idle: on a machine with few cores, a thread that
   * reads faster than the writing thread writes only takes CPU time from it.
   */
  setActive(n: number): void {
    const next = Math.max(1, Math.min(this.slots.length, Math.round(n)));
    if (next === this.active) return;
    this.active = next;
    this.pump();
  }

  /** Reads a file in a thread; null when no thread can (the caller then reads it itself). */
  run(task: ExtractTask, timeoutMs: number): Promise<ExtractResult | null> {
    return new Promise((resolve) => {
      if (this.closed || !this.usable) {
        resolve(null);
        return;
      }
      this.queue.push({ id: this.nextId++, task, timeoutMs, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ kind: 'failed', path: sourcePath(p.task.source), message: 'the import was stopped', warnings: [] });
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        for (const p of s.sent.splice(0)) p.resolve({ kind: 'failed', path: sourcePath(p.task.source), message: 'the import was stopped', warnings: [] });
        const w = s.worker;
        s.worker = null;
        s.ready = false;
        if (w) await w.terminate();
      }),
    );
  }

  private spawn(slot: Slot): void {
    let worker: Worker;
    try {
      const entry = workerEntry();
      const data: ExtractorData = { role: 'extract', handlersModule: this.opts.handlersModule };
      worker = new Worker(entry.file, { workerData: data, execArgv: entry.execArgv });
    } catch (err) {
      this.opts.log?.(`An import reader thread could not start (${(err as Error).message}).`);
      slot.worker = null;
      return;
    }
    slot.worker = worker;
    slot.ready = false;
    const startTimer = setTimeout(() => void worker.terminate(), START_TIMEOUT_MS);
    worker.on('message', (m: FromExtractor) => {
      if (slot.worker !== worker) return;
      if (m.type === 'ready') {
        clearTimeout(startTimer);
        slot.ready = true;
        slot.restarts = 0;
        this.pump();
      } else if (m.type === 'result' && slot.sent[0]?.id === m.id) {
        this.fileMs = this.fileMs === null ? m.ms : this.fileMs * 0.9 + m.ms * 0.1;
        this.settle(slot, m.result);
      }
    });
    const died = (why: string) => {
      clearTimeout(startTimer);
      if (slot.worker !== worker) return;
      const wasReady = slot.ready;
      slot.worker = null;
      slot.ready = false;
      const [head, ...rest] = slot.sent;
      if (head) {
        // The files after it were not being read: they go back to the queue for another try.
        slot.sent = [head];
        this.queue.unshift(...rest);
        this.settle(slot, { kind: 'failed', path: sourcePath(head.task.source), message: `could not be read: the reader stopped while reading this file (${why})`, warnings: [] });
      }
      if (this.closed) return;
      if (!wasReady && ++slot.restarts > MAX_RESTARTS) {
        this.opts.log?.(`An import reader thread keeps failing to start (${why}); importing with fewer threads.`);
        this.failQueuedIfUnusable();
        return;
      }
      this.spawn(slot);
    };
    worker.on('error', (err) => died(err.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
  }

  private failQueuedIfUnusable(): void {
    if (this.usable) return;
    for (const p of this.queue.splice(0)) p.resolve(null);
  }

  /** Ends the first sent file with `result`; the thread's next file starts its time limit. */
  private settle(slot: Slot, result: ExtractResult): void {
    const p = slot.sent.shift();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.worker && slot.sent.length > 0) this.arm(slot, slot.worker);
    p?.resolve(result);
    this.pump();
  }

  /**
   * The time limit of the file the thread reads now. It starts when the previous file's result
   * is seen, a little after the thread started this one: never shorter than the handlers' own
   * signal, and a little longer, so a handler that stops when told to reports its own reason and
   * keeps its thread.
   */
  private arm(slot: Slot, worker: Worker): void {
    const p = slot.sent[0]!;
    slot.timer = setTimeout(() => {
      // The handler never gave control back: only ending its thread stops it.
      if (slot.sent[0] !== p || slot.worker !== worker) return;
      slot.worker = null;
      slot.ready = false;
      void worker.terminate();
      // The files queued behind it were not read: another thread (or this one, restarted) takes them.
      this.queue.unshift(...slot.sent.splice(1));
      if (!this.closed) this.spawn(slot);
      this.settle(slot, { kind: 'failed', path: sourcePath(p.task.source), message: timeLimitText(p.timeoutMs), warnings: [] });
    }, p.timeoutMs + GRACE_MS);
  }

  private pump(): void {
    let given = 0;
    const ahead = this.ahead;
    for (const slot of this.slots) {
      const worker = slot.worker;
      if (!slot.ready || !worker) continue;
      if (given++ >= this.active) break;
      while (this.queue.length > 0 && slot.sent.length < ahead) {
        const p = this.queue.shift()!;
        slot.sent.push(p);
        if (slot.sent.length === 1) this.arm(slot, worker);
        const msg: ToExtractor = { type: 'task', id: p.id, task: p.task, timeoutMs: p.timeoutMs };
        // A worker port has no origin to name (the rule is about window.postMessage).
        // oxlint-disable-next-line unicorn/require-post-message-target-origin
        worker.postMessage(msg);
      }
    }
  }
}
