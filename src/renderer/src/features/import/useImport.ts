// Runs an import and follows it: progress from import.progress events, or from polling
// import.status every 500 ms when events stop arriving (a proxy, a sleeping tab). Large
// uploads from the browser go as several jobs in a row; the user sees one import. The tags
// set with "Tag imports" when the import starts go with every one of its jobs.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOutcomeT, ImportProgressT, ImportSummaryT } from '../../../../shared/contract';
import { api } from '../../api/client';
import { batches, toBase64, type ImportSource, type PendingFile } from './files';
import { getImportTags } from './importTags';

/** Articles that were already in the library and lack some of the import's tags. */
export interface TagOffer {
  articleIds: number[];
  tags: string[];
}

export interface ImportView {
  phase: 'reading' | 'running' | 'done';
  done: number;
  total: number;
  current: string | null;
  imported: number;
  duplicates: number;
  failed: number;
  cancelled: boolean;
  cancelling: boolean;
  outcomes: ImportOutcomeT[];
  /** Files per second and seconds left, as the importer estimates them (null: not yet known). */
  rate: number | null;
  etaSeconds: number | null;
  /** The tags this import put on the articles it stored (empty: none). */
  tags?: string[];
  /** Duplicates that lack some of those tags, offered to the user (never changed on their own). */
  tagOffer?: TagOffer | null;
}

/** One offer for the whole import, however many jobs its uploads took. */
function mergeOffer(a: TagOffer | null, b: TagOffer | null | undefined): TagOffer | null {
  if (!b || b.articleIds.length === 0) return a;
  if (!a) return { articleIds: [...b.articleIds], tags: [...b.tags] };
  return { articleIds: [...new Set([...a.articleIds, ...b.articleIds])], tags: [...new Set([...a.tags, ...b.tags])] };
}

const POLL_MS = 500;
const QUIET_MS = 1000;
const REFRESH_MS = 2000;

type JobEnd = { summary: ImportSummaryT };

