// The application menu as plain data, built from the renderer's command registry so a label
// and its shortcut are written once (the palette and the menu show the same). No Electron
// here: menu.ts turns this template into a Menu and wires the clicks; tests run it in Node.
import { z } from 'zod';

export const MAX_MENU_COMMANDS = 300;

/** What the renderer publishes for each command (see PreloadApi.setMenu). */
export const MenuCommandSchema = z.object({
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(120),
  group: z.string().min(1).max(40),
  /** The registry's key format: "Mod+k", "j", "ArrowDown", "Delete". */
  accelerator: z.string().min(1).max(40).nullable(),
  enabled: z.boolean(),
});
export const MenuCommandsSchema = z.array(MenuCommandSchema).max(MAX_MENU_COMMANDS);
export type MenuCommand = z.output<typeof MenuCommandSchema>;

/** The ids main answers itself (native file dialogs): the registry's copies would duplicate them. */
const NATIVE_IDS = new Set(['import.files', 'import.folder']);

export type NativeAction = 'importFiles' | 'importFolder' | 'about';
export type MenuRole =
  | 'appMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'windowMenu'
  | 'close'
  | 'quit'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'help';

export type TemplateItem =
  | { type: 'separator' }
  | { role: MenuRole; label?: string; submenu?: TemplateItem[] }
  | { label: string; submenu: TemplateItem[] }
  | {
      label: string;
      accelerator?: string;
      /** false: shown in the menu, but the key stays the page's (it runs the command itself). */
      registerAccelerator?: boolean;
      enabled: boolean;
      /** A registry command (sent back to the renderer) or something main does itself. */
      run: { command: string } | { native: NativeAction };
    };

export interface TemplateOptions {
  platform: string;
  isDev: boolean;
  appName: string;
}

const NAMED_KEYS: Record<string, string> = {
  ArrowDown: 'Down',
  ArrowUp: 'Up',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
  Enter: 'Enter',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Tab: 'Tab',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ' ': 'Space',
  '+': 'Plus',
};
// keyName() lower-cases the key after "Mod+" ("Mod+arrowdown").
const NAMED_BY_LOWER = new Map(Object.entries(NAMED_KEYS).map(([k, v]) => [k.toLowerCase(), v]));
const MODIFIERS: Record<string, string> = { Mod: 'CmdOrCtrl', Ctrl: 'Ctrl', Shift: 'Shift', Alt: 'Alt' };

/**
 * "Mod+k" → "CmdOrCtrl+K", "ArrowDown" → "Down", "/" → "/"; null for what Electron cannot
 * name (the menu then shows no shortcut, the page still has it).
 */
export function toAccelerator(key: string): string | null {
  // A lone "+" is a key, not a separator; "Mod++" is Mod and "+".
  const parts = key === '+' ? ['+'] : key.endsWith('++') ? [...key.slice(0, -2).split('+'), '+'] : key.split('+');
  const last = parts.pop();
  if (!last) return null;
  const mods: string[] = [];
  for (const p of parts) {
    const m = MODIFIERS[p];
    if (!m || mods.includes(m)) return null;
    mods.push(m);
  }
  let name: string | undefined = NAMED_KEYS[last] ?? NAMED_BY_LOWER.get(last.toLowerCase());
  if (!name && /^F([1-9]|1[0-9]|2[0-4])$/.test(last)) name = last;
  if (!name && last.length === 1 && /[\x21-\x7e]/.test(last)) name = last.toUpperCase();
  return name ? [...mods, name].join('+') : null;
}

function hasModifier(accelerator: string): boolean {
  return /^(CmdOrCtrl|Ctrl|Alt)\+/.test(accelerator);
}

function commandItem(c: MenuCommand, platform: string): TemplateItem {
  const acc = c.accelerator ? toAccelerator(c.accelerator) : null;
  const item: TemplateItem = { label: c.label, enabled: c.enabled, run: { command: c.id } };
  if (!acc) return item;
  // A bare key ("j", "Delete", "Esc") registered with the menu would be taken from the page
  // even while the user types in a field. Windows and Linux can show it without taking it;
  // macOS cannot, so there it is left to the page (and the palette shows it).
  if (hasModifier(acc)) return { ...item, accelerator: acc };
  if (platform === 'darwin') return item;
  return { ...item, accelerator: acc, registerAccelerator: false };
}

/** Menu order for the groups the app knows; any other group gets its own menu after these. */
const KNOWN_GROUPS = ['go', 'article', 'notebook', 'library'];
/** Groups with a menu of their own in every app; "window" commands join View. */
const FIXED_GROUPS = new Set(['file', 'edit', 'view', 'help', 'window']);

function title(group: string): string {
  return group.charAt(0).toUpperCase() + group.slice(1);
}

/** Groups by name, ignoring case, in the order they first appear; the first spelling wins. */
function byGroup(commands: MenuCommand[]): Map<string, { label: string; items: MenuCommand[] }> {
  const groups = new Map<string, { label: string; items: MenuCommand[] }>();
  const seen = new Set<string>();
  for (const c of commands.slice(0, MAX_MENU_COMMANDS)) {
    // Views can register the same id twice (a later one wins the key): the menu lists it once.
    if (seen.has(c.id) || NATIVE_IDS.has(c.id)) continue;
    seen.add(c.id);
    const key = c.group.trim().toLowerCase() || 'commands';
    const g = groups.get(key) ?? { label: title(c.group.trim() || 'Commands'), items: [] };
    g.items.push(c);
    groups.set(key, g);
  }
  return groups;
}

export function buildMenuTemplate(commands: MenuCommand[], opts: TemplateOptions): TemplateItem[] {
  const isMac = opts.platform === 'darwin';
  const groups = byGroup(commands);
  const items = (key: string) => (groups.get(key)?.items ?? []).map((c) => commandItem(c, opts.platform));
  const sep: TemplateItem = { type: 'separator' };
  const withSep = (list: TemplateItem[]) => (list.length > 0 ? [sep, ...list] : []);

  const file: TemplateItem = {
    label: 'File',
    submenu: [
      { label: 'Import files…', accelerator: 'CmdOrCtrl+O', enabled: true, run: { native: 'importFiles' } },
      { label: 'Import folder…', accelerator: 'CmdOrCtrl+Shift+O', enabled: true, run: { native: 'importFolder' } },
      ...withSep(items('file')),
      sep,
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const edit: TemplateItem = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, sep, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, ...withSep(items('edit'))],
  };
  const viewCommands = [...items('view'), ...items('window')];
  const devItems: TemplateItem[] = opts.isDev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, sep] : [];
  const view: TemplateItem = {
    label: 'View',
    submenu: [
      ...devItems,
      ...viewCommands,
      ...(viewCommands.length > 0 ? [sep] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const known = KNOWN_GROUPS.filter((k) => groups.has(k));
  const others = [...groups.keys()].filter((k) => !KNOWN_GROUPS.includes(k) && !FIXED_GROUPS.has(k));
  const groupMenus: TemplateItem[] = [...known, ...others].map((k) => ({ label: groups.get(k)!.label, submenu: items(k) }));
  const help: TemplateItem = {
    role: 'help',
    submenu: [...items('help'), ...(items('help').length > 0 ? [sep] : []), { label: `About ${opts.appName}`, enabled: true, run: { native: 'about' } }],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as TemplateItem] : []),
    file,
    edit,
    view,
    ...groupMenus,
    { role: 'windowMenu' },
    help,
  ];
}
