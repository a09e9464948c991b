// SQL for the import log: one row per file (or per article of a many-article file) and outcome.
// Written in the same transaction as the article it describes, so the log never claims an
// import that did not commit.
import type { Db } from '../db/open';
import type { ImportOutcomeT } from '../../../shared/contract';

export interface ImportLogRow {
  jobId: string;
  path: string;
  outcome: ImportOutcomeT['outcome'];
  articleId: number | null;
  message: string | null;
}

export function insertImportLog(db: Db, row: ImportLogRow, at = new Date().toISOString()): number {
  const info = db
    .prepare('INSERT INTO import_log (job_id, path, outcome, article_id, message, at) VALUES (@jobId, @path, @outcome, @articleId, @message, @at)')
    .run({ ...row, at });
  return Number(info.lastInsertRowid);
}

/** A job's log in the order it was written (the outcome titles come from the articles). */
export function listImportLog(db: Db, jobId: string): (ImportLogRow & { title: string | null; at: string })[] {
  return (
    db
      .prepare(
        `SELECT l.job_id AS jobId, l.path, l.outcome, l.article_id AS articleId, l.message, l.at, a.title
         FROM import_log l LEFT JOIN articles a ON a.id = l.article_id
         WHERE l.job_id = ? ORDER BY l.id`,
      )
      .all(jobId) as (ImportLogRow & { title: string | null; at: string })[]
  );
}
