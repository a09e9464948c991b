// SQL for the user's settings (one JSON value per key) and the watched folder's record of the
// files it has already handed to the importer.
import type { Db } from '../db/open';

export function readSettings(db: Db): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const r of db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    try {
      out.set(r.key, JSON.parse(r.value));
    } catch {
      // A value that does not parse is treated as unset; the CHECK constraint makes it rare.
    }
  }
  return out;
}

export function writeSettings(db: Db, values: Record<string, unknown>): void {
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [k, v] of Object.entries(values)) if (v !== undefined) put.run(k, JSON.stringify(v));
  })();
}

export interface WatchedFileState {
  size: number;
  mtimeMs: number;
}

export function watchedFileState(db: Db, path: string): WatchedFileState | undefined {
  return db.prepare('SELECT size, mtime_ms AS mtimeMs FROM watched_files WHERE path = ?').get(path) as WatchedFileState | undefined;
}

export function recordWatchedFiles(db: Db, files: ({ path: string } & WatchedFileState)[]): void {
  const put = db.prepare('INSERT INTO watched_files (path, size, mtime_ms) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms');
  db.transaction(() => {
    for (const f of files) put.run(f.path, f.size, Math.floor(f.mtimeMs));
  })();
}

/** Forgets what the watcher saw (when the user points it at another folder). */
export function clearWatchedFiles(db: Db): void {
  db.prepare('DELETE FROM watched_files').run();
}
