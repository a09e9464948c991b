import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Library } from '../../../../../src/main/core/library';
import { channels, contract } from '../../../../../src/shared/contract';
import { tempDir } from '../../../../helpers/library';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { article } from '../../../../helpers/library';

let t: ReturnType<typeof tempDir>;
let lib: Library;
beforeEach(() => {
  t = tempDir();
  lib = new Library({ path: join(t.dir, 'lib.db'), importMode: 'inline', log: () => {} });
});
afterEach(async () => {
  await lib.close();
  t.cleanup();
});

describe('dispatch', () => {
  it('answers a valid call with ok and the value', async () => {
    const r = await lib.call('library.info', {});
    expect(r).toMatchObject({ ok: true, value: { articleCount: 0, transport: 'direct' } });
  });

  it('rejects an unknown channel with a clear message', async () => {
    const r = await lib.call('fs.readFile', { path: '/etc/passwd' });
    expect(r).toEqual({ ok: false, code: 'unknown_channel', message: 'Unknown API channel "fs.readFile".' });
  });

  it('rejects malformed input for every channel without throwing', async () => {
    const bad: unknown[] = [42, 'str', [], { __proto__: { polluted: true } }, { id: 'x', ids: 'y', q: 7, paths: 5, files: 'no', jobId: 3, url: 1, folders: 'x', sort: 'evil' }];
    for (const ch of channels) {
      for (const input of bad) {
        const r = await lib.call(ch, input);
        if (r.ok) {
          // Only channels whose input is an empty/optional-only object may accept some of these.
          expect(contract[ch].input.safeParse(input).success).toBe(true);
        } else {
          expect(['invalid_input', 'not_found', 'unsupported']).toContain(r.code);
          expect(r.message.length).toBeGreaterThan(10);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects extra keys and oversize values', async () => {
    const r1 = await lib.call('articles.get', { id: 1, extra: true });
    expect(r1.ok).toBe(false);
    const r2 = await lib.call('tags.update', { ids: [1], add: ['x'.repeat(101)] });
    expect(r2).toMatchObject({ ok: false, code: 'invalid_input' });
    if (!r2.ok) expect(r2.message).toMatch(/at most 100 characters/);
  });

  it('reports a missing article as not_found', async () => {
    const r = await lib.call('articles.get', { id: 12345 });
    expect(r).toEqual({ ok: false, code: 'not_found', message: 'There is no article with id 12345 in this library.' });
  });

  it('tags articles and emits library.changed', async () => {
    const id = insertArticle(lib.ctx.db, article({ title: 'A', text: 'alpha' }));
    const seen: string[] = [];
    const off = lib.onEvent((e) => seen.push(e));
    await lib.invoke('tags.update', { ids: [id], add: ['summit'] });
    off();
    expect(seen).toEqual(['library.changed']);
    expect(await lib.invoke('tags.list', {})).toEqual([{ name: 'summit', count: 1 }]);
    expect((await lib.invoke('articles.get', { id })).tags).toEqual(['summit']);
  });

  it('Electron-only channels answer "unsupported" politely elsewhere', async () => {
    expect(await lib.invoke('dialog.pickImportPaths', {})).toEqual({ supported: false, paths: [] });
    expect(await lib.invoke('shell.openExternal', { url: 'https://example.org' })).toEqual({ opened: false });
  });
});
