// Window-wide single-key shortcuts. They stay quiet while the user types in a field, so
// "c" in the tag box is a letter, not "compare".
import { useEffect, useEffectEvent } from 'react';

export type ShortcutMap = Partial<Record<string, (e: KeyboardEvent) => void>>;

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return type !== 'checkbox' && type !== 'radio' && type !== 'button';
}

/** Keys are KeyboardEvent.key values; "Mod+f" means Ctrl+F or Cmd+F. */
export function useShortcuts(map: ShortcutMap): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const mod = e.ctrlKey || e.metaKey;
    const name = mod ? `Mod+${e.key.toLowerCase()}` : e.key;
    if (!mod && e.altKey) return;
    if (typing(e.target) && !mod && e.key !== 'Escape') return;
    const fn = map[name];
    if (fn) {
      e.preventDefault();
      fn(e);
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
