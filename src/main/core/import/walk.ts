// Expands the files and folders a user chose into the files to read. A folder import reads
// only regular files inside the chosen folder: links that lead outside it are not followed,
// named pipes, sockets and devices are skipped with a reason (reading a FIFO would block, a
// device may never end), hidden files are left alone, and the "_files" folder a browser's
// "Save Page As" puts next to page.html is not imported as separate articles.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, relative, isAbsolute, resolve } from 'node:path';

export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Folders nested deeper than this are not entered (a loop of links, or a pathological tree). */
const MAX_DEPTH = 64;

export interface WalkFile {
  /** The path as the user will see it (inside the chosen folder). */
  path: string;
  /** The resolved path to read (no links left in it). */
  realPath: string;
  size: number;
}

export interface WalkSkip {
  path: string;
  /** Why the file was not read, as a sentence fragment for the import log. */
  reason: string;
}

export interface WalkResult {
  files: WalkFile[];
  skipped: WalkSkip[];
}

const HTML_PAGE = /\.(html?|xhtml|shtml|mhtml?)$/i;

/** "page_files" (or "page-Dateien" and other locales' suffixes) beside "page.html". */
const ASSET_SUFFIX = /^(.+?)(_files|-Dateien|_fichiers|_archivos|_arquivos|_file|-filer|_bestanden|\.files)$/i;

export function isSavedPageAssets(dirName: string, siblings: Set<string>): boolean {
  const m = ASSET_SUFFIX.exec(dirName);
  if (!m) return false;
  const stem = m[1]!;
  for (const s of siblings) if (HTML_PAGE.test(s) && s.slice(0, s.lastIndexOf('.')) === stem) return true;
  return false;
}

export function isHidden(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX' || name === 'Thumbs.db' || name === 'desktop.ini';
}

function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'was not found';
  if (code === 'EACCES' || code === 'EPERM') return 'could not be read (permission denied)';
  if (code === 'ELOOP') return 'is a loop of links';
  return `could not be read (${(err as Error)?.message ?? String(err)})`;
}

/** Entries of a folder looked at together. */
const STAT_BATCH = 64;

/** What an entry is: its stat (a link's target's, when it stays inside `root`) or why it is skipped. */
async function look(root: string, realEntry: string): Promise<{ st: Stats; target: string } | { reason: string }> {
  try {
    const st = await lstat(realEntry);
    if (!st.isSymbolicLink()) return { st, target: realEntry };
    const target = await realpath(realEntry);
    if (!inside(root, target)) return { reason: 'is a link to a place outside the chosen folder; not followed' };
    return { st: await stat(target), target };
  } catch (e) {
    return { reason: describe(e) };
  }
}

export async function walkPaths(paths: string[], signal?: AbortSignal): Promise<WalkResult> {
  const files: WalkFile[] = [];
  const skipped: WalkSkip[] = [];
  const visitedDirs = new Set<string>();

  const walkDir = async (root: string, dirReal: string, shown: string, depth: number): Promise<void> => {
    if (signal?.aborted) return;
    if (visitedDirs.has(dirReal)) return;
    visitedDirs.add(dirReal);
    if (depth > MAX_DEPTH) {
      skipped.push({ path: shown, reason: `is nested more than ${MAX_DEPTH} folders deep; not opened` });
      return;
    }
    let entries;
    try {
      entries = await readdir(dirReal, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: shown, reason: `folder ${describe(e)}` });
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const visible = entries.filter((e) => !isHidden(e.name));
    // The entries of a folder are looked at a batch at a time (one file system round trip per
    // entry otherwise: a folder of 10,000 articles took most of a second), then handled in order.
    for (let from = 0; from < visible.length; from += STAT_BATCH) {
      if (signal?.aborted) return;
      const batch = visible.slice(from, from + STAT_BATCH);
      const looked = await Promise.all(batch.map((entry) => look(root, join(dirReal, entry.name))));
      for (let i = 0; i < batch.length; i++) {
        if (signal?.aborted) return;
        const entry = batch[i]!;
        const shownPath = join(shown, entry.name);
        const found = looked[i]!;
        if ('reason' in found) {
          skipped.push({ path: shownPath, reason: found.reason });
          continue;
        }
        const { st, target } = found;
        if (st.isDirectory()) {
          if (isSavedPageAssets(entry.name, names)) continue;
          await walkDir(root, target, shownPath, depth + 1);
        } else if (st.isFile()) {
          files.push({ path: shownPath, realPath: target, size: st.size });
        } else {
          skipped.push({ path: shownPath, reason: `is ${kindOf(st)}, not a regular file; skipped` });
        }
      }
    }
  };

  for (const chosen of paths) {
    if (signal?.aborted) break;
    const shown = resolve(chosen);
    try {
      // What the user chose is followed even if it is a link: they pointed at it themselves.
      const real = await realpath(shown);
      const st = await stat(real);
      if (st.isDirectory()) await walkDir(real, real, shown, 0);
      else if (st.isFile()) files.push({ path: shown, realPath: real, size: st.size });
      else skipped.push({ path: shown, reason: `is ${kindOf(st)}, not a regular file; skipped` });
    } catch (e) {
      skipped.push({ path: shown, reason: describe(e) });
    }
  }
  return { files, skipped };
}

function split(n: string): string[] {
  return n.split(/[\\/]/).filter(Boolean);
}

/** Uploaded names follow the same rules as a folder walk: no hidden files, no "_files" assets. */
export function uploadedNameFilter(names: string[]): (name: string) => boolean {
  // "dir/stem" of every uploaded HTML page, so a "dir/stem_files/..." entry is recognised.
  const pages = new Set<string>();
  for (const n of names) {
    const parts = split(n);
    const last = parts.pop() ?? '';
    if (HTML_PAGE.test(last)) pages.add([...parts, last.slice(0, last.lastIndexOf('.'))].join('/'));
  }
  return (name) => {
    const parts = split(name);
    if (parts.some(isHidden)) return false;
    for (let i = 0; i < parts.length - 1; i++) {
      const m = ASSET_SUFFIX.exec(parts[i]!);
      if (m && pages.has([...parts.slice(0, i), m[1]].join('/'))) return false;
    }
    return true;
  };
}
