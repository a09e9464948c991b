// Import jobs of one library session: start returns a job id at once, jobs run one at a time
// (in a worker thread by default, in this thread for the CLI and tests, or as a fallback when
// the worker cannot start), progress goes out as events at most ~10 times a second (the last
// one always), and the summary stays queryable by id.
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { ImportOutcomeT, ImportProgressT, ImportSummaryT, ParsedInput } from '../../../shared/contract';
import type { ImportJobsApi, LibraryContext } from '../library';
import { UserError } from '../api/errors';
import { importSources, type ImportSources } from './pipeline';
import { WorkerHost } from './worker-host';
import { jobLimits, readImportSettings } from './settings';
import { applyRules } from '../rules/rules';
import { cleanImportTags, tagOfferFor } from '../tags/import-tags';
import { ProgressThrottle } from './progress-throttle';
import { assignStories } from '../compare/story-library';
import { assignStoriesInThread } from '../compare/story-thread';

const PROGRESS_INTERVAL_MS = 100;
const CLOSE_GRACE_MS = 5000;
/** Finished jobs whose status stays available (the import log keeps everything for good). */
const KEEP_FINISHED = 100;
/** Extraction threads beside the writing one: one per core, within reason. */
const EXTRACTORS = Math.max(1, Math.min(4, availableParallelism()));

interface Job {
  id: string;
  sources: ImportSources | null;
  progress: ImportProgressT;
  summary: ImportSummaryT | null;
  outcomes: ImportOutcomeT[];
  controller: AbortController;
  throttle: ProgressThrottle;
  /** Tags (clean names) for every stored article, written with it; offered to duplicates (tags/import-tags.ts). */
  tags: string[];
}

/** Reprints are stored articles, so they count as imported; skipped parts count in no total. */
function tally(outcomes: ImportOutcomeT[]) {
  const counts = { imported: 0, duplicates: 0, failed: 0 };
  for (const o of outcomes) {
    if (o.outcome === 'imported' || o.outcome === 'reprint') counts.imported++;
    else if (o.outcome === 'duplicate') counts.duplicates++;
    else if (o.outcome === 'failed') counts.failed++;
  }
  return counts;
}

