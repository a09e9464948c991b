// The user's import settings: where the watched folder is (off by default), the per-file size
// cap and time limit. Stored in the settings table (migration 003); a library without it, or a
// key never set, has the defaults.
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Db } from '../db/open';
import { readSettings, writeSettings } from '../repo/settings';
import { UserError } from '../api/errors';
import type { JobLimits } from './worker-protocol';

export interface ImportSettings {
  /** Absolute path of the folder whose new files are imported automatically, or null (off). */
  watchedFolder: string | null;
  /** Files larger than this many megabytes are not imported. */
  maxFileMB: number;
  /** A file that takes longer than this to read is given up. */
  fileTimeoutSeconds: number;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = { watchedFolder: null, maxFileMB: 200, fileTimeoutSeconds: 60 };
export const MAX_FILE_MB_LIMIT = 2048;
export const FILE_TIMEOUT_LIMITS = { min: 5, max: 3600 };

const KEYS = { watchedFolder: 'import.watchedFolder', maxFileMB: 'import.maxFileMB', fileTimeoutSeconds: 'import.fileTimeoutSeconds' } as const;

function hasSettingsTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get() !== undefined;
}

function intIn(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}

export function readImportSettings(db: Db): ImportSettings {
  if (!hasSettingsTable(db)) return { ...DEFAULT_IMPORT_SETTINGS };
  const s = readSettings(db);
  const folder = s.get(KEYS.watchedFolder);
  return {
    watchedFolder: typeof folder === 'string' && folder ? folder : null,
    maxFileMB: intIn(s.get(KEYS.maxFileMB), 1, MAX_FILE_MB_LIMIT, DEFAULT_IMPORT_SETTINGS.maxFileMB),
    fileTimeoutSeconds: intIn(s.get(KEYS.fileTimeoutSeconds), FILE_TIMEOUT_LIMITS.min, FILE_TIMEOUT_LIMITS.max, DEFAULT_IMPORT_SETTINGS.fileTimeoutSeconds),
  };
}

/** Checks a folder the user wants watched; answers its absolute path or throws a sentence. */
export function checkWatchedFolder(folder: string): string {
  if (!isAbsolute(folder)) throw new UserError(`The watched folder must be a full path (starting at the root of the disk), not "${folder}".`);
  const abs = resolve(folder);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new UserError(`The folder ${abs} does not exist (or cannot be read), so it cannot be watched.`);
  }
  if (!isDir) throw new UserError(`${abs} is a file, not a folder; choose a folder to watch.`);
  return abs;
}

/** Applies a change (validated by the contract already) and answers the settings now in force. */
export function updateImportSettings(db: Db, patch: Partial<ImportSettings>): ImportSettings {
  if (!hasSettingsTable(db)) throw new UserError('This library is from an older version of Parallax and cannot store settings yet; reopen it to upgrade it.');
  const values: Record<string, unknown> = {};
  if (patch.watchedFolder !== undefined) values[KEYS.watchedFolder] = patch.watchedFolder === null ? '' : checkWatchedFolder(patch.watchedFolder);
  if (patch.maxFileMB !== undefined) values[KEYS.maxFileMB] = patch.maxFileMB;
  if (patch.fileTimeoutSeconds !== undefined) values[KEYS.fileTimeoutSeconds] = patch.fileTimeoutSeconds;
  writeSettings(db, values);
  return readImportSettings(db);
}

export function jobLimits(s: ImportSettings): JobLimits {
  return { maxFileBytes: s.maxFileMB * 1024 * 1024, fileTimeoutMs: s.fileTimeoutSeconds * 1000 };
}
