// The watched folder: new and changed regular files are imported through the job queue, once;
// half-downloaded files wait; nothing is imported twice after a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../../../../src/main/core/library';
import { WatchedFolder, type WatchOptions } from '../../../../../src/main/core/import/watch';
import { countArticles } from '../../../../../src/main/core/repo/articles';
import type { ImportSummaryT } from '../../../../../src/shared/contract';
import { prepareLibraryFile, tempDir } from './helpers';

const WORDS = 'harbour strike union dock ship wage talks mayor council budget vote police crowd square station train delay storm flood river'.split(' ');

function text(title: string, seed: number): string {
  let x = Math.imul(seed + 3, 0x9e3779b1);
  const words = Array.from({ length: 60 }, () => {
    x = Math.imul(x ^ (x >>> 15), 0x85ebca6b) + 0x6d2b79f5;
    return WORDS[(x >>> 0) % WORDS.length];
  });
  return `${title}\n\n${words.join(' ')}.\n`;
}

/** Writes a file that looks settled (modified a minute ago). */
function put(path: string, content: string): void {
  writeFileSync(path, content);
  const past = new Date(Date.now() - 60_000);
  utimesSync(path, past, past);
}

const FAST: WatchOptions = { pollMs: 150, debounceMs: 30, settleMs: 500 };

describe.each<[string, WatchOptions]>([
  ['polling', { ...FAST, forcePolling: true }],
  ['change notifications', FAST],
])('watched folder (%s)', (_name, opts) => {
  let t: ReturnType<typeof tempDir>;
  let lib: Library;
  let watcher: WatchedFolder | null = null;
  let summaries: ImportSummaryT[];
  const folder = () => join(t.dir, 'inbox');

  const importsDone = (n: number, ms = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${summaries.length} of ${n} watched imports finished`)), ms);
      const check = () => {
        if (summaries.length >= n) {
          clearTimeout(timer);
          off();
          resolve();
        }
      };
      const off = lib.onEvent(() => setImmediate(check));
      check();
    });

  beforeEach(async () => {
    t = tempDir();
    mkdirSync(folder());
    const path = join(t.dir, 'lib.db');
    prepareLibraryFile(path);
    lib = new Library({ path, importMode: 'inline', log: () => undefined });
    summaries = [];
    lib.onEvent((name, payload) => name === 'import.done' && summaries.push(payload as ImportSummaryT));
    await lib.invoke('settings.update', { watchedFolder: folder() });
  });
  afterEach(async () => {
    await watcher?.stop();
    watcher = null;
    await lib.close();
    t.cleanup();
  });

  it('imports what is there, then each new or changed file once, and nothing twice after a restart', async () => {
    put(join(folder(), 'one.txt'), text('One', 1));
    watcher = new WatchedFolder(lib.ctx, opts);
    watcher.start();
    expect(watcher.status()).toMatchObject({ folder: folder(), error: null });
    expect(['events', 'polling']).toContain(watcher.status().mode);
    if (opts.forcePolling) expect(watcher.status().mode).toBe('polling');
    await importsDone(1);
    expect(summaries[0]!.outcomes.map((o) => [o.title, o.outcome])).toEqual([['One', 'imported']]);
    expect(watcher.status().lastJobId).toBe(summaries[0]!.jobId);

    // A download still in progress and a file written this instant wait; a finished file comes in.
    writeFileSync(join(folder(), 'two.txt.crdownload'), 'partial');
    mkdirSync(join(folder(), 'sub'));
    put(join(folder(), 'sub', 'two.txt'), text('Two', 2));
    await importsDone(2);
    expect(summaries[1]!.outcomes.map((o) => o.title)).toEqual(['Two']);

    // Changed content is imported again.
    put(join(folder(), 'one.txt'), text('One, updated', 3));
    await importsDone(3);
    expect(summaries[2]!.outcomes.map((o) => [o.title, o.outcome])).toEqual([['One, updated', 'imported']]);
    expect(countArticles(lib.ctx.db)).toBe(3);

    // A restart looks again, and finds nothing new.
    await watcher.stop();
    expect(watcher.status().mode).toBe('off');
    watcher = new WatchedFolder(lib.ctx, opts);
    watcher.start();
    await watcher.scanNow();
    await new Promise((r) => setTimeout(r, 400));
    expect(summaries).toHaveLength(3);
  });

  it('says so when the folder goes away, and imports nothing from it', async () => {
    watcher = new WatchedFolder(lib.ctx, opts);
    watcher.start();
    await watcher.scanNow();
    rmSync(folder(), { recursive: true });
    await watcher.scanNow();
    expect(watcher.status().error).toMatch(/cannot be read/);
    expect(summaries).toHaveLength(0);
  });
});

describe('Library.start', () => {
  it('starts the watcher the settings name, and settings.update turns it off', async () => {
    const t = tempDir();
    const path = join(t.dir, 'lib.db');
    prepareLibraryFile(path);
    const lib = new Library({ path, importMode: 'inline', log: () => undefined });
    try {
      mkdirSync(join(t.dir, 'inbox'));
      await lib.invoke('settings.update', { watchedFolder: join(t.dir, 'inbox') });
      lib.start();
      const on = await lib.invoke('settings.get', {});
      expect(on.watcher.folder).toBe(join(t.dir, 'inbox'));
      expect(on.watcher.mode).not.toBe('off');
      const off = await lib.invoke('settings.update', { watchedFolder: null });
      expect(off.watcher).toMatchObject({ folder: null, mode: 'off' });
    } finally {
      await lib.close();
      t.cleanup();
    }
  });
});
