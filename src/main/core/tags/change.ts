// The one way tag operations change the library: a set of links to remove, links to add and
// colours to set. Applying it returns what really changed (links that already were as asked
// are left out), which is exactly what undo needs: the inverse of a real change restores the
// state before it, whatever the operation was (rename, merge, delete, bulk, a rule run).
import type { Db } from '../db/open';
import { dropEmptyTags, linkTag, setTagColor, tagColor, unlinkTag } from '../repo/tags';
import { pushJournal } from '../repo/undo';

export interface ColorChange {
  name: string;
  before: string | null;
  after: string | null;
}

export interface TagLinkChange {
  remove: [tag: string, ids: number[]][];
  add: [tag: string, ids: number[]][];
  colors: ColorChange[];
}

export const noChange = (): TagLinkChange => ({ remove: [], add: [], colors: [] });

/** Removes, then adds (so a case-only rename works), then sets colours in order. Call inside a transaction. */
export function applyTagChange(db: Db, c: TagLinkChange): TagLinkChange {
  const actual = noChange();
  for (const [name, ids] of c.remove) {
    const r = unlinkTag(db, name, ids);
    if (r && r.ids.length) actual.remove.push([r.name, r.ids]);
  }
  dropEmptyTags(db);
  for (const [name, ids] of c.add) {
    if (ids.length === 0) continue;
    const r = linkTag(db, name, ids);
    if (r.ids.length) actual.add.push([r.name, r.ids]);
  }
  dropEmptyTags(db);
  for (const col of c.colors) {
    const before = tagColor(db, col.name);
    if (before === col.after) continue;
    setTagColor(db, col.name, col.after);
    actual.colors.push({ name: col.name, before, after: col.after });
  }
  return actual;
}

export function invertTagChange(c: TagLinkChange): TagLinkChange {
  return {
    remove: c.add,
    add: c.remove,
    colors: c.colors.toReversed().map((x) => ({ name: x.name, before: x.after, after: x.before })),
  };
}

export function isEmptyChange(c: TagLinkChange): boolean {
  return c.remove.length === 0 && c.add.length === 0 && c.colors.length === 0;
}

export interface ChangeSummary {
  articles: number;
  added: number;
  removed: number;
  undoLabel: string | null;
}

export function summarise(c: TagLinkChange, undoLabel: string | null): ChangeSummary {
  const touched = new Set<number>();
  let added = 0;
  let removed = 0;
  for (const [, ids] of c.add) {
    added += ids.length;
    ids.forEach((i) => touched.add(i));
  }
  for (const [, ids] of c.remove) {
    removed += ids.length;
    ids.forEach((i) => touched.add(i));
  }
  return { articles: touched.size, added, removed, undoLabel };
}

/** Applies a change in one transaction and journals it for undo.last (nothing is journaled when nothing changed). */
export function runTagChange(db: Db, label: string, c: TagLinkChange): ChangeSummary {
  return db.transaction(() => {
    const actual = applyTagChange(db, c);
    if (isEmptyChange(actual)) return summarise(actual, null);
    pushJournal(db, 'tags', label, actual);
    return summarise(actual, label);
  })();
}
