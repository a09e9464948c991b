// import through the CLI: runs the real import pipeline inline against a temporary library.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from './helpers';
import { SEOUL, TREATY } from './texts';
import { tempLibraryPath } from '../web/helpers';
import { prepareLibraryFile } from '../core/import/helpers';

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
    expect(Object.keys(out).toSorted()).toEqual(['articles', 'cancelled', 'duplicates', 'failed', 'imported', 'jobId', 'reprints', 'skipped', 'tagOffer', 'tags', 'tagsMerged']);
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
    expect(r.stdout).toMatch(/^Imported 0 articles, 2 duplicates, 0 skipped, 0 failed\./);
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

  it('shows probable reprints and skipped parts, and prints the import log', async () => {
    const lib2 = tempLibraryPath();
    prepareLibraryFile(lib2);
    const folder = join(dir, 'wire');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-wire.txt'), TREATY);
    writeFileSync(join(folder, 'b-reprint.txt'), TREATY.replace('Putin and Kim sign mutual defence treaty', 'Moscow and Pyongyang seal a pact') + '\nOur correspondent adds that the news was met with alarm in Seoul on Thursday.\n');
    writeFileSync(join(folder, 'c-rows.ndjson'), `${JSON.stringify({ title: 'Seoul reacts', text: SEOUL })}\n${JSON.stringify({ title: 'No text' })}\n`);
    const r = await cli(['--library', lib2, 'import', folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Imported 3 articles \(1 probable reprint\), 0 duplicates, 1 skipped, 0 failed\./);
    expect(r.stdout).toMatch(/#2 {2}Moscow and Pyongyang seal a pact {2}\(.*b-reprint\.txt\) — probable reprint of "Putin and Kim sign mutual defence treaty" \(#1\)/);
    expect(r.stdout).toMatch(/skipped: .*c-rows\.ndjson — 1 of 2 records without any text were skipped/);
    const jobId = /Log: parallax import --log (\S+)/.exec(r.stdout)![1]!;

    const json = JSON.parse((await cli(['--library', lib2, '--json', 'import', folder])).stdout);
    expect(json).toMatchObject({ imported: 0, reprints: 0, duplicates: 3, skipped: [{ reason: '1 of 2 records without any text were skipped' }] });

    const jobs = await cli(['--library', lib2, 'import', '--log']);
    expect(jobs.code).toBe(0);
    expect(jobs.stdout).toContain(jobId);
    expect(jobs.stdout.split('\n')[0]).toMatch(/started\s+job\s+imported\s+reprints\s+duplicates\s+skipped\s+failed/);
    const one = JSON.parse((await cli(['--library', lib2, '--json', 'import', '--log', jobId])).stdout);
    expect(one.map((e: { outcome: string }) => e.outcome)).toEqual(['imported', 'reprint', 'imported', 'skipped']);
    const missing = await cli(['--library', lib2, 'import', '--log', 'import-nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no import job "import-nope"/);
    expect((await cli(['--library', lib2, 'import', folder, '--limit', '3'])).code).toBe(2);
  });

  it('tags what it imports with --tag, and adds the tags to duplicates only with --merge-tags', async () => {
    const l = tempLibraryPath();
    const first = await cli(['--library', l, 'import', 'folder/treaty.txt', '--tag', 'summit'], { cwd: dir });
    expect(first.code).toBe(0);
    const again = await cli(['--library', l, 'import', 'folder/treaty.txt', '--tag', 'summit', '--tag', 'kcna'], { cwd: dir });
    expect(again.stdout).toMatch(/1 duplicate lacked “kcna”: add them with --merge-tags\./);
    const shown = JSON.parse((await cli(['--library', l, '--json', 'list'], { cwd: dir })).stdout);
    expect(shown[0].tags).toEqual(['summit']);
    const merged = await cli(['--library', l, '--json', 'import', 'folder/treaty.txt', '--tag', 'kcna', '--merge-tags'], { cwd: dir });
    const out = JSON.parse(merged.stdout);
    expect(out.tagOffer.tags).toEqual(['kcna']);
    expect(out.tagsMerged).toBe(1);
    const after = JSON.parse((await cli(['--library', l, '--json', 'list'], { cwd: dir })).stdout);
    expect(after[0].tags).toEqual(['kcna', 'summit']);
    const bad = await cli(['--library', l, 'import', 'folder/treaty.txt', '--merge-tags'], { cwd: dir });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/give at least one --tag/);
  });
});
