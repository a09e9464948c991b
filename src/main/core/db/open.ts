// Opens a library file: pragmas, the right native build, and migrations.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrate } from './migrate';

export type Db = Database.Database;

export class LibraryOpenError extends Error {}

/**
 * Inside Electron the Node build of better-sqlite3 has the wrong ABI; the install step puts an
 * Electron build in native/electron/. Plain Node (tests, CLI, web UI) uses npm's build.
 */
function nativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  const candidates = [
    process.env.PARALLAX_SQLITE_BINDING,
    join((process as { resourcesPath?: string }).resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    join(__dirname, '..', '..', 'native', 'electron', 'better_sqlite3.node'),
    join(process.cwd(), 'native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export interface OpenOptions {
  readonly?: boolean;
}

export function openLibrary(file: string, opts: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: !!opts.readonly, nativeBinding: nativeBinding() });
  } catch (e) {
    throw new LibraryOpenError(`Could not open the library at ${file}: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a committed import survives a power cut, not only a process crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    // A larger page cache is what keeps common-term queries fast at 100k articles (ARCHITECTURE.md).
    db.pragma('cache_size = -262144');
    db.pragma('temp_store = MEMORY');
    if (!opts.readonly) migrate(db);
    else checkVersion(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

function checkVersion(db: Db): void {
  migrate(db, { dryRun: true });
}
