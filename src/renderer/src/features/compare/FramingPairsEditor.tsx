// The user's framing pairs: a label and the words on each side, comma-separated. Saving
// replaces the list; "built-in list" goes back to the shipped one (the current list is
// kept in the undo button until the editor closes).
import { useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';

type Pairs = Output<'framingPairs.list'>['pairs'];
interface Row {
  label: string;
  a: string;
  b: string;
}

const toRows = (p: Pairs): Row[] => p.map((x) => ({ label: x.label, a: x.a.join(', '), b: x.b.join(', ') }));
const words = (s: string) => s.split(',').map((w) => w.trim()).filter(Boolean);

export function FramingPairsEditor({ onSaved }: { onSaved(): void }) {
  const report = useReportError();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [custom, setCustom] = useState(false);
  const [previous, setPrevious] = useState<Pairs | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.invoke('framingPairs.list', {}).then((r) => {
      setRows(toRows(r.pairs));
      setCustom(r.custom);
      setPrevious(r.pairs);
    }, report);
  }, [report]);

  const save = async (pairs: Pairs | null) => {
    setError(null);
    try {
      const r = await api.invoke('framingPairs.save', { pairs });
      setRows(toRows(r.pairs));
      setCustom(r.custom);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (!rows) return <p className="muted">Loading the framing pairs…</p>;
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  return (
    <form
      className="cmp-editor"
      data-testid="framing-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const pairs = rows.filter((r) => r.a.trim() || r.b.trim()).map((r) => ({ label: r.label.trim(), a: words(r.a), b: words(r.b) }));
        const half = pairs.find((p) => p.a.length === 0 || p.b.length === 0);
        if (half) return setError(`The pair “${half.label || half.a[0] || half.b[0]}” needs words on both sides.`);
        void save(pairs);
      }}
    >
      <p className="muted small">{custom ? 'Your own list.' : 'The built-in list.'} Separate alternative words with commas.</p>
      <div className="cmp-editor-grid">
        <div className="cmp-editor-row muted small" aria-hidden="true">
          <span>Label</span>
          <span>One side</span>
          <span>Other side</span>
          <span />
        </div>
        {rows.map((r, i) => (
          <div key={i} className="cmp-editor-row">
            <input aria-label="Label" value={r.label} onChange={(e) => set(i, { label: e.target.value })} placeholder="invasion / operation" />
            <input aria-label="One side" value={r.a} onChange={(e) => set(i, { a: e.target.value })} placeholder="invasion" />
            <input aria-label="Other side" value={r.b} onChange={(e) => set(i, { b: e.target.value })} placeholder="special military operation" />
            <button type="button" className="icon-button" aria-label={`Remove the pair ${r.label}`} onClick={() => setRows(rows.filter((_, k) => k !== i))}>
              ×
            </button>
          </div>
        ))}
      </div>
      {error && <p className="field-hint" role="alert">{error}</p>}
      <div className="cmp-editor-actions">
        <button type="button" className="button small" onClick={() => setRows([...rows, { label: '', a: '', b: '' }])}>
          Add a pair
        </button>
        <span className="spacer" />
        {custom && (
          <button type="button" className="button small ghost" onClick={() => void save(null)}>
            Back to the built-in list
          </button>
        )}
        {previous && (
          <button type="button" className="button small ghost" onClick={() => setRows(toRows(previous))}>
            Undo my edits
          </button>
        )}
        <button type="submit" className="button small primary" data-testid="framing-save">
          Save the pairs
        </button>
      </div>
    </form>
  );
}
