// What the right-hand pane shows when several articles are selected: how many, which,
// a tag editor for all of them at once, and the way into the comparison view.
import { useState } from 'react';
import type { ArticleSummaryT } from '../../../../shared/contract';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount, formatDate } from '../../lib/format';
import { openDialog } from '../settings/dialogs';
import { trashArticles } from '../trash/trashArticles';
import { TagEditor, type TagCount } from './TagEditor';

interface Props {
  ids: number[];
  lookup(id: number): ArticleSummaryT | undefined;
  knownTags: string[];
  canCompare: boolean;
  onCompare(): void;
  onClear(): void;
  onChanged(): void;
  onOpen(id: number): void;
}

const LISTED = 12;

export function SelectionPanel(p: Props) {
  const [deleting, setDeleting] = useState(false);
  const report = useReportError();
  async function moveToTrash(): Promise<void> {
    setDeleting(true);
    try {
      await trashArticles(p.ids);
      p.onClear();
      p.onChanged();
    } catch (e) {
      report(e);
    } finally {
      setDeleting(false);
    }
  }
  const counts = new Map<string, number>();
  const known = p.ids.map((id) => p.lookup(id));
  for (const a of known) for (const t of a?.tags ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  const tags: TagCount[] = [...counts].map(([name, count]) => ({ name, count })).toSorted((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  return (
    <aside className="pane selection-panel" aria-label="Selection">
      <header className="pane-head">
        <h2 className="pane-title">{p.ids.length === 1 ? '1 article selected' : `${formatCount(p.ids.length)} articles selected`}</h2>
        <button type="button" className="button ghost small" onClick={p.onClear}>
          Clear selection
        </button>
      </header>
      <div className="pane-body">
        <section className="panel-section">
          <h3 className="section-title">Tags</h3>
          <TagEditor ids={p.ids} tags={tags} known={p.knownTags} onChanged={p.onChanged} />
        </section>
        {p.ids.length === 1 && (
          <section className="panel-section">
            <button type="button" className="button" onClick={() => p.onOpen(p.ids[0]!)}>
              Open in reader <kbd>Enter</kbd>
            </button>
          </section>
        )}
        <section className="panel-section">
          <h3 className="section-title">Compare</h3>
          {p.canCompare ? (
            <button type="button" className="button primary" onClick={p.onCompare}>
              Compare side by side <kbd>C</kbd>
            </button>
          ) : (
            <p className="muted small">Select 2 to 4 articles to compare them side by side.</p>
          )}
        </section>
        <section className="panel-section">
          <h3 className="section-title">Export and delete</h3>
          <div className="panel-actions">
            <button type="button" className="button" data-testid="export-selected" onClick={() => openDialog('export', 'selected')}>
              Export {p.ids.length === 1 ? 'article' : `${formatCount(p.ids.length)} articles`}…
            </button>
            <button type="button" className="button danger-outline" data-testid="delete-selected" disabled={deleting} onClick={() => void moveToTrash()}>
              Move to trash
            </button>
          </div>
        </section>
        <section className="panel-section">
          <h3 className="section-title">Selected</h3>
          <ul className="selection-list">
            {known.slice(0, LISTED).map((a, i) => (
              <li key={a?.id ?? `missing-${p.ids[i]}`}>
                <span className="sel-title">{a ? a.title || 'Untitled' : 'Article not loaded'}</span>
                <span className="muted small">{[a?.outlet, formatDate(a?.published)].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
          {p.ids.length > LISTED && <p className="muted small">and {formatCount(p.ids.length - LISTED)} more</p>}
        </section>
      </div>
    </aside>
  );
}
