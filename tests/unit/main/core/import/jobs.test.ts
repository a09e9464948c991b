import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library, type LibraryContext } from '../../../../../src/main/core/library';
import { ImportJobs } from '../../../../../src/main/core/import/jobs';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { countArticles } from '../../../../../src/main/core/repo/articles';
import type { EventName, ImportProgressT, ImportSummaryT } from '../../../../../src/shared/contract';
import { tempDir } from './helpers';

const PARA = 'Vladimir Putin and Kim Jong Un signed a strategic agreement on Wednesday that promises assistance to each other in the event of aggression.';

function writeArticles(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.txt`), `Story ${i}\n\n${PARA} Report number ${i}.\n`);
}

function recorder(lib: Library) {
  const events: { name: EventName; payload: unknown }[] = [];
  lib.onEvent((name, payload) => events.push({ name, payload }));
  const done = (jobId: string) =>
    new Promise<ImportSummaryT>((resolve) => {
      const found = events.find((e) => e.name === 'import.done' && (e.payload as ImportSummaryT).jobId === jobId);
      if (found) return resolve(found.payload as ImportSummaryT);
      const off = lib.onEvent((name, payload) => {
        if (name === 'import.done' && (payload as ImportSummaryT).jobId === jobId) {
          off();
          resolve(payload as ImportSummaryT);
        }
      });
    });
  return { events, done };
}

describe('ImportJobs', () => {
  let t: ReturnType<typeof tempDir>;
  let lib: Library | null = null;
  const logs: string[] = [];

  beforeEach(() => {
    t = tempDir();
    logs.length = 0;
  });
  afterEach(async () => {
    await lib?.close();
    lib = null;
    t.cleanup();
  });

  it('runs an inline job: id at once, progress events, done, library.changed, status', async () => {
    lib = new Library({ path: join(t.dir, 'lib.db'), importMode: 'inline', log: (m) => logs.push(m) });
    writeArticles(join(t.dir, 'in'), 12);
    const rec = recorder(lib);
    const { jobId } = await lib.invoke('import.start', { paths: [join(t.dir, 'in')] });
    expect(jobId).toMatch(/^import-/);
    const early = await lib.invoke('import.status', { jobId });
    expect(early.summary).toBeNull();

    const summary = await rec.done(jobId);
    expect(summary).toMatchObject({ jobId, imported: 12, duplicates: 0, failed: 0, cancelled: false });
    const names = rec.events.map((e) => e.name);
    expect(names.indexOf('import.done')).toBeGreaterThan(names.lastIndexOf('import.progress'));
    expect(names.at(-1)).toBe('library.changed');
    const last = rec.events.filter((e) => e.name === 'import.progress').at(-1)!.payload as ImportProgressT;
    expect(last).toMatchObject({ jobId, done: 12, total: 12, imported: 12, current: null });

    const status = await lib.invoke('import.status', { jobId });
    expect(status.summary).toEqual(summary);
    expect((await lib.invoke('library.info', {})).articleCount).toBe(12);
  });

  it('runs jobs one at a time and cancels a queued one', async () => {
    lib = new Library({ path: join(t.dir, 'lib.db'), importMode: 'inline', log: (m) => logs.push(m) });
    writeArticles(join(t.dir, 'a'), 5);
    writeArticles(join(t.dir, 'b'), 5);
    const rec = recorder(lib);
    const first = lib.ctx.imports.start({ paths: [join(t.dir, 'a')], files: [] });
    const second = lib.ctx.imports.start({ paths: [join(t.dir, 'b')], files: [] });
    expect(lib.ctx.imports.cancel(second)).toBe(true);
    expect(lib.ctx.imports.cancel(second)).toBe(false);
    await lib.ctx.imports.idle();
    expect((await rec.done(second))).toMatchObject({ cancelled: true, imported: 0, outcomes: [] });
    expect((await rec.done(first)).imported).toBe(5);
    expect(lib.ctx.imports.cancel('import-unknown')).toBe(false);
  });

  it('answers an unknown job id with a not-found error', async () => {
    lib = new Library({ path: join(t.dir, 'lib.db'), importMode: 'inline' });
    const r = await lib.call('import.status', { jobId: 'nope' });
    expect(r).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('imports in a worker thread', async () => {
    lib = new Library({ path: join(t.dir, 'lib.db'), importMode: 'worker', log: (m) => logs.push(m) });
    writeArticles(join(t.dir, 'in'), 8);
    const rec = recorder(lib);
    const upload = { name: 'drop/up.md', data: Buffer.from(`# Uploaded\n\n${PARA} Uploaded copy.`).toString('base64') };
    const { jobId } = await lib.invoke('import.start', { paths: [join(t.dir, 'in')], files: [upload] });
    const summary = await rec.done(jobId);
    expect(logs.filter((m) => /could not start/.test(m))).toEqual([]);
    expect(summary).toMatchObject({ imported: 9, failed: 0, cancelled: false });
    expect(summary.outcomes.find((o) => o.path === 'drop/up.md')?.title).toBe('Uploaded');
    // The main thread's connection sees what the worker committed.
    expect((await lib.invoke('library.info', {})).articleCount).toBe(9);
    const list = await lib.invoke('articles.list', { sort: 'title', order: 'asc' });
    expect(list.items.map((a) => a.title)).toContain('Story 0');

    const again = await lib.invoke('import.start', { paths: [join(t.dir, 'in')] });
    expect((await rec.done(again.jobId))).toMatchObject({ imported: 0, duplicates: 8 });
  });

  it('falls back to importing in this thread when the worker cannot start, and says so', async () => {
    const db = openLibrary(join(t.dir, 'real.db'));
    const events: EventName[] = [];
    // The worker opens ctx.path itself; a folder is not a database, so it fails to start.
    const ctx = { path: t.dir, db, transport: 'direct', emit: (e: EventName) => events.push(e), log: (m: string) => logs.push(m) } as unknown as LibraryContext;
    const jobs = new ImportJobs(ctx, { mode: 'worker' });
    writeArticles(join(t.dir, 'in'), 3);
    jobs.start({ paths: [join(t.dir, 'in')], files: [] });
    await jobs.idle();
    expect(logs.some((m) => /could not start.*main thread/.test(m))).toBe(true);
    expect(countArticles(db)).toBe(3);
    expect(events).toContain('import.done');
    await jobs.close();
    db.close();
  });

  it('closes cleanly while a job is running', async () => {
    lib = new Library({ path: join(t.dir, 'lib.db'), importMode: 'inline' });
    writeArticles(join(t.dir, 'in'), 30);
    const { jobId } = await lib.invoke('import.start', { paths: [join(t.dir, 'in')] });
    const closing = lib.close();
    await closing;
    const s = lib.ctx.imports.status(jobId);
    expect(s?.summary?.cancelled).toBe(true);
    lib = null;
  });
});
