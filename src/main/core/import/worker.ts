// The import worker threads, one entry file for both roles (the bundler builds one worker):
//   job:     its own connection to the library (WAL lets it write while the main thread reads),
//            one job at a time as ImportJobs sends them. Outcomes are sent as each batch
//            commits, so the main thread keeps an exact record even if this thread dies mid-job.
//            It starts extraction threads and writes what they extract.
//   extract: reads and parses files it is sent and answers with what is to be stored.
import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/open';
import { importSources } from './pipeline';
import { ExtractPool } from './extract-pool';
import { runExtractTask, type Handlers } from './extract';
import { warmUp } from './warmup';
import { keepHeapBounded } from './heap-guard';
import { ProgressThrottle } from './progress-throttle';
import { containerHandlers, formatHandlers } from './formats';
import type { ExtractorData, FromExtractor, FromWorker, ToExtractor, ToWorker, WorkerData } from './worker-protocol';
import type { ImportOutcomeT } from '../../../shared/contract';

type Port = NonNullable<typeof parentPort>;

/** Progress more often than this only costs messages: the main thread shows it ten times a second. */
const PROGRESS_EVERY_MS = 40;

function serveJobs(port: Port, data: WorkerData): void {
  const db = openLibrary(data.libraryPath);
  // The 256 MB page cache that keeps searches fast (db/open.ts) only grows this writer's memory
  // with the library (it mostly appends); 32 MB holds the indexes' hot pages for writing.
  db.pragma('cache_size = -32768');
  const pool = data.extractors ? new ExtractPool({ size: data.extractors }) : null;
  const controllers = new Map<string, AbortController>();
  const post = (m: FromWorker) => port.postMessage(m);

  port.on('message', (m: ToWorker) => {
    if (m.type === 'cancel') {
      controllers.get(m.jobId)?.abort();
      return;
    }
    const controller = new AbortController();
    controllers.set(m.jobId, controller);
    const { jobId } = m;
    // Messages are not free: one per file (outcome and progress) cost the writing thread, on two
    // cores, about as much as writing the file. Outcomes arrive a batch at a time, as it commits:
    // they go out together, in a microtask, before this thread does anything else.
    let outcomes: ImportOutcomeT[] = [];
    const sendOutcomes = () => {
      if (outcomes.length === 0) return;
      post({ type: 'outcomes', jobId, outcomes });
      outcomes = [];
    };
    const progress = new ProgressThrottle((p) => post({ type: 'progress', progress: p }), PROGRESS_EVERY_MS);
    importSources(db, m.sources, {
      jobId,
      signal: controller.signal,
      pool,
      ownConnection: true,
      ...m.limits,
      tags: m.tags,
      onProgress: (p) => progress.push(p),
      onOutcome: (outcome) => {
        if (outcomes.length === 0) queueMicrotask(sendOutcomes);
        outcomes.push(outcome);
      },
    })
      .then((summary) => {
        sendOutcomes();
        progress.flush();
        post({ type: 'done', jobId, cancelled: summary.cancelled });
      })
      .catch((err: unknown) => {
        sendOutcomes();
        progress.flush();
        post({ type: 'failed', jobId, message: err instanceof Error ? err.message : String(err) });
      })
      .finally(() => controllers.delete(jobId));
  });
  // Closing the port (terminate) ends the thread; close the connection cleanly first when we can.
  port.on('close', () => {
    void pool?.close();
    if (db.open) db.close();
  });
  // Ready once the extraction threads are: a job sent earlier would only wait for them here.
  void (pool ? pool.whenReady() : Promise.resolve()).then(() => post({ type: 'ready' }));
}

function serveExtraction(port: Port, data: ExtractorData): void {
  let handlers: Handlers = { formats: formatHandlers, containers: containerHandlers };
  if (data.handlersModule) {
    // oxlint-disable-next-line typescript/no-require-imports -- a module chosen at run time (tests)
    const mod = require(data.handlersModule) as Partial<Handlers & { formatHandlers: Handlers['formats']; containerHandlers: Handlers['containers'] }>;
    handlers = { formats: mod.formatHandlers ?? handlers.formats, containers: mod.containerHandlers ?? handlers.containers };
  }
  // Files are sent a few ahead (extract-pool.ts) and read one after another, each given its
  // time limit when it starts.
  const queue: ToExtractor[] = [];
  let running = false;
  const runNext = () => {
    const m = queue.shift();
    if (!m) {
      running = false;
      return;
    }
    running = true;
    const signal = AbortSignal.timeout(m.timeoutMs);
    const started = performance.now();
    void runExtractTask(m.task, handlers, signal).then((result) => {
      port.postMessage({ type: 'result', id: m.id, result, ms: performance.now() - started } satisfies FromExtractor);
      keepHeapBounded();
      runNext();
    });
  };
  port.on('message', (m: ToExtractor) => {
    queue.push(m);
    if (!running) runNext();
  });
  // Handlers given by a test module are theirs to time; the built-in ones are warmed first.
  void (data.handlersModule ? Promise.resolve() : warmUp(handlers)).then(() => port.postMessage({ type: 'ready' } satisfies FromExtractor));
}

if (parentPort) {
  const data = workerData as WorkerData | ExtractorData;
  if (data.role === 'extract') serveExtraction(parentPort, data);
  else serveJobs(parentPort, data);
}
