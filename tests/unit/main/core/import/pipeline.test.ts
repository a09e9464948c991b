import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../../../src/main/core/db/open';
import type { ImportProgressT } from '../../../../../src/shared/contract';
import { importSources } from '../../../../../src/main/core/import/pipeline';
import { countArticles, getArticle } from '../../../../../src/main/core/repo/articles';
import { listImportLog } from '../../../../../src/main/core/repo/importLog';
import { SEED, hasSeed, tempDir, tempLibrary } from './helpers';

const PARAS = [
  'Vladimir Putin and Kim Jong Un signed a strategic agreement on Wednesday that promises assistance to each other in the event of aggression.',
  'The summit coincided with Putin’s first visit to North Korea in 24 years, and growing concerns were raised about an arms deal.',
  'Kim described the two nations’ relationship as a fiery friendship, calling the agreement their strongest ever treaty.',
];
const CHROME = ['Related Articles', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Back to top button'];

function seedLike(title: string, paras = PARAS): string {
  return [title, '', ...paras.flatMap((p) => [p, '']), ...CHROME.flatMap((c) => [c, ''])].join('\n');
}

function htmlPage(title: string, body: string[]): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Wire"></head><body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function b64(s: string): string {
  return Buffer.from(s).toString('base64');
}

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('importSources', () => {
  let db: Db;
  let lib: ReturnType<typeof tempLibrary>;
  let files: ReturnType<typeof tempDir>;

  beforeEach(() => {
    lib = tempLibrary();
    db = lib.db;
    files = tempDir();
  });
  afterEach(() => {
    lib.cleanup();
    files.cleanup();
  });

  it.skipIf(!hasSeed)('imports the seed article with its title and without page chrome', async () => {
    const s = await importSources(db, { paths: [SEED] }, { jobId: 'j1' });
    expect(s).toMatchObject({ jobId: 'j1', imported: 1, duplicates: 0, failed: 0, cancelled: false });
    const a = getArticle(db, s.outcomes[0]!.articleId!)!;
    expect(a.title).toBe('North Korea And Russia Sign Strategic Agreement');
    expect(a.text.startsWith('Vladimir Putin, the president of Russia')).toBe(true);
    expect(a.text).not.toMatch(/Leave a Reply|Back to top button|Related Articles|Required fields/);
    expect(a.text.endsWith('with its loudspeakers.')).toBe(true);
    expect(a).toMatchObject({ format: 'txt', language: 'en', sourcePath: SEED, html: null });
    expect(a.wordCount).toBeGreaterThan(1000);
  });

  it.skipIf(!hasSeed)('treats a re-import of the seed as a duplicate and changes nothing', async () => {
    const first = await importSources(db, { paths: [SEED] }, { jobId: 'j1' });
    const before = getArticle(db, first.outcomes[0]!.articleId!);
    const again = await importSources(db, { paths: [SEED] }, { jobId: 'j2' });
    expect(again).toMatchObject({ imported: 0, duplicates: 1, failed: 0 });
    expect(again.outcomes[0]).toMatchObject({ outcome: 'duplicate', articleId: before!.id, message: 'duplicate of "North Korea And Russia Sign Strategic Agreement"' });
    expect(countArticles(db)).toBe(1);
    expect(getArticle(db, before!.id)).toEqual(before);
  });

  it('imports a self-made seed-like file the same way (no corpus needed)', async () => {
    const p = join(files.dir, 'summit.txt');
    writeFileSync(p, seedLike('Summit Ends With Pact'));
    const s = await importSources(db, { paths: [p] }, { jobId: 'j' });
    const a = getArticle(db, s.outcomes[0]!.articleId!)!;
    expect(a.title).toBe('Summit Ends With Pact');
    expect(a.text).toBe(PARAS.join('\n\n'));
    const again = await importSources(db, { paths: [p] }, { jobId: 'j2' });
    expect(again.outcomes.map((o) => o.outcome)).toEqual(['duplicate']);
  });

  it('imports the good files of a folder and explains each bad one', async () => {
    const dir = join(files.dir, 'batch');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'a-good.txt'), seedLike('Good Text', [PARAS[0]!]));
    writeFileSync(join(dir, 'b-good.md'), `---\ntitle: Good Markdown\noutlet: Notes\n---\n\n${PARAS[1]}\n`);
    writeFileSync(join(dir, 'nested', 'c-good.html'), htmlPage('Good Page', [PARAS[2]!, `${PARAS[0]} ${PARAS[1]}`]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '   \n\n \u0002 \n');
    writeFileSync(join(dir, 'program.exe'), Buffer.from('4d5a90000300000004000000ffff0000', 'hex'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from('7f454c460201010000000000000000000300030e0001000000101000000000000', 'hex'));
    writeFileSync(join(dir, 'big.txt'), `Big\n\n${'x '.repeat(2000)}`);
    const progress: ImportProgressT[] = [];
    const s = await importSources(db, { paths: [dir] }, { jobId: 'batch', maxFileBytes: 1024, onProgress: (p) => progress.push(p) });

    const by = (name: string) => s.outcomes.find((o) => o.path.endsWith(name))!;
    expect(s).toMatchObject({ imported: 3, duplicates: 0, failed: 5, cancelled: false });
    expect(by('a-good.txt')).toMatchObject({ outcome: 'imported', title: 'Good Text' });
    expect(by('b-good.md')).toMatchObject({ outcome: 'imported', title: 'Good Markdown' });
    expect(by('c-good.html')).toMatchObject({ outcome: 'imported', title: 'Good Page' });
    expect(by('empty.txt').message).toBe('file is empty');
    expect(by('blank.txt').message).toBe('no article text found');
    expect(by('program.exe').message).toBe('not a supported file type (.exe)');
    expect(by('binary.txt').message).toMatch(/binary/);
    expect(by('big.txt').message).toBe('file is larger than the 1 KB limit');
    expect(countArticles(db)).toBe(3);

    // One log row per outcome, in the same order.
    const log = listImportLog(db, 'batch');
    expect(log.map((r) => [r.path, r.outcome, r.message])).toEqual(s.outcomes.map((o) => [o.path, o.outcome, o.message]));

    expect(progress.map((p) => p.done)).toEqual([...Array.from({ length: 8 }, (_, i) => i), 8]);
    expect(progress.at(-1)).toMatchObject({ done: 8, total: 8, current: null, imported: 3, failed: 5 });
  });

  it('stores sanitized HTML and metadata of a page', async () => {
    const p = join(files.dir, 'page.html');
    writeFileSync(p, htmlPage('Hostile Page', [`${PARAS[0]}<img src="https://tracker.example/p.gif" onerror="alert(1)" alt="photo">`, PARAS[1]!, PARAS[2]!]).replace('</article>', '<script>alert(1)</script></article>'));
    const s = await importSources(db, { paths: [p] }, { jobId: 'j' });
    const a = getArticle(db, s.outcomes[0]!.articleId!)!;
    expect(a).toMatchObject({ title: 'Hostile Page', outlet: 'Wire', language: 'en', format: 'html' });
    expect(a.html).toContain('[photo]');
    expect(a.html).not.toMatch(/script|onerror|tracker\.example|<img/);
  });

  it('imports uploaded files under their names and skips hidden ones', async () => {
    const s = await importSources(
      db,
      { files: [{ name: 'drop/one.txt', data: b64(seedLike('Uploaded One')) }, { name: 'drop/.DS_Store', data: b64('junk') }, { name: 'two.md', data: b64(`# Uploaded Two\n\n${PARAS[2]}`) }] },
      { jobId: 'up' },
    );
    expect(s.outcomes.map((o) => [o.path, o.outcome, o.title])).toEqual([
      ['drop/one.txt', 'imported', 'Uploaded One'],
      ['two.md', 'imported', 'Uploaded Two'],
    ]);
    expect(getArticle(db, s.outcomes[0]!.articleId!)!.sourcePath).toBe('drop/one.txt');
  });

  it.skipIf(!hasMkfifo())('skips a FIFO in a folder with a reason and imports the rest', async () => {
    const dir = join(files.dir, 'withpipe');
    mkdirSync(dir);
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'ok.txt'), seedLike('Still Imported'));
    const s = await importSources(db, { paths: [dir] }, { jobId: 'p' });
    expect(s.imported).toBe(1);
    expect(s.outcomes.find((o) => o.path.endsWith('pipe.txt'))).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/named pipe/) });
  });

  it('stops at the next file when cancelled and says so', async () => {
    const dir = join(files.dir, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `f${i}.txt`), seedLike(`Story ${i}`, [`${PARAS[0]} Number ${i}.`]));
    const controller = new AbortController();
    const s = await importSources(db, { paths: [dir] }, {
      jobId: 'c',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    expect(s.cancelled).toBe(true);
    expect(s.imported).toBe(2);
    expect(countArticles(db)).toBe(2);
  });

  it('recognises the same text saved as .txt and as .html as one article', async () => {
    const dir = join(files.dir, 'same');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), ['Same Story', '', ...PARAS.flatMap((p) => [p, ''])].join('\n'));
    writeFileSync(join(dir, 'b.html'), htmlPage('Same Story', PARAS));
    const s = await importSources(db, { paths: [dir] }, { jobId: 's' });
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['imported', 'duplicate']);
  });

  it('never stores the snippet marker characters', async () => {
    const p = join(files.dir, 'markers.txt');
    writeFileSync(p, `Ti\u0002tle\u0003\n\n${PARAS[0]}\u0002 and \u0003more.`);
    const s = await importSources(db, { paths: [p] }, { jobId: 'm' });
    const a = getArticle(db, s.outcomes[0]!.articleId!)!;
    expect(a.title).toBe('Title');
    const stored = `${a.title}${a.text}`;
    expect(stored.includes('\u0002') || stored.includes('\u0003')).toBe(false);
  });

  it('keeps everything committed before a later file fails', async () => {
    const dir = join(files.dir, 'partial');
    mkdirSync(dir);
    if (hasSeed) copyFileSync(SEED, join(dir, 'a.txt'));
    else writeFileSync(join(dir, 'a.txt'), seedLike('First'));
    writeFileSync(join(dir, 'b.bin'), Buffer.from([0, 1, 2, 3]));
    const s = await importSources(db, { paths: [dir] }, { jobId: 'k' });
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['imported', 'failed']);
    expect(countArticles(db)).toBe(1);
  });
});
