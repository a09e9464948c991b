// Browser transport for the local web server (src/main/web): POST /api/invoke/<channel> with
// the per-run token in a header, events as Server-Sent Events. The token arrives once in the
// page URL; it is kept in sessionStorage (per tab) and removed from the address bar so it does
// not end up in history, bookmarks or screenshots.
import type { EventName, Result, WEB_TOKEN_HEADER } from '../../../shared/contract';
import type { RawListener, Transport } from './transport';

// Typed against the contract's constant so a rename there fails the type check here.
const TOKEN_HEADER: typeof WEB_TOKEN_HEADER = 'x-parallax-token';
const TOKEN_KEY = 'parallax.token';
/** Compiles only when `names` lists every event of the contract. */
function everyEvent<T extends readonly EventName[]>(names: T & ([Exclude<EventName, T[number]>] extends [never] ? unknown : never)): T {
  return names;
}
const EVENT_NAMES = everyEvent(['import.progress', 'import.done', 'library.changed'] as const);

function safeSession(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Reads the token from `?token=` (once), stores it and scrubs it from the visible URL. */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  const store = safeSession();
  if (fromUrl) {
    store?.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return store?.getItem(TOKEN_KEY) ?? null;
}

function failure(code: 'network' | 'auth' | 'internal', message: string): Result<unknown> {
  // The client turns these into ApiErrors; 'network' and 'auth' are renderer-side codes.
  return { ok: false, code: code as 'internal', message };
}

function isResult(v: unknown): v is Result<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

export function httpTransport(): Transport {
  const token = takeToken() ?? '';
  let source: EventSource | null = null;
  const listeners = new Set<RawListener>();

  function openEvents(): void {
    if (source || !token) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (ev) => {
        let payload: unknown;
        try {
          payload = JSON.parse((ev as MessageEvent<string>).data);
        } catch {
          return;
        }
        listeners.forEach((l) => l(name, payload));
      });
    }
  }

  return {
    kind: 'web',
    async invoke(channel, input) {
      if (!token) {
        return failure('auth', 'This page has no access token. Open Parallax from the link the server printed when it started.');
      }
      let res: Response;
      try {
        res = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
          credentials: 'same-origin',
        });
      } catch {
        return failure('network', 'Parallax cannot reach its local server. Is it still running?');
      }
      let body: unknown = null;
      try {
        body = await res.json();
      } catch {
        body = null;
      }
      if (isResult(body)) return body;
      if (res.status === 401 || res.status === 403) {
        return failure('auth', 'The server refused this page’s access token. Open Parallax again from the link the server printed.');
      }
      if (res.status === 413) return failure('internal', 'That is too much data to send at once. Try importing fewer or smaller files.');
      return failure('internal', `The local server answered ${res.status} ${res.statusText || ''}`.trim() + ' for ' + channel + '.');
    },
    subscribe(listener) {
      listeners.add(listener);
      openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    pathForFile: () => null,
  };
}
