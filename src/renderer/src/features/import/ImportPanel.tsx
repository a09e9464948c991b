// Progress of the running import (count, bar, rate, time left, current file, Cancel) and,
// when it ends, a summary: imported, reprints, duplicates, skipped, failed, each with its
// files and reasons, and the way to the full import log. File names are text. With "Tag
// imports" set: the tags applied, and the offer to tag duplicates that lack them (TagOffer).
import type { ImportOutcomeT } from '../../../../shared/contract';
import { formatCount } from '../../lib/format';
import { ImportLogButton } from '../importlog/ImportLogButton';
import { formatDuration, formatRate, tally } from './importFormat';
import { AppliedTags, TagOffer } from './TagOffer';
import type { ImportView } from './useImport';

interface Props {
  view: ImportView;
  onCancel(): void;
  onDismiss(): void;
}

type Outcome = ImportOutcomeT['outcome'];

function RunningCounts({ v }: { v: ImportView }) {
  return (
    <div className="import-counts">
      <span className="count ok">{formatCount(v.imported)} imported</span>
      <span className="count dup">
        {formatCount(v.duplicates)} {v.duplicates === 1 ? 'duplicate' : 'duplicates'}
      </span>
      <span className={`count ${v.failed ? 'bad' : ''}`}>{formatCount(v.failed)} failed</span>
    </div>
  );
}

const GROUPS: { outcome: Outcome; title: string; open: (n: number) => boolean }[] = [
  { outcome: 'failed', title: 'Could not be imported', open: (n) => n <= 5 },
  { outcome: 'skipped', title: 'Skipped', open: (n) => n <= 3 },
  { outcome: 'reprint', title: 'Imported as probable reprints', open: () => false },
  { outcome: 'duplicate', title: 'Already in the library', open: () => false },
];

const FALLBACK: Record<Outcome, string> = {
  failed: 'No reason was given.',
  skipped: 'Left out.',
  reprint: '',
  duplicate: '',
  imported: '',
};

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
        <div className="import-speed muted num">
          <span data-testid="import-rate">{v.rate !== null && v.rate > 0 ? formatRate(v.rate) : 'Measuring speed…'}</span>
          <span data-testid="import-eta">{v.etaSeconds !== null ? `${formatDuration(v.etaSeconds)} left` : ''}</span>
        </div>
        <AppliedTags tags={v.tags ?? []} running />
        <div className="import-foot">
          <RunningCounts v={v} />
          <button type="button" className="button small" data-testid="import-cancel" disabled={v.cancelling} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </section>
    );
  }

  const t = tally(v);
  return (
    <section className="import-panel done" data-testid="import-summary" aria-label="Import summary" role="status">
      <header className="import-head">
        <strong>{v.cancelled ? 'Import cancelled' : 'Import finished'}</strong>
        <button type="button" className="icon-button" data-testid="import-summary-close" aria-label="Close the import summary" onClick={onDismiss}>
          ×
        </button>
      </header>
      <div className="import-counts summary-counts">
        <span className="count ok" data-testid="import-count-imported">
          {formatCount(t.imported)} imported
        </span>
        {t.reprint > 0 && (
          <span className="count reprint" data-testid="import-count-reprints">
            {formatCount(t.reprint)} {t.reprint === 1 ? 'reprint' : 'reprints'}
          </span>
        )}
        <span className="count dup" data-testid="import-count-duplicates">
          {formatCount(t.duplicate)} {t.duplicate === 1 ? 'duplicate' : 'duplicates'}
        </span>
        {t.skipped > 0 && (
          <span className="count skip" data-testid="import-count-skipped">
            {formatCount(t.skipped)} skipped
          </span>
        )}
        <span className={`count ${t.failed ? 'bad' : ''}`} data-testid="import-count-failed">
          {formatCount(t.failed)} failed
        </span>
      </div>
      <AppliedTags tags={v.tags ?? []} running={false} />
      {v.tagOffer && <TagOffer offer={v.tagOffer} />}
      {GROUPS.map((g) => {
        const items = v.outcomes.filter((o) => o.outcome === g.outcome);
        if (items.length === 0) return null;
        return (
          <details key={g.outcome} className="import-details" open={g.open(items.length)} data-outcome={g.outcome}>
            <summary>
              {g.title} ({formatCount(items.length)})
            </summary>
            <ul className="outcome-list">
              {items.slice(0, 200).map((o, i) => (
                <li key={`${o.path}-${i}`}>
                  <span className="outcome-path">{o.path}</span>
                  {(o.message ?? FALLBACK[g.outcome]) && <span className="outcome-reason">{o.message ?? FALLBACK[g.outcome]}</span>}
                </li>
              ))}
              {items.length > 200 && <li className="muted">…and {formatCount(items.length - 200)} more in the import log.</li>}
            </ul>
          </details>
        );
      })}
      <div className="import-summary-foot">
        <ImportLogButton variant="link" testId="import-summary-log" label="Open the import log" />
      </div>
    </section>
  );
}
