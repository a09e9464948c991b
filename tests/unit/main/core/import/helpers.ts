// Shared bits for the import tests: temp folders, the corpus location, a temp library.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary, type Db } from '../../../../../src/main/core/db/open';

/** ../shared/corpus relative to the repository root. */
export const CORPUS = resolve(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'corpus');
export const SEED = join(CORPUS, 'seed', 'nk-russia-strategic-agreement.txt');
export const READABILITY = join(CORPUS, 'extraction', 'readability');
export const hasSeed = existsSync(SEED);
export const hasReadability = existsSync(join(READABILITY, 'index.json'));

export function tempDir(prefix = 'parallax-import-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempLibrary(): { db: Db; dir: string; path: string; cleanup(): void } {
  const t = tempDir('parallax-lib-');
  const path = join(t.dir, 'library.db');
  const db = openLibrary(path);
  return {
    db,
    dir: t.dir,
    path,
    cleanup: () => {
      if (db.open) db.close();
      t.cleanup();
    },
  };
}

export function hex(s: string): Uint8Array {
  return Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
}

export function utf8(s: string): Uint8Array {
  return Uint8Array.from(Buffer.from(s, 'utf8'));
}
