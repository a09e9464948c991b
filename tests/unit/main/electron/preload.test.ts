// The preload's surface, with Electron replaced by a recorder (Electron cannot run here):
// exactly the approved keys reach the page, and calls go out on our channels only.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, EVENT_CHANNEL } from '../../../../src/preload/channels';
import { MENU_RUN_CHANNEL, MENU_SET_CHANNEL } from '../../../../src/main/electron/menu-ipc';

const exposed: Record<string, unknown> = {};
const sent: unknown[][] = [];
const listeners = new Map<string, ((...a: unknown[]) => void)[]>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed[key] = value;
    },
  },
  ipcMain: {},
  ipcRenderer: {
    send: (...args: unknown[]) => {
      sent.push(args);
    },
    invoke: (...args: unknown[]) => {
      sent.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (ch: string, fn: (...a: unknown[]) => void) => listeners.set(ch, [...(listeners.get(ch) ?? []), fn]),
    removeListener: (ch: string, fn: (...a: unknown[]) => void) => listeners.set(ch, (listeners.get(ch) ?? []).filter((f) => f !== fn)),
  },
  webUtils: {
    getPathForFile: (f: { path?: string }) => {
      if (!f || typeof f !== 'object') throw new TypeError('not a File');
      return f.path ?? '';
    },
  },
}));

beforeAll(async () => {
  await import('../../../../src/preload/index');
});

interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  pathForFile(file: unknown): string | null;
  platform: string;
  setMenu(commands: unknown): void;
  onMenuRun(listener: (id: string) => void): () => void;
}

describe('preload', () => {
  it('exposes only window.parallax with the approved keys', () => {
    expect(Object.keys(exposed)).toEqual(['parallax']);
    expect(Object.keys(exposed.parallax as object).toSorted()).toEqual(['invoke', 'on', 'onMenuRun', 'pathForFile', 'platform', 'setMenu']);
    expect((exposed.parallax as Bridge).platform).toBe(process.platform);
  });

  it('sends invoke on the one invoke channel', async () => {
    const bridge = exposed.parallax as Bridge;
    await bridge.invoke('library.info', {});
    expect(sent.at(-1)).toEqual([INVOKE_CHANNEL, 'library.info', {}]);
  });

  it('passes events on without the Electron event object, and unsubscribes', () => {
    const bridge = exposed.parallax as Bridge;
    const got: unknown[][] = [];
    const off = bridge.on((...args) => got.push(args));
    const fakeIpcEvent = { sender: 'ipcRenderer-would-leak-here' };
    listeners.get(EVENT_CHANNEL)!.forEach((fn) => fn(fakeIpcEvent, 'library.changed', { reason: 'tags' }));
    expect(got).toEqual([['library.changed', { reason: 'tags' }]]);
    off();
    expect(listeners.get(EVENT_CHANNEL)).toHaveLength(0);
    expect(() => bridge.on('nope' as never)).toThrow(/needs a function/);
  });

  it('answers null for anything that is not a dropped file', () => {
    const bridge = exposed.parallax as Bridge;
    expect(bridge.pathForFile({ path: '/home/reporter/a.html' })).toBe('/home/reporter/a.html');
    expect(bridge.pathForFile({})).toBeNull();
    expect(bridge.pathForFile('not a file')).toBeNull();
  });

  it('publishes the menu on the channel main listens to, as plain data only', () => {
    const bridge = exposed.parallax as Bridge;
    const list = [{ id: 'palette', label: 'Show all commands', group: 'View', accelerator: 'Mod+k', enabled: true }];
    bridge.setMenu(list);
    expect(sent.at(-1)).toEqual([MENU_SET_CHANNEL, list]);
    bridge.setMenu('not a list');
    expect(sent.at(-1)).toEqual([MENU_SET_CHANNEL, []]);
  });

  it('passes menu clicks on as a command id, drops anything else, and unsubscribes', () => {
    const bridge = exposed.parallax as Bridge;
    const got: unknown[][] = [];
    const off = bridge.onMenuRun((...args) => got.push(args));
    const fakeIpcEvent = { sender: 'ipcRenderer-would-leak-here' };
    listeners.get(MENU_RUN_CHANNEL)!.forEach((fn) => fn(fakeIpcEvent, 'article.trash'));
    listeners.get(MENU_RUN_CHANNEL)!.forEach((fn) => fn(fakeIpcEvent, { id: 'x' }));
    expect(got).toEqual([['article.trash']]);
    off();
    expect(listeners.get(MENU_RUN_CHANNEL)).toHaveLength(0);
    expect(() => bridge.onMenuRun('nope' as never)).toThrow(/needs a function/);
  });
});
