// The app window and the guards on its web contents: no navigation away, no new windows,
// no <webview>; links that try to leave go through the one confirmed gate.
import { BrowserWindow, type WebContents } from 'electron';
import { WEB_PREFERENCES, isOwnAppUrl } from './security';

export interface WindowOptions {
  rendererDir: string;
  rendererIndex: string;
  preload: string;
  icon?: string;
  devUrl?: string;
  openExternal(url: string): void;
  log(message: string): void;
}

/** Applied to every web contents the app creates (app 'web-contents-created'). */
export function guardWebContents(wc: WebContents, opts: Pick<WindowOptions, 'rendererDir' | 'devUrl' | 'openExternal' | 'log'>): void {
  wc.on('will-navigate', (e, url) => {
    // A reload of our own page is fine; anything else (a link, a meta refresh, a form) is not.
    if (isOwnAppUrl(url, opts.rendererDir, opts.devUrl)) return;
    e.preventDefault();
    opts.log(`blocked navigation to ${url.slice(0, 200)}`);
  });
  wc.on('will-frame-navigate', (e) => {
    // Sub-frames (the article reader) may show srcdoc/data content only.
    if (e.isMainFrame) return;
    const u = e.url;
    if (u.startsWith('about:') || u.startsWith('data:') || isOwnAppUrl(u, opts.rendererDir, opts.devUrl)) return;
    e.preventDefault();
    opts.log(`blocked frame navigation to ${u.slice(0, 200)}`);
  });
  wc.on('will-redirect', (e, url) => {
    e.preventDefault();
    opts.log(`blocked redirect to ${url.slice(0, 200)}`);
  });
  wc.on('will-attach-webview', (e) => e.preventDefault());
  wc.setWindowOpenHandler(({ url }) => {
    // Never a new window; a web link is offered to the system browser after confirmation.
    opts.openExternal(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(opts: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    icon: opts.icon,
    backgroundColor: '#1d1f23',
    webPreferences: { ...WEB_PREFERENCES, preload: opts.preload },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_e, details) => opts.log(`the window's renderer stopped (${details.reason})`));
  if (opts.devUrl) void win.loadURL(opts.devUrl);
  else void win.loadFile(opts.rendererIndex);
  return win;
}
