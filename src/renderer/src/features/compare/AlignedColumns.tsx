// One column per article, its sentences coloured by how widely their claim is carried.
// Clicking (or Enter on) a sentence marks its claim in every column and brings the
// counterparts into view. Text is rendered as React text nodes only.
import { useMemo } from 'react';
import { formatCount, formatDate } from '../../lib/format';
import { coverage, coverageLabel, outletOf, type CompareRunT, type MetaT } from './model';

type Sentences = CompareRunT['sentences'][number]['items'];

interface Props {
  run: CompareRunT;
  order: MetaT[];
  activeClaim: number | null;
  onActivate(claimId: number, articleId: number): void;
  onOpen(id: number): void;
  scroll: {
    ref(id: number): (el: HTMLElement | null) => void;
    onScroll(id: number): void;
  };
}

function byParagraph(items: Sentences): Sentences[] {
  const out: Sentences[] = [];
  let last: number | null = null;
  for (const s of items) {
    if (s.paragraph !== last) out.push([]);
    out.at(-1)!.push(s);
    last = s.paragraph;
  }
  return out;
}

export function AlignedColumns({ run, order, activeClaim, onActivate, onOpen, scroll }: Props) {
  const total = run.meta.length;
  const paras = useMemo(() => new Map(run.sentences.map((a) => [a.articleId, byParagraph(a.items)])), [run.sentences]);
  const outletById = useMemo(() => new Map(run.meta.map((m) => [m.id, outletOf(m)])), [run.meta]);

  return (
    <div className="compare-columns" style={{ gridTemplateColumns: `repeat(${order.length}, minmax(0, 1fr))` }}>
      {order.map((a) => (
        <div className="compare-column" key={a.id} data-testid="compare-column" data-article-id={a.id}>
          <div className="compare-col-head">
            <div className="cmp-outlet-line">
              <span className="compare-outlet">{outletOf(a)}</span>
              {a.group && <span className="cmp-badge">{a.group}</span>}
              {a.reprintOf !== null && (
                <span className="cmp-badge cmp-reprint" data-testid="reprint-badge" title="Counted once with the article it reprints, not as independent confirmation.">
                  Reprint of {outletById.get(a.reprintOf) ?? `article ${a.reprintOf}`}
                </span>
              )}
            </div>
            <div className="compare-date muted">
              <span>{[formatDate(a.published) || 'Undated', `${formatCount(a.wordCount)} words`].join(' · ')}</span>
              <button type="button" className="link-button" onClick={() => onOpen(a.id)} title="Open this article in the reader">
                Open in reader
              </button>
            </div>
            <h3 className="compare-title" title={a.title}>
              {a.title || 'Untitled'}
            </h3>
          </div>
          <div className="compare-text cmp-text" ref={scroll.ref(a.id)} onScroll={() => scroll.onScroll(a.id)} aria-label={`Text of ${a.title}`}>
            {(paras.get(a.id) ?? []).map((p, k) => (
              <p key={k}>
                {p.map((s) => {
                  const cov = coverage(s.carriers, total);
                  const active = s.claimId === activeClaim;
                  return (
                    <span key={s.index}>
                      <span
                        className={`cmp-sentence cov-${cov}${active ? ' active' : ''}`}
                        data-testid="compare-sentence"
                        data-claim-id={s.claimId}
                        data-coverage={cov}
                        role="button"
                        tabIndex={0}
                        aria-pressed={active}
                        title={`${coverageLabel[cov]} (${s.carriers} of ${total})`}
                        onClick={() => onActivate(s.claimId, a.id)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            onActivate(s.claimId, a.id);
                          }
                        }}
                      >
                        {s.text}
                      </span>{' '}
                    </span>
                  );
                })}
              </p>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

export function CoverageLegend() {
  return (
    <div className="cmp-legend" aria-label="Sentence colours">
      {(['all', 'some', 'only'] as const).map((c) => (
        <span key={c} className="cmp-legend-item">
          <span className={`cmp-swatch cov-${c}`} aria-hidden="true" />
          {c === 'all' ? 'All articles' : c === 'some' ? 'Some' : 'Only this one'}
        </span>
      ))}
    </div>
  );
}
