// The reading threads' heap guard: past the bound it collects, and the garbage is gone.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { keepHeapBounded } from '../../../../../src/main/core/import/heap-guard';

const used = () => v8.getHeapStatistics().used_heap_size;

describe('keepHeapBounded', () => {
  it('does nothing under the bound, and collects garbage past it', () => {
    expect(keepHeapBounded(Number.MAX_SAFE_INTEGER)).toBe(false);
    const base = used();
    // ~80 MB of garbage: strings built and dropped, as a parsed page's DOM is.
    let keep = 0;
    for (let i = 0; i < 2_000; i++) keep += Array.from({ length: 1_000 }, (_x, j) => `w${i}-${j}`).join(' ').length;
    expect(keep).toBeGreaterThan(0);
    const before = used();
    expect(keepHeapBounded(base + 1)).toBe(true);
    expect(used()).toBeLessThan(before);
  });
});
