// Several libraries, one per investigation: the open one, the recent ones, open another by
// path, or start a new empty one. The switch itself is announced by the library
// (library.changed), on which every view reloads.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showInfo } from '../../components/Toast';
import { plural } from '../../lib/format';
import { formatWhen } from '../backup/format';

type Listing = Output<'libraries.list'>;

export function LibrariesSection() {
  const [listing, setListing] = useState<Listing | null>(null);
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const report = useReportError();

  const load = useCallback(() => api.invoke('libraries.list', {}).then(setListing, report), [report]);
  useEffect(() => {
    void load();
    return api.on('library.changed', (e) => {
      if (e.reason === 'library') void load();
    });
  }, [load]);

  async function step(fn: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await fn();
      await load();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  const open = (p: string) =>
    void step(async () => {
      const r = await api.invoke('libraries.open', { path: p });
      showInfo(`Opened ${r.path} (${plural(r.articleCount, 'article')})`);
      setPath('');
    });

  const create = (e: FormEvent) => {
    e.preventDefault();
    void step(async () => {
      const r = await api.invoke('libraries.create', { name });
      showInfo(`Created and opened ${r.path}`);
      setName('');
    });
  };

  return (
    <div className="libraries-section">
      <section className="dialog-section">
        <h3 className="section-title">Open library</h3>
        <p className="mono small" data-testid="library-current">
          {listing?.current ?? '…'}
        </p>
      </section>
      <section className="dialog-section">
        <h3 className="section-title">Recent</h3>
        <ul className="manage-list compact" data-testid="library-list">
          {listing?.recent.map((l) => {
            const current = l.path === listing.current;
            return (
              <li key={l.path} className={`manage-item${current ? ' current' : ''}`} data-testid="library-item">
                <div className="manage-item-main">
                  <span className="manage-item-title">
                    {l.name}
                    {current && <span className="badge">open</span>}
                    {!l.exists && <span className="badge warn">missing</span>}
                  </span>
                  <span className="muted small mono">{l.path}</span>
                  {l.openedAt && <span className="muted small">opened {formatWhen(l.openedAt)}</span>}
                </div>
                {!current && (
                  <button type="button" className="button small" data-testid="library-open" disabled={busy || !l.exists} onClick={() => open(l.path)}>
                    Open
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) open(path.trim());
          }}
        >
          <input className="text-input mono grow" data-testid="library-path" placeholder="/path/to/library.db" aria-label="Path of a library file to open" value={path} onChange={(e) => setPath(e.target.value)} />
          <button type="submit" className="button" disabled={busy || !path.trim()}>
            Open file
          </button>
        </form>
      </section>
      <section className="dialog-section">
        <h3 className="section-title">New library</h3>
        <form className="row" onSubmit={create}>
          <input className="text-input grow" data-testid="library-name" placeholder="e.g. Korea arms transfers" aria-label="Name of the new library" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button" data-testid="library-create" disabled={busy || !name.trim()}>
            Create and open
          </button>
        </form>
        <p className="muted small">A new, empty library beside the others; the current one stays as it is.</p>
      </section>
    </div>
  );
}
