// The window: header, filters, the list (library or search results), the reading pane or
// the selection panel, the comparison view, import progress and the status bar.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArticleSummaryT, SearchHitT } from '../../shared/contract';
import { api } from './api/client';
import { useReportError } from './components/ErrorBanner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { StatusBar } from './components/StatusBar';
import { CompareView } from './features/compare/CompareView';
import { StoriesButton, StoriesView } from './features/stories/StoriesView';
import { DropOverlay } from './features/import/DropOverlay';
import { ImportButtons } from './features/import/ImportButtons';
import { ImportPanel } from './features/import/ImportPanel';
import { useImport } from './features/import/useImport';
import { ActiveFilter } from './features/library/ActiveFilter';
import { LibraryList, type ListOrder, type ListSort } from './features/library/LibraryList';
import { useLibraryData } from './features/library/useLibraryData';
import { Reader } from './features/reader/Reader';
import { SearchBox } from './features/search/SearchBox';
import { SearchResults, type SearchMeta } from './features/search/SearchResults';
import { useSearchUrl } from './features/search/searchUrl';
import { SelectionPanel } from './features/tags/SelectionPanel';
import { Sidebar, type Filter } from './features/tags/Sidebar';
import { useTheme } from './lib/theme';
import { usePagedRows } from './lib/usePagedRows';
import { useSelection } from './lib/useSelection';
import { useAppCommands } from './commands/appCommands';
import { NotebookView } from './features/pages/NotebookView';
import { Palette } from './features/palette/Palette';
import { QuickOpen, useTitleIndexInvalidation } from './features/quickopen/QuickOpen';
import { ToastHost } from './components/Toast';
import { BulkBar, filterQuery } from './features/bulk/BulkBar';
import { DialogHost } from './features/settings/DialogHost';
import { HeaderTools } from './features/settings/HeaderTools';

