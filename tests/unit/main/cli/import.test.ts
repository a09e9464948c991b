// import through the CLI: runs the real import pipeline inline against a temporary library.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from './helpers';
import { SEOUL, TREATY } from './texts';
import { tempLibraryPath } from '../web/helpers';

const corpus = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus');
const seedArticle = join(corpus, 'seed', 'nk-russia-strategic-agreement.txt');

let dir: string;
let lib: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-import-'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'treaty.txt'), TREATY);
  writeFileSync(join(dir, 'folder', 'seoul.md'), SEOUL);
  lib = tempLibraryPath();
});

describe('import', () => {
  it('imports files, reports failures with their reason, and answers in JSON', async () => {
    const r = await cli(['--library', lib, '--json', 'import', 'folder/treaty.txt', 'folder/seoul.md', 'folder/missing.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).toSorted()).toEqual(['articles', 'duplicates', 'failed', 'imported']);
    expect(out.imported).toBe(2);
    expect(out.duplicates).toBe(0);
    expect(out.failed).toHaveLength(1);
    expect(out.failed[0].path).toBe(join(dir, 'folder', 'missing.txt'));
    expect(out.failed[0].error.length).toBeGreaterThan(5);
    const titles = out.articles.map((a: { title: string }) => a.title).toSorted();
    expect(titles).toEqual(['Putin and Kim sign mutual defence treaty', 'Seoul responds to the treaty']);
    for (const a of out.articles) {
      expect(Number.isInteger(a.id)).toBe(true);
      expect(a.path.startsWith(join(dir, 'folder'))).toBe(true);
    }
  });

  it('reports a second import of the same files as duplicates', async () => {
    const r = await cli(['--library', lib, 'import', join(dir, 'folder')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Imported 0 articles, 2 duplicates, 0 failed\./);
  });

  it('fails with exit code 1 when nothing at all could be imported', async () => {
    const r = await cli(['--library', lib, 'import', join(dir, 'nowhere.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('failed:');
    expect(r.stderr).toContain('nowhere.txt');
  });

  it('shows progress on a terminal, and only there', async () => {
    const folder = join(dir, 'progress');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), TREATY.replace('Wednesday', 'Thursday'));
    const other = tempLibraryPath();
    const tty = await cli(['--library', other, 'import', folder], { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('Importing');
    const piped = await cli(['--library', tempLibraryPath(), 'import', folder], { tty: false });
    expect(piped.stderr).not.toContain('Importing');
  });

  it('imports the sample article from the shared corpus', async (t) => {
    if (!existsSync(seedArticle)) {
      t.skip(`shared corpus not found at ${corpus}`);
      return;
    }
    const r = await cli(['--library', tempLibraryPath(), '--json', 'import', seedArticle]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.imported).toBe(1);
    expect(out.articles[0].title).toBe('North Korea And Russia Sign Strategic Agreement');
  });
});