export class ImportJobs implements ImportJobsApi {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private mode: 'worker' | 'inline';
  private host: Promise<WorkerHost | null> | null = null;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly ctx: LibraryContext,
    opts: { mode: 'worker' | 'inline' },
  ) {
    // An in-memory library exists only on this connection: a worker could not see it.
    this.mode = ctx.path === ':memory:' ? 'inline' : opts.mode;
  }

  start(input: ParsedInput<'import.start'>): string {
    if (this.closed) throw new UserError('The library is closing, so no import can start now.');
    const id = `import-${randomUUID()}`;
    const progress: ImportProgressT = { jobId: id, done: 0, total: 0, current: null, imported: 0, duplicates: 0, failed: 0, rate: null, etaSeconds: null };
    const job: Job = {
      id,
      sources: { paths: input.paths, files: input.files },
      progress,
      summary: null,
      outcomes: [],
      controller: new AbortController(),
      throttle: new ProgressThrottle((p) => this.ctx.emit('import.progress', p), PROGRESS_INTERVAL_MS),
      tags: cleanImportTags(input.tags ?? []),
    };
    this.jobs.set(id, job);
    this.queue.push(job);
    this.prune();
    void this.pump();
    return id;
  }

  status(jobId: string): { progress: ImportProgressT; summary: ImportSummaryT | null } | undefined {
    const job = this.jobs.get(jobId);
    return job ? { progress: job.progress, summary: job.summary } : undefined;
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.summary || job.controller.signal.aborted) return false;
    job.controller.abort();
    const queued = this.queue.indexOf(job);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      this.finish(job, true);
    } else if (this.current === job && this.host) {
      void this.host.then((h) => h?.cancel(jobId));
    }
    return true;
  }

  /** Starts the import threads ahead of the first import (worker mode), so it begins at once. */
  async warm(): Promise<void> {
    if (this.mode === 'worker' && !this.closed) await this.workerHost();
  }

  idle(): Promise<void> {
    if (!this.current && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    while (this.queue.length) this.cancel(this.queue[0]!.id);
    if (this.current) this.cancel(this.current.id);
    // A worker stuck inside one huge file gets a few seconds to notice, then is stopped (its
    // committed batches stay; the job's summary says where it stopped).
    const host = this.host ? await this.host : null;
    if (host) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS)));
      await Promise.race([this.idle(), grace]);
      clearTimeout(timer);
      await host.terminate();
    }
    this.host = null;
    await this.idle();
  }

  private async pump(): Promise<void> {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((w) => w());
      return;
    }
    this.current = job;
    try {
      const cancelled = await this.execute(job);
      this.finish(job, cancelled);
    } catch (err) {
      this.ctx.log(`Import ${job.id} stopped: ${(err as Error).message}`);
      job.outcomes.push(this.stoppedOutcome(job, err as Error));
      this.finish(job, false);
    } finally {
      this.current = null;
      void this.pump();
    }
  }

  /** Runs one job; resolves with whether it was cancelled. */
  private async execute(job: Job): Promise<boolean> {
    const sources = job.sources ?? {};
    const onProgress = (p: ImportProgressT) => {
      job.progress = p;
      job.throttle.push(p);
    };
    const onOutcome = (o: ImportOutcomeT) => job.outcomes.push(o);
    // The size cap and time limit in force when the job starts.
    const limits = jobLimits(readImportSettings(this.ctx.db));
    const host = this.mode === 'worker' ? await this.workerHost() : null;
    if (host) {
      try {
        const { cancelled } = await host.run(job.id, sources, { onProgress, onOutcome }, limits, job.tags);
        return cancelled;
      } catch (err) {
        // The worker died mid-job: what it committed is recorded; the next job gets a new worker.
        if (!host.alive) this.host = null;
        throw err;
      }
    }
    const summary = await importSources(this.ctx.db, sources, {
      jobId: job.id,
      signal: job.controller.signal,
      onProgress,
      onOutcome,
      ...limits,
      tags: job.tags,
      yieldBetweenFiles: () => new Promise((resolve) => setImmediate(resolve)),
    });
    return summary.cancelled;
  }

  private workerHost(): Promise<WorkerHost | null> {
    const existing = this.host;
    if (existing) return existing.then((h) => (h === null || h.alive ? h : this.restartWorker()));
    return this.restartWorker();
  }

  private restartWorker(): Promise<WorkerHost | null> {
    this.host = WorkerHost.start(this.ctx.path, EXTRACTORS).catch((err: Error) => {
      this.ctx.log(`The import worker could not start (${err.message}); importing in the main thread instead.`);
      this.mode = 'inline';
      return null;
    });
    return this.host;
  }

  private stoppedOutcome(job: Job, err: Error): ImportOutcomeT {
    const left = Math.max(0, job.progress.total - job.progress.done - 1);
    const rest = left > 0 ? `; ${left} more file${left === 1 ? ' was' : 's were'} not read` : '';
    return {
      path: job.progress.current ?? '(import)',
      outcome: 'failed',
      articleId: null,
      title: null,
      message: `the import stopped unexpectedly while reading this file (${err.message})${rest}`,
    };
  }

  private finish(job: Job, cancelled: boolean): void {
    const counts = tally(job.outcomes);
    job.summary = { jobId: job.id, ...counts, cancelled, outcomes: job.outcomes };
    job.progress = { ...job.progress, current: null, ...counts, etaSeconds: cancelled ? null : 0 };
    job.sources = null;
    job.throttle.flush(job.progress);
    const added = job.outcomes.filter((o) => (o.outcome === 'imported' || o.outcome === 'reprint') && o.articleId !== null).map((o) => o.articleId as number);
    if (job.tags.length) this.offerTags(job);
    this.afterImport(added);
    this.ctx.emit('import.done', job.summary);
    this.ctx.emit('library.changed', { reason: 'import' });
  }

  /** The import's tags (already on what it stored) offered to the duplicates it found. */
  private offerTags(job: Job): void {
    if (!job.summary || !this.ctx.db.open) return;
    const duplicates = job.outcomes.filter((o) => o.outcome === 'duplicate' && o.articleId !== null).map((o) => o.articleId as number);
    job.summary.tags = job.tags;
    try {
      job.summary.tagOffer = tagOfferFor(this.ctx.db, duplicates, job.tags);
    } catch (e) {
      this.ctx.log(`finding the duplicates that lack the import's tags failed: ${(e as Error).message}`);
    }
  }

  /**
   * Auto-tag rules run on every import (cheap: one query per rule over the new ids). Story
   * assignment can take seconds on a first grouping, so it runs after the import is reported,
   * in a worker thread when imports run in one.
   */
  private afterImport(ids: number[]): void {
    if (ids.length === 0 || !this.ctx.db.open) return;
    try {
      applyRules(this.ctx.db, ids);
    } catch (e) {
      this.ctx.log(`auto-tag rules failed after an import: ${(e as Error).message}`);
    }
    const announce = (r: { assigned: number; created: number }) => {
      if (r.assigned || r.created) this.ctx.emit('library.changed', { reason: 'stories' });
    };
    const failed = (e: Error) => this.ctx.log(`grouping new articles into stories failed: ${e.message}`);
    if (this.mode === 'worker') {
      // A first grouping clusters the whole library: seconds this thread must not stall for.
      assignStoriesInThread(this.ctx.path, ids).then((r) => this.ctx.db.open && announce(r), failed);
      return;
    }
    setImmediate(() => {
      if (!this.ctx.db.open) return;
      try {
        announce(assignStories(this.ctx.db, ids));
      } catch (e) {
        failed(e as Error);
      }
    });
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.summary);
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.id);
  }
}
