// The Electron shell's security rules as plain data and pure functions, kept free of any
// electron import so unit tests check them in plain Node (SECURITY.md rules 1, 3 and 4).
import { fileURLToPath } from 'node:url';
import { relative, isAbsolute, resolve } from 'node:path';
import { APP_CSP } from '../web/csp';

/** Every BrowserWindow's webPreferences, apart from the preload path (rule 1). */
export const WEB_PREFERENCES = Object.freeze({
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const);

export const EXTERNAL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * The one gate for links leaving the app (rule 3): http, https and mailto only, no
 * credentials in the URL (a classic disguise: https://trusted.example@evil.example/).
 * The caller still asks the user before opening anything.
 */
export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.includes(u.protocol)) return false;
  if (u.protocol === 'mailto:') return u.pathname.length > 0;
  return u.hostname.length > 0 && u.username === '' && u.password === '';
}

/** True when `url` is a file:// URL of a file inside the built renderer folder. */
export function isRendererFileUrl(url: string, rendererDir: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'file:' || (u.host !== '' && u.host !== 'localhost')) return false;
  let file: string;
  try {
    file = fileURLToPath(u);
  } catch {
    return false;
  }
  const rel = relative(resolve(rendererDir), resolve(file));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Our own page: the renderer's file, or in development the electron-vite dev server. */
export function isOwnAppUrl(url: string, rendererDir: string, devUrl?: string): boolean {
  if (devUrl) {
    try {
      return new URL(url).origin === new URL(devUrl).origin;
    } catch {
      return false;
    }
  }
  return isRendererFileUrl(url, rendererDir);
}

/**
 * What the app's session may load (rule 4, zero egress): the renderer's own files, inline
 * data:/blob: resources, devtools, and in development the dev server. Everything else,
 * including any http(s) request an imported article might trigger, is cancelled.
 */
export function isAllowedRequest(url: string, rendererDir: string, devUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  switch (u.protocol) {
    case 'file:':
      return isRendererFileUrl(url, rendererDir);
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true;
    case 'http:':
    case 'https:':
    case 'ws:':
      if (!devUrl) return false;
      try {
        const dev = new URL(devUrl);
        return u.hostname === dev.hostname && u.port === dev.port;
      } catch {
        return false;
      }
    default:
      return false;
  }
}

/**
 * The CSP for the app window. In development Vite's client needs its websocket and an
 * inline React-refresh preamble; the packaged app gets the strict policy unchanged.
 */
export function appCsp(devUrl?: string): string {
  if (!devUrl) return APP_CSP;
  const origin = new URL(devUrl).origin;
  const ws = origin.replace(/^http/, 'ws');
  return APP_CSP.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${origin}`).replace("connect-src 'self'", `connect-src 'self' ${origin} ${ws}`);
}
