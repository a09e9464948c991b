// Shared bits for the import tests: temp folders, the corpus location, a temp library.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary, type Db } from '../../../../../src/main/core/db/open';
import { migrations } from '../../../../../src/main/core/db/migrations';
import { m003Import } from '../../../../../src/main/core/db/migrations/003-import';

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

/**
 * Applies migration 003 to a library opened before the lead registered it in the migration
 * list (once registered, openLibrary has applied it and this does nothing).
 */
export function withImportSchema(db: Db): Db {
  const registered = migrations.some((m) => m.version === m003Import.version);
  const applied = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'article_bands'").get() !== undefined;
  if (!registered && !applied) db.transaction(() => m003Import.up(db)).immediate();
  return db;
}

/** A library file with the import schema, ready for a Library or a worker to open. */
export function prepareLibraryFile(path: string): void {
  withImportSchema(openLibrary(path)).close();
}

export function tempLibrary(): { db: Db; dir: string; path: string; cleanup(): void } {
  const t = tempDir('parallax-lib-');
  const path = join(t.dir, 'library.db');
  const db = withImportSchema(openLibrary(path));
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
