// SQL for the undo journal (migration 005): one row per undoable operation, newest last.
import type { Db } from '../db/open';

export interface JournalRow {
  id: number;
  op: string;
  label: string;
  data: string;
  createdAt: string;
}

/** Older entries are dropped: undo is for the last few things done, not a history. */
export const JOURNAL_KEEP = 50;

export function pushJournal(db: Db, op: string, label: string, data: unknown, now = new Date().toISOString()): number {
  const id = Number(db.prepare('INSERT INTO undo_journal (op, label, data, created_at) VALUES (?, ?, ?, ?)').run(op, label, JSON.stringify(data), now).lastInsertRowid);
  db.prepare('DELETE FROM undo_journal WHERE id <= ?').run(id - JOURNAL_KEEP);
  return id;
}

export function lastJournal(db: Db): JournalRow | undefined {
  return db.prepare('SELECT id, op, label, data, created_at AS createdAt FROM undo_journal ORDER BY id DESC LIMIT 1').get() as JournalRow | undefined;
}

export function dropJournal(db: Db, id: number): void {
  db.prepare('DELETE FROM undo_journal WHERE id = ?').run(id);
}

/** Journal entries that mention trash entries (undoing them would find nothing once purged). */
export function dropJournalOps(db: Db, op: string): void {
  db.prepare('DELETE FROM undo_journal WHERE op = ?').run(op);
}
