import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSavedPageAssets, uploadedNameFilter, walkPaths } from '../../../../../src/main/core/import/walk';
import { tempDir } from './helpers';

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('walkPaths', () => {
  let root: string;
  let outside: string;
  let cleanup: () => void;

  beforeEach(() => {
    const t = tempDir();
    cleanup = t.cleanup;
    root = join(t.dir, 'chosen');
    outside = join(t.dir, 'outside');
    mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(root, 'page_files'));
    mkdirSync(join(root, 'other_files'));
    mkdirSync(join(root, '.git'));
    mkdirSync(outside);
    writeFileSync(join(root, 'a.txt'), 'A');
    writeFileSync(join(root, 'page.html'), '<html></html>');
    writeFileSync(join(root, 'page_files', 'style.css'), 'x');
    writeFileSync(join(root, 'other_files', 'note.txt'), 'kept: no other.html beside it');
    writeFileSync(join(root, '.hidden.txt'), 'hidden');
    writeFileSync(join(root, '.git', 'config'), 'hidden');
    writeFileSync(join(root, 'sub', 'deeper', 'b.md'), '# B');
    writeFileSync(join(outside, 'secret.txt'), 'secret');
  });
  afterEach(() => cleanup());

  it('lists regular files recursively, skipping hidden files and Save-Page-As asset folders', async () => {
    const { files, skipped } = await walkPaths([root]);
    const rel = files.map((f) => f.path.slice(root.length + 1)).toSorted();
    expect(rel).toEqual(['a.txt', join('other_files', 'note.txt'), 'page.html', join('sub', 'deeper', 'b.md')]);
    expect(skipped).toEqual([]);
    expect(files.find((f) => f.path.endsWith('a.txt'))?.size).toBe(1);
  });

  it('does not follow links leading outside the chosen folder, but follows those inside it', async () => {
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link-out.txt'));
    symlinkSync(outside, join(root, 'dir-out'));
    symlinkSync(join(root, 'a.txt'), join(root, 'link-in.txt'));
    const { files, skipped } = await walkPaths([root]);
    expect(files.some((f) => f.realPath.includes('outside'))).toBe(false);
    expect(skipped.map((s) => s.path.slice(root.length + 1)).toSorted()).toEqual(['dir-out', 'link-out.txt']);
    expect(skipped[0]!.reason).toMatch(/outside the chosen folder/);
    const linkIn = files.find((f) => f.path.endsWith('link-in.txt'));
    expect(linkIn?.realPath.endsWith('a.txt')).toBe(true);
  });

  it.skipIf(!hasMkfifo())('skips a FIFO with a reason instead of blocking on it', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const { files, skipped } = await walkPaths([root]);
    expect(files.some((f) => f.path.endsWith('pipe.txt'))).toBe(false);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.reason).toMatch(/named pipe/);
  });

  it('reports a chosen path that does not exist', async () => {
    const { files, skipped } = await walkPaths([join(root, 'nope.txt')]);
    expect(files).toEqual([]);
    expect(skipped[0]!.reason).toBe('was not found');
  });

  it('takes a chosen file as is, even a hidden one', async () => {
    const { files } = await walkPaths([join(root, '.hidden.txt')]);
    expect(files).toHaveLength(1);
  });
});

describe('asset folders and uploads', () => {
  it('recognises "_files" folders only beside a page of the same name', () => {
    expect(isSavedPageAssets('story_files', new Set(['story.html', 'story_files']))).toBe(true);
    expect(isSavedPageAssets('story_files', new Set(['other.html']))).toBe(false);
    expect(isSavedPageAssets('Artikel-Dateien', new Set(['Artikel.htm']))).toBe(true);
  });

  it('filters uploaded names the same way', () => {
    const names = ['drop/story.html', 'drop/story_files/img.png', 'drop/.DS_Store', 'drop/notes.txt', 'lone_files/x.txt'];
    const keep = uploadedNameFilter(names);
    expect(names.filter(keep)).toEqual(['drop/story.html', 'drop/notes.txt', 'lone_files/x.txt']);
  });
});

describe('walkPaths on a large folder', () => {
  it('lists files in name order across the batches it looks at, folders and links in place', async () => {
    const t = tempDir();
    const outside = tempDir();
    try {
      writeFileSync(join(outside.dir, 'secret.txt'), 'x');
      const names: string[] = [];
      for (let i = 0; i < 150; i++) {
        const name = `f${String(i).padStart(3, '0')}.txt`;
        writeFileSync(join(t.dir, name), `file ${i}`);
        names.push(name);
      }
      mkdirSync(join(t.dir, 'f070-sub'));
      writeFileSync(join(t.dir, 'f070-sub', 'inner.txt'), 'inner');
      symlinkSync(join(outside.dir, 'secret.txt'), join(t.dir, 'f100-link.txt'));
      writeFileSync(join(t.dir, '.hidden.txt'), 'hidden');
      const w = await walkPaths([t.dir]);
      const expected = [...names, 'f070-sub/inner.txt'].toSorted((a, b) => (a.split('/')[0]! < b.split('/')[0]! ? -1 : a.split('/')[0]! > b.split('/')[0]! ? 1 : 0));
      expect(w.files.map((f) => f.path.slice(t.dir.length + 1))).toEqual(expected);
      expect(w.skipped.map((s) => [s.path.slice(t.dir.length + 1), s.reason])).toEqual([['f100-link.txt', 'is a link to a place outside the chosen folder; not followed']]);
    } finally {
      t.cleanup();
      outside.cleanup();
    }
  });
});
