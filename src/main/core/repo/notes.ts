// SQL for the note of each article (migration 005). Triggers keep notes_fts in step.
import type { Db } from '../db/open';

export interface NoteRow {
  articleId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const COLS = 'article_id AS articleId, body, created_at AS createdAt, updated_at AS updatedAt';

export function getNote(db: Db, articleId: number): NoteRow | undefined {
  return db.prepare(`SELECT ${COLS} FROM notes WHERE article_id = ?`).get(articleId) as NoteRow | undefined;
}

export function notesForArticles(db: Db, articleIds: number[]): Map<number, NoteRow> {
  const out = new Map<number, NoteRow>();
  if (articleIds.length === 0) return out;
  const rows = db.prepare(`SELECT ${COLS} FROM notes WHERE article_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(articleIds)) as NoteRow[];
  for (const r of rows) out.set(r.articleId, r);
  return out;
}

/** Creates or replaces a note; an unchanged body leaves updated_at alone (autosave fires often). */
export function upsertNote(db: Db, articleId: number, body: string, now = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (@articleId, @body, @now, @now)
     ON CONFLICT(article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at WHERE notes.body IS NOT excluded.body`,
  ).run({ articleId, body, now });
}

export function deleteNote(db: Db, articleId: number): boolean {
  return db.prepare('DELETE FROM notes WHERE article_id = ?').run(articleId).changes > 0;
}

export function articleExists(db: Db, articleId: number): boolean {
  return db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId) !== undefined;
}
