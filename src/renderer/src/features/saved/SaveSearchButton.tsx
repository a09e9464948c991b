// "Save search" in the results header: names the current query (the query itself by default)
// and keeps it in the sidebar with its sort.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import type { SearchSort } from '../search/searchUrl';
import { savedChanged } from './savedStore';

export function SaveSearchButton({ query, sort }: { query: string; sort: SearchSort }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const report = useReportError();

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  // The key of the search saved last from here: a different query or sort can be saved again.
  const key = `${sort}\u0000${query}`;

  async function save(): Promise<void> {
    try {
      await api.invoke('savedSearches.create', { name: name.trim() || query, query, sort });
      setOpen(false);
      setError(null);
      setSaved(key);
      savedChanged.emit();
    } catch (e) {
      // The library's sentence (a duplicate name, say); the field stays open to fix it.
      setError(e instanceof Error ? e.message : String(e));
      report(e);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button small"
        data-testid="save-search"
        disabled={saved === key}
        title="Keep this search in the sidebar; it counts new matches as articles arrive"
        onClick={() => {
          setName(query.length > 60 ? `${query.slice(0, 59)}…` : query);
          setError(null);
          setOpen(true);
        }}
      >
        {saved === key ? 'Saved' : 'Save search'}
      </button>
    );
  }
  return (
    <form
      className="save-search-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input
        ref={input}
        className="text-input"
        data-testid="save-search-name"
        aria-label="Name of the saved search"
        aria-invalid={error !== null}
        title={error ?? undefined}
        maxLength={200}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <button type="submit" className="button small primary" data-testid="save-search-confirm">
        Save
      </button>
      <button type="button" className="button small ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
