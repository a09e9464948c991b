// SQL for the comparison settings the user edits: outlet groups ("State media": TASS, KCNA…)
// and framing pairs (stored as one JSON value; absent = the built-in list).
import type { Db } from '../db/open';
import type { FramingPair } from '../../../shared/compare';

export interface OutletGroup {
  name: string;
  outlets: string[];
}

export function listOutletGroups(db: Db): OutletGroup[] {
  return (db.prepare('SELECT name, outlets FROM outlet_groups ORDER BY name COLLATE NOCASE').all() as { name: string; outlets: string }[]).map((r) => ({
    name: r.name,
    outlets: JSON.parse(r.outlets) as string[],
  }));
}

export function getOutletGroup(db: Db, name: string): OutletGroup | undefined {
  const r = db.prepare('SELECT name, outlets FROM outlet_groups WHERE name = ? COLLATE NOCASE').get(name) as { name: string; outlets: string } | undefined;
  return r && { name: r.name, outlets: JSON.parse(r.outlets) as string[] };
}

/** Creates or replaces a group; `previousName` renames an existing one in the same step. */
export function saveOutletGroup(db: Db, group: OutletGroup, previousName?: string): void {
  const outlets = JSON.stringify(group.outlets);
  db.transaction(() => {
    if (previousName !== undefined && previousName.toLowerCase() !== group.name.toLowerCase()) {
      db.prepare('DELETE FROM outlet_groups WHERE name = ? COLLATE NOCASE').run(previousName);
    }
    db.prepare('INSERT INTO outlet_groups (name, outlets) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET name = excluded.name, outlets = excluded.outlets').run(
      group.name,
      outlets,
    );
  })();
}

export function deleteOutletGroup(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM outlet_groups WHERE name = ? COLLATE NOCASE').run(name).changes > 0;
}

const FRAMING_KEY = 'framing.pairs';

/** The user's framing pairs, or null when they never edited the list. */
export function getFramingPairs(db: Db): FramingPair[] | null {
  const r = db.prepare('SELECT value FROM compare_settings WHERE key = ?').get(FRAMING_KEY) as { value: string } | undefined;
  return r ? (JSON.parse(r.value) as FramingPair[]) : null;
}

/** Stores the list; null goes back to the built-in pairs. */
export function setFramingPairs(db: Db, pairs: FramingPair[] | null): void {
  if (pairs === null) db.prepare('DELETE FROM compare_settings WHERE key = ?').run(FRAMING_KEY);
  else
    db.prepare('INSERT INTO compare_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      FRAMING_KEY,
      JSON.stringify(pairs),
    );
}
