// The reading threads' heap guard: under the bound it leaves the heap alone; past it, it
// collects, and what a finished file left behind is gone.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { keepHeapBounded } from '../../../../../src/main/core/import/heap-guard';

const used = () => v8.getHeapStatistics().used_heap_size;

describe('keepHeapBounded', () => {
  it('does nothing under the bound, and collects garbage past it', () => {
    expect(keepHeapBounded(Number.MAX_SAFE_INTEGER)).toBe(false);
    // ~60 MB held, as a parsed page's DOM is while it is read…
    let held: string[] | null = Array.from({ length: 600_000 }, (_x, i) => `word-${i}-`.repeat(8));
    const before = used();
    expect(held.length).toBe(600_000);
    // …and left behind once the file is done.
    held = null;
    expect(keepHeapBounded(1)).toBe(true);
    expect(used()).toBeLessThan(before - 20 * 1024 * 1024);
  });
});
