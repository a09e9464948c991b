// Backup files on disk: where they go, what they are called, which ones exist, which to prune.
// A backup is one SQLite file named after its library and the moment it was taken:
//   <library>-20240620T101112345Z.db          made by the user
//   <library>-auto-20240620T101112345Z.db     made by the schedule (only these are pruned)
//   <library>-before-restore-….db             the library as it was just before a restore
import { existsSync, readdirSync, statSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export type BackupKind = 'manual' | 'auto' | 'before-restore';

export interface BackupFile {
  path: string;
  name: string;
  bytes: number;
  createdAt: string;
  automatic: boolean;
}

export function libraryBaseName(libraryPath: string): string {
  return basename(libraryPath, extname(libraryPath)) || 'library';
}

export function defaultBackupFolder(libraryPath: string): string {
  return join(dirname(libraryPath), 'backups');
}

const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');

export function backupFileName(libraryPath: string, kind: BackupKind, at: Date): string {
  const tag = kind === 'manual' ? '' : `${kind}-`;
  return `${libraryBaseName(libraryPath)}-${tag}${stamp(at)}.db`;
}

const STAMP = /(\d{8}T\d{9}Z)\.db$/;

function stampToIso(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** The library's backups in a folder, newest first. */
export function listBackupFiles(libraryPath: string, folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const prefix = `${libraryBaseName(libraryPath)}-`;
  const out: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const m = STAMP.exec(name);
    if (!m || !name.startsWith(prefix)) continue;
    // Another library whose name extends this one's ("library-2" vs "library") is not ours.
    const middle = name.slice(prefix.length, name.length - m[0].length);
    if (middle !== '' && middle !== 'auto-' && middle !== 'before-restore-') continue;
    const path = join(folder, name);
    try {
      const st = statSync(path);
      if (!st.isFile()) continue;
      out.push({ path, name, bytes: st.size, createdAt: stampToIso(m[1]!), automatic: middle === 'auto-' });
    } catch {
      // Removed meanwhile.
    }
  }
  return out.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Removes automatic backups beyond the newest `keep`; returns the paths removed. */
export function pruneAutomatic(libraryPath: string, folder: string, keep: number): string[] {
  const old = listBackupFiles(libraryPath, folder)
    .filter((b) => b.automatic)
    .slice(keep);
  for (const b of old) rmSync(b.path, { force: true });
  return old.map((b) => b.path);
}
