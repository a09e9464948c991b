// Progress of the running import (count, bar, current file, Cancel) and, when it ends, a
// summary: imported, duplicates, failed, with each failure's reason. File names are text.
import { formatCount } from '../../lib/format';
import type { ImportView } from './useImport';

interface Props {
  view: ImportView;
  onCancel(): void;
  onDismiss(): void;
}

function Counts({ v }: { v: ImportView }) {
  return (
    <div className="import-counts">
      <span className="count ok">{formatCount(v.imported)} imported</span>
      <span className="count dup">{formatCount(v.duplicates)} {v.duplicates === 1 ? 'duplicate' : 'duplicates'}</span>
      <span className={`count ${v.failed ? 'bad' : ''}`}>{formatCount(v.failed)} failed</span>
    </div>
  );
}

export function ImportPanel({ view: v, onCancel, onDismiss }: Props) {
  if (v.phase !== 'done') {
    const pct = v.total > 0 ? Math.min(100, Math.round((v.done / v.total) * 100)) : 0;
    return (
      <section className="import-panel" data-testid="import-progress" aria-label="Import progress">
        <header className="import-head">
          <strong>{v.phase === 'reading' ? 'Preparing import…' : v.cancelling ? 'Cancelling…' : 'Importing'}</strong>
          <span className="import-progress-text num" data-testid="import-progress-text">
            {formatCount(v.done)} / {formatCount(v.total)}
          </span>
        </header>
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={v.total} aria-valuenow={v.done}>
          <div className="progress-bar" style={{ width: `${pct}%` }} />
        </div>
        <div className="import-current muted" title={v.current ?? ''}>
          {v.current ?? '\u00a0'}
        </div>
        <div className="import-foot">
          <Counts v={v} />
          <button type="button" className="button small" data-testid="import-cancel" disabled={v.cancelling} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </section>
    );
  }

  const failures = v.outcomes.filter((o) => o.outcome === 'failed');
  const dups = v.outcomes.filter((o) => o.outcome === 'duplicate');
  return (
    <section className="import-panel done" data-testid="import-summary" aria-label="Import summary" role="status">
      <header className="import-head">
        <strong>{v.cancelled ? 'Import cancelled' : 'Import finished'}</strong>
        <button type="button" className="icon-button" data-testid="import-summary-close" aria-label="Close the import summary" onClick={onDismiss}>
          ×
        </button>
      </header>
      <Counts v={v} />
      {failures.length > 0 && (
        <details className="import-details" open={failures.length <= 5}>
          <summary>Files that could not be imported ({formatCount(failures.length)})</summary>
          <ul className="outcome-list">
            {failures.map((o, i) => (
              <li key={`${o.path}-${i}`}>
                <span className="outcome-path">{o.path}</span>
                <span className="outcome-reason">{o.message ?? 'No reason was given.'}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {dups.length > 0 && (
        <details className="import-details">
          <summary>Already in the library ({formatCount(dups.length)})</summary>
          <ul className="outcome-list">
            {dups.map((o, i) => (
              <li key={`${o.path}-${i}`}>
                <span className="outcome-path">{o.path}</span>
                {o.message && <span className="outcome-reason">{o.message}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
