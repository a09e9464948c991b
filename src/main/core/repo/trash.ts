// SQL for the trash (migration 005). Moving an article to the trash takes it out of `articles`
// together with the rows of other tables that refer to it; which tables those are is read from
// the schema (every foreign key to articles), so tables added by later features are covered
// too. Table and column names therefore come from the database catalogue — never from input —
// and are checked against a plain-identifier pattern before they are quoted into SQL; every
// value is a parameter.
import type { Db } from '../db/open';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ident = (s: string) => {
  if (!IDENT.test(s)) throw new Error(`Unexpected identifier in the schema: ${s}`);
  return `"${s}"`;
};

export interface Reference {
  table: string;
  column: string;
  onDelete: string;
  withoutRowid: boolean;
}

/** Every column of every table that refers to articles(id). */
export function referencesToArticles(db: Db): Reference[] {
  const rows = db
    .prepare(
      `SELECT m.name AS "table", f."from" AS "column", upper(f.on_delete) AS onDelete, lower(m.sql) LIKE '%without rowid%' AS withoutRowid
       FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'articles' ORDER BY m.name, f."from"`,
    )
    .all() as { table: string; column: string; onDelete: string; withoutRowid: number }[];
  return rows.filter((r) => IDENT.test(r.table) && IDENT.test(r.column)).map((r) => ({ ...r, withoutRowid: r.withoutRowid === 1 }));
}

export function columnsOf(db: Db, table: string): { name: string; pk: number; type: string }[] {
  return db.prepare('SELECT name, pk, type FROM pragma_table_info(?)').all(table) as { name: string; pk: number; type: string }[];
}

export function rowsReferring(db: Db, ref: Reference, ids: number[]): Record<string, unknown>[] {
  return db.prepare(`SELECT * FROM ${ident(ref.table)} WHERE ${ident(ref.column)} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Record<string, unknown>[];
}

/** Row ids and values of a column that ON DELETE SET NULL/DEFAULT will clear. */
export function rowidsReferring(db: Db, ref: Reference, ids: number[]): { rowid: number; value: number }[] {
  return db
    // Aliased: with an INTEGER PRIMARY KEY the bare rowid column comes back under that key's name.
    .prepare(`SELECT rowid AS "rowid", ${ident(ref.column)} AS value FROM ${ident(ref.table)} WHERE ${ident(ref.column)} IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as { rowid: number; value: number }[];
}

export function deleteReferring(db: Db, ref: Reference, ids: number[]): void {
  db.prepare(`DELETE FROM ${ident(ref.table)} WHERE ${ident(ref.column)} IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids));
}

/** Inserts a row with the columns it shares with the table as it is now. */
export function insertRow(db: Db, table: string, row: Record<string, unknown>): number {
  const cols = columnsOf(db, table)
    .map((c) => c.name)
    .filter((c) => Object.prototype.hasOwnProperty.call(row, c) && IDENT.test(c));
  const params: Record<string, unknown> = {};
  cols.forEach((c, i) => (params[`p${i}`] = row[c]));
  const sql = `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map((_, i) => `@p${i}`).join(', ')})`;
  return Number(db.prepare(sql).run(params).lastInsertRowid);
}

export function setColumnByRowid(db: Db, table: string, column: string, rowid: number, value: unknown): void {
  db.prepare(`UPDATE ${ident(table)} SET ${ident(column)} = ? WHERE rowid = ? AND ${ident(column)} IS NULL`).run(value, rowid);
}

export function articleRows(db: Db, ids: number[]): Record<string, unknown>[] {
  return db.prepare('SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(ids)) as Record<string, unknown>[];
}

export function deleteArticleRows(db: Db, ids: number[]): number {
  return db.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids)).changes;
}

export function articleIdExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

export function articleByHash(db: Db, hash: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM articles WHERE content_hash = ?').get(hash) as { id: number } | undefined;
}

export function tagNamesOf(db: Db, ids: number[]): { articleId: number; name: string }[] {
  return db
    .prepare('SELECT at.article_id AS articleId, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { articleId: number; name: string }[];
}

export interface TrashRow {
  id: number;
  articleId: number;
  title: string;
  outlet: string | null;
  published: string | null;
  contentHash: string;
  deletedAt: string;
  article: string;
  related: string;
}

export function insertTrash(db: Db, t: Omit<TrashRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO trash (article_id, title, outlet, published, content_hash, deleted_at, article, related)
         VALUES (@articleId, @title, @outlet, @published, @contentHash, @deletedAt, @article, @related)`,
      )
      .run(t).lastInsertRowid,
  );
}

const TRASH_COLS = 'id, article_id AS articleId, title, outlet, published, content_hash AS contentHash, deleted_at AS deletedAt';

export function listTrash(db: Db, offset: number, limit: number): { total: number; items: Omit<TrashRow, 'article' | 'related'>[] } {
  const total = (db.prepare('SELECT count(*) AS n FROM trash').get() as { n: number }).n;
  const items = db.prepare(`SELECT ${TRASH_COLS} FROM trash ORDER BY deleted_at DESC, id DESC LIMIT ? OFFSET ?`).all(limit, offset) as Omit<TrashRow, 'article' | 'related'>[];
  return { total, items };
}

export function trashEntries(db: Db, ids: number[]): TrashRow[] {
  return db
    .prepare(`SELECT ${TRASH_COLS}, article, related FROM trash WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(ids)) as TrashRow[];
}

export function deleteTrash(db: Db, ids: number[] | null): number {
  if (ids === null) return db.prepare('DELETE FROM trash').run().changes;
  return db.prepare('DELETE FROM trash WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids)).changes;
}

/** The full-text indexes whose deleted entries linger in old segments until merged. Fixed names. */
const FTS_TABLES = ['articles_fts', 'articles_stem', 'notes_fts'] as const;

/**
 * Merges every segment of each full-text index into one, so the postings of deleted rows are
 * really gone (an FTS5 delete only records a tombstone until the segments are merged).
 */
export function optimizeFullText(db: Db): void {
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('articles_fts', 'articles_stem', 'notes_fts')").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  if (present.has(FTS_TABLES[0])) db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')").run();
  if (present.has(FTS_TABLES[1])) db.prepare("INSERT INTO articles_stem(articles_stem) VALUES ('optimize')").run();
  if (present.has(FTS_TABLES[2])) db.prepare("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')").run();
}

/** Rewrites the file without free pages, then empties the write-ahead log into it and truncates it. */
export function compactFile(db: Db): void {
  db.pragma('secure_delete = ON');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