export function useImport(onFinished: () => void, onError: (e: unknown) => void) {
  const [view, setView] = useState<ImportView | null>(null);
  const jobId = useRef<string | null>(null);
  const lastEvent = useRef(0);
  const ended = useRef<((s: JobEnd) => void) | null>(null);
  const early = useRef(new Map<string, ImportSummaryT>());
  const cancelRequested = useRef(false);
  const running = useRef(false);
  const base = useRef({ done: 0, imported: 0, duplicates: 0, failed: 0, outcomes: [] as ImportOutcomeT[], tagOffer: null as TagOffer | null });
  /** The tags of the running import, fixed when it starts. */
  const tags = useRef<string[]>([]);
  const pendingAfter = useRef(0);
  /** Files handed to the current job: the server reports 0 until it has expanded them. */
  const sentNow = useRef(0);
  const lastRefresh = useRef(0);

  const showProgress = useCallback((p: ImportProgressT) => {
    const b = base.current;
    // Long imports: let the list show new articles as they arrive, at most every 2 s.
    if (p.imported > 0 && Date.now() - lastRefresh.current > REFRESH_MS) {
      lastRefresh.current = Date.now();
      onFinished();
    }
    setView((v) => ({
      phase: 'running',
      done: b.done + p.done,
      total: b.done + Math.max(p.total, p.done, sentNow.current) + pendingAfter.current,
      current: p.current,
      imported: b.imported + p.imported,
      duplicates: b.duplicates + p.duplicates,
      failed: b.failed + p.failed,
      cancelled: false,
      cancelling: v?.cancelling ?? false,
      outcomes: b.outcomes,
      rate: p.rate ?? null,
      tags: tags.current,
      tagOffer: null,
      // Uploads still waiting to be sent are not in the importer's estimate: add them at its rate.
      etaSeconds: p.etaSeconds === null || p.etaSeconds === undefined ? null : p.etaSeconds + (p.rate && pendingAfter.current ? pendingAfter.current / p.rate : 0),
    }));
  }, [onFinished]);

  const finishJob = useCallback((s: ImportSummaryT) => {
    if (s.jobId !== jobId.current) return;
    jobId.current = null;
    ended.current?.({ summary: s });
  }, []);

  useEffect(() => {
    const offProgress = api.on('import.progress', (p) => {
      if (p.jobId !== jobId.current) return;
      lastEvent.current = Date.now();
      showProgress(p);
    });
    const offDone = api.on('import.done', (s) => {
      lastEvent.current = Date.now();
      if (s.jobId === jobId.current) finishJob(s);
      else early.current.set(s.jobId, s);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [showProgress, finishJob]);

  /** Starts one job and resolves with its summary (from an event or from polling). */
  const runJob = useCallback(
    async (input: { paths?: string[]; files?: { name: string; data: string }[] }): Promise<ImportSummaryT> => {
      const withTags = tags.current.length > 0 ? { tags: tags.current } : {};
      const { jobId: id } = await api.invoke('import.start', { paths: input.paths ?? [], files: input.files ?? [], ...withTags });
      jobId.current = id;
      lastEvent.current = Date.now();
      // Cancel pressed while the files were still being read: stop the job that just began.
      if (cancelRequested.current) api.invoke('import.cancel', { jobId: id }).catch(() => {});
      return new Promise<ImportSummaryT>((resolve, reject) => {
        const timer = window.setInterval(() => {
          if (jobId.current !== id || Date.now() - lastEvent.current < QUIET_MS) return;
          api
            .invoke('import.status', { jobId: id })
            .then((st) => {
              if (jobId.current !== id) return;
              showProgress(st.progress);
              if (st.summary) finishJob(st.summary);
            })
            .catch((e: unknown) => {
              window.clearInterval(timer);
              jobId.current = null;
              reject(e);
            });
        }, POLL_MS);
        ended.current = ({ summary }) => {
          window.clearInterval(timer);
          resolve(summary);
        };
        const already = early.current.get(id);
        if (already) {
          early.current.delete(id);
          finishJob(already);
        }
      });
    },
    [showProgress, finishJob],
  );

  const absorb = useCallback((s: ImportSummaryT) => {
    const b = base.current;
    const done = s.outcomes.length || s.imported + s.duplicates + s.failed;
    base.current = {
      done: b.done + done,
      imported: b.imported + s.imported,
      duplicates: b.duplicates + s.duplicates,
      failed: b.failed + s.failed,
      outcomes: b.outcomes.concat(s.outcomes),
      tagOffer: mergeOffer(b.tagOffer, s.tagOffer),
    };
  }, []);

  const start = useCallback(
    async (source: ImportSource) => {
      if (running.current) {
        onError(new Error('An import is already running. Wait for it to finish or cancel it first.'));
        return;
      }
      running.current = true;
      cancelRequested.current = false;
      lastRefresh.current = Date.now();
      base.current = { done: 0, imported: 0, duplicates: 0, failed: 0, outcomes: [], tagOffer: null };
      tags.current = getImportTags();
      const count = source.kind === 'paths' ? source.paths.length : source.files.length;
      setView({ phase: 'reading', done: 0, total: count, current: null, imported: 0, duplicates: 0, failed: 0, cancelled: false, cancelling: false, outcomes: [], rate: null, etaSeconds: null, tags: tags.current, tagOffer: null });
      let cancelled = false;
      try {
        if (source.kind === 'paths') {
          pendingAfter.current = 0;
          sentNow.current = 0;
          const s = await runJob({ paths: source.paths });
          absorb(s);
          cancelled = s.cancelled;
        } else {
          const groups = batches(source.files);
          let left = source.files.length;
          for (const group of groups) {
            if (cancelRequested.current) {
              cancelled = true;
              break;
            }
            left -= group.length;
            pendingAfter.current = left;
            sentNow.current = group.length;
            const files = await Promise.all(group.map(async (f: PendingFile) => ({ name: f.name, data: await toBase64(f.file) })));
            const s = await runJob({ files });
            absorb(s);
            if (s.cancelled) {
              cancelled = true;
              break;
            }
          }
        }
      } catch (e) {
        onError(e);
      } finally {
        running.current = false;
        jobId.current = null;
        const b = base.current;
        setView({ phase: 'done', done: b.done, total: b.done, current: null, imported: b.imported, duplicates: b.duplicates, failed: b.failed, cancelled, cancelling: false, outcomes: b.outcomes, rate: null, etaSeconds: null, tags: tags.current, tagOffer: b.tagOffer });
        onFinished();
      }
    },
    [runJob, absorb, onError, onFinished],
  );

  const cancel = useCallback(() => {
    cancelRequested.current = true;
    setView((v) => (v ? { ...v, cancelling: true } : v));
    const id = jobId.current;
    if (id) api.invoke('import.cancel', { jobId: id }).catch(onError);
  }, [onError]);

  const dismiss = useCallback(() => setView((v) => (v?.phase === 'done' ? null : v)), []);

  return { view, start, cancel, dismiss };
}
