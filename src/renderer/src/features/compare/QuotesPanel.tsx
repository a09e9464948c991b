// Who is quoted by which outlet, and the words themselves compared where two outlets quote
// the same speaker differently (words one version has and the other lacks are marked).
import { columnLabel, wordDiff, type CompareRunT } from './model';

interface Props {
  run: CompareRunT;
  colOf: Map<number, number>;
}

function Diffed({ text, against }: { text: string; against: string }) {
  return (
    <q className="cmp-quote">
      {wordDiff(against, text).map((p, i) => (
        <span key={i}>
          {i > 0 && ' '}
          {p.changed ? <mark className="cmp-diff">{p.text}</mark> : p.text}
        </span>
      ))}
    </q>
  );
}

export function QuotesPanel({ run, colOf }: Props) {
  const q = run.quotes;
  const perColumn = (counts: Record<string, number>) => {
    const out = Array.from({ length: run.columns.length }, () => 0);
    for (const [id, n] of Object.entries(counts)) {
      const c = colOf.get(Number(id));
      if (c !== undefined) out[c] += n;
    }
    return out;
  };
  const bySpeaker = new Map<string, typeof q.list>();
  for (const x of q.list) bySpeaker.set(x.speakerKey, [...(bySpeaker.get(x.speakerKey) ?? []), x]);

  return (
    <div className="cmp-panel cmp-scroll" data-testid="quotes-panel">
      {q.list.length === 0 ? (
        <p className="cmp-empty">No direct quotations with a speaker were found in these articles.</p>
      ) : (
        <>
          <section className="cmp-section">
            <h3 className="cmp-h">Who is quoted, by whom</h3>
            <table className="cmp-table compact">
              <thead>
                <tr>
                  <th scope="col">Speaker</th>
                  {run.columns.map((c, i) => (
                    <th key={i} scope="col" className="cmp-mark-col">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {q.speakers.map((s) => (
                  <tr key={s.speakerKey} data-testid="speaker-row">
                    <th scope="row">{s.speaker}</th>
                    {perColumn(s.counts).map((n, i) => (
                      <td key={i} className={`cmp-mark-col${n > 0 ? ' yes' : ' no'}`}>
                        {n > 0 ? n : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="cmp-section">
            <h3 className="cmp-h">Quoted differently ({q.differences.length})</h3>
            {q.differences.length === 0 && <p className="muted">Where two outlets quote the same speaker, they use the same words.</p>}
            {q.differences.map((d, i) => (
              <div key={i} className="cmp-card" data-testid="quote-difference">
                <div className="cmp-card-title">
                  {d.speaker} <span className="muted small">· {Math.round(d.similarity * 100)}% of words shared</span>
                </div>
                <div className="cmp-pair">
                  <div>
                    <div className="cmp-src">{columnLabel(run, colOf, d.a.articleId)}</div>
                    <Diffed text={d.a.text} against={d.b.text} />
                  </div>
                  <div>
                    <div className="cmp-src">{columnLabel(run, colOf, d.b.articleId)}</div>
                    <Diffed text={d.b.text} against={d.a.text} />
                  </div>
                </div>
              </div>
            ))}
          </section>
          <section className="cmp-section">
            <h3 className="cmp-h">All quotations</h3>
            {[...bySpeaker.entries()].map(([key, list]) => (
              <div key={key} className="cmp-quote-group">
                <div className="cmp-card-title">{list[0]!.speaker}</div>
                <ul className="cmp-list">
                  {list.map((x, i) => (
                    <li key={i}>
                      <span className="cmp-src">{columnLabel(run, colOf, x.articleId)}</span> <q className="cmp-quote">{x.text}</q>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
