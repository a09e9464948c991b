// Crash safety: a child process imports 5,000 small files and is killed with SIGKILL at random
// moments. After every kill the library must be sound (integrity check, FTS5 integrity check),
// every article the child reported as imported must be there intact, and the next run must
// finish the rest without storing anything twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { contentHash } from '../../../../../src/main/core/import/hash';
import { tempDir } from './helpers';

const FILES = 5000;
const TRIALS = 10;
const CHILD = join(__dirname, 'fixtures', 'crash-import.ts');
const TSX = createRequire(__filename).resolve('tsx/cjs');
const WORDS = 'talks ministers border ceasefire river harvest city council vote election budget court judge police strike union factory port ship train school hospital doctor nurse army general treaty summit capital province mayor storm flood drought price bread fuel market bank loan tax law parliament party leader reform protest'.split(' ');

/** The body of file i: distinct word runs, so no file is a near copy of another. */
function body(i: number): string {
  let x = Math.imul(i + 1, 0x9e3779b1);
  const next = () => {
    x = Math.imul(x ^ (x >>> 15), 0x85ebca6b) + 0x6d2b79f5;
    return (x >>> 0) % WORDS.length;
  };
  return `${Array.from({ length: 60 }, () => WORDS[next()]).join(' ')} number ${i}.`;
}

interface Run {
  reported: Map<number, string>;
  done: boolean;
}

/**
 * Runs the child. With a kill plan it is killed `delayMs` after it has reported `afterReports`
 * more articles (0: counting from its start), i.e. at some point inside a later batch.
 */
function runChild(lib: string, folder: string, kill: { afterReports: number; delayMs: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', TSX, CHILD, lib, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported = new Map<number, string>();
    let done = false;
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), kill!.delayMs));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^imported (\d+) (.+)$/.exec(line);
        if (m) reported.set(Number(m[1]), m[2]!);
        if (line.startsWith('done ')) done = true;
      }
      if (kill && (reported.size >= kill.afterReports || (kill.afterReports === 0 && buffer + lines.join('').includes('started')))) arm();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`the import child failed (${code}): ${stderr}`));
      else resolve({ reported, done });
    });
  });
}

/** Checks a library after a kill; answers how many articles it holds. */
function checkLibrary(lib: string, reported: Map<number, string>): number {
  const db = openLibrary(lib);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')").run()).not.toThrow();
    const read = db.prepare('SELECT title, text, content_hash AS hash FROM articles WHERE id = ?');
    const tags = db.prepare("SELECT group_concat(t.name, ',') AS names FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name");
    for (const [id, path] of reported) {
      const i = Number(/f(\d+)\.txt$/.exec(path)![1]);
      const row = read.get(id) as { title: string; text: string; hash: string } | undefined;
      expect(row, `article #${id} (${path}) was reported as imported`).toBeDefined();
      expect(row!.title).toBe(`Story ${i}`);
      expect(row!.text).toBe(body(i));
      expect(row!.hash).toBe(contentHash(body(i)));
      expect((tags.get(id) as { names: string | null }).names?.split(',').toSorted()).toEqual(['crash-test', 'wire']);
    }
    // A batch may have committed after its report was cut off, never the other way round.
    const stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(stored).toBeGreaterThanOrEqual(reported.size);
    return stored;
  } finally {
    db.close();
  }
}

function checkComplete(lib: string): void {
  const db = openLibrary(lib);
  try {
    const count = db.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS h, count(DISTINCT title) AS t FROM articles').get();
    expect(count).toEqual({ n: FILES, h: FILES, t: FILES });
    // Every article carries the import's two tags, whichever run stored it.
    expect(db.prepare('SELECT count(*) AS n FROM article_tags').get()).toEqual({ n: 2 * FILES });
    // Each file was stored exactly once over all the runs; later runs saw it as a duplicate.
    expect(db.prepare("SELECT path FROM import_log WHERE outcome IN ('imported', 'reprint') GROUP BY path HAVING count(*) > 1").all()).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')").run();
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  let t: ReturnType<typeof tempDir>;
  const folder = () => join(t.dir, 'files');

  beforeAll(() => {
    t = tempDir();
    mkdirSync(folder());
    for (let i = 0; i < FILES; i++) writeFileSync(join(folder(), `f${String(i).padStart(4, '0')}.txt`), `Story ${i}\n\n${body(i)}\n`);
  });
  afterAll(() => t.cleanup());

  it(`survives ${TRIALS} SIGKILLs at random moments; re-running finishes the rest without duplicates`, async () => {
    // One library, one folder: each run continues what the killed one left, as a user re-running
    // an interrupted import would, and is killed in turn; the last run is left to finish.
    const lib = join(t.dir, 'library.db');
    const reported = new Map<number, string>();
    const kills: string[] = [];
    let stored = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const kill = { afterReports: trial === 0 ? 0 : Math.floor(Math.random() * 100), delayMs: Math.floor(Math.random() * 200) };
      const run = await runChild(lib, folder(), kill);
      for (const [id, path] of run.reported) reported.set(id, path);
      const before = stored;
      stored = checkLibrary(lib, reported);
      kills.push(`${run.done ? 'finished first' : `+${stored - before}`}`);
    }
    const last = await runChild(lib, folder(), null);
    expect(last.done).toBe(true);
    expect(last.reported.size).toBe(FILES - stored);
    checkComplete(lib);
    const midImport = kills.filter((k) => k.startsWith('+')).length;
    console.log(`[crash] ${TRIALS} kills (articles stored by each killed run: ${kills.join(', ')}); ${reported.size} reported before the kills, all intact; the last run added ${last.reported.size}; no duplicates`);
    // The kills must have landed mid-import for the test to mean anything.
    expect(midImport).toBeGreaterThanOrEqual(TRIALS - 1);
  }, 120_000);
});
