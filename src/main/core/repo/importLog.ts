// SQL for the import log: one row per file (or per article of a many-article file, or per
// skipped entry) and outcome. Written in the same transaction as the article it describes, so
// the log never claims an import that did not commit.
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import type { ImportOutcomeT } from '../../../shared/contract';

export interface ImportLogRow {
  jobId: string;
  path: string;
  outcome: ImportOutcomeT['outcome'];
  articleId: number | null;
  message: string | null;
}

export interface ImportLogEntry extends ImportLogRow {
  id: number;
  title: string | null;
  at: string;
}

export interface ImportJobRecord {
  jobId: string;
  startedAt: string;
  finishedAt: string;
  entries: number;
  imported: number;
  reprints: number;
  duplicates: number;
  skipped: number;
  failed: number;
}

export function insertImportLog(db: Db, row: ImportLogRow, at = new Date().toISOString()): number {
  const info = cachedStatement(db, 'INSERT INTO import_log (job_id, path, outcome, article_id, message, at) VALUES (@jobId, @path, @outcome, @articleId, @message, @at)').run({
    ...row,
    at,
  });
  return Number(info.lastInsertRowid);
}

const ENTRY_COLS = 'l.id, l.job_id AS jobId, l.path, l.outcome, l.article_id AS articleId, l.message, l.at, a.title';

/** A job's log in the order it was written (the outcome titles come from the articles). */
export function listImportLog(db: Db, jobId: string): ImportLogEntry[] {
  return cachedStatement(db, `SELECT ${ENTRY_COLS} FROM import_log l LEFT JOIN articles a ON a.id = l.article_id WHERE l.job_id = ? ORDER BY l.id`).all(jobId) as ImportLogEntry[];
}

/** One page of the log, newest first; of one job when jobId is given, optionally of one outcome. */
export function pageImportLog(
  db: Db,
  q: { jobId?: string; outcome?: ImportOutcomeT['outcome']; offset: number; limit: number },
): { total: number; items: ImportLogEntry[] } {
  const params = { jobId: q.jobId ?? null, outcome: q.outcome ?? null, offset: q.offset, limit: q.limit };
  const where = '(@jobId IS NULL OR l.job_id = @jobId) AND (@outcome IS NULL OR l.outcome = @outcome)';
  const total = (cachedStatement(db, `SELECT count(*) AS n FROM import_log l WHERE ${where}`).get(params) as { n: number }).n;
  const items = cachedStatement(db, `SELECT ${ENTRY_COLS} FROM import_log l LEFT JOIN articles a ON a.id = l.article_id WHERE ${where} ORDER BY l.id DESC LIMIT @limit OFFSET @offset`).all(
    params,
  ) as ImportLogEntry[];
  return { total, items };
}

/** Recent jobs, newest first, with how many of their entries had each outcome. */
export function listImportJobs(db: Db, q: { offset: number; limit: number }): { total: number; items: ImportJobRecord[] } {
  const total = (cachedStatement(db, 'SELECT count(DISTINCT job_id) AS n FROM import_log').get() as { n: number }).n;
  const items = cachedStatement(
    db,
    `SELECT job_id AS jobId, min(at) AS startedAt, max(at) AS finishedAt, count(*) AS entries,
            sum(outcome = 'imported') AS imported, sum(outcome = 'reprint') AS reprints, sum(outcome = 'duplicate') AS duplicates,
            sum(outcome = 'skipped') AS skipped, sum(outcome = 'failed') AS failed
     FROM import_log GROUP BY job_id ORDER BY max(id) DESC LIMIT @limit OFFSET @offset`,
  ).all(q) as ImportJobRecord[];
  return { total, items };
}
