// Two to four articles side by side, outlet and date on top of each, scrolling together.
// Columns hold the stored plain text as React text nodes: no article HTML is rendered here.
import { useEffect, useState } from 'react';
import type { ArticleT } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount, formatDate, paragraphs } from '../../lib/format';
import { useSyncScroll } from './useSyncScroll';

/** Oldest first, so the columns read in the order the story was reported; undated last. */
function byDate(a: ArticleT, b: ArticleT): number {
  if (a.published === b.published) return 0;
  if (!a.published) return 1;
  if (!b.published) return -1;
  return a.published < b.published ? -1 : 1;
}

interface Props {
  ids: number[];
  onClose(): void;
  onOpen(id: number): void;
}

export function CompareView({ ids, onClose, onOpen }: Props) {
  const [articles, setArticles] = useState<ArticleT[] | null>(null);
  const [synced, setSynced] = useState(true);
  const report = useReportError();
  const sync = useSyncScroll(ids.length, synced);
  const idsKey = ids.join(',');

  // The parent remounts this view (key) for another set of articles.
  useEffect(() => {
    let live = true;
    api
      .invoke('articles.getMany', { ids: idsKey.split(',').map(Number) })
      .then((a) => live && setArticles(a.toSorted(byDate)))
      .catch((e: unknown) => {
        if (!live) return;
        report(e);
        onClose();
      });
    return () => {
      live = false;
    };
  }, [idsKey, report, onClose]);

  return (
    <section className="compare" data-testid="compare-view" aria-label="Compare articles">
      <header className="compare-head">
        <h2 className="pane-title">Comparing {ids.length} articles</h2>
        <label className="toggle">
          <input type="checkbox" checked={synced} onChange={(e) => setSynced(e.target.checked)} />
          Scroll together
        </label>
        <span className="spacer" />
        <button type="button" className="button" data-testid="compare-close" onClick={onClose} title="Back to the list (Esc)">
          Close <kbd>Esc</kbd>
        </button>
      </header>
      <div className="compare-columns" style={{ gridTemplateColumns: `repeat(${ids.length}, minmax(0, 1fr))` }}>
        {(articles ?? ids.map(() => null)).map((a, i) => (
          <div className="compare-column" key={a?.id ?? `loading-${i}`} data-testid="compare-column" data-article-id={a?.id ?? ids[i]}>
            <div className="compare-col-head">
              <div className="compare-outlet">{a ? a.outlet || 'Unknown outlet' : '…'}</div>
              <div className="compare-date muted">
                <span>{a ? [formatDate(a.published) || 'Undated', `${formatCount(a.wordCount)} words`].join(' · ') : ''}</span>
                {a && (
                  <button type="button" className="link-button" onClick={() => onOpen(a.id)} title="Open this article in the reader">
                    Open in reader
                  </button>
                )}
              </div>
              <h3 className="compare-title" title={a?.title}>
                {a ? a.title || 'Untitled' : 'Loading…'}
              </h3>
            </div>
            <div className="compare-text" ref={sync.ref(i)} onScroll={() => sync.onScroll(i)} tabIndex={0} aria-label={a ? `Text of ${a.title}` : undefined}>
              {a && paragraphs(a.text).map((t, k) => <p key={k}>{t}</p>)}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
