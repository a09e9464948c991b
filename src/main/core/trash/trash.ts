// The trash. Deleting takes articles out of the library at once — out of every list, search,
// count, story and export — and keeps each, with whatever referred to it (tags, note,
// highlights, story membership, …), in one trash row until it is restored or purged.
// Emptying the trash purges for good: the rows go (secure_delete zeroes them), the full-text
// indexes are merged so no posting of a purged word survives, and the file is vacuumed and its
// write-ahead log truncated, so the words are gone from the bytes on disk as well.
import type { Db } from '../db/open';
import { indexNewArticle } from '../search/newArticleIndex';
import { dropVocabulary } from '../search/vocab';
import { linkTag } from '../repo/tags';
import { dropJournalOps, pushJournal } from '../repo/undo';
import {
  articleByHash,
  articleIdExists,
  articleRows,
  columnsOf,
  compactFile,
  deleteArticleRows,
  deleteReferring,
  deleteTrash,
  insertRow,
  insertTrash,
  optimizeFullText,
  referencesToArticles,
  rowidsReferring,
  rowsReferring,
  setColumnByRowid,
  tagNamesOf,
  trashEntries,
} from '../repo/trash';

/** What referred to a trashed article, to be put back on restore. */
interface Related {
  tags: string[];
  /** Rows that were deleted with the article (cascade). */
  rows: { table: string; column: string; rows: Record<string, unknown>[] }[];
  /** Rows whose reference was set to NULL (their rowids). */
  nulls: { table: string; column: string; rowids: number[] }[];
}

function groupBy<T>(items: T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k) ?? [];
    list.push(it);
    out.set(k, list);
  }
  return out;
}

// Rows can hold BLOBs (e.g. a near-duplicate signature); JSON keeps them as base64.
const BLOB = '$blob';
function toJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { [BLOB]: Buffer.from(raw).toString('base64') } : v;
  });
}
function fromJson<T>(text: string): T {
  return JSON.parse(text, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as Record<string, unknown>)[BLOB] === 'string'
      ? Buffer.from((v as Record<string, string>)[BLOB]!, 'base64')
      : v,
  ) as T;
}

const plural = (n: number, w: string) => `${n.toLocaleString('en')} ${w}${n === 1 ? '' : 's'}`;

/** Moves the articles among `ids` that exist to the trash, as one undoable step. */
export function moveToTrash(db: Db, ids: number[], now = new Date().toISOString()): { trashed: number; trashIds: number[]; undoLabel: string | null } {
  return db.transaction(() => {
    const unique = [...new Set(ids)];
    const rows = articleRows(db, unique);
    if (rows.length === 0) return { trashed: 0, trashIds: [], undoLabel: null };
    const present = rows.map((r) => r.id as number);
    const related = new Map<number, Related>(present.map((id) => [id, { tags: [], rows: [], nulls: [] }]));
    for (const t of tagNamesOf(db, present)) related.get(t.articleId)!.tags.push(t.name);
    for (const ref of referencesToArticles(db)) {
      if (ref.table === 'article_tags') continue; // kept by name above: tag rows come and go
      if (ref.onDelete === 'SET NULL' || ref.onDelete === 'SET DEFAULT') {
        if (ref.withoutRowid) continue;
        const refs = rowidsReferring(db, ref, present).filter((r) => !(ref.table === 'articles' && present.includes(r.rowid)));
        for (const [id, list] of groupBy(refs, (r) => r.value)) related.get(id)?.nulls.push({ table: ref.table, column: ref.column, rowids: list.map((r) => r.rowid) });
      } else {
        const found = rowsReferring(db, ref, present);
        for (const [id, list] of groupBy(found, (r) => r[ref.column] as number)) related.get(id)?.rows.push({ table: ref.table, column: ref.column, rows: list });
        // Whatever the declared action, these rows leave with the article (a RESTRICT would block the delete).
        if (ref.table !== 'articles') deleteReferring(db, ref, present);
      }
    }
    const trashIds = rows.map((r) =>
      insertTrash(db, {
        articleId: r.id as number,
        title: String(r.title ?? ''),
        outlet: (r.outlet as string | null) ?? null,
        published: (r.published as string | null) ?? null,
        contentHash: String(r.content_hash ?? ''),
        deletedAt: now,
        article: toJson(r),
        related: toJson(related.get(r.id as number)),
      }),
    );
    deleteArticleRows(db, present);
    const first = rows.length === 1 ? `“${String(rows[0]!.title)}”` : plural(rows.length, 'article');
    const undoLabel = `move ${first} to the trash`;
    pushJournal(db, 'trash', undoLabel, { trashIds }, now);
    return { trashed: rows.length, trashIds, undoLabel };
  })();
}

export interface RestoreResult {
  restored: { trashId: number; articleId: number }[];
  conflicts: { trashId: number; title: string; message: string }[];
}

/** Puts trashed articles back (under their old id when it is free). */
export function restoreFromTrash(db: Db, trashIds: number[]): RestoreResult {
  return db.transaction(() => {
    const out: RestoreResult = { restored: [], conflicts: [] };
    for (const entry of trashEntries(db, [...new Set(trashIds)])) {
      const again = articleByHash(db, entry.contentHash);
      if (again) {
        out.conflicts.push({
          trashId: entry.id,
          title: entry.title,
          message: `“${entry.title}” is in the library again (article ${again.id}, imported after it was deleted); the copy in the trash was left there.`,
        });
        continue;
      }
      const row = fromJson<Record<string, unknown>>(entry.article);
      if (articleIdExists(db, row.id as number)) delete row.id;
      const articleId = insertRow(db, 'articles', row);
      indexNewArticle(db, articleId);
      const related = fromJson<Related>(entry.related);
      for (const name of related.tags) linkTag(db, name, [articleId]);
      for (const group of related.rows) for (const r of group.rows) reinsert(db, group.table, { ...r, [group.column]: articleId });
      for (const n of related.nulls) for (const rowid of n.rowids) setColumnByRowid(db, n.table, n.column, rowid, articleId);
      deleteTrash(db, [entry.id]);
      out.restored.push({ trashId: entry.id, articleId });
    }
    return out;
  })();
}

/**
 * Puts a related row back. A row whose own integer key was taken meanwhile comes back under a
 * new key; one that can no longer fit (its story was deleted, say) stays out — the article
 * itself is what matters.
 */
function reinsert(db: Db, table: string, row: Record<string, unknown>): void {
  try {
    insertRow(db, table, row);
  } catch (e) {
    const pk = columnsOf(db, table).filter((c) => c.pk > 0);
    const single = pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER' ? pk[0]!.name : null;
    if (!single || !/UNIQUE|PRIMARY KEY/i.test((e as Error).message)) return;
    const copy = { ...row };
    delete copy[single];
    try {
      insertRow(db, table, copy);
    } catch {
      // Nowhere left for it.
    }
  }
}

/** Purges trash entries (all when ids is null) from the library, its indexes and the file. Returns how many. */
export function emptyTrash(db: Db, ids: number[] | null = null): number {
  const purged = db.transaction(() => {
    const n = deleteTrash(db, ids);
    if (ids === null) dropJournalOps(db, 'trash');
    return n;
  })();
  // Also purges what earlier deletes left in index segments and free pages, so run it even when
  // this call found nothing new to delete.
  optimizeFullText(db);
  compactFile(db);
  // The in-memory word list (fuzzy search, "did you mean") must not offer a purged word either.
  dropVocabulary(db);
  return purged;
}
