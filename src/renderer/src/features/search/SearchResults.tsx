// Search hits in place of the library list: title, outlet, date and the snippet with its
// matched spans marked, with the facets beside them. Same virtualisation, selection and
// keyboard as the library. While a new query runs the previous results stay (dimmed).
import type { SearchHitT } from '../../../../shared/contract';
import { ChipRow } from '../../components/Chip';
import { SelectableRow } from '../../components/SelectableRow';
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
          return (
            <SelectableRow
              key={row.id}
              index={index}
              row={row}
              style={style}
              className="hit"
              testId="search-hit"
              selection={p.selection}
              openId={p.openId}
              onOpen={p.onOpen}
            >
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
            </SelectableRow>
          );
        }}
      />
    </div>
    {p.onQuery && p.changes && <FacetsPanel query={p.query} changes={p.changes} onQuery={p.onQuery} />}
    </div>
  );
}
