// SQL for saved searches (table from migration 002). Counting new matches is search's job
// (search/index.ts searchCount); this module only stores the searches and when they were opened.
import type { Db } from '../db/open';

export type SavedSort = 'relevance' | 'newest' | 'oldest';

export interface SavedSearchRow {
  id: number;
  name: string;
  query: string;
  sort: SavedSort;
  createdAt: string;
  lastOpenedAt: string | null;
  /** Highest article id when last opened (or created): matches above it are new. */
  maxSeenId: number;
}

const COLS = 'id, name, query, sort, created_at AS createdAt, last_opened_at AS lastOpenedAt, max_seen_id AS maxSeenId';

export function listSavedSearches(db: Db): SavedSearchRow[] {
  return db.prepare(`SELECT ${COLS} FROM saved_searches ORDER BY name COLLATE NOCASE, id`).all() as SavedSearchRow[];
}

export function getSavedSearch(db: Db, id: number): SavedSearchRow | undefined {
  return db.prepare(`SELECT ${COLS} FROM saved_searches WHERE id = ?`).get(id) as SavedSearchRow | undefined;
}

export function findSavedSearchByName(db: Db, name: string): SavedSearchRow | undefined {
  return db.prepare(`SELECT ${COLS} FROM saved_searches WHERE name = ?`).get(name) as SavedSearchRow | undefined;
}

/** The highest article id in the library (0 when empty). */
export function maxArticleId(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS m FROM articles').get() as { m: number }).m;
}

/** Stores a search; what exists now counts as seen, so only later imports count as new. */
export function createSavedSearch(db: Db, s: { name: string; query: string; sort: SavedSort }, now = new Date().toISOString()): SavedSearchRow {
  const info = db
    .prepare('INSERT INTO saved_searches (name, query, sort, created_at, last_opened_at, max_seen_id) VALUES (@name, @query, @sort, @now, NULL, @max)')
    .run({ ...s, now, max: maxArticleId(db) });
  return getSavedSearch(db, Number(info.lastInsertRowid)) as SavedSearchRow;
}

export function deleteSavedSearch(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}

/** Records an opening: articles up to `seenUpTo` (default: all there are now) have been seen. */
export function markSavedSearchOpened(db: Db, id: number, seenUpTo = maxArticleId(db), now = new Date().toISOString()): SavedSearchRow | undefined {
  db.prepare('UPDATE saved_searches SET last_opened_at = @now, max_seen_id = max(max_seen_id, @max) WHERE id = @id').run({ id, now, max: seenUpTo });
  return getSavedSearch(db, id);
}
