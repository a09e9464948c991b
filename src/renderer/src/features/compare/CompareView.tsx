// The comparison of 2–6 articles (chosen, or a story's): aligned columns coloured by how
// widely each claim is carried, and tabs for the claims matrix, quotes, figures, names and
// framing. Everything is computed by the library (compare.run); this view only arranges it.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { plural } from '../../lib/format';
import { AlignedColumns, CoverageLegend } from './AlignedColumns';
import { ClaimsMatrix } from './ClaimsMatrix';
import { EntitiesPanel } from './EntitiesPanel';
import { exportComparison, type ExportFormat } from './exportReport';
import { FiguresPanel } from './FiguresPanel';
import { FramingPanel } from './FramingPanel';
import { byPublished, columnIndex, outletOf, type CompareRunT, type CompareTarget, type GroupBy } from './model';
import { OutletGroupsEditor } from './OutletGroupsEditor';
import { QuotesPanel } from './QuotesPanel';
import { useAlignedScroll } from './useAlignedScroll';

type Tab = 'columns' | 'claims' | 'quotes' | 'figures' | 'entities' | 'framing';
const TABS: [Tab, string][] = [
  ['columns', 'Articles'],
  ['claims', 'Claims'],
  ['quotes', 'Quotes'],
  ['figures', 'Figures'],
  ['entities', 'Names'],
  ['framing', 'Framing'],
];

interface Props {
  ids?: number[];
  storyId?: number;
  /** Replaces the default heading (the story view puts its editable title here). */
  heading?: ReactNode;
  /** Shown between the heading and the tabs (the story view's article list). */
  toolbar?: ReactNode;
  /** Changing it runs the comparison again (the story's articles changed). */
  reloadKey?: number;
  onClose(): void;
  onOpen(id: number): void;
}

