// Top bar: name, search, import, compare, theme.
import type { ReactNode } from 'react';
import type { Theme } from '../lib/theme';

interface Props {
  search: ReactNode;
  importControls: ReactNode;
  compareCount: number;
  canCompare: boolean;
  onCompare(): void;
  theme: Theme;
  onToggleTheme(): void;
  /** Export, library and settings buttons. */
  tools?: ReactNode;
  /** The Stories entry (features/stories). */
  stories?: ReactNode;
}

export function Header(p: Props) {
  return (
    <header className="app-header">
      <div className="brand" aria-label="Parallax">
        <svg className="brand-mark" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
          <rect x="1.5" y="3" width="9" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <rect x="7.5" y="3" width="9" height="12" rx="1.5" fill="currentColor" opacity="0.35" />
        </svg>
        <span className="brand-name">Parallax</span>
      </div>
      {p.search}
      <div className="header-actions">
        {p.importControls}
        {p.stories}
        <button
          type="button"
          className="button"
          data-testid="compare-button"
          disabled={!p.canCompare}
          onClick={p.onCompare}
          title={p.canCompare ? 'Compare the selected articles side by side (C)' : 'Select 2 to 6 articles to compare them'}
        >
          Compare{p.compareCount > 1 ? ` (${p.compareCount})` : ''}
        </button>
        {p.tools}
        <button
          type="button"
          className="icon-button theme-toggle"
          data-testid="theme-toggle"
          onClick={p.onToggleTheme}
          aria-label={p.theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          title={p.theme === 'dark' ? 'Light theme' : 'Dark theme'}
        >
          {p.theme === 'dark' ? (
            <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
              <circle cx="8" cy="8" r="3.2" />
              <path d="M8 1v1.6M8 13.4V15M1 8h1.6M13.4 8H15M3 3l1.1 1.1M11.9 11.9L13 13M3 13l1.1-1.1M11.9 4.1L13 3" strokeLinecap="round" />
            </svg>
          ) : (
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M13.5 10.2A6 6 0 0 1 5.8 2.5a6 6 0 1 0 7.7 7.7z" fill="currentColor" />
            </svg>
          )}
        </button>
      </div>
    </header>
  );
}
