// undo.last: reverses the newest journaled operation. Tag operations (rename, move, merge,
// delete, colours, bulk tagging, rule runs) are undone by applying the inverse of the change
// they really made; moving to the trash is undone by restoring those trash entries.
import type { Db } from '../db/open';
import { dropJournal, lastJournal } from '../repo/undo';
import { restoreFromTrash } from '../trash/trash';
import { applyTagChange, invertTagChange, type TagLinkChange } from './change';

export function peekUndo(db: Db): string | null {
  return lastJournal(db)?.label ?? null;
}

export function undoLast(db: Db): { undone: string | null; message: string } {
  return db.transaction(() => {
    const entry = lastJournal(db);
    if (!entry) return { undone: null, message: 'There is nothing to undo.' };
    dropJournal(db, entry.id);
    if (entry.op === 'tags') {
      applyTagChange(db, invertTagChange(JSON.parse(entry.data) as TagLinkChange));
      return { undone: entry.label, message: `Undone: ${entry.label}.` };
    }
    if (entry.op === 'trash') {
      const { trashIds } = JSON.parse(entry.data) as { trashIds: number[] };
      const r = restoreFromTrash(db, trashIds);
      const parts = [`Undone: ${entry.label}.`];
      if (r.restored.length === 0 && r.conflicts.length === 0) parts.push('Those articles were no longer in the trash.');
      for (const c of r.conflicts) parts.push(c.message);
      return { undone: entry.label, message: parts.join(' ') };
    }
    return { undone: null, message: `The last step (${entry.label}) cannot be undone by this version of Parallax.` };
  })();
}
