// A temp library with the notebook schema (migration 005) whether or not the migration list
// registers it yet: its up() runs in a transaction when the tables are missing.
import type { Db } from '../../../../../src/main/core/db/open';
import { m005Notebook } from '../../../../../src/main/core/db/migrations/005-notebook';
import { tempLibrary } from '../../../../helpers/library';

export function ensureNotebookSchema(db: Db): void {
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'highlights'").get()) return;
  db.transaction(() => m005Notebook.up(db))();
}

export function notebookLibrary(): ReturnType<typeof tempLibrary> {
  const lib = tempLibrary();
  ensureNotebookSchema(lib.db);
  return lib;
}
