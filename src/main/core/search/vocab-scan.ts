// Worker thread: reads the library's vocabulary (every term of the unstemmed index with its
// document count). fts5vocab answers by reading every posting list, seconds at 100k articles,
// so it runs here, on a read-only connection of its own, and the thread that serves the UI
// only builds the automaton from the answer (vocab-thread.ts).
import { openLibrary } from '../db/open';
import { answerOnce } from '../thread-entry';

export interface VocabScanData {
  libraryPath: string;
}

export interface VocabScan {
  terms: string[];
  docs: number[];
}

function scan({ libraryPath: path }: VocabScanData): VocabScan {
  const db = openLibrary(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT term, doc FROM articles_vocab').raw().all() as [string, number][];
    return { terms: rows.map((r) => r[0]), docs: rows.map((r) => r[1]) };
  } finally {
    db.close();
  }
}

answerOnce(scan);
