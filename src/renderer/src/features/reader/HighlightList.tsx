// The margin list of an article's highlights: the quoted passage, its colour, a comment saved
// as you type, "add to notebook page" and delete (with undo). Highlights whose passage is no
// longer in the text are listed apart, so nothing the reporter wrote disappears silently.
import { useEffect, useRef, useState } from 'react';
import { saveLabel, useAutosave } from '../notes/useAutosave';
import { HIGHLIGHT_COLORS, type HighlightColorT, type HighlightT } from './useHighlights';

interface Props {
  list: HighlightT[] | null;
  /** The highlight to bring into view and focus; `nonce` changes each time it is asked for. */
  active: { id: number; nonce: number } | null;
  deleted: HighlightT | null;
  onUpdate(id: number, change: { color?: HighlightColorT; comment?: string }): Promise<boolean>;
  onRemove(h: HighlightT): void;
  onUndo(): void;
  onDismissUndo(): void;
  onJump(h: HighlightT): void;
  onEmbed(h: HighlightT): void;
}

function clip(s: string, n = 220): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function Item({ h, active, onUpdate, onRemove, onJump, onEmbed }: { h: HighlightT; active: number } & Pick<Props, 'onUpdate' | 'onRemove' | 'onJump' | 'onEmbed'>) {
  const [comment, setComment] = useState(h.comment);
  const box = useRef<HTMLTextAreaElement>(null);
  const saver = useAutosave<string>(async (text) => {
    if (!(await onUpdate(h.id, { comment: text }))) throw new Error('not saved');
  }, 600);

  useEffect(() => {
    if (active > 0) {
      box.current?.focus();
      box.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [active]);

  const lost = h.anchor === 'lost';
  return (
    <li className={`hl-item hl-item-${h.color}${active ? ' active' : ''}${lost ? ' lost' : ''}`} data-testid="highlight-item" data-highlight-id={h.id}>
      <button type="button" className="hl-quote" onClick={() => onJump(h)} disabled={lost} title={lost ? 'This passage is no longer in the article text' : 'Show in the text'}>
        {clip(h.quote)}
      </button>
      {lost && <p className="field-hint">The passage is no longer in the article text (it was re-imported or changed).</p>}
      <textarea
        ref={box}
        className="hl-comment"
        data-testid="highlight-comment"
        aria-label="Comment on this highlight"
        placeholder="Add a comment…"
        rows={comment ? 2 : 1}
        value={comment}
        onChange={(e) => {
          setComment(e.target.value);
          saver.change(e.target.value);
        }}
        onBlur={() => void saver.flush()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
            e.preventDefault();
            e.stopPropagation();
            e.currentTarget.blur();
          }
        }}
      />
      <div className="hl-tools">
        <span className="hl-swatches" role="radiogroup" aria-label="Colour">
          {HIGHLIGHT_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={h.color === c}
              aria-label={c}
              title={`Colour: ${c}`}
              className={`swatch hl-${c}${h.color === c ? ' on' : ''}`}
              data-testid="highlight-color"
              onClick={() => void onUpdate(h.id, { color: c })}
            />
          ))}
        </span>
        <span className={`save-state ${saver.state}`} aria-live="polite">
          {saveLabel(saver.state)}
        </span>
        <span className="spacer" />
        <button type="button" className="button small" onClick={() => onEmbed(h)} title="Quote this passage, with its source, in the current notebook page">
          To page
        </button>
        <button type="button" className="icon-button" data-testid="highlight-delete" aria-label="Delete this highlight" title="Delete this highlight" onClick={() => onRemove(h)}>
          ×
        </button>
      </div>
    </li>
  );
}

export function HighlightList(p: Props) {
  const list = p.list ?? [];
  const found = list.filter((h) => h.anchor !== 'lost');
  const lost = list.filter((h) => h.anchor === 'lost');
  return (
    <section className="side-section" aria-label="Highlights">
      <div className="side-head">
        <h2 className="side-title">Highlights{list.length ? ` (${list.length})` : ''}</h2>
      </div>
      {p.deleted && (
        <div className="undo-bar" role="status" data-testid="highlight-undo-bar">
          <span>Highlight deleted.</span>
          <button type="button" className="button small" data-testid="highlight-undo" onClick={p.onUndo}>
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={p.onDismissUndo}>
            ×
          </button>
        </div>
      )}
      {p.list !== null && list.length === 0 && <p className="muted side-empty">Select a passage in the text and press H to highlight it.</p>}
      <ul className="hl-list" data-testid="highlight-list">
        {[...found, ...lost].map((h) => (
          <Item key={h.id} h={h} active={p.active?.id === h.id ? p.active.nonce : 0} onUpdate={p.onUpdate} onRemove={p.onRemove} onJump={p.onJump} onEmbed={p.onEmbed} />
        ))}
      </ul>
    </section>
  );
}
