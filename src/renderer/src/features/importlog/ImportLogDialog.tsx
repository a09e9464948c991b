// The import log: recent import jobs on the left with their counts, and every file of the
// chosen job on the right with its outcome and reason (filterable by outcome). From here the
// import settings (watched folder, limits) are one click away.
import { useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { formatCount } from '../../lib/format';
import { Dialog } from '../batch/Dialog';
import { ImportSettingsDialog } from '../import/ImportSettingsDialog';
import { baseName } from './paths';

type Jobs = Output<'importLog.jobs'>;
type Entries = Output<'importLog.list'>;
type Outcome = Entries['items'][number]['outcome'];

const OUTCOMES: { value: Outcome | ''; label: string }[] = [
  { value: '', label: 'All outcomes' },
  { value: 'imported', label: 'Imported' },
  { value: 'reprint', label: 'Reprints' },
  { value: 'duplicate', label: 'Duplicates' },
  { value: 'skipped', label: 'Skipped' },
  { value: 'failed', label: 'Failed' },
];

const PAGE = 200;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : when.format(d);
}

export function ImportLogDialog({ onClose }: { onClose(): void }) {
  const [jobs, setJobs] = useState<Jobs | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [entries, setEntries] = useState<Entries | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState(false);

  useEffect(() => {
    api.invoke('importLog.jobs', { offset: 0, limit: 50 }).then(
      (j) => {
        setJobs(j);
        setJobId((cur) => cur ?? j.items[0]?.jobId ?? null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  useEffect(() => {
    if (!jobId) return undefined;
    let live = true;
    api.invoke('importLog.list', { jobId, offset: 0, limit, ...(outcome ? { outcome } : {}) }).then(
      (r) => live && setEntries(r),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [jobId, outcome, limit]);

  return (
    <Dialog
      title="Import log"
      testId="import-log"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" data-testid="import-settings-button" onClick={() => setSettings(true)}>
            Import settings…
          </button>
          <span className="spacer" />
          <button type="button" className="button primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {jobs && jobs.items.length === 0 ? (
        <p className="muted">Nothing has been imported yet. Every file you import is listed here with what became of it.</p>
      ) : (
        <div className="log-layout">
          <ul className="log-jobs" aria-label="Import jobs">
            {(jobs?.items ?? []).map((j) => (
              <li key={j.jobId}>
                <button
                  type="button"
                  className={`log-job${j.jobId === jobId ? ' active' : ''}`}
                  data-testid="import-log-job"
                  aria-pressed={j.jobId === jobId}
                  onClick={() => {
                    setJobId(j.jobId);
                    setLimit(PAGE);
                  }}
                >
                  <span className="log-job-when">{formatWhen(j.startedAt)}</span>
                  <span className="log-job-counts muted">
                    {formatCount(j.imported)} imported
                    {j.reprints > 0 && ` · ${formatCount(j.reprints)} reprints`}
                    {j.duplicates > 0 && ` · ${formatCount(j.duplicates)} dup.`}
                    {j.skipped > 0 && ` · ${formatCount(j.skipped)} skipped`}
                    {j.failed > 0 && <span className="bad"> · {formatCount(j.failed)} failed</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="log-entries">
            <div className="log-toolbar">
              <select aria-label="Show outcome" data-testid="import-log-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome | '')}>
                {OUTCOMES.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <span className="muted small">{entries ? `${formatCount(entries.total)} ${entries.total === 1 ? 'entry' : 'entries'}` : ''}</span>
            </div>
            <table className="log-table">
              <thead>
                <tr>
                  <th scope="col">Outcome</th>
                  <th scope="col">File</th>
                  <th scope="col">Article / reason</th>
                </tr>
              </thead>
              <tbody>
                {(entries?.items ?? []).map((e) => (
                  <tr key={e.id} data-testid="import-log-row" data-outcome={e.outcome}>
                    <td>
                      <span className={`outcome-badge ${e.outcome}`}>{e.outcome}</span>
                    </td>
                    <td className="log-path" title={e.path}>
                      {baseName(e.path)}
                    </td>
                    <td className="log-detail">
                      {e.title && <span className="log-title">{e.title}</span>}
                      {e.message && <span className="muted">{e.message}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {entries && entries.items.length < entries.total && (
              <button type="button" className="button small" onClick={() => setLimit((l) => Math.min(1000, l + PAGE))} disabled={limit >= 1000}>
                {limit >= 1000 ? 'Showing the first 1,000 entries' : 'Show more'}
              </button>
            )}
          </div>
        </div>
      )}
      {settings && <ImportSettingsDialog onClose={() => setSettings(false)} />}
    </Dialog>
  );
}
