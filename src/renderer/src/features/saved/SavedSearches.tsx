// Saved searches in the sidebar, each with the number of matches imported since it was last
// opened. Opening one runs it (and resets its count); deleting one can be undone.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount } from '../../lib/format';
import { BatchButton } from '../batch/BatchDialog';
import { navigateSearch, useSearchUrl } from '../search/searchUrl';
import { savedChanged } from './savedStore';

type Saved = Output<'savedSearches.list'>[number];

export function SavedSearches() {
  const [items, setItems] = useState<Saved[] | null>(null);
  const [undo, setUndo] = useState<Saved | null>(null);
  const report = useReportError();
  const current = useSearchUrl();

  const load = useCallback(() => {
    api.invoke('savedSearches.list', {}).then(setItems, report);
  }, [report]);

  useEffect(() => {
    load();
    const offSaved = savedChanged.subscribe(load);
    // New articles change the counts: after an import, another window's change, a tag edit.
    const offChanged = api.on('library.changed', load);
    const offDone = api.on('import.done', load);
    return () => {
      offSaved();
      offChanged();
      offDone();
    };
  }, [load]);

  async function open(s: Saved): Promise<void> {
    try {
      await api.invoke('savedSearches.open', { id: s.id, limit: 1 });
      navigateSearch(s.query, s.sort);
      load();
    } catch (e) {
      report(e);
    }
  }

  async function remove(s: Saved): Promise<void> {
    try {
      await api.invoke('savedSearches.delete', { id: s.id });
      setUndo(s);
      load();
    } catch (e) {
      report(e);
    }
  }

  async function restore(s: Saved): Promise<void> {
    try {
      await api.invoke('savedSearches.create', { name: s.name, query: s.query, sort: s.sort });
      setUndo(null);
      load();
    } catch (e) {
      report(e);
    }
  }

  return (
    <section className="facet saved-searches" data-testid="saved-searches" aria-label="Saved searches">
      <div className="saved-head">
        <h2 className="facet-title">Saved searches</h2>
        <BatchButton />
      </div>
      {items !== null && items.length === 0 && !undo && <p className="facet-empty">Search, then “Save search” to keep it here.</p>}
      <ul>
        {(items ?? []).map((s) => {
          const active = current.query === s.query && current.sort === s.sort;
          return (
            <li key={s.id} className="saved-item">
              <button
                type="button"
                className={`facet-item${active ? ' active' : ''}`}
                data-testid="saved-search"
                data-id={s.id}
                aria-current={active}
                title={`${s.query}${s.sort !== 'relevance' ? ` (${s.sort} first)` : ''}`}
                onClick={() => void open(s)}
              >
                <span className="saved-icon" aria-hidden="true">
                  ⌕
                </span>
                <span className="facet-name">{s.name}</span>
                {s.newCount > 0 && (
                  <span className="new-badge" data-testid="saved-search-count" aria-label={`${formatCount(s.newCount)} new`}>
                    {formatCount(s.newCount)}
                  </span>
                )}
              </button>
              <button type="button" className="icon-button saved-delete" data-testid="saved-search-delete" aria-label={`Delete the saved search “${s.name}”`} title="Delete" onClick={() => void remove(s)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {undo && (
        <p className="saved-undo" role="status">
          Deleted “{undo.name}”.{' '}
          <button type="button" className="link-button" data-testid="saved-search-undo" onClick={() => void restore(undo)}>
            Undo
          </button>
        </p>
      )}
    </section>
  );
}
