import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { createBackup } from '../../../../../src/main/core/backup/backup';
import { listBackupFiles, pruneAutomatic } from '../../../../../src/main/core/backup/files';
import { prepareRestore, discardPrepared, swapIn } from '../../../../../src/main/core/backup/restore';
import { backupIfDue, getSchedule, setSchedule } from '../../../../../src/main/core/backup/schedule';
import { latestVersion } from '../../../../../src/main/core/db/migrate';
import { addArticle, article, tempDir } from '../../../../helpers/library';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { notebookLibrary } from '../notebook/helpers';

let lib: ReturnType<typeof notebookLibrary>;
let scratch: ReturnType<typeof tempDir>;
beforeEach(() => {
  lib = notebookLibrary();
  scratch = tempDir();
  for (let i = 0; i < 20; i++) addArticle(lib.db, { title: `Seed ${i}`, text: `seed article number ${i} about the summit` });
});
afterEach(() => {
  lib.cleanup();
  scratch.cleanup();
});

const count = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

describe('backup', () => {
  it('during an ongoing import from another connection, yields a library in a committed state', async () => {
    const writer = openLibrary(lib.path); // like the import worker: its own connection
    const BATCH = 5;
    let batches = 0;
    let stop = false;
    const importing = (async () => {
      // oxlint-disable-next-line no-unmodified-loop-condition -- `stop` is set by the test once the backup is done
      while (!stop) {
        writer.transaction(() => {
          for (let k = 0; k < BATCH; k++) {
            const n = batches * BATCH + k;
            insertArticle(writer, article({ title: `Imported ${n}`, text: `imported article ${n} with some words ${'filler '.repeat(200)}` }));
          }
        })();
        batches++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    // Let the import get going, then back up while it runs.
    // oxlint-disable-next-line no-unmodified-loop-condition -- `batches` grows in the import loop above
    while (batches < 5) await new Promise((r) => setImmediate(r));
    const atStart = batches;
    const b = await createBackup(lib.db, lib.path, { folder: scratch.dir });
    const atEnd = batches;
    stop = true;
    await importing;
    // The import really was writing while the backup ran.
    expect(atEnd).toBeGreaterThan(atStart);
    writer.close();

    const copy = new Database(b.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = count(copy);
    // Every batch is all or nothing: the seed 20 plus whole batches only.
    expect(n).toBeGreaterThanOrEqual(20);
    expect((n - 20) % BATCH).toBe(0);
    const fts = copy.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'imported OR seed'").get() as { n: number };
    expect(fts.n).toBe(n);
    copy.close();
    const check = openLibrary(b.path);
    check.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    check.close();
  });

  it('never overwrites a file and names dated backups after the library', async () => {
    const target = join(scratch.dir, 'mine.db');
    writeFileSync(target, 'precious');
    await expect(createBackup(lib.db, lib.path, { path: target })).rejects.toThrow(/never overwrites/);
    await expect(createBackup(lib.db, lib.path, { path: join(scratch.dir, 'nope', 'x.db') })).rejects.toThrow(/does not exist/);
    const b = await createBackup(lib.db, lib.path, { folder: scratch.dir, now: new Date('2024-06-20T10:11:12.345Z') });
    expect(b.name).toBe('library-20240620T101112345Z.db');
    expect(listBackupFiles(lib.path, scratch.dir).map((f) => f.createdAt)).toEqual(['2024-06-20T10:11:12.345Z']);
    expect(readdirSync(scratch.dir).some((f) => f.includes('.partial'))).toBe(false);
  });

  it('keeps the newest N automatic backups and never prunes manual ones', async () => {
    setSchedule(join(scratch.dir, 'state.json'), lib.path, { enabled: true, intervalHours: 1, keep: 2, folder: scratch.dir });
    const state = join(scratch.dir, 'state.json');
    const t0 = Date.parse('2024-06-20T00:00:00Z');
    await createBackup(lib.db, lib.path, { folder: scratch.dir, now: new Date(t0) });
    for (let h = 0; h < 4; h++) expect(await backupIfDue(lib.db, lib.path, state, new Date(t0 + h * 3_600_000 + 1000))).not.toBeNull();
    // Not due again within the hour.
    expect(await backupIfDue(lib.db, lib.path, state, new Date(t0 + 3 * 3_600_000 + 2000))).toBeNull();
    const files = listBackupFiles(lib.path, scratch.dir);
    expect(files.filter((f) => f.automatic)).toHaveLength(2);
    expect(files.filter((f) => !f.automatic)).toHaveLength(1);
    expect(getSchedule(state, lib.path)).toMatchObject({ enabled: true, keep: 2, lastBackupAt: files.find((f) => f.automatic)!.createdAt });
    expect(pruneAutomatic(lib.path, scratch.dir, 1)).toHaveLength(1);
  });
});

async function backupFile(): Promise<string> {
  return (await createBackup(lib.db, lib.path, { folder: scratch.dir })).path;
}
function untouched(): void {
  expect(count(lib.db)).toBe(20);
  expect(readdirSync(join(lib.path, '..')).filter((f) => f.includes('.restore-'))).toEqual([]);
}

describe('restore', () => {
  it('refuses a corrupt file without touching the open library', async () => {
    const b = await backupFile();
    const damaged = join(scratch.dir, 'damaged.db');
    copyFileSync(b, damaged);
    // Overwrite pages after the header: still looks like SQLite, no longer is a sound database.
    const fd = Buffer.alloc(8192, 0x41);
    const f = await import('node:fs');
    const h = f.openSync(damaged, 'r+');
    f.writeSync(h, fd, 0, fd.length, 4096);
    f.closeSync(h);
    expect(() => prepareRestore(damaged, lib.path)).toThrow(/damaged and cannot be restored.*Nothing was changed/);
    untouched();
  });

  it('refuses a file that is not a database, or a database of another program', () => {
    const text = join(scratch.dir, 'notes.db');
    writeFileSync(text, 'just some text, '.repeat(20));
    expect(() => prepareRestore(text, lib.path)).toThrow(/not a Parallax library \(it is not a database file at all\)/);
    const other = join(scratch.dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.pragma('user_version = 1');
    db.close();
    expect(() => prepareRestore(other, lib.path)).toThrow(/not a Parallax library \(it has none of a library.s tables\)/);
    const foreignId = join(scratch.dir, 'foreign.db');
    const f = new Database(foreignId);
    f.exec('CREATE TABLE t (x)');
    f.pragma('application_id = 1234');
    f.close();
    expect(() => prepareRestore(foreignId, lib.path)).toThrow(/database of another program/);
    expect(() => prepareRestore(join(scratch.dir, 'missing.db'), lib.path)).toThrow(/There is no file at/);
    untouched();
  });

  it('refuses a library written by a newer version', async () => {
    const b = await backupFile();
    const newer = new Database(b);
    newer.pragma(`user_version = ${latestVersion + 1}`);
    newer.close();
    expect(() => prepareRestore(b, lib.path)).toThrow(/newer version of Parallax.*Nothing was changed/);
    untouched();
  });

  it('restores into place: stale -wal removed, the backup content is what opens', async () => {
    const b = await backupFile();
    addArticle(lib.db, { title: 'After the backup', text: 'written after the backup was taken' });
    const prepared = prepareRestore(b, lib.path);
    expect(prepared.articleCount).toBe(20);
    lib.db.close();
    writeFileSync(`${lib.path}-wal`, 'stale wal that must not be replayed');
    swapIn(prepared, lib.path);
    expect(existsSync(`${lib.path}-wal`)).toBe(false);
    lib.db = openLibrary(lib.path);
    expect(count(lib.db)).toBe(20);
    expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a discarded preparation leaves nothing behind', async () => {
    const prepared = prepareRestore(await backupFile(), lib.path);
    discardPrepared(prepared);
    untouched();
  });
});
