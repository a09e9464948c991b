// The actions on one tag, opened from its ⋯ button or a right-click: rename, move under
// another tag, merge into another, delete, colour. Each step is undoable from the toast.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showUndo } from '../../components/Toast';
import { plural } from '../../lib/format';
import { moveTargets, TAG_COLORS, type TagNodeT } from './tagTreeModel';

type Mode = 'menu' | 'rename' | 'move' | 'merge' | 'delete' | 'color';

interface Props {
  node: TagNodeT;
  nodes: TagNodeT[];
  onClose(): void;
  /** The tag now goes by another name (rename, move, merge) or is gone (null). */
  onRenamed(from: string, to: string | null): void;
}

function affected(n: number): string {
  return n === 0 ? '' : ` (${plural(n, 'article')})`;
}

export function TagMenu({ node, nodes, onClose, onRenamed }: Props) {
  const [mode, setMode] = useState<Mode>('menu');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const report = useReportError();
  const listId = useId();

  function go(next: Mode): void {
    setText(next === 'rename' ? node.name : next === 'move' ? (node.parent ?? '') : '');
    setMode(next);
  }

  async function run(step: () => Promise<string | null>): Promise<void> {
    setBusy(true);
    try {
      const message = await step();
      if (message) showUndo(message);
      onClose();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent): void {
    e.preventDefault();
    const value = text.trim();
    if (mode === 'rename') {
      if (!value || value === node.name) return onClose();
      void run(async () => {
        const r = await api.invoke('tags.rename', { from: node.name, to: value });
        onRenamed(node.name, value);
        return `Renamed “${node.name}” to “${value}”${affected(r.articles)}`;
      });
    } else if (mode === 'move') {
      const parent = value === '' ? null : value;
      void run(async () => {
        const r = await api.invoke('tags.move', { name: node.name, parent });
        const to = parent === null ? node.label : `${parent}/${node.label}`;
        onRenamed(node.name, to);
        return parent === null ? `Moved “${node.name}” to the top level${affected(r.articles)}` : `Moved “${node.name}” under “${parent}”${affected(r.articles)}`;
      });
    } else if (mode === 'merge') {
      if (!value) return;
      void run(async () => {
        const r = await api.invoke('tags.merge', { from: node.name, into: value });
        onRenamed(node.name, value);
        return `Merged “${node.name}” into “${value}”${affected(r.articles)}`;
      });
    }
  }

  const remove = () =>
    void run(async () => {
      const r = await api.invoke('tags.delete', { name: node.name });
      onRenamed(node.name, null);
      return `Deleted tag “${node.name}”${affected(r.articles)}`;
    });

  const color = (c: string | null) =>
    void run(async () => {
      await api.invoke('tags.setColor', { name: node.name, color: c });
      return null;
    });

  const targets = mode === 'move' || mode === 'merge' ? moveTargets(nodes, node.name) : [];

  return (
    <div
      className="tag-menu"
      data-testid="tag-menu"
      role="group"
      aria-label={`Actions for tag ${node.name}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          if (mode === 'menu') onClose();
          else setMode('menu');
        }
      }}
    >
      {mode === 'menu' && (
        <div className="tag-menu-items" role="menu">
          <button type="button" role="menuitem" data-testid="tag-rename" autoFocus onClick={() => go('rename')}>
            Rename…
          </button>
          <button type="button" role="menuitem" data-testid="tag-move" onClick={() => go('move')}>
            Move under…
          </button>
          <button type="button" role="menuitem" data-testid="tag-merge" onClick={() => go('merge')}>
            Merge into…
          </button>
          <button type="button" role="menuitem" data-testid="tag-color" onClick={() => go('color')}>
            Colour…
          </button>
          <button type="button" role="menuitem" className="danger-text" data-testid="tag-delete" onClick={() => go('delete')}>
            Delete…
          </button>
        </div>
      )}
      {(mode === 'rename' || mode === 'move' || mode === 'merge') && (
        <form className="tag-menu-form" onSubmit={submit}>
          <label className="small muted" htmlFor={`${listId}-in`}>
            {mode === 'rename' ? 'New name (use / for levels)' : mode === 'move' ? 'New parent (empty = top level)' : `Merge “${node.name}” into`}
          </label>
          <input
            id={`${listId}-in`}
            className="text-input"
            data-testid="tag-menu-input"
            autoFocus
            value={text}
            list={targets.length ? listId : undefined}
            maxLength={120}
            onChange={(e) => setText(e.target.value)}
          />
          {targets.length > 0 && (
            <datalist id={listId}>
              {targets.slice(0, 300).map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
          )}
          <div className="tag-menu-actions">
            <button type="button" className="button small ghost" onClick={() => setMode('menu')}>
              Back
            </button>
            <button type="submit" className="button small primary" data-testid="tag-menu-apply" disabled={busy}>
              {mode === 'rename' ? 'Rename' : mode === 'move' ? 'Move' : 'Merge'}
            </button>
          </div>
        </form>
      )}
      {mode === 'delete' && (
        <div className="tag-menu-form">
          <p className="small">
            Remove “{node.name}”{node.count !== node.own ? ' and the tags below it' : ''} from {plural(node.count, 'article')}? The articles stay.
          </p>
          <div className="tag-menu-actions">
            <button type="button" className="button small ghost" onClick={() => setMode('menu')}>
              Back
            </button>
            <button type="button" className="button small danger" data-testid="tag-delete-confirm" autoFocus disabled={busy} onClick={remove}>
              Delete tag
            </button>
          </div>
        </div>
      )}
      {mode === 'color' && (
        <div className="tag-menu-form">
          <div className="swatches" role="radiogroup" aria-label="Tag colour">
            {TAG_COLORS.map((c, i) => (
              <button
                autoFocus={i === 0}
                key={c}
                type="button"
                role="radio"
                aria-checked={node.color === c}
                aria-label={`Colour ${c}`}
                className={`swatch${node.color === c ? ' on' : ''}`}
                data-testid="tag-swatch"
                style={{ background: c }}
                onClick={() => color(c)}
              />
            ))}
          </div>
          <div className="tag-menu-actions">
            <button type="button" className="button small ghost" onClick={() => setMode('menu')}>
              Back
            </button>
            <button type="button" className="button small" disabled={busy || node.color === null} onClick={() => color(null)}>
              No colour
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
