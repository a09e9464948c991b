// The whole bridge between the sandboxed renderer and the main process (SECURITY.md rule 1):
// `window.parallax` with invoke, on, pathForFile, platform, setMenu and onMenuRun — nothing else, and no
// Electron object (ipcRenderer, events) ever crosses into the page.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Channel, EventName, MenuCommandInfo, PreloadApi, Result } from '../shared/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL, MENU_RUN_CHANNEL, MENU_SET_CHANNEL } from './channels';

const api = {
  invoke: (channel: Channel, input: unknown): Promise<Result<unknown>> => ipcRenderer.invoke(INVOKE_CHANNEL, String(channel), input),
  on(listener: (event: EventName, payload: unknown) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('parallax.on needs a function.');
    const fn = (_e: IpcRendererEvent, name: EventName, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, fn);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, fn);
    };
  },
  pathForFile(file: unknown): string | null {
    try {
      const p = webUtils.getPathForFile(file as File);
      return p || null;
    } catch {
      return null;
    }
  },
  platform: process.platform,
  // Main validates the list; only plain data crosses (no functions from the page).
  setMenu(commands: MenuCommandInfo[]): void {
    ipcRenderer.send(MENU_SET_CHANNEL, Array.isArray(commands) ? commands : []);
  },
  onMenuRun(listener: (id: string) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('parallax.onMenuRun needs a function.');
    const fn = (_e: IpcRendererEvent, id: unknown) => {
      if (typeof id === 'string') listener(id);
    };
    ipcRenderer.on(MENU_RUN_CHANNEL, fn);
    return () => {
      ipcRenderer.removeListener(MENU_RUN_CHANNEL, fn);
    };
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('parallax', api);
