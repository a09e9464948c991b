// The trash: articles deleted from the library, newest first. Restore brings one (or all
// selected) back; Empty purges them for good, after a confirmation that says so.
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { TrashItem } from '../../../../shared/contract-notebook';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showInfo } from '../../components/Toast';
import { formatCount, formatDate, plural } from '../../lib/format';
import { Confirm, Dialog } from '../settings/Dialog';

type Item = z.output<typeof TrashItem>;

const PAGE = 500;

export function TrashDialog({ onClose }: { onClose(): void }) {
  const [items, setItems] = useState<Item[] | null>(null);
  const [total, setTotal] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const report = useReportError();

  const load = useCallback(
    () =>
      api.invoke('trash.list', { limit: PAGE }).then((r) => {
        setItems(r.items);
        setTotal(r.total);
      }, report),
    [report],
  );

  useEffect(() => {
    void load();
    return api.on('library.changed', () => void load());
  }, [load]);

  async function restore(ids: number[]): Promise<void> {
    setBusy(true);
    try {
      const r = await api.invoke('trash.restore', { ids });
      const parts = [`Restored ${plural(r.restored.length, 'article')}.`, ...r.conflicts.map((c) => `“${c.title}”: ${c.message}`)];
      setNote(parts.join(' '));
      await load();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  async function empty(): Promise<void> {
    setConfirming(false);
    setBusy(true);
    try {
      const r = await api.invoke('trash.empty', {});
      showInfo(`Purged ${plural(r.purged, 'article')} from the library for good`);
      setNote(null);
      await load();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  const list = items ?? [];
  return (
    <Dialog
      title="Trash"
      testId="trash-dialog"
      onClose={onClose}
      wide
      footer={
        <>
          <span className="muted small">{items === null ? 'Loading…' : total === 0 ? 'The trash is empty.' : `${plural(total, 'article')} in the trash`}</span>
          <span className="spacer" />
          {list.length > 1 && (
            <button type="button" className="button" disabled={busy} onClick={() => void restore(list.map((i) => i.id))}>
              Restore all{total > list.length ? ` ${formatCount(list.length)} shown` : ''}
            </button>
          )}
          <button type="button" className="button danger" data-testid="trash-empty" disabled={busy || total === 0} onClick={() => setConfirming(true)}>
            Empty trash…
          </button>
        </>
      }
    >
      {confirming && (
        <Confirm
          testId="trash-empty-confirm"
          text={`Permanently delete ${plural(total, 'article')}? They are removed from the library, its search index and the file. This cannot be undone.`}
          confirmLabel="Delete for good"
          danger
          onConfirm={() => void empty()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {note && (
        <p className="dialog-note" role="status" data-testid="trash-note">
          {note}
        </p>
      )}
      {items !== null && total === 0 && <p className="muted empty-state">Deleted articles wait here until you empty the trash.</p>}
      <ul className="manage-list" data-testid="trash-list">
        {list.map((it) => (
          <li key={it.id} className="manage-item" data-testid="trash-item" data-article={it.articleId}>
            <div className="manage-item-main">
              <span className="manage-item-title">{it.title || 'Untitled'}</span>
              <span className="muted small">
                {[it.outlet, formatDate(it.published), `deleted ${formatDate(it.deletedAt)}`].filter(Boolean).join(' · ')}
              </span>
            </div>
            <button type="button" className="button small" data-testid="trash-restore" disabled={busy} onClick={() => void restore([it.id])}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      {total > list.length && <p className="muted small">and {formatCount(total - list.length)} more (restore or empty these first).</p>}
    </Dialog>
  );
}
