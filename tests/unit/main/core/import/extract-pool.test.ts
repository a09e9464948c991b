// Which threads get files: all of them by default, only the first `n` after setActive(n); and
// how many each is sent ahead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ExtractPool, MAX_AHEAD } from '../../../../../src/main/core/import/extract-pool';
import type { ExtractResult } from '../../../../../src/main/core/import/extract';

const upload = (i: number) => ({
  source: { kind: 'upload' as const, name: `f${i}.tid`, data: Buffer.from(`Text of file ${i}, long enough to be an article.`).toString('base64') },
  depth: 0,
  maxFileBytes: 1 << 20,
});

function threadOf(r: ExtractResult | null): string {
  if (!r || r.kind !== 'articles' || !r.prepared[0]!.ok) throw new Error(`unexpected result ${JSON.stringify(r)}`);
  return r.prepared[0]!.article.title;
}

describe('ExtractPool.setActive', () => {
  let pool: ExtractPool;
  beforeAll(async () => {
    pool = new ExtractPool({ size: 2, handlersModule: join(__dirname, 'fixtures', 'thread-handlers.ts') });
    await pool.whenReady();
  });
  afterAll(() => pool.close());

  it('sends every file to one thread when one is active, and to both when two are', async () => {
    expect(pool.averageFileMs).toBeNull();
    pool.setActive(1);
    const one = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(upload(i), 10_000)));
    expect(new Set(one.map(threadOf)).size).toBe(1);
    expect(pool.averageFileMs).toBeGreaterThan(0);
    pool.setActive(2);
    // More files than one thread is sent ahead (up to MAX_AHEAD when files read fast).
    const two = await Promise.all(Array.from({ length: 2 * MAX_AHEAD + 10 }, (_, i) => pool.run(upload(100 + i), 10_000)));
    expect(new Set(two.map(threadOf)).size).toBe(2);
  });

  it('keeps at least one thread and at most the pool size', async () => {
    pool.setActive(0);
    const r = await pool.run(upload(200), 10_000);
    expect(threadOf(r)).toMatch(/^thread \d+$/);
    pool.setActive(99);
    const all = await Promise.all(Array.from({ length: 2 * MAX_AHEAD + 10 }, (_, i) => pool.run(upload(1000 + i), 10_000)));
    expect(new Set(all.map(threadOf)).size).toBe(2);
  });

  it('sends a thread about 50 ms of work ahead: few slow files, many fast ones', () => {
    const probe = new ExtractPool({ size: 0 });
    expect(probe.ahead).toBe(4);
    (probe as unknown as { fileMs: number }).fileMs = 40;
    expect(probe.ahead).toBe(4);
    (probe as unknown as { fileMs: number }).fileMs = 2;
    expect(probe.ahead).toBe(25);
    (probe as unknown as { fileMs: number }).fileMs = 0.3;
    expect(probe.ahead).toBe(MAX_AHEAD);
    void probe.close();
  });
});
