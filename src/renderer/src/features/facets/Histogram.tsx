// Matches over time as SVG bars. Drag across bars (or click one) to narrow the search to those
// periods; with the keyboard, ←/→ move a focus bar, Shift+←/→ extend the span and Enter applies.
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatCount } from '../../lib/format';
import { periodLabel } from './dateRange';

interface Bucket {
  period: string;
  count: number;
}

interface Props {
  buckets: Bucket[];
  undated: number;
  onRange(from: string, to: string): void;
}

const W = 240;
const H = 64;

export function Histogram({ buckets, undated, onRange }: Props) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [focus, setFocus] = useState<{ from: number; to: number } | null>(null);
  if (buckets.length === 0) return <p className="facet-empty">No dated matches.</p>;

  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = W / buckets.length;
  const gap = step > 4 ? 1 : 0;
  const span = drag ?? focus;
  const lo = span ? Math.min(span.from, span.to) : -1;
  const hi = span ? Math.max(span.from, span.to) : -1;

  function indexAt(e: PointerEvent<SVGSVGElement>): number {
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) / Math.max(1, r.width)) * W;
    return Math.max(0, Math.min(buckets.length - 1, Math.floor(x / step)));
  }

  function apply(a: number, b: number): void {
    onRange(buckets[Math.min(a, b)]!.period, buckets[Math.max(a, b)]!.period);
  }

  function key(e: KeyboardEvent<SVGSVGElement>): void {
    const cur = focus ?? { from: buckets.length - 1, to: buckets.length - 1 };
    const move = (d: number) => Math.max(0, Math.min(buckets.length - 1, cur.to + d));
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const to = move(e.key === 'ArrowLeft' ? -1 : 1);
      setFocus(e.shiftKey ? { from: cur.from, to } : { from: to, to });
    } else if (e.key === 'Enter' && focus) {
      e.preventDefault();
      apply(focus.from, focus.to);
    } else if (e.key === 'Escape' && focus) {
      e.stopPropagation();
      setFocus(null);
    }
  }

  const first = buckets[0]!.period;
  const last = buckets[buckets.length - 1]!.period;
  const spanText = span ? `${periodLabel(buckets[lo]!.period)}${hi > lo ? ` – ${periodLabel(buckets[hi]!.period)}` : ''}: ${formatCount(buckets.slice(lo, hi + 1).reduce((n, b) => n + b.count, 0))}` : null;

  return (
    <div className="histogram">
      <svg
        className="histogram-svg"
        data-testid="histogram"
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="slider"
        tabIndex={0}
        aria-label="Matches over time: drag across bars, or use the arrow keys and Enter, to narrow the search to a period"
        aria-valuemin={0}
        aria-valuemax={buckets.length - 1}
        aria-valuenow={focus ? focus.to : buckets.length - 1}
        aria-valuetext={spanText ?? `${periodLabel(first)} to ${periodLabel(last)}`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const i = indexAt(e);
          setDrag({ from: i, to: i });
        }}
        onPointerMove={(e) => {
          if (drag) setDrag({ from: drag.from, to: indexAt(e) });
        }}
        onPointerUp={(e) => {
          if (!drag) return;
          const to = indexAt(e);
          setDrag(null);
          apply(drag.from, to);
        }}
        onPointerCancel={() => setDrag(null)}
        onKeyDown={key}
        onBlur={() => setFocus(null)}
      >
        {buckets.map((b, i) => {
          const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * (H - 2));
          return (
            <rect
              key={b.period}
              data-testid="histogram-bar"
              data-period={b.period}
              data-count={b.count}
              className={`histogram-bar${i >= lo && i <= hi ? ' in-span' : ''}`}
              x={i * step + gap / 2}
              y={H - h}
              width={Math.max(0.5, step - gap)}
              height={h}
            >
              <title>{`${periodLabel(b.period)}: ${formatCount(b.count)}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="histogram-axis muted">
        <span>{periodLabel(first)}</span>
        <span className="histogram-span">{spanText ?? ''}</span>
        <span>{periodLabel(last)}</span>
      </div>
      {undated > 0 && <p className="facet-note muted">{formatCount(undated)} without a date</p>}
    </div>
  );
}
