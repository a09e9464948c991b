// One registry of commands for the whole window. Views register the commands that make sense
// while they are mounted (the reader adds "Highlight", the app adds "Search"); the palette lists
// them all and a single key listener runs the one whose shortcut was pressed. The Electron
// menu is built from the same list (menuBridge.ts), so a label and its shortcut are written once.
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

export interface Command {
  /** Stable id, e.g. "reader.highlight". */
  id: string;
  label: string;
  /** Palette section: Go, Article, Notebook, View… */
  group: string;
  /** KeyboardEvent.key values; "Mod+k" means Ctrl+K or Cmd+K. The first is shown. */
  keys?: string[];
  /** Whether the command can run now; hidden from the palette and ignored by its keys otherwise. */
  when?(): boolean;
  /** Runs even while the user types in a field (Mod+ shortcuts and Escape always do). */
  inFields?: boolean;
  run(): void;
}

export interface CommandInfo {
  id: string;
  label: string;
  group: string;
  shortcut: string | null;
}

const sets = new Map<number, Command[]>();
const listeners = new Set<() => void>();
let nextSet = 1;
let snapshot: Command[] = [];

function publish(): void {
  // Later registrations (the reader, an open dialog) win a shared key over earlier ones.
  snapshot = [...sets.entries()].toSorted((a, b) => b[0] - a[0]).flatMap(([, cmds]) => cmds);
  listeners.forEach((fn) => fn());
}

/** Called whenever commands are registered or removed (the menu bridge listens). */
export function subscribeCommands(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

export function allCommands(): Command[] {
  return snapshot;
}

/** Every command with its shortcut as text: what a menu or a help page needs. */
export function commandList(): CommandInfo[] {
  return snapshot.map((c) => ({ id: c.id, label: c.label, group: c.group, shortcut: c.keys?.[0] ? formatKey(c.keys[0]) : null }));
}

export function useCommandList(): Command[] {
  return useSyncExternalStore(subscribeCommands, allCommands, allCommands);
}

/**
 * Registers commands while the calling component is mounted. The commands may close over
 * fresh state on every render: the registry keeps the latest `run`/`when` without re-registering.
 */
export function useCommands(commands: Command[]): void {
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });
  const shape = commands.map((c) => `${c.id}|${c.label}|${(c.keys ?? []).join(' ')}`).join('\n');
  useEffect(() => {
    const key = nextSet++;
    const proxies: Command[] = latest.current.map((c, i) => ({
      ...c,
      when: () => {
        const cur = latest.current[i];
        return cur?.when ? cur.when() : true;
      },
      run: () => latest.current[i]?.run(),
    }));
    sets.set(key, proxies);
    publish();
    return () => {
      sets.delete(key);
      publish();
    };
  // oxlint-disable-next-line react/exhaustive-effect-dependencies -- re-register only when the set of commands changes (shape), not on every render
  }, [shape]);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function formatKey(key: string): string {
  const names: Record<string, string> = { Escape: 'Esc', ArrowDown: '↓', ArrowUp: '↑', Enter: 'Enter', ' ': 'Space' };
  return key
    .split('+')
    .map((part, i, all) => {
      if (part === 'Mod' && i < all.length - 1) return isMac ? '⌘' : 'Ctrl';
      if (names[part]) return names[part];
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join(isMac ? '' : '+');
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return type !== 'checkbox' && type !== 'radio' && type !== 'button';
}

export function keyName(e: KeyboardEvent): string {
  return e.ctrlKey || e.metaKey ? `Mod+${e.key.toLowerCase()}` : e.key;
}

/** The one window-wide key listener; mount once (App). */
export function useCommandKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod && e.altKey) return;
      const name = keyName(e);
      const inField = typing(e.target);
      for (const c of snapshot) {
        if (!c.keys?.includes(name)) continue;
        if (inField && !mod && name !== 'Escape' && !c.inFields) continue;
        if (c.when && !c.when()) continue;
        e.preventDefault();
        c.run();
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
