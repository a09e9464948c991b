// Writing outcomes to the library: articles, their reprint links and band keys, and their
// import-log rows in batches, one IMMEDIATE transaction per batch (up to a few hundred files or
// a quarter of a second of work, whichever comes first). With synchronous=FULL every commit is a
// disk flush, so batching is what keeps imports fast; a crash loses only the batch not yet
// committed, and an outcome is reported only once its batch has committed, so nothing reported
// as imported is ever missing.
import type { Db } from '../db/open';
import type { ImportOutcomeT } from '../../../shared/contract';
import { findByHash, insertArticle, type NewArticle } from '../repo/articles';
import { insertImportLog } from '../repo/importLog';
import { addTagsToArticle } from '../repo/tags';
import { findReprintOf, insertBands } from '../repo/reprints';
import { signatureFromBytes } from './signature';
import type { Prepared } from './prepare';

export interface PendingFile {
  path: string;
  prepared: Prepared[];
}

type Pending = PendingFile | { path: string; skipped: string };

const MAX_BATCH_FILES = 500;
const MAX_BATCH_MS = 250;

/** Whether this library has migration 003's columns (reprints, new log outcomes). */
const schemaCache = new WeakMap<Db, boolean>();
function hasReprintSchema(db: Db): boolean {
  let known = schemaCache.get(db);
  if (known === undefined) {
    known = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_bands'").get() !== undefined;
    // Only a positive answer is final: the schema can only gain the tables.
    if (known) schemaCache.set(db, known);
  }
  return known;
}