export function CompareView({ ids, storyId, heading, toolbar, reloadKey = 0, onClose, onOpen }: Props) {
  const report = useReportError();
  const [run, setRun] = useState<CompareRunT | null>(null);
  const [groupBy, setGroupBy] = useState<GroupBy>('outlet');
  const [tab, setTab] = useState<Tab>('columns');
  const [synced, setSynced] = useState(true);
  const [active, setActive] = useState<{ claim: number; from: number | null } | null>(null);
  const [groupsOpen, setGroupsOpen] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [runs, setRuns] = useState(0);
  const scroll = useAlignedScroll(synced);
  const { reveal } = scroll;
  const hadRun = useRef(false);

  const idsKey = ids?.join(',') ?? '';
  const target = useMemo<CompareTarget>(() => (storyId !== undefined ? { storyId } : { ids: idsKey.split(',').map(Number) }), [storyId, idsKey]);

  // `pass` changes when the same comparison must run again (groups, pairs or the story changed).
  const request = useMemo(() => ({ input: { ...target, groupBy }, pass: reloadKey + runs }), [target, groupBy, reloadKey, runs]);
  useEffect(() => {
    let live = true;
    api.invoke('compare.run', request.input).then(
      (r) => {
        if (!live) return;
        hadRun.current = true;
        setRun(r);
      },
      (e: unknown) => {
        if (!live) return;
        report(e);
        // Nothing to show at all: back to where the user came from, with the message.
        if (!hadRun.current) onClose();
      },
    );
    return () => {
      live = false;
    };
  }, [request, report, onClose]);

  // A claim picked in a panel is revealed once the columns are on screen again.
  useEffect(() => {
    if (tab === 'columns' && active) reveal(active.claim, active.from);
  }, [tab, active, reveal]);

  const colOf = useMemo(() => columnIndex(run?.columns ?? []), [run]);
  const order = useMemo(() => (run ? run.meta.toSorted(byPublished) : []), [run]);
  const activate = useCallback((claim: number, from: number | null) => setActive((a) => (a?.claim === claim && a.from === from ? null : { claim, from })), []);

  const doExport = async (format: ExportFormat) => {
    setBusy(format);
    try {
      await exportComparison(target, groupBy, format);
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };

  const count = run?.meta.length ?? ids?.length ?? 0;
  return (
    <section className="compare cmp" data-testid="compare-view" aria-label="Compare articles" aria-busy={run === null}>
      <header className="compare-head cmp-head">
        {heading ?? <h2 className="pane-title">Comparing {count > 0 ? plural(count, 'article') : 'articles'}</h2>}
        {run && run.omitted.length > 0 && (
          <span className="cmp-badge" title="A comparison holds six articles at most; the earliest six are shown.">
            {plural(run.omitted.length, 'more article')} left out
          </span>
        )}
        <span className="spacer" />
        <div className="cmp-group">
          <button
            type="button"
            className={`button small${groupBy === 'group' ? ' primary' : ''}`}
            data-testid="group-toggle"
            aria-pressed={groupBy === 'group'}
            onClick={() => setGroupBy((g) => (g === 'outlet' ? 'group' : 'outlet'))}
            title="Columns of the claims matrix and framing: one per outlet, or one per outlet group"
          >
            {groupBy === 'group' ? 'By outlet group' : 'By outlet'}
          </button>
          <button type="button" className="button small ghost" aria-expanded={groupsOpen} onClick={() => setGroupsOpen((x) => !x)} data-testid="groups-edit">
            Groups…
          </button>
          {groupsOpen && run && (
            <OutletGroupsEditor outlets={[...new Set(run.meta.map(outletOf))]} onChanged={() => setRuns((n) => n + 1)} onClose={() => setGroupsOpen(false)} />
          )}
        </div>
        <div className="cmp-exports" role="group" aria-label="Export the comparison">
          <span className="muted small">Export</span>
          {(
            [
              ['md', 'Markdown', 'export-md'],
              ['html', 'HTML report', 'export-html'],
              ['csv', 'Claims CSV', 'export-csv'],
            ] as const
          ).map(([f, label, tid]) => (
            <button key={f} type="button" className="button small" data-testid={tid} disabled={!run || busy !== null} onClick={() => void doExport(f)}>
              {busy === f ? 'Saving…' : label}
            </button>
          ))}
        </div>
        <button type="button" className="button" data-testid="compare-close" onClick={onClose} title="Back (Esc)">
          Close <kbd>Esc</kbd>
        </button>
      </header>
      {toolbar}
      <div className="cmp-tabs" role="tablist" aria-label="Comparison views">
        {TABS.map(([t, label]) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            className={`cmp-tab${tab === t ? ' on' : ''}`}
            data-testid={`compare-tab-${t}`}
            onClick={() => setTab(t)}
          >
            {label}
            {run && t === 'claims' && <span className="cmp-tab-count">{run.claims.length}</span>}
            {run && t === 'figures' && run.figures.some((f) => (f.conflictsWith ?? []).length > 0) && (
              <span className="cmp-tab-flag" title="Some figures are reported differently">
                ⚑
              </span>
            )}
            {run && t === 'quotes' && run.quotes.differences.length > 0 && <span className="cmp-tab-count">{run.quotes.differences.length} differ</span>}
          </button>
        ))}
        <span className="spacer" />
        {tab === 'columns' && (
          <>
            <CoverageLegend />
            <label className="toggle small">
              <input type="checkbox" data-testid="sync-toggle" checked={synced} onChange={(e) => setSynced(e.target.checked)} />
              Scroll together by alignment
            </label>
          </>
        )}
      </div>
      {!run ? (
        <div className="cmp-loading muted" role="status">
          Aligning the articles…
        </div>
      ) : tab === 'columns' ? (
        <AlignedColumns run={run} order={order} activeClaim={active?.claim ?? null} onActivate={activate} onOpen={onOpen} scroll={scroll} />
      ) : tab === 'claims' ? (
        <ClaimsMatrix
          run={run}
          colOf={colOf}
          onShow={(c) => {
            setActive({ claim: c.id, from: null });
            setTab('columns');
          }}
        />
      ) : tab === 'quotes' ? (
        <QuotesPanel run={run} colOf={colOf} />
      ) : tab === 'figures' ? (
        <FiguresPanel run={run} colOf={colOf} />
      ) : tab === 'entities' ? (
        <EntitiesPanel run={run} colOf={colOf} />
      ) : (
        <FramingPanel run={run} colOf={colOf} onPairsChanged={() => setRuns((n) => n + 1)} />
      )}
    </section>
  );
}
