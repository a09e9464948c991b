// Worker thread: reads the library's vocabulary (every term of the unstemmed index with its
// document count). fts5vocab answers by reading every posting list, seconds at 100k articles,
// so it runs here, on a read-only connection of its own, and the thread that serves the UI
// only builds the automaton from the answer (vocab-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/open';

export interface VocabScanData {
  libraryPath: string;
}

export type VocabScanResult = { ok: true; terms: string[]; docs: number[] } | { ok: false; message: string };

function scan(path: string): VocabScanResult {
  const db = openLibrary(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT term, doc FROM articles_vocab').raw().all() as [string, number][];
    return { ok: true, terms: rows.map((r) => r[0]), docs: rows.map((r) => r[1]) };
  } finally {
    db.close();
  }
}

const port = parentPort;
if (port) {
  let result: VocabScanResult;
  try {
    result = scan((workerData as VocabScanData).libraryPath);
  } catch (e) {
    result = { ok: false, message: (e as Error).message };
  }
  port.postMessage(result);
}
