// The menu channel, with Electron replaced by plain objects: only our page may set the menu,
// a malformed or oversized list changes nothing, an unchanged list does not rebuild it, and
// clicks go back to the window as a command id.
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const handlers = new Map<string, (e: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  ipcMain: {
    on: (ch: string, fn: (e: unknown, payload: unknown) => void) => handlers.set(ch, fn),
    removeAllListeners: (ch: string) => handlers.delete(ch),
  },
}));
const { registerMenuIpc, sendMenuRun, MENU_SET_CHANNEL, MENU_RUN_CHANNEL } = await import('../../../../src/main/electron/menu-ipc');

const rendererDir = join('/opt', 'parallax', 'out', 'renderer');
const ownUrl = pathToFileURL(join(rendererDir, 'index.html')).href;
const sentToPage: unknown[][] = [];
const mainFrame = { processId: 4, routingId: 1, url: ownUrl };
const webContents = { mainFrame, send: (...a: unknown[]) => sentToPage.push(a) };
const win = { webContents, isDestroyed: () => false };
type Win = Parameters<typeof sendMenuRun>[0];
const fromPage = { sender: webContents, senderFrame: { ...mainFrame } };
const fromReader = { sender: webContents, senderFrame: { processId: 4, routingId: 9, url: 'about:srcdoc' } };
const item = { id: 'palette', label: 'Show all commands', group: 'View', accelerator: 'Mod+k', enabled: true };

describe('menu IPC', () => {
  it('applies a valid list from our page once, and ignores strangers, bad lists and repeats', () => {
    const applied: unknown[] = [];
    const logs: string[] = [];
    const stop = registerMenuIpc({ getWindow: () => win as unknown as Win, rendererDir, log: (m) => logs.push(m), apply: (c) => applied.push(c) });
    const set = handlers.get(MENU_SET_CHANNEL)!;
    set(fromReader, [item]);
    expect(applied).toHaveLength(0);
    expect(logs.at(-1)).toMatch(/refused a menu/);
    set(fromPage, [{ ...item, label: 'x'.repeat(500) }]);
    set(fromPage, Array.from({ length: 301 }, (_, i) => ({ ...item, id: `c${i}` })));
    expect(applied).toHaveLength(0);
    expect(logs.at(-1)).toMatch(/malformed menu/);
    set(fromPage, [item]);
    set(fromPage, [item]);
    expect(applied).toEqual([[item]]);
    set(fromPage, [{ ...item, enabled: false }]);
    expect(applied).toHaveLength(2);
    stop();
    expect(handlers.has(MENU_SET_CHANNEL)).toBe(false);
  });

  it('sends a click to the open window only', () => {
    sendMenuRun(win as unknown as Win, 'article.trash');
    expect(sentToPage.at(-1)).toEqual([MENU_RUN_CHANNEL, 'article.trash']);
    sendMenuRun(null, 'palette');
    sendMenuRun({ ...win, isDestroyed: () => true } as unknown as Win, 'palette');
    expect(sentToPage).toHaveLength(1);
  });
});
