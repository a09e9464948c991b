// People, places and organisations per outlet; the ones only some outlets name can be
// shown alone, since an omission is often the story.
import { useMemo, useState } from 'react';
import type { CompareRunT } from './model';

type Kind = 'all' | 'person' | 'place' | 'organization';

interface Props {
  run: CompareRunT;
  colOf: Map<number, number>;
}

const kindLabel: Record<Kind, string> = { all: 'All', person: 'People', place: 'Places', organization: 'Organisations' };

export function EntitiesPanel({ run, colOf }: Props) {
  const [partialOnly, setPartialOnly] = useState(false);
  const [kind, setKind] = useState<Kind>('all');
  const rows = useMemo(
    () =>
      run.entities
        .filter((e) => (!partialOnly || e.partial) && (kind === 'all' || e.type === kind))
        .map((e) => {
          const per = Array.from({ length: run.columns.length }, () => 0);
          for (const [id, n] of Object.entries(e.mentions)) {
            const c = colOf.get(Number(id));
            if (c !== undefined) per[c] += n;
          }
          return { e, per };
        }),
    [run.entities, run.columns.length, colOf, partialOnly, kind],
  );

  return (
    <div className="cmp-panel" data-testid="entities-panel">
      <div className="cmp-toolbar">
        {(Object.keys(kindLabel) as Kind[]).map((k) => (
          <button key={k} type="button" className={`cmp-seg${kind === k ? ' on' : ''}`} aria-pressed={kind === k} onClick={() => setKind(k)}>
            {kindLabel[k]}
          </button>
        ))}
        <label className="toggle">
          <input type="checkbox" checked={partialOnly} onChange={(e) => setPartialOnly(e.target.checked)} data-testid="entities-partial" />
          Only those some outlets leave out
        </label>
        <span className="spacer" />
        <span className="muted small">{rows.length} shown</span>
      </div>
      <div className="cmp-table-wrap">
        <table className="cmp-table compact">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              {run.columns.map((c, i) => (
                <th key={i} scope="col" className="cmp-mark-col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ e, per }) => (
              <tr key={e.key} data-testid="entity-row" className={e.partial ? 'partial' : undefined}>
                <th scope="row">{e.name}</th>
                <td className="muted">{kindLabel[e.type]}</td>
                {per.map((n, i) => (
                  <td key={i} className={`cmp-mark-col${n > 0 ? ' yes' : ' no'}`}>
                    {n > 0 ? n : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="cmp-empty">No names match.</p>}
      </div>
    </div>
  );
}
