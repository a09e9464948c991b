// Several libraries, one per investigation: create one, open (switch to) another, and the list
// of recent ones. These functions handle files and the recent list; switching the running
// session to another file is reopen.ts.
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { UserError } from '../api/errors';
import { openLibrary } from '../db/open';
import { checkLibraryHeader } from '../backup/restore';
import { dataDir, readState, updateState } from './state';

export const RECENT_MAX = 20;

export interface LibraryEntry {
  path: string;
  name: string;
  openedAt: string | null;
  exists: boolean;
}

const nameOf = (path: string) => basename(path, extname(path));

export function listLibraries(stateFile: string, currentPath: string): { current: string; recent: LibraryEntry[] } {
  const current = resolve(currentPath);
  const recent: LibraryEntry[] = readState(stateFile).recent.map((r) => ({ path: r.path, name: nameOf(r.path), openedAt: r.openedAt, exists: existsSync(r.path) }));
  if (!recent.some((r) => r.path === current)) recent.unshift({ path: current, name: nameOf(current), openedAt: null, exists: existsSync(current) });
  return { current, recent };
}

/** Puts a library at the top of the recent list. */
export function rememberLibrary(stateFile: string, path: string, now = new Date()): void {
  const abs = resolve(path);
  updateState(stateFile, (s) => {
    s.recent = [{ path: abs, openedAt: now.toISOString() }, ...s.recent.filter((r) => r.path !== abs)].slice(0, RECENT_MAX);
  });
}

/** A file name from what the user typed: letters, digits, spaces and - _ . kept. */
export function libraryFileName(name: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 100);
  if (!safe) throw new UserError(`“${name}” cannot be used as a library name; use some letters or digits.`);
  return `${safe}.db`;
}

export function defaultLibrariesFolder(env: Record<string, string | undefined> = process.env): string {
  return join(dataDir(env), 'Libraries');
}

/** Creates a new, empty library file; refuses to touch an existing file. */
export function createLibraryFile(name: string, folder: string = defaultLibrariesFolder()): string {
  const path = resolve(folder, libraryFileName(name));
  if (existsSync(path)) throw new UserError(`There is already a file at ${path}. Choose another name, or open that library.`);
  openLibrary(path).close();
  return path;
}

/**
 * Checks that a file can be opened as a library before switching to it: it exists, is a
 * Parallax library and is not from a newer version. Only the header is read; a library from
 * before the file marker existed is recognised by its schema version.
 */
export function checkLibraryFile(path: string): string {
  const abs = resolve(path);
  if (!existsSync(abs)) throw new UserError(`There is no library at ${abs}.`);
  if (statSync(abs).isDirectory()) throw new UserError(`${abs} is a folder; choose a library file (.db).`);
  checkLibraryHeader(abs);
  return abs;
}
