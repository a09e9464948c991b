// The registry as the menu receives it: one entry per id, the shortcut a menu can offer,
// whether it can run now, inside the limits main enforces.
import { describe, expect, it } from 'vitest';
import { toMenuCommands } from '../../../../../src/renderer/src/commands/menuList';
import { MenuCommandsSchema } from '../../../../../src/main/electron/menu-template';

describe('toMenuCommands', () => {
  it('lists each id once (the latest registration), prefers a modifier shortcut and asks when()', () => {
    let canCompare = false;
    const list = toMenuCommands([
      { id: 'reader.close', group: 'Article', label: 'Close the reader', keys: ['Escape'] },
      { id: 'search.focus', group: 'Go', label: 'Search articles', keys: ['/', 'Mod+f'] },
      { id: 'compare', group: 'Article', label: 'Compare', keys: ['c'], when: () => canCompare },
      { id: 'theme.toggle', group: 'View', label: 'Switch theme' },
      { id: 'reader.close', group: 'Go', label: 'An older registration' },
    ]);
    expect(list).toEqual([
      { id: 'reader.close', group: 'Article', label: 'Close the reader', accelerator: 'Escape', enabled: true },
      { id: 'search.focus', group: 'Go', label: 'Search articles', accelerator: 'Mod+f', enabled: true },
      { id: 'compare', group: 'Article', label: 'Compare', accelerator: 'c', enabled: false },
      { id: 'theme.toggle', group: 'View', label: 'Switch theme', accelerator: null, enabled: true },
    ]);
    canCompare = true;
    expect(toMenuCommands([{ id: 'compare', group: 'Article', label: 'Compare', when: () => canCompare }])[0]!.enabled).toBe(true);
  });

  it('treats a when() that throws as disabled rather than breaking the menu', () => {
    const [c] = toMenuCommands([{ id: 'x', group: 'Go', label: 'X', when: () => { throw new Error('no DOM'); } }]);
    expect(c!.enabled).toBe(false);
  });

  it('stays inside what main accepts: long labels clipped, at most 300, blank ones left out', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ id: `c${i}`, group: 'G'.repeat(60), label: 'L'.repeat(500), keys: ['k'.repeat(50)] }));
    const list = toMenuCommands([{ id: 'blank', group: 'Go', label: '  ' }, ...many]);
    expect(list).toHaveLength(300);
    expect(list[0]!.id).toBe('c0');
    expect(list[0]!.label).toHaveLength(120);
    expect(list[0]!.label.endsWith('…')).toBe(true);
    expect(list[0]!.accelerator).toBeNull();
    expect(MenuCommandsSchema.safeParse(list).success).toBe(true);
  });
});
