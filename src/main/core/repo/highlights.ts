// SQL for highlights (migration 005). Offsets are UTF-16 positions in articles.text.
import type { Db } from '../db/open';

export interface HighlightRow {
  id: number;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: string;
  comment: string;
  anchor: 'exact' | 'moved' | 'fuzzy' | 'lost';
  createdAt: string;
  updatedAt: string;
}

const COLS =
  'id, article_id AS articleId, start_offset AS start, end_offset AS "end", quote, prefix, suffix, color, comment, anchor, created_at AS createdAt, updated_at AS updatedAt';

export function listHighlights(db: Db, articleId: number): HighlightRow[] {
  return db.prepare(`SELECT ${COLS} FROM highlights WHERE article_id = ? ORDER BY start_offset, id`).all(articleId) as HighlightRow[];
}

export function getHighlight(db: Db, id: number): HighlightRow | undefined {
  return db.prepare(`SELECT ${COLS} FROM highlights WHERE id = ?`).get(id) as HighlightRow | undefined;
}

export function highlightsByIds(db: Db, ids: number[]): HighlightRow[] {
  if (ids.length === 0) return [];
  return db.prepare(`SELECT ${COLS} FROM highlights WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(JSON.stringify(ids)) as HighlightRow[];
}

/** Highlights of many articles, grouped by article id. */
export function highlightsForArticles(db: Db, articleIds: number[]): Map<number, HighlightRow[]> {
  const out = new Map<number, HighlightRow[]>();
  if (articleIds.length === 0) return out;
  const rows = db
    .prepare(`SELECT ${COLS} FROM highlights WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start_offset, id`)
    .all(JSON.stringify(articleIds)) as HighlightRow[];
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    list.push(r);
    out.set(r.articleId, list);
  }
  return out;
}

export function insertHighlight(db: Db, h: Omit<HighlightRow, 'id' | 'createdAt' | 'updatedAt'>, now = new Date().toISOString()): number {
  const info = db
    .prepare(
      `INSERT INTO highlights (article_id, start_offset, end_offset, quote, prefix, suffix, color, comment, anchor, created_at, updated_at)
       VALUES (@articleId, @start, @end, @quote, @prefix, @suffix, @color, @comment, @anchor, @now, @now)`,
    )
    .run({ ...h, now });
  return Number(info.lastInsertRowid);
}

export function updateHighlightNote(db: Db, id: number, color: string, comment: string, now = new Date().toISOString()): void {
  db.prepare('UPDATE highlights SET color = ?, comment = ?, updated_at = ? WHERE id = ?').run(color, comment, now, id);
}

/** Records where a highlight was found after its article's text changed. */
export function updateHighlightAnchor(
  db: Db,
  h: Pick<HighlightRow, 'id' | 'start' | 'end' | 'quote' | 'prefix' | 'suffix' | 'anchor'>,
): void {
  db.prepare('UPDATE highlights SET start_offset = @start, end_offset = @end, quote = @quote, prefix = @prefix, suffix = @suffix, anchor = @anchor WHERE id = @id').run(h);
}

export function deleteHighlight(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM highlights WHERE id = ?').run(id).changes > 0;
}

export function articleTextAndTitle(db: Db, articleId: number): { text: string; title: string } | undefined {
  return db.prepare('SELECT text, title FROM articles WHERE id = ?').get(articleId) as { text: string; title: string } | undefined;
}
