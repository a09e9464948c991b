// Numbers lined up by what they count, one cell per outlet; where the same quantity is
// reported differently, both sentences are shown side by side. A flag, not a verdict.
import { useMemo } from 'react';
import { columnLabel, sentenceLookup, type CompareRunT } from './model';

type FigureT = CompareRunT['figures'][number];

interface Props {
  run: CompareRunT;
  colOf: Map<number, number>;
}

export function FiguresPanel({ run, colOf }: Props) {
  const sentence = useMemo(() => sentenceLookup(run), [run]);
  const groups = useMemo(() => {
    const m = new Map<string, FigureT[]>();
    for (const f of run.figures) {
      const key = `${f.head}|${f.unit ?? ''}`;
      m.set(key, [...(m.get(key) ?? []), f]);
    }
    // Figures several outlets give come first: those are the ones to line up.
    return [...m.values()].toSorted((a, b) => new Set(b.map((f) => f.articleId)).size - new Set(a.map((f) => f.articleId)).size);
  }, [run.figures]);
  const conflicts = useMemo(() => {
    const seen = new Set<string>();
    const out: { a: FigureT; b: { articleId: number; sentence: number; text: string } }[] = [];
    for (const f of run.figures)
      for (const c of f.conflictsWith ?? []) {
        const k = [`${f.articleId}:${f.sentence}:${f.text}`, `${c.articleId}:${c.sentence}:${c.text}`].toSorted().join('|');
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ a: f, b: c });
      }
    return out;
  }, [run.figures]);

  return (
    <div className="cmp-panel cmp-scroll" data-testid="figures-panel">
      <section className="cmp-section">
        <h3 className="cmp-h">Reported differently ({conflicts.length})</h3>
        {conflicts.length === 0 && <p className="muted">No figure is reported differently by these articles.</p>}
        {conflicts.map(({ a, b }, i) => (
          <div key={i} className="cmp-card conflict" data-testid="figure-conflict">
            <div className="cmp-card-title">
              <span className="cmp-flag" aria-hidden="true">⚑</span> {a.counts || a.text}
            </div>
            <div className="cmp-pair">
              {[a, b].map((x, k) => (
                <div key={k}>
                  <div className="cmp-src">
                    {columnLabel(run, colOf, x.articleId)} · <strong>{x.text}</strong>
                  </div>
                  <p className="cmp-sentence-quote">{sentence(x.articleId, x.sentence)}</p>
                </div>
              ))}
            </div>
          </div>
        ))}
      </section>
      <section className="cmp-section">
        <h3 className="cmp-h">All figures, lined up</h3>
        {groups.length === 0 ? (
          <p className="muted">No figures found.</p>
        ) : (
          <table className="cmp-table compact">
            <thead>
              <tr>
                <th scope="col">Counts</th>
                {run.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g, gi) => {
                const flagged = g.some((f) => (f.conflictsWith ?? []).length > 0);
                return (
                  <tr key={gi} className={flagged ? 'flagged' : undefined}>
                    <th scope="row">
                      {flagged && <span className="cmp-flag" title="Reported differently">⚑ </span>}
                      {g[0]!.counts || g[0]!.unit || g[0]!.head}
                    </th>
                    {run.columns.map((_c, i) => {
                      const here = g.filter((f) => colOf.get(f.articleId) === i);
                      return (
                        <td key={i} title={here.map((f) => sentence(f.articleId, f.sentence)).join('\n\n')}>
                          {here.map((f) => f.text).join('; ')}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
