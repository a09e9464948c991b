// The import worker threads, one entry file for both roles (the bundler builds one worker):
//   job:     its own connection to the library (WAL lets it write while the main thread reads),
//            one job at a time as ImportJobs sends them. Outcomes are streamed as they are
//            decided, so the main thread keeps an exact record even if this thread dies mid-job.
//            It starts extraction threads and writes what they extract.
//   extract: reads and parses files it is sent and answers with what is to be stored.
import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/open';
import { importSources } from './pipeline';
import { ExtractPool } from './extract-pool';
import { runExtractTask, type Handlers } from './extract';
import { containerHandlers, formatHandlers } from './formats';
import type { ExtractorData, FromExtractor, FromWorker, ToExtractor, ToWorker, WorkerData } from './worker-protocol';

type Port = NonNullable<typeof parentPort>;

function serveJobs(port: Port, data: WorkerData): void {
  const db = openLibrary(data.libraryPath);
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
    importSources(db, m.sources, {
      jobId: m.jobId,
      signal: controller.signal,
      pool,
      ownConnection: true,
      ...m.limits,
      onProgress: (progress) => post({ type: 'progress', progress }),
      onOutcome: (outcome) => post({ type: 'outcome', jobId: m.jobId, outcome }),
    })
      .then((summary) => post({ type: 'done', jobId: m.jobId, cancelled: summary.cancelled }))
      .catch((err: unknown) => post({ type: 'failed', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) }))
      .finally(() => controllers.delete(m.jobId));
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
    void runExtractTask(m.task, handlers, signal).then((result) => {
      port.postMessage({ type: 'result', id: m.id, result } satisfies FromExtractor);
      runNext();
    });
  };
  port.on('message', (m: ToExtractor) => {
    queue.push(m);
    if (!running) runNext();
  });
  port.postMessage({ type: 'ready' } satisfies FromExtractor);
}

if (parentPort) {
  const data = workerData as WorkerData | ExtractorData;
  if (data.role === 'extract') serveExtraction(parentPort, data);
  else serveJobs(parentPort, data);
}
