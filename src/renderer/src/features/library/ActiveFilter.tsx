// The filter in force above the list, with the way out of it.
import { formatCount } from '../../lib/format';
import type { Filter } from '../tags/Sidebar';

interface Props {
  filter: NonNullable<Filter>;
  total: number | null;
  onClear(): void;
}

export function ActiveFilter({ filter, total, onClear }: Props) {
  return (
    <div className="filter-bar">
      <span className="active-filter" data-testid="active-filter">
        <span className="muted">{filter.kind === 'tag' ? 'Tag' : 'Outlet'}:</span> <strong>{filter.value}</strong>
      </span>
      {total !== null && <span className="muted">{total === 1 ? '1 article' : `${formatCount(total)} articles`}</span>}
      <button type="button" className="link-button" data-testid="clear-filter" onClick={onClear}>
        Clear filter
      </button>
    </div>
  );
}
