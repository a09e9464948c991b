// React binding of PageStore: one store per list (query, sort, filter), re-rendering when
// pages arrive and reloading when the library signals a change.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { PageStore, type FetchPage } from './pageStore';
import type { Signal } from './signal';

export interface PagedRows<T, M> {
  total: number | null;
  meta: M | null;
  rowAt(index: number): T | undefined;
  byId(id: number): T | undefined;
  ensure(start: number, end: number): void;
  idsInRange(from: number, to: number): Promise<number[]>;
}

const noSubscribe = () => () => {};
const zero = () => 0;

export function usePagedRows<T extends { id: number }, M = never>(
  fetchPage: FetchPage<T, M> | null,
  changes: Signal,
  onError: (e: unknown) => void,
): PagedRows<T, M> {
  const store = useMemo(() => (fetchPage ? new PageStore<T, M>(fetchPage, onError) : null), [fetchPage, onError]);
  useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.getSnapshot ?? zero);

  useEffect(() => {
    if (!store) return undefined;
    store.start();
    return changes.subscribe(store.refresh);
  }, [store, changes]);

  return {
    total: store?.total ?? null,
    meta: store?.meta ?? null,
    rowAt: store?.rowAt ?? (() => undefined),
    byId: store?.byId ?? (() => undefined),
    ensure: store?.ensure ?? (() => {}),
    idsInRange: store?.idsInRange ?? (async () => []),
  };
}
