// The search field: searches as you type (after a short pause) and at once on Enter;
// Esc or the clear button returns to the library.
import { forwardRef, useEffect, useRef, useState } from 'react';

interface Props {
  /** The query currently shown in the results (null: the library is showing). */
  active: string | null;
  onSearch(q: string): void;
  onClear(): void;
}

const DEBOUNCE_MS = 250;

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ active, onSearch, onClear }, ref) {
  const [text, setText] = useState(active ?? '');
  const timer = useRef<number | undefined>(undefined);

  // When the app leaves search (Esc elsewhere, a filter click), empty the box too.
  useEffect(() => {
    if (active === null) setText('');
  }, [active]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function schedule(q: string): void {
    window.clearTimeout(timer.current);
    if (q.trim() === '') {
      onClear();
      return;
    }
    timer.current = window.setTimeout(() => onSearch(q.trim()), DEBOUNCE_MS);
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
            if (text.trim()) onSearch(text.trim());
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
