// A keyboard-driven, virtualised list shared by the library and the search results: only the
// rows in view exist in the DOM, pages load as the viewport moves, and the cursor follows
// ↑/↓ (and j/k), Home/End, PageUp/PageDown; Enter opens, Space toggles the selection.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { PagedRows } from '../lib/usePagedRows';
import type { Selection } from '../lib/useSelection';

interface Props<T extends { id: number }> {
  count: number;
  rowHeight: number;
  rows: PagedRows<T, unknown>;
  selection: Selection;
  testId: string;
  label: string;
  className?: string;
  onOpen(index: number, row: T): void;
  /** The cursor moved to a loaded row by keyboard (without extending the selection). */
  onMove?(row: T): void;
  renderRow(index: number, row: T | undefined, style: CSSProperties): ReactNode;
  /** Rendered above the scrolling rows (column headers); both reserve the scrollbar gutter. */
  header?: ReactNode;
  empty?: ReactNode;
}

export function VirtualList<T extends { id: number }>(p: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, which only matters to the React
  // Compiler; this project does not use it.
  // oxlint-disable-next-line react/incompatible-library
  const virt = useVirtualizer({
    count: p.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => p.rowHeight,
    overscan: 12,
  });
  const items = virt.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = p.rows;

  useEffect(() => {
    if (p.count > 0) ensure(first, last);
  }, [first, last, p.count, ensure]);

  useEffect(() => {
    if (p.selection.cursor !== null && p.selection.cursor < p.count) virt.scrollToIndex(p.selection.cursor, { align: 'auto' });
  }, [p.selection.cursor, p.count, virt]);

  function go(index: number, extend: boolean): void {
    if (p.count === 0) return;
    const i = Math.max(0, Math.min(p.count - 1, index));
    const row = p.rows.rowAt(i);
    p.selection.moveTo(i, row?.id, extend);
    if (row && !extend) p.onMove?.(row);
    if (!row && !extend) {
      p.rows
        .idsInRange(i, i)
        .then((ids) => ids.length && p.selection.replace(ids))
        .catch(() => {});
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const t = e.target as HTMLInputElement;
    // A row checkbox keeps its own Space; other keys still move through the list.
    if (t !== e.currentTarget && t.tagName === 'INPUT' && (t.type !== 'checkbox' || e.key === ' ')) return;
    if (e.altKey || e.metaKey || e.ctrlKey) return;
    const cur = p.selection.cursor;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / p.rowHeight) - 1);
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
      case 'J':
        go(cur === null ? 0 : cur + 1, e.shiftKey);
        break;
      case 'ArrowUp':
      case 'k':
      case 'K':
        go(cur === null ? 0 : cur - 1, e.shiftKey);
        break;
      case 'PageDown':
        go((cur ?? 0) + pageRows, e.shiftKey);
        break;
      case 'PageUp':
        go((cur ?? 0) - pageRows, e.shiftKey);
        break;
      case 'Home':
        go(0, e.shiftKey);
        break;
      case 'End':
        go(p.count - 1, e.shiftKey);
        break;
      case 'Enter': {
        const row = cur === null ? undefined : p.rows.rowAt(cur);
        if (cur === null || !row) return;
        p.onOpen(cur, row);
        break;
      }
      case ' ': {
        const row = cur === null ? undefined : p.rows.rowAt(cur);
        if (cur === null || !row) return;
        p.selection.toggle(cur, row.id);
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  }

  return (
    <div className={`vlist-wrap ${p.className ?? ''}`} data-testid={p.testId}>
      {p.header}
      <div
        ref={scrollRef}
        className="vlist"
        role="listbox"
        aria-label={p.label}
        aria-multiselectable="true"
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {p.count === 0 && p.empty}
        <div className="vlist-inner" style={{ height: virt.getTotalSize() }}>
          {items.map((v) =>
            p.renderRow(v.index, p.rows.rowAt(v.index), {
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: v.size,
              transform: `translateY(${v.start}px)`,
            }),
          )}
        </div>
      </div>
    </div>
  );
}
