// Framing: the words each outlet over-uses against the others in this story (log-odds with
// an informative prior, computed by the library), and the framing pairs (invasion / special
// military operation…) flagged where outlets take different sides.
import { useState } from 'react';
import type { CompareRunT } from './model';
import { FramingPairsEditor } from './FramingPairsEditor';

interface Props {
  run: CompareRunT;
  colOf: Map<number, number>;
  /** The pair list changed: run the comparison again. */
  onPairsChanged(): void;
}

export function FramingPanel({ run, colOf, onPairsChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const f = run.framing;
  const usage = (u: Record<string, { a: number; b: number }>) => {
    const per = run.columns.map(() => ({ a: 0, b: 0 }));
    for (const [id, v] of Object.entries(u)) {
      const c = colOf.get(Number(id));
      if (c === undefined) continue;
      per[c]!.a += v.a;
      per[c]!.b += v.b;
    }
    return per;
  };
  const pairs = f.pairs.filter((p) => Object.values(p.usage).some((u) => u.a + u.b > 0)).toSorted((a, b) => Number(b.flagged) - Number(a.flagged));

  return (
    <div className="cmp-panel cmp-scroll" data-testid="framing-panel">
      <section className="cmp-section">
        <h3 className="cmp-h">Distinctive words per outlet</h3>
        <p className="muted small">Words and phrases each outlet uses more than the others in these articles (log-odds ratio with an informative prior).</p>
        <div className="cmp-cards">
          {f.distinctive.map((d) => (
            <div key={d.outlet} className="cmp-card" data-testid="framing-outlet">
              <div className="cmp-card-title">{d.outlet}</div>
              {d.terms.length === 0 ? (
                <p className="muted small">Nothing stands out.</p>
              ) : (
                <ol className="cmp-terms">
                  {d.terms.slice(0, 12).map((t) => (
                    <li key={t.term} title={`z = ${t.z.toFixed(2)}, used ${t.count}×`}>
                      <span className="cmp-term">{t.term}</span>
                      <span className="cmp-term-bar" style={{ width: `${Math.min(100, Math.max(8, t.z * 25))}%` }} aria-hidden="true" />
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </div>
      </section>
      <section className="cmp-section">
        <div className="cmp-section-head">
          <h3 className="cmp-h">Framing pairs</h3>
          <span className="spacer" />
          <button type="button" className="button small" data-testid="framing-edit" aria-expanded={editing} onClick={() => setEditing((x) => !x)}>
            {editing ? 'Close the editor' : 'Edit the pairs…'}
          </button>
        </div>
        {editing && (
          <FramingPairsEditor
            onSaved={() => {
              setEditing(false);
              onPairsChanged();
            }}
          />
        )}
        {pairs.length === 0 ? (
          <p className="muted">None of the framing pairs occurs in these articles.</p>
        ) : (
          <table className="cmp-table compact">
            <thead>
              <tr>
                <th scope="col">Pair</th>
                {run.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={p.label} className={p.flagged ? 'flagged' : undefined} data-testid="framing-pair" data-flagged={p.flagged}>
                  <th scope="row">
                    {p.flagged && <span className="cmp-flag" title="Outlets use different sides of this pair">⚑ </span>}
                    {p.label}
                  </th>
                  {usage(p.usage).map((u, i) => (
                    <td key={i}>
                      {u.a + u.b === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <span className="cmp-sides">
                          {u.a > 0 && <span className="cmp-side a" title={p.a.join(', ')}>{p.a[0]} ×{u.a}</span>}
                          {u.b > 0 && <span className="cmp-side b" title={p.b.join(', ')}>{p.b[0]} ×{u.b}</span>}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
