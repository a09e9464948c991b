// Search hits in place of the library list: title, outlet, date and the snippet with its
// matched spans marked, with the facets beside them. Same virtualisation, selection and
// keyboard as the library. While a new query runs the previous results stay (dimmed).
import type { MouseEvent } from 'react';
import type { SearchHitT } from '../../../../shared/contract';
import { ChipRow } from '../../components/Chip';
import { VirtualList } from '../../components/VirtualList';
import { formatCount, formatDate } from '../../lib/format';
import type { PagedRows } from '../../lib/usePagedRows';
import type { Selection } from '../../lib/useSelection';
import type { Signal } from '../../lib/signal';
import { FacetsPanel } from '../facets/FacetsPanel';
import { SaveSearchButton } from '../saved/SaveSearchButton';
import { SearchMessage } from './SearchMessage';
import type { SearchSort } from './searchUrl';
import { Snippet } from './Snippet';
import { useHeldRows } from './useHeldRows';

export type { SearchSort } from './searchUrl';

export interface SearchMeta {
  highlight: string[];
  message: string | null;
}

interface Props {
  query: string;
  sort: SearchSort;
  onSort(sort: SearchSort): void;
  rows: PagedRows<SearchHitT, SearchMeta>;
  selection: Selection;
  openId: number | null;
  onOpen(id: number): void;
  onMove(row: SearchHitT): void;
  onClear(): void;
  /** Runs another query (a facet, a suggestion); absent: those stay plain text. */
  onQuery?(q: string): void;
  /** Library changes: the facet counts reload on them. */
  changes?: Signal;
}

const HIT_HEIGHT = 72;

export function SearchResults(p: Props) {
  const held = useHeldRows(p.rows, p.query);
  const rows = held.rows;
  const total = rows.total;
  const message = rows.meta?.message ?? null;
  const shownQuery = held.shownKey;

  function rowClick(e: MouseEvent, index: number, row: SearchHitT): void {
    const toggle = e.ctrlKey || e.metaKey;
    p.selection.click(index, row.id, { shift: e.shiftKey, toggle });
    if (!toggle && !e.shiftKey) p.onOpen(row.id);
  }

  const header = (
    <div className="list-head search-head">
      <span className="search-summary" data-testid="search-total" aria-live="polite">
        {total === null ? 'Searching…' : `${formatCount(total)} ${total === 1 ? 'result' : 'results'}`}
        {total !== null && <span className="muted"> for “{shownQuery}”</span>}
        {held.pending && total !== null && <span className="search-spinner" aria-label="Searching" />}
      </span>
      <span className="spacer" />
      <SaveSearchButton query={p.query} sort={p.sort} />
      <label className="search-sort">
        <span className="muted">Sort</span>
        <select data-testid="search-sort" value={p.sort} onChange={(e) => p.onSort(e.target.value as SearchSort)} aria-label="Sort results">
          <option value="relevance">Relevance</option>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
      <button type="button" className="link-button" onClick={p.onClear}>
        Back to library <kbd>Esc</kbd>
      </button>
    </div>
  );

  return (
    <div className={`search-layout${p.onQuery && p.changes ? ' with-facets' : ''}`}>
    <div className={`search-results-pane${held.pending ? ' pending' : ''}`} aria-busy={held.pending}>
      {message &&
        (p.onQuery ? (
          <SearchMessage message={message} query={shownQuery} onQuery={p.onQuery} />
        ) : (
          <div className="notice" data-testid="search-message" role="status">
            {message}
          </div>
        ))}
      <VirtualList<SearchHitT>
        count={total ?? 0}
        rowHeight={HIT_HEIGHT}
        rows={rows}
        selection={p.selection}
        testId="search-results"
        label="Search results"
        onOpen={(_i, row) => p.onOpen(row.id)}
        onMove={p.onMove}
        header={header}
        empty={total === 0 ? <div className="empty">No article matches this search.</div> : null}
        renderRow={(index, row, style) => {
          if (!row) {
            return (
              <div key={`ph-${index}`} className="row hit placeholder" style={style} aria-hidden="true">
                <span className="skeleton" />
              </div>
            );
          }
          const selected = p.selection.ids.has(row.id);
          const cls = ['row', 'hit', selected && 'selected', p.selection.cursor === index && 'cursor', p.openId === row.id && 'open']
            .filter(Boolean)
            .join(' ');
          return (
            <div
              key={row.id}
              className={cls}
              style={style}
              role="option"
              aria-selected={selected}
              data-testid="search-hit"
              data-article-id={row.id}
              data-selected={selected ? 'true' : 'false'}
              onClick={(e) => rowClick(e, index, row)}
            >
              <span className="col-check">
                <input
                  type="checkbox"
                  data-testid="row-checkbox"
                  aria-label={`Select “${row.title}”`}
                  checked={selected}
                  onClick={(e) => e.stopPropagation()}
                  onChange={() => p.selection.toggle(index, row.id)}
                  tabIndex={-1}
                />
              </span>
              <div className="hit-body">
                <div className="hit-line">
                  <span className="hit-title" title={row.title}>
                    {row.title || 'Untitled'}
                  </span>
                  {row.tags.length > 0 && <ChipRow tags={row.tags} max={3} />}
                  <span className="hit-meta muted">
                    {[row.outlet, formatDate(row.published)].filter(Boolean).join(' · ')}
                  </span>
                </div>
                <div className="hit-snippet">
                  <Snippet text={row.snippet} />
                </div>
              </div>
            </div>
          );
        }}
      />
    </div>
    {p.onQuery && p.changes && <FacetsPanel query={p.query} changes={p.changes} onQuery={p.onQuery} />}
    </div>
  );
}
