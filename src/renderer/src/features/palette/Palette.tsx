// The command palette (Ctrl/Cmd+K): every command that can run now, with its shortcut; type to
// filter, ↑/↓ to choose, Enter to run, Esc to close. The list comes from the one registry.
import { useMemo, useState } from 'react';
import { allCommands, formatKey, type Command } from '../../commands/registry';
import { Dialog, useListKeys } from './Dialog';

interface Props {
  onClose(): void;
}

/** Every word typed must start a word of the label (or its group), in any order. */
export function matchesCommand(c: Command, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = `${c.group} ${c.label}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function Palette({ onClose }: Props) {
  // Decided once, as the palette opens: what could run in the place the user came from.
  const [available] = useState(() => allCommands().filter((c) => c.id !== 'palette' && (!c.when || c.when())));
  const [query, setQuery] = useState('');
  const shown = useMemo(() => available.filter((c) => matchesCommand(c, query)), [available, query]);
  const { active, setActive, onKeyDown } = useListKeys(shown.length, (i) => run(shown[i]));

  function run(c: Command | undefined): void {
    if (!c) return;
    onClose();
    // After the dialog has gone and the focus is back where it was.
    window.setTimeout(() => c.run(), 0);
  }

  return (
    <Dialog testId="palette" label="Commands" onClose={onClose}>
      <input
        className="dialog-input"
        data-testid="palette-input"
        placeholder="Type a command…"
        aria-label="Type a command"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        aria-controls="palette-list"
        aria-activedescendant={shown[active] ? `cmd-${shown[active].id}` : undefined}
      />
      <ul className="dialog-list" id="palette-list" role="listbox" aria-label="Commands">
        {shown.length === 0 && <li className="dialog-empty muted">No command matches “{query}”.</li>}
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={`cmd-${c.id}`}
            role="option"
            aria-selected={i === active}
            className={`dialog-item${i === active ? ' active' : ''}`}
            data-testid="palette-item"
            data-command={c.id}
            onMouseMove={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span className="dialog-group">{c.group}</span>
            <span className="dialog-label">{c.label}</span>
            {c.keys?.[0] && <kbd className="dialog-kbd">{formatKey(c.keys[0])}</kbd>}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
