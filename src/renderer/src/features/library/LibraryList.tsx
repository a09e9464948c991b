// The main article table: title, outlet, date, tags; sortable by date or title; virtualised
// so a library of 100,000 articles scrolls as smoothly as one of ten.
import type { ArticleSummaryT } from '../../../../shared/contract';
import { ChipRow } from '../../components/Chip';
import { SelectableRow } from '../../components/SelectableRow';
import { VirtualList } from '../../components/VirtualList';
import { formatCount, formatDate } from '../../lib/format';
import type { PagedRows } from '../../lib/usePagedRows';
import type { Selection } from '../../lib/useSelection';

export type ListSort = 'published' | 'title';
export type ListOrder = 'asc' | 'desc';

interface Props {
  rows: PagedRows<ArticleSummaryT, unknown>;
  selection: Selection;
  sort: ListSort;
  order: ListOrder;
  openId: number | null;
  filtered: boolean;
  onSort(sort: ListSort): void;
  onOpen(id: number): void;
  onMove(row: ArticleSummaryT): void;
}

export const ROW_HEIGHT = 34;

function SortHeader(p: { label: string; k: ListSort; sort: ListSort; order: ListOrder; onSort(k: ListSort): void; className: string }) {
  const active = p.sort === p.k;
  return (
    <button
      type="button"
      className={`col-head sortable ${p.className}${active ? ' active' : ''}`}
      data-testid={p.k === 'published' ? 'sort-date' : 'sort-title'}
      aria-sort={active ? (p.order === 'asc' ? 'ascending' : 'descending') : 'none'}
      title={`Sort by ${p.label.toLowerCase()}`}
      onClick={() => p.onSort(p.k)}
    >
      {p.label}
      <span className="sort-arrow" aria-hidden="true">
        {active ? (p.order === 'asc' ? '▲' : '▼') : ''}
      </span>
    </button>
  );
}

export function LibraryList(p: Props) {
  const count = p.rows.total ?? 0;

  const header = (
    <div className="list-head lib-grid" role="presentation">
      <span className="col-check" />
      <SortHeader label="Title" k="title" sort={p.sort} order={p.order} onSort={p.onSort} className="col-title" />
      <span className="col-head col-outlet">Outlet</span>
      <SortHeader label="Date" k="published" sort={p.sort} order={p.order} onSort={p.onSort} className="col-date" />
      <span className="col-head col-tags">Tags</span>
    </div>
  );

  const empty =
    p.rows.total === 0 ? (
      <div className="empty">
        {p.filtered ? (
          <p>No articles match this filter.</p>
        ) : (
          <>
            <p className="empty-title">Your library is empty.</p>
            <p>Drop saved web pages, text or Markdown files anywhere in this window, or use Import.</p>
          </>
        )}
      </div>
    ) : null;

  return (
    <VirtualList<ArticleSummaryT>
      count={count}
      rowHeight={ROW_HEIGHT}
      rows={p.rows}
      selection={p.selection}
      testId="article-list"
      label={`Articles (${formatCount(count)})`}
      onOpen={(_i, row) => p.onOpen(row.id)}
      onMove={p.onMove}
      header={header}
      empty={empty}
      renderRow={(index, row, style) => {
        if (!row) {
          return (
            <div key={`ph-${index}`} className="row lib-grid placeholder" style={style} aria-hidden="true">
              <span className="col-check" />
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
            className="lib-grid"
            testId="article-row"
            selection={p.selection}
            openId={p.openId}
            onOpen={p.onOpen}
          >
            <span className="col-title cell" title={row.title}>
              {row.title || <em className="muted">Untitled</em>}
            </span>
            <span className="col-outlet cell muted" title={row.outlet ?? ''}>
              {row.outlet ?? ''}
            </span>
            <span className="col-date cell muted num">{formatDate(row.published)}</span>
            <span className="col-tags cell">
              <ChipRow tags={row.tags} />
            </span>
          </SelectableRow>
        );
      }}
    />
  );
}
