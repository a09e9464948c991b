// What a database must contain to be a Parallax library (beyond its header): the tables and
// columns every version since the first has had.
import type { Db } from '../db/open';
import { columnsOf } from '../repo/trash';

const REQUIRED: Record<string, string[]> = {
  articles: ['id', 'title', 'text', 'content_hash', 'format', 'imported_at'],
  tags: ['id', 'name'],
  article_tags: ['article_id', 'tag_id'],
  articles_fts: ['title', 'byline', 'text'],
};

/** null when the database has a library's tables, else what is missing, as a phrase. */
export function checkLibrarySchema(db: Db): string | null {
  for (const [table, cols] of Object.entries(REQUIRED)) {
    const have = new Set(columnsOf(db, table).map((c) => c.name));
    if (have.size === 0) return `it has no ${table} table`;
    const missing = cols.filter((c) => !have.has(c));
    if (missing.length) return `its ${table} table lacks ${missing.join(', ')}`;
  }
  return null;
}
