// `parallax backup` and `parallax restore`.
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { seedArticles, tempLibraryPath } from '../web/helpers';
import { openLibrary } from '../../../../src/main/core/db/open';
import { ensureNotebookSchema } from '../core/notebook/helpers';

let lib: string;
beforeEach(() => {
  lib = tempLibraryPath();
  seedArticles(lib, [{ title: 'One', text: 'first article' }, { title: 'Two', text: 'second article' }]);
  const db = openLibrary(lib);
  ensureNotebookSchema(db);
  db.close();
});

const count = (path: string) => {
  const db = new Database(path, { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  db.close();
  return n;
};

describe('backup and restore', () => {
  it('backs up to a named file and to the dated backups folder', async () => {
    const file = join(dirname(lib), 'copy.db');
    const r = await cli(['--library', lib, 'backup', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Backed up the library to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d`));
    expect(count(file)).toBe(2);
    const again = await cli(['--library', lib, 'backup', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('never overwrites');
    const dated = JSON.parse((await cli(['--library', lib, '--json', 'backup'])).stdout) as { path: string; automatic: boolean };
    expect(dated.path.startsWith(join(dirname(lib), 'backups', 'library-'))).toBe(true);
    expect(dated.automatic).toBe(false);
  });

  it('restores a backup, keeping the library as it was', async () => {
    const file = join(dirname(lib), 'copy.db');
    await cli(['--library', lib, 'backup', file]);
    seedArticles(lib, [{ title: 'Three', text: 'third article' }]);
    expect(count(lib)).toBe(3);
    const r = await cli(['--library', lib, 'restore', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Restored 2 articles from ${file} into ${lib}.`);
    expect(count(lib)).toBe(2);
    const kept = readdirSync(join(dirname(lib), 'backups')).filter((f) => f.startsWith('library-before-restore-'));
    expect(kept).toHaveLength(1);
    expect(count(join(dirname(lib), 'backups', kept[0]!))).toBe(3);
  });

  it('refuses a file that is not a library, and changes nothing', async () => {
    const r = await cli(['--library', lib, 'restore', lib.replace('library.db', 'missing.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('There is no file at');
    expect(count(lib)).toBe(2);
    expect(existsSync(join(dirname(lib), 'backups'))).toBe(false);
    expect((await cli(['--library', lib, 'restore'])).code).toBe(2);
  });
});
