import { describe, expect, it } from 'vitest';
import { warmUp } from '../../../../../src/main/core/import/warmup';
import { containerHandlers, formatHandlers } from '../../../../../src/main/core/import/formats';
import type { FormatHandler } from '../../../../../src/main/core/import/types';

describe('warmUp', () => {
  it('reads made-up text files and web pages through the handlers, in memory', async () => {
    const seen: { name: string; bytes: number }[] = [];
    const spy = (h: FormatHandler): FormatHandler => ({
      ...h,
      extract: (file, ctx) => {
        seen.push({ name: file.name, bytes: file.bytes.length });
        return h.extract(file, ctx);
      },
    });
    await warmUp({ formats: formatHandlers.map(spy), containers: containerHandlers }, { text: 3, html: 2 });
    expect(seen.map((s) => s.name)).toEqual(['a0.txt', 'a1.txt', 'a2.txt', 'p0.html', 'p1.html']);
    expect(seen.every((s) => s.bytes > 1000)).toBe(true);
  });

  it('never throws, even when a handler does', async () => {
    const broken: FormatHandler = { format: 'txt', extensions: ['txt', 'html'], extract: () => Promise.reject(new Error('boom')) };
    await expect(warmUp({ formats: [broken], containers: [] }, { text: 2, html: 1 })).resolves.toBeUndefined();
  });
});
