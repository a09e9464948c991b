// The import worker thread: its own connection to the library (WAL lets it write while the
// main thread reads), one job at a time as ImportJobs sends them. Outcomes are streamed as they
// are decided, so the main thread keeps an exact record even if this thread dies mid-job.
import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/open';
import { importSources } from './pipeline';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

function serve(port: NonNullable<typeof parentPort>, data: WorkerData): void {
  const db = openLibrary(data.libraryPath);
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
      onProgress: (progress) => post({ type: 'progress', progress }),
      onOutcome: (outcome) => post({ type: 'outcome', jobId: m.jobId, outcome }),
    })
      .then((summary) => post({ type: 'done', jobId: m.jobId, cancelled: summary.cancelled }))
      .catch((err: unknown) => post({ type: 'failed', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) }))
      .finally(() => controllers.delete(m.jobId));
  });
  // Closing the port (terminate) ends the thread; close the connection cleanly first when we can.
  port.on('close', () => {
    if (db.open) db.close();
  });
  post({ type: 'ready' });
}

if (parentPort) serve(parentPort, workerData as WorkerData);
