// Keeps the vocabulary (vocab.ts) fresh without stalling the thread that serves the UI: the
// scan runs in a worker thread (vocab-scan.ts) after the library opens, after each import, and
// when a query finds it stale; its answer is installed here. Meanwhile searches keep the
// vocabulary they had (fuzzy search may miss words of the last few seconds' imports).
import type { Db } from '../db/open';
import { runOnce, threadEntry } from '../thread-entry';
import { indexSignature, installVocabulary, setVocabularyRefresher } from './vocab';
import type { VocabScan, VocabScanData } from './vocab-scan';

/** A stale vocabulary is re-read at most once per this many times the last read's cost (the read competes for a core). */
const QUIET_FACTOR = 3;

async function scanInThread(libraryPath: string): Promise<[string, number][]> {
  const data: VocabScanData = { libraryPath };
  const r = await runOnce<VocabScan>(threadEntry(__dirname, 'vocabWorker', 'vocab-scan.ts'), data);
  return r.terms.map((t, i) => [t, r.docs[i]]);
}

interface State {
  running: Promise<void> | null;
  lastEnd: number;
  lastCost: number;
}
const states = new WeakMap<Db, State>();

/**
 * Reads the vocabulary of the library file `libraryPath` (the one `db` is open on) in a worker
 * thread and installs it for `db`; from then on a stale vocabulary is refreshed the same way
 * instead of being rebuilt on this thread. One read at a time per library; unless `force`d, a
 * read soon after the last one is skipped. Never rejects: on failure the vocabulary is built
 * on first need, on this thread, as without it.
 */
export function refreshVocabulary(db: Db, libraryPath: string, opts: { force?: boolean; log?: (m: string) => void } = {}): Promise<void> {
  const state = states.get(db) ?? { running: null, lastEnd: -Infinity, lastCost: 0 };
  states.set(db, state);
  if (state.running) return state.running;
  if (!opts.force && performance.now() - state.lastEnd < state.lastCost * QUIET_FACTOR) return Promise.resolve();
  setVocabularyRefresher(db, () => void refreshVocabulary(db, libraryPath, { log: opts.log }));
  // The index as it is now: if an import changes it while the thread reads, the answer is stale and says so.
  const signature = indexSignature(db);
  const t0 = performance.now();
  state.running = scanInThread(libraryPath)
    .then((entries) => {
      if (db.open) installVocabulary(db, entries, signature, performance.now() - t0);
    })
    .catch((e: Error) => {
      setVocabularyRefresher(db, null);
      opts.log?.(`reading the vocabulary in the background failed: ${e.message}`);
    })
    .finally(() => {
      state.running = null;
      state.lastEnd = performance.now();
      state.lastCost = state.lastEnd - t0;
    });
  return state.running;
}
