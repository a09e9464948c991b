// Counts over every match of the current search, beside the results: outlets, tags,
// languages and a histogram over time. A click adds the filter to the query (outlet:"X"),
// a brushed span of the histogram adds after:/before:. The last counts stay on screen until
// the next ones arrive, so typing does not make the column jump.
import { useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount } from '../../lib/format';
import type { Signal } from '../../lib/signal';
import { addTerm, filterTerm } from '../search/searchUrl';
import { Histogram } from './Histogram';
import { withDateRange } from './dateRange';

type Facets = Output<'search.facets'>;

interface Props {
  query: string;
  changes: Signal;
  onQuery(q: string): void;
}

const LIMIT = 12;
const languageNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' });
  } catch {
    return null;
  }
})();

function languageName(code: string): string {
  if (!code) return 'Unknown';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

function FacetGroup(p: {
  title: string;
  testId: string;
  items: { key: string; label: string; count: number; term: string }[];
  query: string;
  onQuery(q: string): void;
  attr: 'data-outlet' | 'data-tag' | 'data-lang';
}) {
  if (p.items.length === 0) return null;
  return (
    <section className="rfacet">
      <h3 className="rfacet-title">{p.title}</h3>
      <ul>
        {p.items.map((it) => {
          const active = p.query.split(/\s+/).includes(it.term);
          return (
            <li key={it.key}>
              <button
                type="button"
                className={`rfacet-item${active ? ' active' : ''}`}
                data-testid={p.testId}
                {...{ [p.attr]: it.key }}
                aria-pressed={active}
                title={active ? `Already filtered by ${it.term}` : `Add ${it.term} to the search`}
                disabled={active}
                onClick={() => p.onQuery(addTerm(p.query, it.term))}
              >
                <span className="rfacet-name">{it.label}</span>
                <span className="rfacet-count num">{formatCount(it.count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function FacetsPanel({ query, changes, onQuery }: Props) {
  const [data, setData] = useState<{ q: string; facets: Facets } | null>(null);
  const report = useReportError();

  // Counts again for a new query and whenever the library changes (an import, a tag edit).
  useEffect(() => {
    let live = true;
    const load = () =>
      api.invoke('search.facets', { q: query, interval: 'auto', limit: LIMIT }).then(
        (facets) => live && setData({ q: query, facets }),
        (e: unknown) => live && report(e),
      );
    void load();
    const off = changes.subscribe(() => void load());
    return () => {
      live = false;
      off();
    };
  }, [query, changes, report]);

  const f = data?.facets;
  return (
    <aside className={`facets-panel${data && data.q !== query ? ' pending' : ''}`} data-testid="facets" aria-label="Refine the search" aria-busy={data?.q !== query}>
      {!f ? (
        <p className="facet-empty">Counting…</p>
      ) : f.total === 0 ? (
        <p className="facet-empty">Nothing to refine.</p>
      ) : (
        <>
          <section className="rfacet">
            <h3 className="rfacet-title">
              Over time <span className="muted">{f.histogram.interval === 'year' ? 'by year' : 'by month'}</span>
            </h3>
            <Histogram buckets={f.histogram.buckets} undated={f.histogram.undated} onRange={(a, b) => onQuery(withDateRange(query, a, b))} />
          </section>
          <FacetGroup
            title="Outlets"
            testId="facet-outlet"
            attr="data-outlet"
            query={query}
            onQuery={onQuery}
            items={f.outlets.map((o) => ({ key: o.name, label: o.name, count: o.count, term: filterTerm('outlet', o.name) }))}
          />
          <FacetGroup
            title="Tags"
            testId="facet-tag"
            attr="data-tag"
            query={query}
            onQuery={onQuery}
            items={f.tags.map((t) => ({ key: t.name, label: t.name, count: t.count, term: filterTerm('tag', t.name) }))}
          />
          <FacetGroup
            title="Languages"
            testId="facet-lang"
            attr="data-lang"
            query={query}
            onQuery={onQuery}
            items={f.languages.filter((l) => l.code !== '').map((l) => ({ key: l.code, label: languageName(l.code), count: l.count, term: `lang:${l.code}` }))}
          />
        </>
      )}
    </aside>
  );
}
