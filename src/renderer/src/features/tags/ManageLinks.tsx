// Bottom of the sidebar: the ways into auto-tag rules and the trash (with how many articles
// wait there), like the Trash entry of a mail client.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { formatCount } from '../../lib/format';
import { openDialog } from '../settings/dialogs';

export function ManageLinks() {
  const [trashed, setTrashed] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      api.invoke('trash.list', { limit: 1 }).then(
        (r) => live && setTrashed(r.total),
        // The count is a courtesy: the Trash view itself reports failures.
        () => live && setTrashed(null),
      );
    void load();
    const off = api.on('library.changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, []);

  return (
    <section className="facet manage-links">
      <h2 className="facet-title">Library</h2>
      <ul>
        <li>
          <button type="button" className="facet-item" data-testid="rules-button" onClick={() => openDialog('rules')}>
            <svg className="manage-icon" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
              <path d="M2 4h12M2 8h8M2 12h5" strokeLinecap="round" />
              <path d="M11 10.5l1.5 1.5 2.5-3" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="facet-name">Auto-tag rules</span>
          </button>
        </li>
        <li>
          <button type="button" className="facet-item" data-testid="trash-button" onClick={() => openDialog('trash')}>
            <svg className="manage-icon" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
              <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="facet-name">Trash</span>
            <span className="facet-count" data-testid="trash-count">
              {trashed ? formatCount(trashed) : ''}
            </span>
          </button>
        </li>
      </ul>
    </section>
  );
}
