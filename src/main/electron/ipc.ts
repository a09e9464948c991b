// The IPC door: one invoke channel, checked three ways (STYLE.md): the sender is our
// window's main frame showing our own page, the channel is known and the input parses
// (both in dispatch). Library events go out on one event channel.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/contract';
import type { Library } from '../core/library';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../preload/channels';
import { isOwnAppUrl } from './security';

export interface IpcOptions {
  library: Library;
  getWindow(): BrowserWindow | null;
  rendererDir: string;
  devUrl?: string;
  log(message: string): void;
}

/** Works for invoke and send alike: both carry the sender and its frame. */
export function isTrustedSender(e: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, win: BrowserWindow | null, rendererDir: string, devUrl?: string): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = e.senderFrame;
  const main = win.webContents.mainFrame;
  if (!frame || e.sender !== win.webContents) return false;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isOwnAppUrl(frame.url, rendererDir, devUrl);
}

export function registerIpc(opts: IpcOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (e, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(e, opts.getWindow(), opts.rendererDir, opts.devUrl)) {
      opts.log(`refused an API call from ${e.senderFrame?.url.slice(0, 200) ?? 'a closed frame'}`);
      return { ok: false, code: 'invalid_input', message: 'This page is not allowed to use the library.' };
    }
    if (typeof channel !== 'string') return { ok: false, code: 'unknown_channel', message: 'The API channel must be a name.' };
    return opts.library.call(channel, input);
  });
  const stopEvents = opts.library.onEvent((name, payload) => {
    const win = opts.getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
  });
  return () => {
    stopEvents();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
