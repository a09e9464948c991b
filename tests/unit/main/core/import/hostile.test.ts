// Caps against hostile files, each through the whole pipeline: every one is a clear per-file
// error (or a logged skip of the part at fault) and the rest of the batch imports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { ImportSummaryT } from '../../../../../src/shared/contract';
import { importSources } from '../../../../../src/main/core/import/pipeline';
import { ExtractPool } from '../../../../../src/main/core/import/extract-pool';
import { listImportLog } from '../../../../../src/main/core/repo/importLog';
import type { FormatHandler } from '../../../../../src/main/core/import/types';
import { formatHandlers } from '../../../../../src/main/core/import/formats';
import { tempDir, tempLibrary } from './helpers';

const VOCABULARY = 'talks ministers border ceasefire river harvest city council vote election budget court judge police strike union factory port ship train school hospital doctor nurse army general treaty summit capital province mayor storm flood drought price bread fuel market bank loan tax law parliament party leader reform protest crowd square church museum festival film'.split(' ');

/** Distinct article texts (no two share runs of words, so none is a reprint of another). */
function article(title: string, seed: number): string {
  let x = seed * 7919 + 17;
  const words = Array.from({ length: 120 }, () => VOCABULARY[(x = (x * 1103515245 + 12345) % 2147483648) % VOCABULARY.length]);
  return `${title}\n\n${words.join(' ')}.\n`;
}
const GOOD = article('Good article', 1);
const enc = (s: string) => new TextEncoder().encode(s);

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('hostile files', () => {
  let lib: ReturnType<typeof tempLibrary>;
  let t: ReturnType<typeof tempDir>;
  let summary: ImportSummaryT;
  const dir = () => join(t.dir, 'drop');
  const outcome = (name: string) => summary.outcomes.find((o) => o.path.endsWith(name));

  beforeAll(async () => {
    lib = tempLibrary();
    t = tempDir();
    mkdirSync(join(t.dir, 'outside'));
    mkdirSync(dir());
    writeFileSync(join(t.dir, 'outside', 'secret.txt'), article('Secret article', 2));
    writeFileSync(join(dir(), 'a-good.txt'), GOOD);
    writeFileSync(join(dir(), 'big.txt'), `Big\n\n${'word '.repeat(500_000)}`);
    // 32 MB of zeros deflates to ~32 KB: a thousandfold expansion.
    writeFileSync(join(dir(), 'bomb.zip'), zipSync({ 'zeros.txt': new Uint8Array(32 * 1024 * 1024) }, { level: 9 }));
    writeFileSync(join(dir(), 'crowd.zip'), zipSync(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`n${i}.txt`, enc('x')]))));
    writeFileSync(
      join(dir(), 'slip.zip'),
      zipSync({ '../../evil.txt': enc(article('Evil article', 3)), '/etc/abs.txt': enc(article('Absolute article', 4)), 'inner/ok.txt': enc(article('Zipped article', 5)) }),
    );
    symlinkSync(join(t.dir, 'outside', 'secret.txt'), join(dir(), 'link-out.txt'));
    if (hasMkfifo()) execFileSync('mkfifo', [join(dir(), 'pipe.txt')]);
    writeFileSync(join(dir(), 'nested.html'), `<!doctype html><html><body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body></html>`);
    writeFileSync(join(dir(), 'rows.ndjson'), `${JSON.stringify({ title: 'Row with text', text: article('', 6) })}\n${JSON.stringify({ title: 'Row without text' })}\nnot json\n`);
    writeFileSync(join(dir(), 'z-good.md'), `# Last good file\n\n${article('', 7)}`);
    summary = await importSources(lib.db, { paths: [dir(), '/dev/zero'] }, { jobId: 'hostile', maxFileBytes: 2 * 1024 * 1024 });
  });
  afterAll(() => {
    lib.cleanup();
    t.cleanup();
  });

  it('imports the good files around the hostile ones', () => {
    const titles = summary.outcomes.filter((o) => o.outcome === 'imported').map((o) => o.title);
    expect(titles).toEqual(expect.arrayContaining(['Good article', 'Zipped article', 'Row with text', 'Last good file']));
    expect(titles).not.toContain('Secret article');
    expect(titles).not.toContain('Evil article');
    expect(titles).not.toContain('Absolute article');
  });

  it('refuses a file over the size cap', () => {
    expect(outcome('big.txt')).toMatchObject({ outcome: 'failed', message: 'file is larger than the 2 MB limit' });
  });

  it('refuses a zip bomb and an archive with too many entries, before inflating', () => {
    expect(outcome('bomb.zip')).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/looks like a zip bomb: it would expand \d+ times its size/) });
    expect(outcome('crowd.zip')).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/holds 10001 entries, more than the limit of 10000/) });
  });

  it('skips zip-slip and absolute entries with a logged reason and imports the rest of the archive', () => {
    expect(outcome('slip.zip!/../../evil.txt')).toMatchObject({ outcome: 'skipped', message: expect.stringMatching(/zip-slip/) });
    expect(outcome('slip.zip!//etc/abs.txt')).toMatchObject({ outcome: 'skipped', message: expect.stringMatching(/absolute path/) });
    expect(outcome('slip.zip!/inner/ok.txt')).toMatchObject({ outcome: 'imported', title: 'Zipped article' });
    const log = listImportLog(lib.db, 'hostile').filter((r) => r.outcome === 'skipped');
    expect(log.map((r) => r.path)).toEqual(expect.arrayContaining([expect.stringMatching(/evil\.txt$/), expect.stringMatching(/abs\.txt$/)]));
  });

  it('does not follow a link that leads outside the chosen folder', () => {
    expect(outcome('link-out.txt')).toMatchObject({ outcome: 'failed', message: 'is a link to a place outside the chosen folder; not followed' });
  });

  it.skipIf(!hasMkfifo())('skips a named pipe instead of blocking on it', () => {
    expect(outcome('pipe.txt')).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/named pipe/) });
  });

  it('refuses a device file', () => {
    expect(outcome('/dev/zero')).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/is a device, not a regular file/) });
  });

  it('refuses pathologically nested HTML', () => {
    expect(outcome('nested.html')).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/nested more than 2000 levels deep/) });
  });

  it('logs records without text and lines that are not JSON as skipped, keeping the rows with text', () => {
    const rows = summary.outcomes.filter((o) => o.path.endsWith('rows.ndjson'));
    expect(rows.map((o) => o.outcome)).toEqual(['imported', 'skipped', 'skipped']);
    expect(rows.slice(1).map((o) => o.message)).toEqual(['1 of 2 records without any text were skipped', '1 lines that are not valid JSON were skipped']);
    // Skipped parts count neither as imported nor as failed.
    expect(summary.failed).toBe(summary.outcomes.filter((o) => o.outcome === 'failed').length);
  });
});

