// Writing outcomes to the library: articles and their import-log rows in small batches, one
// IMMEDIATE transaction per batch (a few dozen files or a tenth of a second of work, whichever
// comes first). With synchronous=FULL every commit is a disk flush, so batching is what keeps
// plain-text imports fast; a crash still loses only the batch not yet committed, and nothing
// reported as imported is ever missing.
import type { Db } from '../db/open';
import type { ImportOutcomeT } from '../../../shared/contract';
import { findByHash, insertArticle } from '../repo/articles';
import { insertImportLog } from '../repo/importLog';
import type { Prepared } from './prepare';

export interface PendingFile {
  path: string;
  prepared: Prepared[];
}

const MAX_BATCH_FILES = 64;
const MAX_BATCH_MS = 100;

function saveFile(db: Db, jobId: string, { path, prepared }: PendingFile): ImportOutcomeT[] {
  const outcomes: ImportOutcomeT[] = [];
  for (const p of prepared) {
    if (!p.ok) {
      insertImportLog(db, { jobId, path, outcome: 'failed', articleId: null, message: p.message });
      outcomes.push({ path, outcome: 'failed', articleId: null, title: null, message: p.message });
      continue;
    }
    const existing = findByHash(db, p.article.contentHash);
    if (existing) {
      const message = `duplicate of "${existing.title}"`;
      insertImportLog(db, { jobId, path, outcome: 'duplicate', articleId: existing.id, message });
      outcomes.push({ path, outcome: 'duplicate', articleId: existing.id, title: p.article.title, message });
      continue;
    }
    const id = insertArticle(db, p.article);
    insertImportLog(db, { jobId, path, outcome: 'imported', articleId: id, message: null });
    outcomes.push({ path, outcome: 'imported', articleId: id, title: p.article.title, message: null });
  }
  return outcomes;
}

export class BatchWriter {
  private pending: PendingFile[] = [];
  private started = 0;

  constructor(
    private readonly db: Db,
    private readonly jobId: string,
    private readonly onOutcome: (o: ImportOutcomeT) => void,
  ) {}

  add(file: PendingFile): void {
    if (this.pending.length === 0) this.started = Date.now();
    this.pending.push(file);
    if (this.pending.length >= MAX_BATCH_FILES || Date.now() - this.started >= MAX_BATCH_MS) this.flush();
  }

  flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: ImportOutcomeT[];
    try {
      // IMMEDIATE: the duplicate check and the insert see the same state even if another
      // connection (the CLI, a second window) imports at the same time.
      outcomes = this.db.transaction(() => batch.flatMap((f) => saveFile(this.db, this.jobId, f))).immediate();
    } catch {
      // Something in the batch could not be written: retry file by file so that only the
      // file at fault fails, with the database's reason.
      outcomes = batch.flatMap((f) => this.saveAlone(f));
    }
    outcomes.forEach(this.onOutcome);
  }

  private saveAlone(file: PendingFile): ImportOutcomeT[] {
    try {
      return this.db.transaction(() => saveFile(this.db, this.jobId, file)).immediate();
    } catch (err) {
      const message = `could not be saved to the library (${(err as Error).message})`;
      try {
        insertImportLog(this.db, { jobId: this.jobId, path: file.path, outcome: 'failed', articleId: null, message });
      } catch {
        // The log is a record, not the import: a full disk must not turn a failure into a crash.
      }
      return [{ path: file.path, outcome: 'failed', articleId: null, title: null, message }];
    }
  }
}
