// The menu bridge with the window replaced by plain objects: it publishes at once, again only
// when something changed, and runs a clicked command only if it can run now.
import { describe, expect, it } from 'vitest';
import { startMenuBridge, type BridgeHost } from '../../../../../src/renderer/src/commands/menuBridge';
import type { Command } from '../../../../../src/renderer/src/commands/registry';
import type { MenuCommandInfo } from '../../../../../src/shared/contract';

function setup(commands: Command[]) {
  const published: MenuCommandInfo[][] = [];
  let runListener: ((id: string) => void) | null = null;
  const subs = new Set<() => void>();
  const activity = new Set<() => void>();
  let pending: (() => void) | null = null;
  const host: BridgeHost = {
    commands: () => commands,
    subscribe: (fn) => (subs.add(fn), () => subs.delete(fn)),
    onActivity: (fn) => (activity.add(fn), () => activity.delete(fn)),
    later: (fn) => ((pending = fn), () => (pending = null)),
  };
  const stop = startMenuBridge(
    {
      setMenu: (list) => published.push(list),
      onMenuRun: (fn) => ((runListener = fn), () => (runListener = null)),
    },
    host,
  );
  const flush = () => {
    const fn = pending;
    pending = null;
    fn?.();
  };
  return { published, click: (id: string) => runListener?.(id), subs, activity, flush, stop, hasPending: () => pending !== null, hasRun: () => runListener !== null };
}

describe('startMenuBridge', () => {
  it('publishes once at start and again only when a label or enabled state changed', () => {
    let selected = 0;
    const commands: Command[] = [
      { id: 'article.trash', group: 'Article', label: 'Move to trash', keys: ['Delete'], when: () => selected > 0, run: () => {} },
    ];
    const b = setup(commands);
    expect(b.published).toEqual([[{ id: 'article.trash', group: 'Article', label: 'Move to trash', accelerator: 'Delete', enabled: false }]]);
    [...b.activity].forEach((fn) => fn());
    [...b.activity].forEach((fn) => fn());
    b.flush();
    expect(b.published).toHaveLength(1);
    selected = 2;
    [...b.activity].forEach((fn) => fn());
    b.flush();
    expect(b.published).toHaveLength(2);
    expect(b.published[1]![0]!.enabled).toBe(true);
    commands.push({ id: 'palette', group: 'View', label: 'Show all commands', keys: ['Mod+k'], run: () => {} });
    [...b.subs].forEach((fn) => fn());
    b.flush();
    expect(b.published.at(-1)!.map((c) => c.id)).toEqual(['article.trash', 'palette']);
  });

  it('runs a clicked command only when it can run now, and ignores unknown ids', () => {
    const ran: string[] = [];
    let can = false;
    const b = setup([{ id: 'compare', group: 'Article', label: 'Compare', when: () => can, run: () => ran.push('compare') }]);
    b.click('compare');
    b.click('no.such.command');
    expect(ran).toEqual([]);
    can = true;
    b.click('compare');
    expect(ran).toEqual(['compare']);
  });

  it('lets go of everything when stopped', () => {
    const b = setup([]);
    [...b.subs].forEach((fn) => fn());
    expect(b.hasPending()).toBe(true);
    b.stop();
    expect(b.subs.size).toBe(0);
    expect(b.activity.size).toBe(0);
    expect(b.hasRun()).toBe(false);
    expect(b.hasPending()).toBe(false);
  });
});
