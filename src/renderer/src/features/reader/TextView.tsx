// The "Text" reading mode: Article.text as paragraphs of React text nodes in the page itself
// (never HTML), so a selection can be read and turned into a highlight. Highlights and search
// matches are <mark>s around runs of text; every run carries its offset (data-o).
import { forwardRef, memo } from 'react';
import type { Span } from '../../lib/fold';
import { runsFor, type Para } from './textModel';
import type { HighlightT } from './useHighlights';

interface Props {
  text: string;
  paras: Para[];
  highlights: HighlightT[];
  matches: Span[];
  current: number;
  language: string | null;
  onPickHighlight(id: number): void;
}

export const TextView = memo(
  forwardRef<HTMLDivElement, Props>(function TextView({ text, paras, highlights, matches, current, language, onPickHighlight }, ref) {
    return (
      <div ref={ref} className="reader-text" data-testid="reader-text" lang={language ?? undefined} tabIndex={-1}>
        {paras.length === 0 && <p className="muted">This article has no text.</p>}
        {paras.map((p) => (
          <p key={p.start} className="tp">
            {runsFor(p, highlights, matches).map((r) => {
              const body = text.slice(r.start, r.end);
              const matchCls = r.match ? ` match${r.match === current ? ' current' : ''}` : '';
              if (r.highlight) {
                const h = r.highlight;
                return (
                  <mark
                    key={r.start}
                    data-o={r.start}
                    data-match={r.match || undefined}
                    data-testid="highlight-mark"
                    data-highlight-id={h.id}
                    className={`hl hl-${h.color}${matchCls}`}
                    title={h.comment || undefined}
                    onClick={() => onPickHighlight(h.id)}
                  >
                    {body}
                  </mark>
                );
              }
              if (r.match) {
                return (
                  <mark key={r.start} data-o={r.start} data-match={r.match} className={`search-match${matchCls}`}>
                    {body}
                  </mark>
                );
              }
              return (
                <span key={r.start} data-o={r.start}>
                  {body}
                </span>
              );
            })}
          </p>
        ))}
      </div>
    );
  }),
);
