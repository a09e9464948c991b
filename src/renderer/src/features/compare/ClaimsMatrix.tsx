// One row per claim, one column per outlet (or outlet group): who carries it and who had it
// first. Sortable by any column; filters for the claims only one outlet has, and for those
// every outlet but one has.
import { useMemo, useState } from 'react';
import { carryingColumns, columnLabel, type ClaimT, type CompareRunT } from './model';

type SortKey = 'order' | 'carriers' | 'first' | `col${number}`;
type FilterKey = 'all' | 'only' | 'missing';

interface Props {
  run: CompareRunT;
  colOf: Map<number, number>;
  onShow(claim: ClaimT): void;
}

export function ClaimsMatrix({ run, colOf, onShow }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'order', desc: false });
  const [filter, setFilter] = useState<FilterKey>('all');
  const ncols = run.columns.length;
  const published = useMemo(() => new Map(run.meta.map((m) => [m.id, m.published ?? '\uffff'])), [run.meta]);

  const rows = useMemo(() => {
    const all = run.claims.map((c) => ({ claim: c, cols: carryingColumns(c, colOf) }));
    const kept = all.filter((r) => (filter === 'only' ? r.cols.size === 1 : filter === 'missing' ? ncols > 1 && r.cols.size === ncols - 1 : true));
    const value = (r: (typeof all)[number]): number | string => {
      if (sort.key === 'order') return r.claim.id;
      if (sort.key === 'carriers') return r.cols.size;
      if (sort.key === 'first') return r.claim.firstReportedBy === null ? '\uffff' : (published.get(r.claim.firstReportedBy) ?? '\uffff');
      return r.cols.has(Number(sort.key.slice(3))) ? 1 : 0;
    };
    return kept.toSorted((a, b) => {
      const x = value(a);
      const y = value(b);
      const d = x < y ? -1 : x > y ? 1 : a.claim.id - b.claim.id;
      return sort.desc ? -d : d;
    });
  }, [run.claims, colOf, filter, sort, ncols, published]);

  const head = (key: SortKey, label: string, cls = '') => {
    const on = sort.key === key;
    return (
      <th className={cls} aria-sort={on ? (sort.desc ? 'descending' : 'ascending') : 'none'} scope="col">
        <button type="button" className="cmp-sort" onClick={() => setSort({ key, desc: on ? !sort.desc : key !== 'order' })}>
          {label}
          <span className="cmp-sort-mark" aria-hidden="true">
            {on ? (sort.desc ? '▾' : '▴') : ''}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="cmp-panel" data-testid="claims-matrix">
      <div className="cmp-toolbar" role="radiogroup" aria-label="Which claims">
        {(
          [
            ['all', `All claims (${run.claims.length})`],
            ['only', 'Only in one outlet'],
            ['missing', 'Missing from one outlet'],
          ] as const
        ).map(([k, label]) => (
          <button key={k} type="button" role="radio" aria-checked={filter === k} className={`cmp-seg${filter === k ? ' on' : ''}`} data-testid={`claims-filter-${k}`} onClick={() => setFilter(k)}>
            {label}
          </button>
        ))}
        <span className="spacer" />
        <span className="muted small">{rows.length} shown · click a claim to see it in the articles</span>
      </div>
      <div className="cmp-table-wrap">
        <table className="cmp-table">
          <thead>
            <tr>
              {head('order', 'Claim', 'cmp-claim-col')}
              {run.columns.map((c, i) => head(`col${i}`, c.label, 'cmp-mark-col'))}
              {head('carriers', 'Outlets', 'cmp-num-col')}
              {head('first', 'First reported', 'cmp-first-col')}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ claim, cols }) => (
              <tr key={claim.id} data-testid="claim-row" data-claim-id={claim.id} data-carriers={cols.size}>
                <td className="cmp-claim-col">
                  <button type="button" className="cmp-claim-text" onClick={() => onShow(claim)} title="Show this claim in the articles">
                    {claim.text}
                  </button>
                </td>
                {run.columns.map((c, i) => {
                  const sent = c.articleIds.map((id) => claim.sentences[String(id)]).find((s) => s !== undefined);
                  return (
                    <td key={i} className={`cmp-mark-col${cols.has(i) ? ' yes' : ' no'}`} title={sent ?? `Not in ${c.label}`}>
                      {cols.has(i) ? <span aria-label={`carried by ${c.label}`}>✓</span> : <span className="sr-only">not carried by {c.label}</span>}
                    </td>
                  );
                })}
                <td className="cmp-num-col num" title={claim.independentCarriers < claim.carriedBy.length ? `${claim.independentCarriers} independent (reprints counted once)` : undefined}>
                  {cols.size}
                  {claim.independentCarriers < claim.carriedBy.length && <span className="muted small"> ({claim.independentCarriers} indep.)</span>}
                </td>
                <td className="cmp-first-col" title={claim.firstReportedNote ?? undefined}>
                  {claim.firstReportedBy === null ? <span className="muted">—</span> : columnLabel(run, colOf, claim.firstReportedBy)}
                  {claim.firstReportedNote && claim.firstReportedBy !== null && <span className="cmp-note-dot" aria-label={claim.firstReportedNote}>*</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="cmp-empty">No claim matches this filter.</p>}
      </div>
    </div>
  );
}
