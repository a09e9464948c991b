// Restoring a library from a backup, in two halves so that a bad file never touches the open
// library. prepareRestore() checks the file and makes a verified working copy beside the library
// (a corrupt, foreign or newer-version file is refused here, and nothing else has happened
// yet). swapIn() then runs while the library is closed: stale -wal/-shm files go, and the copy is
// renamed over the library file in one step, so a crash leaves the old library or the new one.
import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync, statSync, fsyncSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../api/errors';
import { openLibrary } from '../db/open';
import { latestVersion, schemaVersion } from '../db/migrate';
import { PARALLAX_APPLICATION_ID } from '../db/migrations/005-notebook';
import { checkLibrarySchema } from './schema-check';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface FileHeader {
  sqlite: boolean;
  userVersion: number;
  applicationId: number;
}

/** The fields of a SQLite file header that say whose file it is and which schema it has (sqlite.org/fileformat2). */
export function readHeader(file: string): FileHeader {
  const buf = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (n < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { sqlite: false, userVersion: 0, applicationId: 0 };
  return { sqlite: true, userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) };
}

/**
 * Refuses, with a sentence, a file that is not a Parallax library of a version this code
 * can open. Only the header is read; the contents are checked on a copy (verifyCopy).
 */
export function checkLibraryHeader(file: string): FileHeader {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`There is no file at ${file}.`);
  const h = readHeader(file);
  if (!h.sqlite) throw new UserError(`${file} is not a Parallax library (it is not a database file at all). Nothing was changed.`);
  if (h.applicationId !== 0 && h.applicationId !== PARALLAX_APPLICATION_ID)
    throw new UserError(`${file} is a database of another program, not a Parallax library. Nothing was changed.`);
  if (h.userVersion === 0) throw new UserError(`${file} is not a Parallax library (it has none of a library's tables). Nothing was changed.`);
  if (h.userVersion > latestVersion)
    throw new UserError(
      `${file} was written by a newer version of Parallax (schema ${h.userVersion}; this version knows up to ${latestVersion}). Update Parallax to restore it. Nothing was changed.`,
    );
  return h;
}

export interface PreparedRestore {
  /** The verified copy, beside the library, to be renamed into place. */
  tmp: string;
  articleCount: number;
  schemaVersion: number;
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Opens the copy as a library (bringing an older schema up to date), then checks every page,
 * the full-text index and the tables a library must have. Throws a UserError on any failure.
 */
function verifyCopy(tmp: string, source: string): { articleCount: number; schemaVersion: number } {
  let db;
  try {
    db = openLibrary(tmp);
  } catch (e) {
    const msg = (e as Error).message;
    // Bringing the schema up to date failed on a missing table: some other program's database.
    if (/no such table/i.test(msg)) throw new UserError(`${source} is not a Parallax library (it has none of a library's tables). Nothing was changed.`);
    throw new UserError(`${source} is damaged and cannot be restored (${msg}). Nothing was changed.`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new UserError(`${source} is damaged and cannot be restored (integrity check: ${String(integrity).replace(/\s+/g, ' ').slice(0, 200)}). Nothing was changed.`);
    const missing = checkLibrarySchema(db);
    if (missing) throw new UserError(`${source} is not a Parallax library (${missing}). Nothing was changed.`);
    db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    const articleCount = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    return { articleCount, schemaVersion: schemaVersion(db) };
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${source} is damaged and cannot be restored (${(e as Error).message}). Nothing was changed.`);
  } finally {
    db.close();
  }
}

export function prepareRestore(file: string, libraryPath: string): PreparedRestore {
  const source = resolve(file);
  const target = resolve(libraryPath);
  if (source === target) throw new UserError('That file is the open library itself; choose a backup to restore.');
  checkLibraryHeader(source);
  const wal = `${source}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0)
    throw new UserError(
      `${source} is in use or was not closed cleanly (its -wal file is beside it), so a copy of it may be incomplete. Open it in Parallax and make a backup from there. Nothing was changed.`,
    );
  const tmp = `${target}.restore-${process.pid}-${Date.now()}`;
  try {
    copyFileSync(source, tmp);
    return { tmp, ...verifyCopy(tmp, source) };
  } catch (e) {
    removeWithSidecars(tmp);
    throw e;
  }
}

/** Call with the library closed: puts the verified copy in place of the library file. */
export function swapIn(prepared: PreparedRestore, libraryPath: string): void {
  const target = resolve(libraryPath);
  // A -wal left beside the old file would be replayed into the restored one on open.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(`${prepared.tmp}${suffix}`, { force: true });
  renameSync(prepared.tmp, target);
  try {
    const dir = openSync(dirname(target), 'r');
    fsyncSync(dir);
    closeSync(dir);
  } catch {
    // Not every platform can fsync a directory; the rename itself is already atomic.
  }
}

/** Removes a prepared copy that will not be used. */
export function discardPrepared(prepared: PreparedRestore): void {
  removeWithSidecars(prepared.tmp);
}
