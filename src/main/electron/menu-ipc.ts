// The menu's two channels. The page publishes its commands (menu-set) whenever they change;
// main checks the sender and the shape, then rebuilds the application menu. A click sends the
// command id back (menu-run).
import { ipcMain, type BrowserWindow } from 'electron';
import { MenuCommandsSchema, type MenuCommand } from './menu-template';
import { isTrustedSender } from './ipc';

import { MENU_RUN_CHANNEL, MENU_SET_CHANNEL } from '../../preload/channels';

export { MENU_RUN_CHANNEL, MENU_SET_CHANNEL };

export interface MenuIpcOptions {
  getWindow(): BrowserWindow | null;
  rendererDir: string;
  devUrl?: string;
  log(message: string): void;
  /** Builds and installs the application menu for these commands. */
  apply(commands: MenuCommand[]): void;
}

/** Sends a menu click to the page; ids only ever come from the page's own list. */
export function sendMenuRun(win: BrowserWindow | null, id: string): void {
  if (win && !win.isDestroyed()) win.webContents.send(MENU_RUN_CHANNEL, id);
}

export function registerMenuIpc(opts: MenuIpcOptions): () => void {
  let last = '';
  ipcMain.on(MENU_SET_CHANNEL, (e, commands: unknown) => {
    if (!isTrustedSender(e, opts.getWindow(), opts.rendererDir, opts.devUrl)) {
      opts.log(`refused a menu from ${e.senderFrame?.url.slice(0, 200) ?? 'a closed frame'}`);
      return;
    }
    const parsed = MenuCommandsSchema.safeParse(commands);
    if (!parsed.success) {
      opts.log(`ignored a malformed menu: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    // Rebuilding an unchanged menu would only flicker it (and close it on some systems).
    const key = JSON.stringify(parsed.data);
    if (key === last) return;
    last = key;
    opts.apply(parsed.data);
  });
  return () => {
    ipcMain.removeAllListeners(MENU_SET_CHANNEL);
  };
}
