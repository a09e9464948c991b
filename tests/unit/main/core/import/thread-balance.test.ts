// The number of reading threads an import keeps busy, from the running costs of reading and
// writing: more while cores are free and reading is the slower side; on a crowded machine only
// for slow files (saved pages), and back to one when files read fast.
import { describe, expect, it } from 'vitest';
import { ThreadBalance, type BalancedPool } from '../../../../../src/main/core/import/thread-balance';

class FakePool implements BalancedPool {
  averageFileMs: number | null = null;
  active: number[] = [];
  constructor(readonly size: number) {}
  setActive(n: number): void {
    this.active.push(n);
  }
  get current(): number {
    return this.active.at(-1) ?? 0;
  }
}

/** Feeds `files` writes of `writeMs` with reading at `readMs`. */
function feed(balance: ThreadBalance, pool: FakePool, readMs: number, writeMs: number, files: number): void {
  pool.averageFileMs = readMs;
  for (let i = 0; i < files; i++) balance.wrote(writeMs);
}

describe('ThreadBalance', () => {
  it('starts with one thread', () => {
    const pool = new FakePool(2);
    const balance = new ThreadBalance(pool, 2);
    expect(pool.active).toEqual([1]);
    balance.wrote(0.5);
    expect(pool.active).toEqual([1]);
  });

  it('on 2 cores keeps plain text (reading about twice the writing, under a millisecond) on one thread', () => {
    const pool = new FakePool(2);
    const balance = new ThreadBalance(pool, 2);
    feed(balance, pool, 0.75, 0.35, 2000);
    expect(pool.current).toBe(1);
  });

  it('on 2 cores gives saved pages (tens of milliseconds each) both threads once the first files are past', () => {
    const pool = new FakePool(2);
    const balance = new ThreadBalance(pool, 2);
    feed(balance, pool, 35, 1, 20);
    expect(pool.current).toBe(1);
    feed(balance, pool, 35, 1, 5);
    expect(pool.current).toBe(2);
    feed(balance, pool, 35, 1, 500);
    expect(pool.active).toEqual([1, 2]);
  });

  it('does not start a second thread for the slow first files of a plain-text import', () => {
    const pool = new FakePool(2);
    const balance = new ThreadBalance(pool, 2);
    feed(balance, pool, 7, 0.4, 12);
    feed(balance, pool, 3.5, 0.4, 12);
    feed(balance, pool, 0.8, 0.4, 500);
    expect(pool.active).toEqual([1]);
  });

  it('takes the second thread off once files read fast again', () => {
    const pool = new FakePool(2);
    const balance = new ThreadBalance(pool, 2);
    feed(balance, pool, 30, 1, 30);
    expect(pool.current).toBe(2);
    // Small files after big ones: reading is cheap, one thread is enough.
    feed(balance, pool, 1.2, 0.4, 40);
    expect(pool.current).toBe(1);
  });

  it('with cores to spare adds threads whenever reading is the slower side, up to the pool size', () => {
    const pool = new FakePool(4);
    const balance = new ThreadBalance(pool, 8);
    feed(balance, pool, 0.9, 0.4, 200);
    expect(pool.current).toBe(2);
    feed(balance, pool, 2, 0.4, 200);
    expect(pool.current).toBe(4);
    // Writing became the slower side: threads are taken off one by one.
    feed(balance, pool, 0.3, 0.4, 400);
    expect(pool.current).toBe(1);
  });

  it('does nothing without a pool or before the first reading is measured', () => {
    expect(() => new ThreadBalance(null, 2).wrote(1)).not.toThrow();
    const pool = new FakePool(2);
    const balance = new ThreadBalance(pool, 2);
    for (let i = 0; i < 100; i++) balance.wrote(0.1);
    expect(pool.active).toEqual([1]);
  });
});
