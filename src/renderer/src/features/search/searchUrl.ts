// The search lives in the address (?q=…&sort=…) so Back and Forward move between searches and
// a reload keeps the current one. Anything in the window can start a search through
// `navigateSearch` (saved searches, batch rows, facets) without being handed a callback.
// Only q and sort are ever written: the access token never goes back into the URL.
import { useCallback, useEffect, useState } from 'react';

export type SearchSort = 'relevance' | 'newest' | 'oldest';
/** typed: a pause while typing (one history entry per burst); commit: Enter, a click. */
export type SearchHow = 'typed' | 'commit';

export interface SearchState {
  query: string | null;
  sort: SearchSort;
}

const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'oldest'];
const EVENT = 'parallax:search-navigate';

export function readSearch(href: string = window.location.href): SearchState {
  const url = new URL(href);
  const q = url.searchParams.get('q');
  const s = url.searchParams.get('sort') as SearchSort | null;
  return { query: q && q.trim() !== '' ? q : null, sort: s && SORTS.includes(s) ? s : 'relevance' };
}

export function searchHref(state: SearchState, base: string = window.location.href): string {
  const url = new URL(base);
  const params = new URLSearchParams();
  if (state.query !== null) {
    params.set('q', state.query);
    if (state.sort !== 'relevance') params.set('sort', state.sort);
  }
  const qs = params.toString();
  return url.pathname + (qs ? `?${qs}` : '') + url.hash;
}

interface Entry {
  parallaxSearch: true;
  typed: boolean;
}

function write(state: SearchState, how: SearchHow): void {
  const current = readSearch();
  if (current.query === state.query && current.sort === state.sort) return;
  const prev = window.history.state as Entry | null;
  const href = searchHref(state);
  const entry: Entry = { parallaxSearch: true, typed: how === 'typed' };
  // While the user keeps typing, refine the entry the burst began instead of adding one per pause.
  if (how === 'typed' && prev?.parallaxSearch && prev.typed && current.query !== null && state.query !== null) {
    window.history.replaceState(entry, '', href);
  } else {
    window.history.pushState(entry, '', href);
  }
}

/** Starts a search from anywhere (a saved search, a batch row, a facet). */
export function navigateSearch(query: string | null, sort?: SearchSort, how: SearchHow = 'commit'): void {
  const next: SearchState = { query: query && query.trim() !== '' ? query.trim() : null, sort: sort ?? readSearch().sort };
  write(next, how);
  window.dispatchEvent(new CustomEvent<SearchState>(EVENT, { detail: next }));
}

/** The App's search state, kept in step with the address bar and with navigateSearch. */
export function useSearchUrl() {
  const [state, setState] = useState<SearchState>(() => readSearch());

  useEffect(() => {
    const pop = () => setState(readSearch());
    const nav = (e: Event) => setState((e as CustomEvent<SearchState>).detail);
    window.addEventListener('popstate', pop);
    window.addEventListener(EVENT, nav);
    return () => {
      window.removeEventListener('popstate', pop);
      window.removeEventListener(EVENT, nav);
    };
  }, []);

  const setQuery = useCallback((q: string | null, how: SearchHow = 'commit') => navigateSearch(q, undefined, how), []);
  const setSort = useCallback((s: SearchSort) => navigateSearch(readSearch().query, s), []);

  return { query: state.query, sort: state.sort, setQuery, setSort };
}

/** Adds a filter term to a query unless it is already there. */
export function addTerm(query: string, term: string): string {
  const q = query.trim();
  if (q.split(/\s+/).includes(term)) return q;
  return q ? `${q} ${term}` : term;
}

/** A filter value as the query language wants it: quoted when it holds spaces or quotes. */
export function filterTerm(field: string, value: string): string {
  return /^[\p{L}\p{N}_.-]+$/u.test(value) ? `${field}:${value}` : `${field}:"${value.replace(/"/g, '')}"`;
}