describe('time limit per file', () => {
  let lib: ReturnType<typeof tempLibrary>;
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    lib = tempLibrary();
    t = tempDir();
    writeFileSync(join(t.dir, 'a.hang'), 'this parser never returns');
    writeFileSync(join(t.dir, 'b.txt'), GOOD);
    writeFileSync(join(t.dir, 'c.txt'), article('Another good article', 8));
  });
  afterAll(() => {
    lib.cleanup();
    t.cleanup();
  });

  it('gives up a handler that never settles and goes on with the batch (in this thread)', async () => {
    const stalls: FormatHandler = { format: 'hang', extensions: ['hang'], extract: () => new Promise(() => undefined) };
    const s = await importSources(lib.db, { paths: [t.dir] }, { jobId: 'slow', fileTimeoutMs: 200, formats: [stalls, ...formatHandlers] });
    expect(s.outcomes.map((o) => [o.path.split('/').pop(), o.outcome])).toEqual([
      ['a.hang', 'failed'],
      ['b.txt', 'imported'],
      ['c.txt', 'imported'],
    ]);
    expect(s.outcomes[0]!.message).toMatch(/^took longer than 0\.2 s to import; skipped/);
  });

  it('cuts off a parser stuck in a loop by ending its thread, and the next files still import', async () => {
    const pool = new ExtractPool({ size: 1, handlersModule: join(__dirname, 'fixtures', 'hang-handlers.ts') });
    try {
      const other = tempLibrary();
      try {
        const s = await importSources(other.db, { paths: [t.dir] }, { jobId: 'loop', fileTimeoutMs: 1000, pool });
        expect(s.outcomes.map((o) => [o.path.split('/').pop(), o.outcome])).toEqual([
          ['a.hang', 'failed'],
          ['b.txt', 'imported'],
          ['c.txt', 'imported'],
        ]);
        expect(s.outcomes[0]!.message).toMatch(/^took longer than 1 s to import; skipped/);
      } finally {
        other.cleanup();
      }
    } finally {
      await pool.close();
    }
  });
});
