// Numbered migrations guarded by PRAGMA user_version; each runs in one transaction, so a crash
// mid-migration leaves the old version or the new one, never a mix.
import type { Db } from './open';
import { migrations } from './migrations';

export class NewerLibraryError extends Error {
  constructor(found: number, known: number) {
    super(
      `This library was written by a newer version of Parallax (schema ${found}; this version knows up to ${known}). ` +
        'Update Parallax to open it; nothing was changed.',
    );
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export const latestVersion = migrations.length;

export function migrate(db: Db, opts: { dryRun?: boolean; to?: number } = {}): number {
  const known = migrations.length;
  const target = opts.to ?? known;
  const current = schemaVersion(db);
  if (current > known) throw new NewerLibraryError(current, known);
  if (opts.dryRun) return current;
  for (let v = current + 1; v <= target; v++) {
    const m = migrations[v - 1];
    if (!m || m.version !== v) throw new Error(`Migration ${v} is missing or out of order.`);
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${v}`);
    }).immediate();
  }
  return schemaVersion(db);
}
