// Backing up the open library through SQLite's online backup API (better-sqlite3's db.backup):
// pages are copied in steps between which the app keeps working, and the copy is a committed
// state of the library — never a half-written transaction, which a file copy of a live
// database can be. The copy is written under a temporary name and renamed when complete.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Db } from '../db/open';
import { UserError } from '../api/errors';
import { backupFileName, defaultBackupFolder, type BackupFile, type BackupKind } from './files';

export interface BackupOptions {
  /** An explicit file to write (must not exist yet). */
  path?: string;
  /** Folder for a named-by-date backup; default: backups/ beside the library. */
  folder?: string | null;
  kind?: BackupKind;
  now?: Date;
}

/** Pages copied per step at first: ~16 MB with 4 KiB pages, a few milliseconds of work. */
const FIRST_RATE = 4096;
/** After this many restarts (another connection, e.g. the import worker, kept writing) the rest is copied in one step. */
const MAX_RESTARTS = 3;

/**
 * Runs the backup. Writes through this same connection are folded into the copy as it goes;
 * writes through another connection restart it, so a backup during a long import grows its
 * steps and finally copies everything in one step, which always completes.
 */
async function runBackup(db: Db, target: string): Promise<void> {
  let rate = FIRST_RATE;
  let restarts = 0;
  let lastRemaining = Number.POSITIVE_INFINITY;
  await db.backup(target, {
    progress({ remainingPages }) {
      // Without a restart every step copies at least one page; no progress means it started over.
      if (remainingPages >= lastRemaining) {
        restarts++;
        rate = restarts >= MAX_RESTARTS ? 0x7fffffff : rate * 4;
      }
      lastRemaining = remainingPages;
      return rate;
    },
  });
}

export async function createBackup(db: Db, libraryPath: string, opts: BackupOptions = {}): Promise<BackupFile> {
  const now = opts.now ?? new Date();
  const kind = opts.kind ?? 'manual';
  let target: string;
  if (opts.path) {
    target = resolve(opts.path);
    if (!existsSync(dirname(target))) throw new UserError(`The folder ${dirname(target)} does not exist; choose another place for the backup.`);
  } else {
    const folder = resolve(opts.folder ?? defaultBackupFolder(libraryPath));
    mkdirSync(folder, { recursive: true });
    target = join(folder, backupFileName(libraryPath, kind, now));
  }
  if (resolve(libraryPath) === target) throw new UserError('A backup cannot replace the library itself; choose another file name.');
  if (existsSync(target)) throw new UserError(`There is already a file at ${target}; a backup never overwrites a file. Choose another name.`);
  const partial = `${target}.partial-${process.pid}-${Date.now()}`;
  try {
    await runBackup(db, partial);
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof UserError) throw e;
    throw new UserError(`The backup to ${target} failed: ${(e as Error).message}. The library is unchanged.`);
  }
  return { path: target, name: target.slice(dirname(target).length + 1), bytes: statSync(target).size, createdAt: now.toISOString(), automatic: kind === 'auto' };
}
