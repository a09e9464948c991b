// Runs story assignment for just-imported articles in a worker thread (story-worker.ts), one
// run at a time per library file: runs asked for meanwhile are merged into the next one.
import { Worker } from 'node:worker_threads';
import { threadEntry } from '../thread-entry';
import type { AssignResult } from './story-library';
import type { StoryWorkData, StoryWorkResult } from './story-worker';

function runInThread(data: StoryWorkData): Promise<AssignResult> {
  const entry = threadEntry(__dirname, 'storyWorker', 'story-worker.ts');
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.file, { workerData: data, execArgv: entry.execArgv });
    worker.once('message', (r: StoryWorkResult) => {
      if (r.ok) resolve({ assigned: r.assigned, created: r.created });
      else reject(new Error(r.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the story thread exited (code ${code})`)));
  });
}

interface Queue {
  running: Promise<AssignResult> | null;
  waiting: number[];
  next: Promise<AssignResult> | null;
}
const queues = new Map<string, Queue>();

/**
 * Gives the articles `articleIds` of the library file `libraryPath` their stories in a worker
 * thread. If a run is going on, these ids join the next run, which starts when it ends.
 */
export function assignStoriesInThread(libraryPath: string, articleIds: number[]): Promise<AssignResult> {
  const q = queues.get(libraryPath) ?? { running: null, waiting: [], next: null };
  queues.set(libraryPath, q);
  q.waiting.push(...articleIds);
  if (!q.running) return start(libraryPath, q);
  q.next ??= q.running.catch(() => undefined).then(() => start(libraryPath, q));
  return q.next;
}

function start(libraryPath: string, q: Queue): Promise<AssignResult> {
  const ids = q.waiting;
  q.waiting = [];
  q.next = null;
  const run = runInThread({ libraryPath, articleIds: ids }).finally(() => {
    if (q.running === run) q.running = null;
    if (!q.running && !q.next && q.waiting.length === 0) queues.delete(libraryPath);
  });
  q.running = run;
  return run;
}
