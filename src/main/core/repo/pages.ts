// SQL for notebook pages (migration 005). Triggers keep notes_fts in step.
import type { Db } from '../db/open';

export interface PageRow {
  id: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const COLS = 'id, title, body, created_at AS createdAt, updated_at AS updatedAt';

export function listPages(db: Db): (Omit<PageRow, 'body'> & { head: string })[] {
  return db
    .prepare('SELECT id, title, substr(body, 1, 400) AS head, created_at AS createdAt, updated_at AS updatedAt FROM pages ORDER BY updated_at DESC, id DESC')
    .all() as (Omit<PageRow, 'body'> & { head: string })[];
}

export function getPage(db: Db, id: number): PageRow | undefined {
  return db.prepare(`SELECT ${COLS} FROM pages WHERE id = ?`).get(id) as PageRow | undefined;
}

export function insertPage(db: Db, title: string, body: string, now = new Date().toISOString()): number {
  return Number(db.prepare('INSERT INTO pages (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(title, body, now, now).lastInsertRowid);
}

export function updatePage(db: Db, id: number, title: string, body: string, now = new Date().toISOString()): boolean {
  return db.prepare('UPDATE pages SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(title, body, now, id).changes > 0;
}

export function deletePage(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM pages WHERE id = ?').run(id).changes > 0;
}

/** Titles and provenance of the articles a page refers to (missing ids are simply absent). */
export function articleRefs(db: Db, ids: number[]): Map<number, ArticleRef> {
  const out = new Map<number, ArticleRef>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare('SELECT id, title, outlet, byline, published, url, language, imported_at AS importedAt FROM articles WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as ArticleRef[];
  for (const r of rows) out.set(r.id, r);
  return out;
}

export interface ArticleRef {
  id: number;
  title: string;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  importedAt: string;
}
