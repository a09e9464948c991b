// Backups of the open library: back up now (safe while working), the list of backups, restore
// one (checked first; the current library is backed up before it is replaced) and the
// automatic schedule. In a browser there is no native file picker for paths, so a restore
// from elsewhere takes a typed path.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showInfo } from '../../components/Toast';
import { formatCount, plural } from '../../lib/format';
import { useBusyStep } from '../../lib/useBusyStep';
import { Confirm } from '../settings/Dialog';
import { formatBytes, formatWhen } from './format';

type Listing = Output<'backup.list'>;
type Schedule = Output<'backup.schedule.get'>;

export function BackupSection() {
  const [listing, setListing] = useState<Listing | null>(null);
  const [schedule, setSchedule] = useState<Schedule | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [restorePath, setRestorePath] = useState('');
  const [confirm, setConfirm] = useState<string | null>(null);
  const report = useReportError();
  const { busy, step } = useBusyStep(report);

  const load = useCallback(
    () =>
      Promise.all([api.invoke('backup.list', {}), api.invoke('backup.schedule.get', {})]).then(([l, s]) => {
        setListing(l);
        setSchedule(s);
      }, report),
    [report],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const backUp = () =>
    void step(async () => {
      const b = await api.invoke('backup.create', {});
      setResult(b.path);
      await load();
    });

  const restore = (path: string) =>
    void step(async () => {
      setConfirm(null);
      const r = await api.invoke('backup.restore', { path });
      showInfo(`Restored ${plural(r.articleCount, 'article')} from the backup`);
      setResult(null);
      setRestorePath('');
      await load();
    });

  const saveSchedule = (patch: { enabled?: boolean; intervalHours?: number; keep?: number }) =>
    void step(async () => setSchedule(await api.invoke('backup.schedule.set', patch)));

  const askRestore = (e: FormEvent) => {
    e.preventDefault();
    if (restorePath.trim()) setConfirm(restorePath.trim());
  };

  return (
    <div className="backup-section">
      <section className="dialog-section">
        <div className="row">
          <button type="button" className="button primary" data-testid="backup-now" disabled={busy} onClick={backUp}>
            Back up now
          </button>
          <span className="muted small">A single file; safe while you keep working.</span>
        </div>
        {result && (
          <p className="dialog-note" role="status">
            Backed up to <code data-testid="backup-result">{result}</code>
          </p>
        )}
      </section>

      <section className="dialog-section">
        <h3 className="section-title">Backups {listing && <span className="muted">in {listing.folder}</span>}</h3>
        {listing && listing.backups.length === 0 && <p className="muted small">No backups yet.</p>}
        <ul className="manage-list compact" data-testid="backup-list">
          {listing?.backups.map((b) => (
            <li key={b.path} className="manage-item" data-testid="backup-item">
              <div className="manage-item-main">
                <span className="manage-item-title mono">{b.name}</span>
                <span className="muted small">
                  {formatWhen(b.createdAt)} · {formatBytes(b.bytes)}
                  {b.automatic ? ' · automatic' : ''}
                </span>
              </div>
              <button type="button" className="button small" data-testid="backup-restore" disabled={busy} onClick={() => setConfirm(b.path)}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
        <form className="row" onSubmit={askRestore}>
          <input
            className="text-input mono grow"
            data-testid="restore-path"
            placeholder="/path/to/library-20240620T101112345Z.db"
            aria-label="Path of a backup file to restore"
            value={restorePath}
            onChange={(e) => setRestorePath(e.target.value)}
          />
          <button type="submit" className="button" data-testid="restore-from-path" disabled={busy || !restorePath.trim()}>
            Restore from file…
          </button>
        </form>
        {confirm && (
          <Confirm
            testId="restore-confirm"
            text={`Replace the open library with the backup ${confirm}? The library as it is now is backed up first, so you can go back.`}
            confirmLabel="Restore backup"
            onConfirm={() => restore(confirm)}
            onCancel={() => setConfirm(null)}
          />
        )}
      </section>

      {schedule && (
        <section className="dialog-section" data-testid="backup-schedule">
          <h3 className="section-title">Automatic backups</h3>
          <label className="check">
            <input type="checkbox" data-testid="schedule-enabled" checked={schedule.enabled} disabled={busy} onChange={(e) => saveSchedule({ enabled: e.target.checked })} />
            Back up automatically
          </label>
          <div className="row">
            <label className="field inline">
              <span>Every</span>
              <select
                className="select-input"
                data-testid="schedule-interval"
                value={String(schedule.intervalHours)}
                disabled={busy}
                onChange={(e) => saveSchedule({ intervalHours: Number(e.target.value) })}
              >
                {[...new Set([1, 6, 12, 24, 72, 168, schedule.intervalHours])]
                  .toSorted((a, b) => a - b)
                  .map((h) => (
                    <option key={h} value={String(h)}>
                      {h < 24 ? plural(h, 'hour') : h % 24 === 0 ? plural(h / 24, 'day') : plural(h, 'hour')}
                    </option>
                  ))}
              </select>
            </label>
            <label className="field inline">
              <span>Keep the last</span>
              <input
                type="number"
                className="text-input num-input"
                data-testid="schedule-keep"
                min={1}
                max={1000}
                defaultValue={schedule.keep}
                key={schedule.keep}
                disabled={busy}
                onBlur={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isInteger(n) && n !== schedule.keep) saveSchedule({ keep: n });
                }}
              />
            </label>
          </div>
          <p className="muted small">
            {schedule.lastBackupAt ? `Last backup ${formatWhen(schedule.lastBackupAt)}.` : 'No automatic backup yet.'}{' '}
            {schedule.enabled && schedule.nextBackupAt ? `Next ${formatWhen(schedule.nextBackupAt)}.` : ''} Keeps {formatCount(schedule.keep)} in {schedule.effectiveFolder}.
          </p>
        </section>
      )}
    </div>
  );
}
