// The search field: searches as you type (after a short pause) and at once on Enter;
// Esc or the clear button returns to the library. It follows the active query when that
// changes elsewhere (Back, a facet click, a saved search).
import { forwardRef, useEffect, useRef, useState } from 'react';
import type { SearchHow } from './searchUrl';

interface Props {
  /** The query currently shown in the results (null: the library is showing). */
  active: string | null;
  onSearch(q: string, how?: SearchHow): void;
  onClear(): void;
}

const DEBOUNCE_MS = 250;

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ active, onSearch, onClear }, ref) {
  const [text, setText] = useState(active ?? '');
  const timer = useRef<number | undefined>(undefined);

  // A query this box sent comes back as `active` while the user may have typed on: leave the
  // text alone then. Any other query (Back, a facet, a saved search) replaces it.
  const sent = useRef<string | null>(active);
  useEffect(() => {
    if (active !== null && active === sent.current) return;
    sent.current = active;
    setText(active ?? '');
  }, [active]);

  function send(q: string, how: SearchHow): void {
    sent.current = q;
    onSearch(q, how);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function schedule(q: string): void {
    window.clearTimeout(timer.current);
    if (q.trim() === '') {
      onClear();
      return;
    }
    timer.current = window.setTimeout(() => send(q.trim(), 'typed'), DEBOUNCE_MS);
  }

  return (
    <div className="search-box" role="search">
      <span className="search-icon" aria-hidden="true">
        <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="7" cy="7" r="5" />
          <path d="M11 11l3.5 3.5" strokeLinecap="round" />
        </svg>
      </span>
      <input
        ref={ref}
        type="search"
        data-testid="search-input"
        placeholder="Search articles"
        aria-label="Search articles"
        autoComplete="off"
        spellCheck={false}
        maxLength={10000}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          schedule(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            window.clearTimeout(timer.current);
            if (text.trim()) send(text.trim(), 'commit');
            else onClear();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            window.clearTimeout(timer.current);
            setText('');
            onClear();
            e.currentTarget.blur();
          }
        }}
      />
      {text === '' && <kbd className="search-kbd" aria-hidden="true">/</kbd>}
    </div>
  );
});
