// The registry as the application menu needs it (Electron only; in the browser the palette is
// the menu). Plain data: main validates it and builds File, View, Go, Article… from the groups.
import type { MenuCommandInfo } from '../../../shared/contract';

/** Main refuses longer lists and strings (menu-template.ts); stay inside its limits. */
const MAX_ITEMS = 300;
const MAX = { id: 100, label: 120, group: 40, key: 40 };

interface Listed {
  id: string;
  label: string;
  group: string;
  keys?: string[];
  when?(): boolean;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function enabled(c: Listed): boolean {
  try {
    return c.when ? c.when() : true;
  } catch {
    return false;
  }
}

/**
 * One entry per id (the first, which is the latest registration, as for keys). A menu shows
 * the shortcut it can really offer: the first one with a modifier ("Mod+f" rather than "/").
 */
export function toMenuCommands(commands: Listed[]): MenuCommandInfo[] {
  const seen = new Set<string>();
  const out: MenuCommandInfo[] = [];
  for (const c of commands) {
    if (seen.has(c.id) || !c.id || c.id.length > MAX.id || !c.label.trim() || !c.group.trim()) continue;
    seen.add(c.id);
    const key = c.keys?.find((k) => k.startsWith('Mod+')) ?? c.keys?.[0] ?? null;
    out.push({
      id: c.id,
      label: clip(c.label, MAX.label),
      group: clip(c.group, MAX.group),
      accelerator: key && key.length <= MAX.key ? key : null,
      enabled: enabled(c),
    });
    if (out.length === MAX_ITEMS) break;
  }
  return out;
}
