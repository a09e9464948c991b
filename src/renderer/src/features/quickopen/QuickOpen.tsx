// Quick open (Ctrl/Cmd+P): go to an article by typing some words of its title, typos allowed.
// The title index is built once in the background and rebuilt after the library changes.
import { useEffect, useMemo, useState } from 'react';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount, formatDate } from '../../lib/format';
import type { Signal } from '../../lib/signal';
import { Dialog, useListKeys } from '../palette/Dialog';
import { loadTitleIndex, type TitleIndex } from './titleIndex';

let cached: { index: TitleIndex | null; dirty: boolean; generation: number } = { index: null, dirty: true, generation: 0 };

/** Marks the cached index out of date when the library changes; call once (App). */
export function useTitleIndexInvalidation(changes: Signal): void {
  useEffect(() => changes.subscribe(() => (cached = { ...cached, dirty: true, generation: cached.generation + 1 })), [changes]);
}

interface Props {
  onOpen(id: number): void;
  onClose(): void;
}

export function QuickOpen({ onOpen, onClose }: Props) {
  const report = useReportError();
  const [index, setIndex] = useState<TitleIndex | null>(cached.index);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (!cached.dirty && cached.index) return undefined;
    let live = true;
    // The library changed while the titles were loading (an import finishing): start again.
    const build = () => {
      const generation = cached.generation;
      loadTitleIndex(
        (loaded, total) => live && setProgress({ loaded, total }),
        () => !live || cached.generation !== generation,
      ).then(
        (idx) => {
          if (!live) return;
          if (!idx) return build();
          cached = { index: idx, dirty: false, generation };
          setIndex(idx);
        },
        (e: unknown) => live && report(e),
      );
    };
    build();
    return () => {
      live = false;
    };
  }, [report]);

  const results = useMemo(() => (index ? index.search(query) : []), [index, query]);
  const { active, setActive, onKeyDown } = useListKeys(results.length, (i) => pick(i));

  function pick(i: number): void {
    const r = results[i];
    if (!r) return;
    onClose();
    onOpen(r.id);
  }

  const building = !index || (cached.dirty && progress !== null && progress.loaded < progress.total);
  return (
    <Dialog testId="quickopen" label="Open an article by title" onClose={onClose}>
      <input
        className="dialog-input"
        data-testid="quickopen-input"
        placeholder="Article title…"
        aria-label="Article title"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="dialog-list" role="listbox" aria-label="Articles">
        {building && (
          <li className="dialog-empty muted" data-testid="quickopen-building">
            Indexing titles{progress ? ` (${formatCount(progress.loaded)} of ${formatCount(progress.total)})` : ''}…
          </li>
        )}
        {index && query.trim() !== '' && results.length === 0 && <li className="dialog-empty muted">No title matches “{query}”.</li>}
        {index && query.trim() === '' && <li className="dialog-empty muted">Type a few words of the title; small typos are fine.</li>}
        {results.map((r, i) => (
          <li
            key={r.id}
            role="option"
            aria-selected={i === active}
            className={`dialog-item${i === active ? ' active' : ''}`}
            data-testid="quickopen-item"
            data-article-id={r.id}
            onMouseMove={() => setActive(i)}
            onClick={() => pick(i)}
          >
            <span className="dialog-label">{r.title || 'Untitled'}</span>
            <span className="dialog-meta muted">{[r.outlet, formatDate(r.published)].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
