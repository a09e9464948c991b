// SQL for near-duplicate detection: each article's MinHash signature (articles.signature), its
// LSH band keys (article_bands) and the earlier article it probably reprints (articles.reprint_of).
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import { bandKeys, BANDS, computeSignature, isReprint, resemblance, signatureFromBytes, signatureToBytes, type Signature } from '../import/signature';

export interface ReprintMatch {
  id: number;
  title: string;
  jaccard: number;
  containment: number;
}

const PLACEHOLDERS = Array.from({ length: BANDS }, () => '?').join(', ');
const CANDIDATES = `SELECT a.id, a.title, a.signature, a.reprint_of AS reprintOf FROM articles a
  WHERE a.id IN (SELECT article_id FROM article_bands WHERE key IN (${PLACEHOLDERS}))`;

/**
 * The earlier article `sig` most resembles, if it resembles one enough to be a probable reprint.
 * When that article is itself a reprint, its original is named instead, so a chain of reprints
 * points at one source.
 */
export function findReprintOf(db: Db, sig: Signature, excludeId?: number): ReprintMatch | null {
  const rows = cachedStatement(db, CANDIDATES).all(...bandKeys(sig)) as { id: number; title: string; signature: Buffer | null; reprintOf: number | null }[];
  let best: (ReprintMatch & { reprintOf: number | null }) | null = null;
  for (const r of rows) {
    if (r.id === excludeId) continue;
    const other = signatureFromBytes(r.signature);
    if (!other) continue;
    const m = resemblance(sig, other);
    if (!isReprint(m)) continue;
    if (!best || m.jaccard > best.jaccard || (m.jaccard === best.jaccard && r.id < best.id)) best = { id: r.id, title: r.title, ...m, reprintOf: r.reprintOf };
  }
  if (!best) return null;
  if (best.reprintOf !== null) {
    const root = cachedStatement(db, 'SELECT id, title FROM articles WHERE id = ?').get(best.reprintOf) as { id: number; title: string } | undefined;
    if (root) return { ...best, id: root.id, title: root.title };
  }
  return { id: best.id, title: best.title, jaccard: best.jaccard, containment: best.containment };
}

/**
 * Registers an article's band keys so later imports find it as a candidate. One row per
 * statement on purpose: a many-row INSERT OR IGNORE needs a statement journal, and opening one
 * makes FTS5 flush the full-text rows it holds for the transaction (0.5 ms per imported article
 * instead of 0.07).
 */
export function insertBands(db: Db, articleId: number, sig: Signature): void {
  const add = cachedStatement(db, 'INSERT OR IGNORE INTO article_bands (key, article_id) VALUES (?, ?)');
  for (const key of bandKeys(sig)) add.run(key, articleId);
}

/** Sets signature and reprint link of an article that was stored without them (migration backfill). */
export function setSignature(db: Db, articleId: number, sig: Signature | null, reprintOf: number | null): void {
  cachedStatement(db, 'UPDATE articles SET signature = ?, reprint_of = ? WHERE id = ?').run(sig ? signatureToBytes(sig) : null, reprintOf, articleId);
  if (sig) insertBands(db, articleId, sig);
}

/**
 * Computes the signature of every article that has none, oldest first, flagging each one that
 * reprints an earlier article. Runs inside the caller's transaction (the migration's).
 */
export function backfillSignatures(db: Db): number {
  const ids = (db.prepare('SELECT id FROM articles WHERE signature IS NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const read = db.prepare('SELECT text, reprint_of AS reprintOf FROM articles WHERE id = ?');
  for (const id of ids) {
    const row = read.get(id) as { text: string; reprintOf: number | null };
    const sig = computeSignature(row.text);
    const match = sig && row.reprintOf === null ? findReprintOf(db, sig, id) : null;
    // Only an earlier article can be the original.
    const reprintOf = row.reprintOf ?? (match && match.id < id ? match.id : null);
    setSignature(db, id, sig, reprintOf);
  }
  return ids.length;
}

/** Whether this connection's schema has the reprint columns yet (migration 003). */
function hasReprintColumn(db: Db): boolean {
  return cachedStatement(db, "SELECT 1 FROM pragma_table_info('articles') WHERE name = 'reprint_of'").get() !== undefined;
}

/** The article this one probably reprints, for articles.get and `show --json`. */
export function reprintOfArticle(db: Db, articleId: number): { id: number; title: string } | null {
  if (!hasReprintColumn(db)) return null;
  const row = cachedStatement(db, 'SELECT o.id, o.title FROM articles a JOIN articles o ON o.id = a.reprint_of WHERE a.id = ?').get(articleId) as
    | { id: number; title: string }
    | undefined;
  return row ?? null;
}