function asBuffer(bytes: Uint8Array | null | undefined): Buffer | null {
  if (!bytes) return null;
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function storeArticle(db: Db, jobId: string, path: string, article: NewArticle, reprints: boolean, tags: readonly string[]): ImportOutcomeT {
  const existing = findByHash(db, article.contentHash);
  if (existing) {
    const message = `duplicate of "${existing.title}"`;
    insertImportLog(db, { jobId, path, outcome: 'duplicate', articleId: existing.id, message });
    return { path, outcome: 'duplicate', articleId: existing.id, title: article.title, message };
  }
  if (!reprints) {
    const id = insertArticle(db, { ...article, signature: undefined, reprintOf: undefined });
    if (tags.length) addTagsToArticle(db, id, tags);
    insertImportLog(db, { jobId, path, outcome: 'imported', articleId: id, message: null });
    return { path, outcome: 'imported', articleId: id, title: article.title, message: null };
  }
  const signature = asBuffer(article.signature);
  const sig = signature ? signatureFromBytes(signature) : null;
  const original = sig ? findReprintOf(db, sig) : null;
  const id = insertArticle(db, { ...article, signature, reprintOf: original?.id ?? null });
  if (sig) insertBands(db, id, sig);
  if (tags.length) addTagsToArticle(db, id, tags);
  const outcome = original ? 'reprint' : 'imported';
  const message = original ? `probable reprint of "${original.title}" (#${original.id})` : null;
  insertImportLog(db, { jobId, path, outcome, articleId: id, message });
  return { path, outcome, articleId: id, title: article.title, message };
}

function save(db: Db, jobId: string, item: Pending, reprints: boolean, tags: readonly string[]): ImportOutcomeT[] {
  const { path } = item;
  if ('skipped' in item) {
    const message = item.skipped;
    // Before migration 003 the log knows no 'skipped' outcome; the note is reported, not logged.
    if (reprints) insertImportLog(db, { jobId, path, outcome: 'skipped', articleId: null, message });
    return [{ path, outcome: 'skipped', articleId: null, title: null, message }];
  }
  const outcomes: ImportOutcomeT[] = [];
  for (const p of item.prepared) {
    if (!p.ok) {
      insertImportLog(db, { jobId, path, outcome: 'failed', articleId: null, message: p.message });
      outcomes.push({ path, outcome: 'failed', articleId: null, title: null, message: p.message });
    } else {
      outcomes.push(storeArticle(db, jobId, path, p.article, reprints, tags));
    }
  }
  return outcomes;
}

export class BatchWriter {
  private pending: Pending[] = [];
  private started = 0;
  /** Outcomes written in the open transaction (incremental mode), reported once it commits. */
  private written: ImportOutcomeT[] = [];
  /** Time spent in COMMIT so far (ms): disk flushes, which the caller may want to tell apart from work. */
  commitMs = 0;

  private readonly incremental: boolean;
  private readonly tags: readonly string[];

  /**
   * `incremental`: write each file as it arrives, inside a transaction left open between files
   * and committed at the same limits, so the writing is spread between the files rather than done
   * in one long pause during which the extraction threads run dry. Only for a connection nothing
   * else uses while the job runs (the import worker's own): anything else written on it between
   * files would join the open transaction. `tags` (clean names) go on every article stored, in
   * the transaction that stores it.
   */
  constructor(
    private readonly db: Db,
    private readonly jobId: string,
    private readonly onOutcome: (o: ImportOutcomeT) => void,
    opts: { incremental?: boolean; tags?: readonly string[] } = {},
  ) {
    this.incremental = opts.incremental ?? false;
    this.tags = opts.tags ?? [];
  }

  add(file: PendingFile): void {
    this.push(file);
  }

  /** A part of a file left out on purpose (logged as 'skipped' with the reason). */
  addSkipped(path: string, reason: string): void {
    this.push({ path, skipped: reason });
  }

  flush(): void {
    if (this.incremental) {
      this.commit();
      return;
    }
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const reprints = hasReprintSchema(this.db);
    let outcomes: ImportOutcomeT[];
    try {
      // IMMEDIATE: the duplicate check and the insert see the same state even if another
      // connection (the CLI, a second window) imports at the same time.
      outcomes = this.db.transaction(() => batch.flatMap((f) => save(this.db, this.jobId, f, reprints, this.tags))).immediate();
    } catch {
      // Something in the batch could not be written: retry file by file so that only the
      // file at fault fails, with the database's reason.
      outcomes = batch.flatMap((f) => this.saveAlone(f, reprints));
    }
    outcomes.forEach(this.onOutcome);
  }

  private push(item: Pending): void {
    if (this.pending.length === 0) this.started = Date.now();
    if (this.incremental && !this.writeNow(item)) return;
    this.pending.push(item);
    if (this.pending.length >= MAX_BATCH_FILES || Date.now() - this.started >= MAX_BATCH_MS) this.flush();
  }

  /** Writes one file into the open transaction (opening it first); false if it was written alone instead. */
  private writeNow(item: Pending): boolean {
    const reprints = hasReprintSchema(this.db);
    if (!this.db.inTransaction) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
      } catch {
        // The library is busy or unwritable: this file alone, with the database's reason.
        this.saveAlone(item, reprints).forEach(this.onOutcome);
        return false;
      }
    }
    // No savepoint per file: opening one makes FTS5 flush the rows it holds for the transaction
    // to disk, a small index segment per article (a tenth of the import's time). A file that
    // cannot be written is rare; then the open transaction is undone and its files are written
    // again, each in a savepoint, so that file alone fails.
    try {
      this.written.push(...save(this.db, this.jobId, item, reprints, this.tags));
    } catch {
      const items = [...this.pending, item];
      if (this.redoSavepointed(items, reprints)) return true;
      // The library would not open a new transaction: each file alone, with the database's reason.
      this.pending = [];
      this.written = [];
      items.flatMap((f) => this.saveAlone(f, reprints)).forEach(this.onOutcome);
      return false;
    }
    return true;
  }

  /** Undoes the open transaction and writes `items` again in a new one, a savepoint per file; false if none could open. */
  private redoSavepointed(items: Pending[], reprints: boolean): boolean {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.written = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch {
      return false;
    }
    for (const it of items) this.written.push(...this.savepointed(it, reprints));
    return true;
  }

  private commit(): void {
    const batch = this.pending;
    const outcomes = this.written;
    this.pending = [];
    this.written = [];
    if (!this.db.inTransaction) return;
    const started = performance.now();
    try {
      this.db.exec('COMMIT');
      this.commitMs += performance.now() - started;
    } catch {
      // Nothing of the batch was kept: write it again file by file, so only a file at fault fails.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      const reprints = hasReprintSchema(this.db);
      batch.flatMap((f) => this.saveAlone(f, reprints)).forEach(this.onOutcome);
      return;
    }
    outcomes.forEach(this.onOutcome);
  }

  private savepointed(item: Pending, reprints: boolean): ImportOutcomeT[] {
    try {
      return this.db.transaction(() => save(this.db, this.jobId, item, reprints, this.tags))();
    } catch (err) {
      return [this.failed(item.path, err)];
    }
  }

  private failed(path: string, err: unknown): ImportOutcomeT {
    const message = `could not be saved to the library (${(err as Error).message})`;
    try {
      insertImportLog(this.db, { jobId: this.jobId, path, outcome: 'failed', articleId: null, message });
    } catch {
      // The log is a record, not the import: a full disk must not turn a failure into a crash.
    }
    return { path, outcome: 'failed', articleId: null, title: null, message };
  }

  private saveAlone(item: Pending, reprints: boolean): ImportOutcomeT[] {
    try {
      return this.db.transaction(() => save(this.db, this.jobId, item, reprints, this.tags)).immediate();
    } catch (err) {
      return [this.failed(item.path, err)];
    }
  }
}
