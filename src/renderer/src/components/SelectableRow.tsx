// One row of an article list (the library table, the search hits): the selected / cursor / open
// classes, the click that selects (Shift, Ctrl/⌘) or opens, and the selection checkbox. What the
// row shows after the checkbox is the caller's.
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import type { Selection } from '../lib/useSelection';

interface Props {
  index: number;
  row: { id: number; title: string };
  style: CSSProperties;
  /** The list's own row class (its grid or layout), after "row". */
  className: string;
  testId: string;
  selection: Selection;
  openId: number | null;
  onOpen(id: number): void;
  children: ReactNode;
}

export function SelectableRow(p: Props) {
  const { index, row, selection } = p;
  const selected = selection.ids.has(row.id);
  const cls = ['row', p.className, selected && 'selected', selection.cursor === index && 'cursor', p.openId === row.id && 'open']
    .filter(Boolean)
    .join(' ');

  function click(e: MouseEvent): void {
    const toggle = e.ctrlKey || e.metaKey;
    selection.click(index, row.id, { shift: e.shiftKey, toggle });
    if (!toggle && !e.shiftKey) p.onOpen(row.id);
  }

  return (
    <div
      className={cls}
      style={p.style}
      role="option"
      aria-selected={selected}
      data-testid={p.testId}
      data-article-id={row.id}
      data-selected={selected ? 'true' : 'false'}
      onClick={click}
    >
      <span className="col-check">
        <input
          type="checkbox"
          data-testid="row-checkbox"
          aria-label={`Select “${row.title}”`}
          checked={selected}
          onClick={(e) => e.stopPropagation()}
          onChange={() => selection.toggle(index, row.id)}
          tabIndex={-1}
        />
      </span>
      {p.children}
    </div>
  );
}