export function App() {
  const report = useReportError();
  const { theme, toggle: toggleTheme } = useTheme();
  const data = useLibraryData(report);
  // The search lives in the URL (?q=…&sort=…): Back and Forward move between searches.
  const { query, sort: searchSort, setQuery, setSort: setSearchSort } = useSearchUrl();
  const [filter, setFilter] = useState<Filter>(null);
  const [sort, setSort] = useState<ListSort>('published');
  const [order, setOrder] = useState<ListOrder>('desc');
  const [open, setOpen] = useState<{ id: number; highlight: string[] } | null>(null);
  const [expanded, setExpanded] = useState(false);
  const [compareIds, setCompareIds] = useState<number[] | null>(null);
  const [storiesOpen, setStoriesOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const libKey = `lib|${sort}|${order}|${filter?.kind ?? ''}|${filter?.value ?? ''}`;
  const searchKey = `search|${searchSort}|${query ?? ''}`;
  const fetchLibrary = useCallback(
    (offset: number, limit: number) =>
      api.invoke('articles.list', {
        sort,
        order,
        offset,
        limit,
        ...(filter?.kind === 'tag' ? { tag: filter.value } : {}),
        ...(filter?.kind === 'outlet' ? { outlet: filter.value } : {}),
      }),
    [sort, order, filter],
  );
  const fetchSearch = useCallback(
    async (offset: number, limit: number) => {
      const r = await api.invoke('search.query', { q: query ?? '', offset, limit, sort: searchSort });
      return { total: r.total, items: r.hits, meta: { highlight: r.highlight, message: r.message } };
    },
    [query, searchSort],
  );

  const inSearch = query !== null;
  // Nothing loads until the library answered: a refused token shows one message, not three.
  const ready = data.info !== null;
  const libRows = usePagedRows<ArticleSummaryT>(ready ? fetchLibrary : null, data.changes, report);
  const hitRows = usePagedRows<SearchHitT, SearchMeta>(inSearch ? fetchSearch : null, data.changes, report);
  const active = inSearch ? hitRows : libRows;
  const selection = useSelection(active.idsInRange, inSearch ? searchKey : libKey, report);
  const selectedIds = useMemo(() => [...selection.ids], [selection.ids]);
  const canCompare = selectedIds.length >= 2 && selectedIds.length <= 6;

  const imp = useImport(data.refresh, report);

  const openArticle = useCallback(
    (id: number) => setOpen({ id, highlight: inSearch ? (hitRows.meta?.highlight ?? []) : [] }),
    [inSearch, hitRows.meta],
  );
  const closeReader = useCallback(() => {
    if (open && selection.ids.size === 1 && selection.ids.has(open.id)) selection.clear();
    setOpen(null);
    setExpanded(false);
  }, [open, selection]);
  const startCompare = useCallback(() => {
    if (canCompare) setCompareIds(selectedIds);
  }, [canCompare, selectedIds]);
  const closeCompare = useCallback(() => setCompareIds(null), []);
  const clearSearch = useCallback(() => setQuery(null), [setQuery]);
  const applyFilter = useCallback((f: Filter) => {
    setFilter(f);
    setQuery(null);
  }, [setQuery]);
  const changeSort = useCallback(
    (k: ListSort) => {
      if (k === sort) setOrder((o) => (o === 'asc' ? 'desc' : 'asc'));
      else {
        setSort(k);
        setOrder(k === 'title' ? 'asc' : 'desc');
      }
    },
    [sort],
  );

  // With the reader open, moving through the list with the keyboard reads along.
  const followCursor = useCallback((row: { id: number }) => open && open.id !== row.id && openArticle(row.id), [open, openArticle]);
  const single = selectedIds.length === 1 ? selectedIds[0]! : null;
  // Several articles selected (or one that is not the open one): the pane shows the selection.
  const showSelection = selectedIds.length >= 2 || (selectedIds.length === 1 && open?.id !== single);

  const [overlay, setOverlay] = useState<'palette' | 'quickopen' | null>(null);
  const [notebook, setNotebook] = useState(false);
  useTitleIndexInvalidation(data.changes);
  // One registry drives the shortcuts and the command palette (src/renderer/src/commands).
  useAppCommands({
    focusSearch: () => searchRef.current?.focus(),
    canCompare: () => canCompare,
    compare: startCompare,
    openPalette: () => setOverlay('palette'),
    openQuickOpen: () => setOverlay('quickopen'),
    toggleNotebook: () => setNotebook((x) => !x),
    notebookOpen: () => notebook,
    toggleTheme,
    workspaceFree: () => !compareIds && !storiesOpen && !notebook,
    trashTargets: () => (selectedIds.length > 0 ? selectedIds : open ? [open.id] : []),
    afterTrash: (ids) => {
      selection.clear();
      if (open && ids.includes(open.id)) closeReader();
      data.refresh();
    },
    escape: () => {
      if (overlay) setOverlay(null);
      else if (notebook) setNotebook(false);
      else if (compareIds) closeCompare();
      else if (storiesOpen) setStoriesOpen(false);
      else if (expanded) setExpanded(false);
      else if (showSelection) selection.clear();
      else if (open) closeReader();
      else if (selection.ids.size > 0) selection.clear();
      else if (inSearch) clearSearch();
    },
  });

  if (!data.info && data.fatal) {
    return (
      <div className="fatal" role="alert">
        <h1>Parallax cannot open the library</h1>
        <p>{data.fatal}</p>
        <button type="button" className="button primary" onClick={data.retry}>
          Try again
        </button>
      </div>
    );
  }

  const knownTags = data.tags.map((t) => t.name);
  const info = data.info;
  const lookup = (id: number) => active.byId(id);
  // The list in view as a query (search, or a sidebar filter): what bulk tagging and export act on.
  const resultQuery = inSearch ? (query.trim() ? query : null) : filter ? filterQuery(filter) : null;

  return (
    <div className={`app${expanded ? ' reader-expanded' : ''}`} data-testid={info ? 'app-ready' : 'app-loading'}>
      <Header
        search={<SearchBox ref={searchRef} active={query} onSearch={setQuery} onClear={clearSearch} />}
        importControls={<ImportButtons busy={imp.view !== null && imp.view.phase !== 'done'} onImport={(s) => void imp.start(s)} />}
        stories={<StoriesButton active={storiesOpen} onClick={() => setStoriesOpen((x) => !x)} />}
        compareCount={selectedIds.length}
        canCompare={canCompare}
        onCompare={startCompare}
        theme={theme}
        onToggleTheme={toggleTheme}
        tools={
          <>
            <button type="button" className={`button${notebook ? ' on' : ''}`} data-testid="notebook-button" aria-pressed={notebook} title="Notebook pages" onClick={() => setNotebook((x) => !x)}>
              Notebook
            </button>
            <HeaderTools />
          </>
        }
      />
      {/* The workspace stays mounted under the comparison so its scroll position survives. */}
      {compareIds && (
        <ErrorBoundary area="comparison" resetKey={compareIds.join(',')}>
          <CompareView key={compareIds.join(',')} ids={compareIds} onClose={closeCompare} onOpen={(id) => { setCompareIds(null); openArticle(id); }} />
        </ErrorBoundary>
      )}
      {storiesOpen && !compareIds && (
        <ErrorBoundary area="stories" resetKey="stories">
          <StoriesView changes={data.changes} onClose={() => setStoriesOpen(false)} onOpenArticle={(id) => { setStoriesOpen(false); openArticle(id); }} />
        </ErrorBoundary>
      )}
      {notebook && !compareIds && (
        <ErrorBoundary area="notebook" resetKey="notebook">
          <NotebookView onClose={() => setNotebook(false)} onOpenArticle={openArticle} />
        </ErrorBoundary>
      )}
      <div className={`workspace${compareIds || storiesOpen || notebook ? ' covered' : ''}`} inert={compareIds !== null || storiesOpen || notebook}>
        <Sidebar total={info?.articleCount ?? null} tags={data.tags} outlets={data.outlets} filter={filter} onFilter={applyFilter} />
        <main className="main-pane">
          {resultQuery !== null && <BulkBar query={resultQuery} total={active.total} knownTags={knownTags} />}
          <ErrorBoundary area="list" resetKey={inSearch ? query : libKey}>
            {inSearch ? (
              <SearchResults query={query} sort={searchSort} onSort={setSearchSort} rows={hitRows} selection={selection} openId={open?.id ?? null} onOpen={openArticle} onMove={followCursor} onClear={clearSearch} onQuery={setQuery} changes={data.changes} />
            ) : (
              <>
                {filter && <ActiveFilter filter={filter} total={libRows.total} onClear={() => applyFilter(null)} />}
                <LibraryList rows={libRows} selection={selection} sort={sort} order={order} openId={open?.id ?? null} filtered={filter !== null} onSort={changeSort} onOpen={openArticle} onMove={followCursor} />
              </>
            )}
          </ErrorBoundary>
        </main>
        {showSelection ? (
          <SelectionPanel ids={selectedIds} lookup={lookup} knownTags={knownTags} canCompare={canCompare} onCompare={startCompare} onClear={selection.clear} onChanged={data.refresh} onOpen={openArticle} />
        ) : (
          open && (
            <ErrorBoundary area="reader" resetKey={open.id}>
              <Reader
                key={open.id}
                id={open.id}
                highlight={open.highlight}
                theme={theme}
                changes={data.changes}
                knownTags={knownTags}
                expanded={expanded}
                onToggleExpanded={() => setExpanded((x) => !x)}
                onClose={closeReader}
                onChanged={data.refresh}
              />
            </ErrorBoundary>
          )
        )}
      </div>
      <StatusBar info={info} selected={selectedIds.length} listed={active.total} filtered={filter !== null && !inSearch} />
      {imp.view && <ImportPanel view={imp.view} onCancel={imp.cancel} onDismiss={imp.dismiss} />}
      <DropOverlay onImport={(s) => void imp.start(s)} />
      {overlay === 'palette' && <Palette onClose={() => setOverlay(null)} />}
      {overlay === 'quickopen' && (
        <QuickOpen
          onClose={() => setOverlay(null)}
          onOpen={(id) => {
            setNotebook(false);
            setCompareIds(null);
            openArticle(id);
          }}
        />
      )}
      <ToastHost />
      <DialogHost
        source={{
          selectedIds,
          resultQuery,
          resultTotal: resultQuery === null ? (info?.articleCount ?? null) : active.total,
          resultLabel: inSearch ? `the results for “${query}”` : filter ? `${filter.kind} “${filter.value}”` : 'the whole library',
        }}
        theme={theme}
        onToggleTheme={toggleTheme}
        libraryPath={info?.path ?? null}
      />
    </div>
  );
}
