// How many extraction threads an import keeps busy (see ThreadBalance).
import { availableParallelism } from 'node:os';
import type { ExtractPool } from './extract-pool';

/** What the balance needs of the pool: its size, its measure of reading, and the switch. */
export type BalancedPool = Pick<ExtractPool, 'size' | 'averageFileMs' | 'setActive'>;

/**
 * Files written before a reading thread is taken off again (the first files of a thread are slow:
 * cold code, empty caches), and before one is added (a few: saved pages need every thread at once).
 */
const SHRINK_AFTER_FILES = 32;
const GROW_AFTER_FILES = 4;
/**
 * When a reading thread more would share a core with the others: reading must take this long per
 * file (ms) and this many times the writing for the extra thread to pay; below the lower figure
 * one is taken off again.
 */
const CROWDED_GROW_MS = 5;
const CROWDED_SHRINK_MS = 2;
const CROWDED_GROW_RATIO = 3;
/**
 * …and only once this many files are written: a thread's first files read slowly whatever they
 * are (code not yet optimised, memos empty; plain text takes 3–7 ms a file there, against under
 * one after), and a second thread started then only goes through the same cold start.
 */
const CROWDED_GROW_AFTER_FILES = 24;

/**
 * How many extraction threads get files. While there are cores to spare beside the writing
 * thread, a reading thread is added whenever reading is the slower side. Past that, threads
 * share cores, and every thread then runs slower (measured on 2 cores with plain text: 1.5 ms of
 * CPU per article with one reading thread, 2.0 with two, and the import took longer): a thread is
 * added only when reading costs far more than writing and is slow in itself (saved web pages:
 * tens of milliseconds), and taken off again once files read fast. Decided from running averages
 * of both sides, with margins so that it does not flap; commits (disk flushes, not work) are left
 * out of the writing time.
 */
export class ThreadBalance {
  private writeMs: number | null = null;
  private files = 0;
  private active = 1;

  constructor(
    private readonly pool: BalancedPool | null,
    private readonly cores = availableParallelism(),
  ) {
    pool?.setActive(1);
  }

  wrote(ms: number): void {
    if (!this.pool) return;
    this.writeMs = this.writeMs === null ? ms : this.writeMs * 0.95 + ms * 0.05;
    const readMs = this.pool.averageFileMs;
    if (++this.files < GROW_AFTER_FILES || readMs === null) return;
    const ratio = readMs / Math.max(this.writeMs, 0.01);
    // The writing thread, and this many reading threads, each on a core of its own.
    const roomy = this.active + 2 <= this.cores;
    const crowded = this.active + 1 > this.cores;
    const grow = roomy
      ? ratio > this.active + 0.5
      : ratio > this.active + CROWDED_GROW_RATIO - 1 && readMs > CROWDED_GROW_MS && this.files >= CROWDED_GROW_AFTER_FILES;
    const shrink = ratio < this.active - 0.5 || (crowded && readMs < CROWDED_SHRINK_MS);
    if (grow && this.active < this.pool.size) this.active++;
    else if (shrink && this.active > 1 && this.files >= SHRINK_AFTER_FILES) this.active--;
    else return;
    this.pool.setActive(this.active);
  }
}
