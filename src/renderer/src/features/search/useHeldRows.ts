// Search-as-you-type without flicker: while a new query is on its way, keep showing the last
// results that arrived (dimmed) instead of an empty "Searching…" list.
import { useState } from 'react';
import type { PagedRows } from '../../lib/usePagedRows';

interface Held<T, M> {
  rows: PagedRows<T, M>;
  key: string;
}

export function useHeldRows<T, M>(rows: PagedRows<T, M>, key: string): { rows: PagedRows<T, M>; pending: boolean; shownKey: string } {
  const [held, setHeld] = useState<Held<T, M> | null>(null);
  if (rows.total !== null) {
    // rowAt is the store's own function: the same store means the same list.
    if (!held || held.key !== key || held.rows.rowAt !== rows.rowAt || held.rows.total !== rows.total || held.rows.meta !== rows.meta) {
      setHeld({ rows, key });
    }
    return { rows, pending: false, shownKey: key };
  }
  return held ? { rows: held.rows, pending: true, shownKey: held.key } : { rows, pending: true, shownKey: key };
}
