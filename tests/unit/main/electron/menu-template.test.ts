// The application menu built from the renderer's command list: groups become menus in a fixed
// order, shortcuts become Electron accelerators, bare keys never steal typing, bad lists are refused.
import { describe, expect, it } from 'vitest';
import {
  MAX_MENU_COMMANDS,
  MenuCommandsSchema,
  buildMenuTemplate,
  toAccelerator,
  type MenuCommand,
  type TemplateItem,
} from '../../../../src/main/electron/menu-template';

const cmd = (id: string, group: string, accelerator: string | null = null, enabled = true): MenuCommand => ({
  id,
  label: `Label of ${id}`,
  group,
  accelerator,
  enabled,
});

const linux = { platform: 'linux', isDev: false, appName: 'Parallax' };
const mac = { platform: 'darwin', isDev: false, appName: 'Parallax' };

type Sub = { label: string; submenu: TemplateItem[] };
function menu(t: TemplateItem[], label: string): Sub {
  const m = t.find((i) => 'label' in i && i.label === label && 'submenu' in i);
  if (!m) throw new Error(`no menu ${label} in ${JSON.stringify(t.map((i) => ('label' in i ? i.label : 'role' in i ? i.role : '-')))}`);
  return m as Sub;
}
function commandIds(items: TemplateItem[]): string[] {
  return items.flatMap((i) => ('run' in i && 'command' in i.run ? [i.run.command] : []));
}
function find(t: TemplateItem[], id: string): Extract<TemplateItem, { run: unknown }> {
  for (const i of t) {
    if ('run' in i && 'command' in i.run && i.run.command === id) return i;
    if ('submenu' in i && i.submenu) {
      try {
        return find(i.submenu, id);
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(`no item ${id}`);
}
const topLabels = (t: TemplateItem[]) => t.map((i) => ('label' in i && i.label ? i.label : 'role' in i ? i.role : 'separator'));

describe('toAccelerator', () => {
  it('maps the registry key format to Electron accelerators', () => {
    expect(toAccelerator('Mod+k')).toBe('CmdOrCtrl+K');
    expect(toAccelerator('Mod+f')).toBe('CmdOrCtrl+F');
    expect(toAccelerator('Mod+Shift+p')).toBe('CmdOrCtrl+Shift+P');
    expect(toAccelerator('j')).toBe('J');
    expect(toAccelerator('/')).toBe('/');
    expect(toAccelerator('ArrowDown')).toBe('Down');
    expect(toAccelerator('Mod+arrowup')).toBe('CmdOrCtrl+Up');
    expect(toAccelerator('Escape')).toBe('Esc');
    expect(toAccelerator('Enter')).toBe('Enter');
    expect(toAccelerator('Delete')).toBe('Delete');
    expect(toAccelerator(' ')).toBe('Space');
    expect(toAccelerator('+')).toBe('Plus');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('F5')).toBe('F5');
  });

  it('answers null for what Electron cannot name', () => {
    for (const k of ['', 'Mod+', 'Hyper+k', 'Mod+Mod+k', 'MediaPlayPause', 'é', 'F99', 'Mod+dead']) {
      expect(toAccelerator(k), k).toBeNull();
    }
  });
});

describe('buildMenuTemplate', () => {
  const registry: MenuCommand[] = [
    cmd('search.focus', 'Go', 'Mod+f'),
    cmd('list.next', 'Go', 'j'),
    cmd('article.trash', 'Article', 'Delete', false),
    cmd('compare', 'Article', 'c'),
    cmd('palette', 'View', 'Mod+k'),
    cmd('theme.toggle', 'View'),
    cmd('notebook.toggle', 'Notebook'),
    cmd('export.csv', 'file', 'Mod+e'),
    cmd('import.files', 'Library'),
    cmd('stories.open', 'Stories'),
    cmd('help.shortcuts', 'Help'),
  ];

  it('puts File, Edit, View first, then the registry groups in a fixed order, then the others, Window and Help', () => {
    const t = buildMenuTemplate(registry, linux);
    expect(topLabels(t)).toEqual(['File', 'Edit', 'View', 'Go', 'Article', 'Notebook', 'Stories', 'windowMenu', 'help']);
    expect(topLabels(buildMenuTemplate(registry, mac))[0]).toBe('appMenu');
  });

  it('keeps the native import items in File and adds the file group after them', () => {
    const file = menu(buildMenuTemplate(registry, linux), 'File').submenu;
    const natives = file.flatMap((i) => ('run' in i && 'native' in i.run ? [i.run.native] : []));
    expect(natives).toEqual(['importFiles', 'importFolder']);
    expect(commandIds(file)).toEqual(['export.csv']);
    expect(file.at(-1)).toEqual({ role: 'quit', label: 'Quit' });
    expect(menu(buildMenuTemplate(registry, mac), 'File').submenu.at(-1)).toEqual({ role: 'close' });
  });

  it('drops the registry copy of an import the File menu already does natively (no empty Library menu)', () => {
    const t = buildMenuTemplate(registry, linux);
    expect(JSON.stringify(t)).not.toContain('import.files');
    expect(topLabels(t)).not.toContain('Library');
  });

  it('lists the view group (with the theme) in View, with zoom roles, and dev items only in development', () => {
    const view = menu(buildMenuTemplate(registry, linux), 'View').submenu;
    expect(commandIds(view)).toEqual(['palette', 'theme.toggle']);
    expect(view.some((i) => 'role' in i && i.role === 'zoomIn')).toBe(true);
    expect(view.some((i) => 'role' in i && i.role === 'toggleDevTools')).toBe(false);
    const dev = menu(buildMenuTemplate(registry, { ...linux, isDev: true }), 'View').submenu;
    expect(dev.some((i) => 'role' in i && i.role === 'toggleDevTools')).toBe(true);
  });

  it('registers modifier shortcuts, shows bare keys without taking them, and on macOS leaves bare keys out', () => {
    const t = buildMenuTemplate(registry, linux);
    expect(find(t, 'palette')).toMatchObject({ accelerator: 'CmdOrCtrl+K' });
    expect(find(t, 'palette')).not.toHaveProperty('registerAccelerator');
    expect(find(t, 'list.next')).toMatchObject({ accelerator: 'J', registerAccelerator: false });
    expect(find(t, 'article.trash')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false, enabled: false });
    expect(find(t, 'theme.toggle')).not.toHaveProperty('accelerator');
    const m = buildMenuTemplate(registry, mac);
    expect(find(m, 'palette')).toMatchObject({ accelerator: 'CmdOrCtrl+K' });
    expect(find(m, 'list.next')).not.toHaveProperty('accelerator');
  });

  it('groups names case-insensitively under the first spelling and lists a duplicated id once', () => {
    const t = buildMenuTemplate([cmd('a', 'research'), cmd('b', 'Research'), cmd('a', 'Go')], linux);
    expect(commandIds(menu(t, 'Research').submenu)).toEqual(['a', 'b']);
    expect(topLabels(t)).not.toContain('Go');
  });

  it('adds help commands above About and edit commands after the edit roles', () => {
    const t = buildMenuTemplate(registry.concat(cmd('find.replace', 'Edit', 'Mod+h')), linux);
    const help = t.find((i) => 'role' in i && i.role === 'help') as { submenu: TemplateItem[] };
    expect(commandIds(help.submenu)).toEqual(['help.shortcuts']);
    expect(help.submenu.at(-1)).toMatchObject({ label: 'About Parallax', run: { native: 'about' } });
    expect(commandIds(menu(t, 'Edit').submenu)).toEqual(['find.replace']);
  });

  it('builds only the native menus from an empty list', () => {
    expect(topLabels(buildMenuTemplate([], linux))).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });
});

describe('MenuCommandsSchema', () => {
  it('accepts what the renderer sends', () => {
    expect(MenuCommandsSchema.safeParse([cmd('palette', 'View', 'Mod+k')]).success).toBe(true);
  });

  it('refuses too many items, overlong strings, missing fields and non-strings', () => {
    const many = Array.from({ length: MAX_MENU_COMMANDS + 1 }, (_, i) => cmd(`c${i}`, 'Go'));
    expect(MenuCommandsSchema.safeParse(many).success).toBe(false);
    expect(MenuCommandsSchema.safeParse(many.slice(0, MAX_MENU_COMMANDS)).success).toBe(true);
    const bad: unknown[] = [
      [{ ...cmd('x', 'Go'), label: 'x'.repeat(121) }],
      [{ ...cmd('x', 'Go'), id: 'i'.repeat(101) }],
      [{ ...cmd('x', 'Go'), group: 'g'.repeat(41) }],
      [{ ...cmd('x', 'Go'), accelerator: 'k'.repeat(41) }],
      [{ ...cmd('x', 'Go'), label: '' }],
      [{ id: 'x', label: 'X', group: 'Go' }],
      [{ ...cmd('x', 'Go'), id: 7 }],
      'not a list',
      null,
    ];
    for (const b of bad) expect(MenuCommandsSchema.safeParse(b).success, JSON.stringify(b)?.slice(0, 60)).toBe(false);
  });
});
