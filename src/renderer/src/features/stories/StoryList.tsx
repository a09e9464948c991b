// The story list: every story with its title, dates, outlets and size. Tick two or more to
// merge them; open one to compare its articles.
import { useEffect, useMemo, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount, formatDate, plural } from '../../lib/format';
import type { Signal } from '../../lib/signal';

export type StorySummaryT = Output<'stories.list'>['items'][number];

export function dateRange(first: string | null, last: string | null): string {
  const a = formatDate(first);
  const b = formatDate(last);
  if (!a && !b) return 'Undated';
  return a === b || !b ? a : !a ? b : `${a} – ${b}`;
}

interface Props {
  changes: Signal;
  onOpen(id: number): void;
  onMerge(stories: StorySummaryT[]): void;
  onRecluster(): void;
  busy: boolean;
}

const LIMIT = 500;

export function StoryList({ changes, onOpen, onMerge, onRecluster, busy }: Props) {
  const report = useReportError();
  const [data, setData] = useState<{ total: number; items: StorySummaryT[] } | null>(null);
  const [singles, setSingles] = useState(false);
  const [picked, setPicked] = useState<number[]>([]);
  const [tick, setTick] = useState(0);

  useEffect(() => changes.subscribe(() => setTick((n) => n + 1)), [changes]);
  const request = useMemo(() => ({ input: { limit: LIMIT, minArticles: singles ? 1 : 2 }, pass: tick }), [singles, tick]);
  useEffect(() => {
    let live = true;
    api.invoke('stories.list', request.input).then((r) => {
      if (!live) return;
      setData(r);
      // Ticks on stories that no longer exist (merged away) are dropped.
      setPicked((p) => p.filter((id) => r.items.some((s) => s.id === id)));
    }, report);
    return () => {
      live = false;
    };
  }, [request, report]);

  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const pickedStories = picked.map((id) => data?.items.find((s) => s.id === id)).filter((s): s is StorySummaryT => s !== undefined);

  return (
    <div className="story-list-pane">
      <div className="cmp-toolbar">
        <label className="toggle small">
          <input type="checkbox" checked={singles} onChange={(e) => setSingles(e.target.checked)} data-testid="stories-singles" />
          Include stories of one article
        </label>
        <span className="spacer" />
        {picked.length > 0 && <span className="muted small">{plural(picked.length, 'story', 'stories')} ticked</span>}
        <button type="button" className="button small" data-testid="stories-merge" disabled={picked.length < 2 || busy} onClick={() => onMerge(pickedStories)} title="Merge the ticked stories into the first one ticked">
          Merge
        </button>
        <button type="button" className="button small ghost" disabled={busy} onClick={onRecluster} title="Group the library again; your renames, merges, splits and moves are kept">
          Find stories again
        </button>
      </div>
      {!data ? (
        <p className="cmp-loading muted" role="status">
          Grouping articles into stories…
        </p>
      ) : data.items.length === 0 ? (
        <p className="cmp-empty" data-testid="stories-empty">
          {singles ? 'No stories yet: import some articles first.' : 'No story has two articles or more yet. Tick “Include stories of one article” to see them all.'}
        </p>
      ) : (
        <ul className="story-list" data-testid="stories-list" aria-label="Stories">
          {data.items.map((s) => (
            <li key={s.id} className={`story-row${picked.includes(s.id) ? ' picked' : ''}`} data-testid="story-row" data-story-id={s.id}>
              <input type="checkbox" checked={picked.includes(s.id)} onChange={() => toggle(s.id)} aria-label={`Tick “${s.title}” to merge it`} />
              <button type="button" className="story-open" onClick={() => onOpen(s.id)} disabled={busy}>
                <span className="story-title" data-testid="story-title">
                  {s.title || 'Untitled story'}
                </span>
                <span className="story-meta muted">
                  <span>{dateRange(s.firstPublished, s.lastPublished)}</span>
                  <span className="story-outlets">{s.outlets.join(' · ') || 'No outlet named'}</span>
                </span>
              </button>
              <span className="story-count num" title={plural(s.articleCount, 'article')}>
                {formatCount(s.articleCount)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {data && data.total > data.items.length && <p className="muted small story-more">The first {formatCount(data.items.length)} of {formatCount(data.total)} stories are listed.</p>}
    </div>
  );
}
