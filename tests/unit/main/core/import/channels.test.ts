// The import channels through a Library: importLog.list / importLog.jobs, settings.get /
// settings.update, progress with rate and time left, and the settings taking effect on jobs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../../../../src/main/core/library';
import type { ImportProgressT, ImportSummaryT } from '../../../../../src/shared/contract';
import { prepareLibraryFile, tempDir } from './helpers';

const WORDS = 'summit treaty border talks army navy port city harvest river court vote budget party leader reform strike union factory school'.split(' ');

function text(i: number): string {
  let x = Math.imul(i + 7, 0x9e3779b1);
  const words = Array.from({ length: 70 }, () => {
    x = Math.imul(x ^ (x >>> 15), 0x85ebca6b) + 0x6d2b79f5;
    return WORDS[(x >>> 0) % WORDS.length];
  });
  return `Report ${i}\n\n${words.join(' ')}.\n`;
}

function done(lib: Library, jobId: string): Promise<ImportSummaryT> {
  return new Promise((resolve) => {
    const s = lib.ctx.imports.status(jobId)?.summary;
    if (s) return resolve(s);
    const off = lib.onEvent((name, payload) => {
      if (name === 'import.done' && (payload as ImportSummaryT).jobId === jobId) {
        off();
        resolve(payload as ImportSummaryT);
      }
    });
  });
}

describe('import channels', () => {
  let t: ReturnType<typeof tempDir>;
  let lib: Library;

  beforeEach(() => {
    t = tempDir();
    const path = join(t.dir, 'lib.db');
    prepareLibraryFile(path);
    lib = new Library({ path, importMode: 'inline', log: () => undefined });
  });
  afterEach(async () => {
    await lib.close();
    t.cleanup();
  });

  it('lists the log of a job and of all jobs, newest first, with counts per job', async () => {
    const folder = join(t.dir, 'in');
    mkdirSync(folder);
    for (let i = 0; i < 5; i++) writeFileSync(join(folder, `r${i}.txt`), text(i));
    writeFileSync(join(folder, 'x.bin'), Buffer.from([0, 1, 2]));
    const first = await lib.invoke('import.start', { paths: [folder] });
    await done(lib, first.jobId);
    const second = await lib.invoke('import.start', { paths: [join(folder, 'r0.txt')] });
    await done(lib, second.jobId);

    const jobs = await lib.invoke('importLog.jobs', {});
    expect(jobs.total).toBe(2);
    expect(jobs.items.map((j) => j.jobId)).toEqual([second.jobId, first.jobId]);
    expect(jobs.items[1]).toMatchObject({ entries: 6, imported: 5, reprints: 0, duplicates: 0, skipped: 0, failed: 1 });
    expect(jobs.items[0]).toMatchObject({ entries: 1, imported: 0, duplicates: 1 });
    expect(Date.parse(jobs.items[1]!.startedAt)).toBeLessThanOrEqual(Date.parse(jobs.items[1]!.finishedAt));

    const page = await lib.invoke('importLog.list', { jobId: first.jobId, limit: 4 });
    expect(page.total).toBe(6);
    expect(page.items).toHaveLength(4);
    // Newest first: x.bin was the folder's last file.
    expect(page.items[0]).toMatchObject({ jobId: first.jobId, outcome: 'failed', articleId: null, message: 'not a supported file type (.bin)' });
    expect(page.items[1]).toMatchObject({ outcome: 'imported', title: 'Report 4' });
    expect(Number.isNaN(Date.parse(page.items[0]!.at))).toBe(false);

    const failures = await lib.invoke('importLog.list', { outcome: 'failed' });
    expect(failures.items.map((e) => e.path)).toEqual([join(folder, 'x.bin')]);
    const all = await lib.invoke('importLog.list', { offset: 6 });
    expect(all).toMatchObject({ total: 7 });
    expect(all.items).toHaveLength(1);
    expect(await lib.call('importLog.list', { limit: 0 })).toMatchObject({ ok: false, code: 'invalid_input' });
  });

  it('reports progress with a rate and the time left once there is something to measure', async () => {
    const folder = join(t.dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 40; i++) writeFileSync(join(folder, `r${String(i).padStart(2, '0')}.txt`), text(100 + i));
    const progress: ImportProgressT[] = [];
    lib.onEvent((name, payload) => name === 'import.progress' && progress.push(payload as ImportProgressT));
    const { jobId } = await lib.invoke('import.start', { paths: [folder] });
    await done(lib, jobId);
    expect(progress[0]).toMatchObject({ rate: null, etaSeconds: null });
    for (const p of progress) {
      if (p.rate === null) continue;
      expect(p.rate).toBeGreaterThan(0);
      expect(p.etaSeconds).toBeGreaterThanOrEqual(0);
    }
    const status = await lib.invoke('import.status', { jobId });
    expect(status.progress).toMatchObject({ done: 40, total: 40, etaSeconds: 0 });
  });

  it('reads and changes the settings, refusing bad values with a sentence', async () => {
    const initial = await lib.invoke('settings.get', {});
    expect(initial).toEqual({ watchedFolder: null, maxFileMB: 200, fileTimeoutSeconds: 60, watcher: { folder: null, mode: 'off', error: null, lastJobId: null } });

    const watched = join(t.dir, 'watched');
    mkdirSync(watched);
    const changed = await lib.invoke('settings.update', { watchedFolder: watched, maxFileMB: 1 });
    expect(changed).toMatchObject({ watchedFolder: watched, maxFileMB: 1, fileTimeoutSeconds: 60 });
    expect(await lib.invoke('settings.get', {})).toMatchObject({ watchedFolder: watched, maxFileMB: 1 });

    expect(await lib.call('settings.update', { watchedFolder: join(t.dir, 'nowhere') })).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist/) });
    expect(await lib.call('settings.update', { watchedFolder: 'relative/folder' })).toMatchObject({ ok: false, message: expect.stringMatching(/full path/) });
    expect(await lib.call('settings.update', { maxFileMB: 0 })).toMatchObject({ ok: false, code: 'invalid_input', message: expect.stringMatching(/at least 1 MB/) });
    expect(await lib.call('settings.update', { fileTimeoutSeconds: 1 })).toMatchObject({ ok: false, message: expect.stringMatching(/at least 5 seconds/) });
    // A refused change changes nothing.
    expect(await lib.invoke('settings.get', {})).toMatchObject({ watchedFolder: watched, maxFileMB: 1, fileTimeoutSeconds: 60 });
    expect(await lib.invoke('settings.update', { watchedFolder: null })).toMatchObject({ watchedFolder: null });
  });

  it('applies the size limit from the settings to the next job', async () => {
    await lib.invoke('settings.update', { maxFileMB: 1 });
    const big = join(t.dir, 'big.txt');
    writeFileSync(big, `Big\n\n${'word '.repeat(300_000)}`);
    const { jobId } = await lib.invoke('import.start', { paths: [big] });
    const s = await done(lib, jobId);
    expect(s.outcomes[0]).toMatchObject({ outcome: 'failed', message: 'file is larger than the 1 MB limit' });
  });
});
