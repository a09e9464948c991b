// The local web server: the browser front door to a Library. Listens on 127.0.0.1 only,
// answers nobody without the per-run token, and refuses foreign Host and Origin headers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';
import { WEB_TOKEN_HEADER } from '../../shared/contract';
import { Library } from '../core/library';
import { handleEvents, handleInvoke, sendError, DEFAULT_MAX_BODY_BYTES } from './api';
import { hostAllowed, originAllowed, tokenMatches } from './guards';
import { defaultRendererDir, sendText, serveStatic } from './static';

export const LISTEN_HOST = '127.0.0.1';

export interface WebServerOptions {
  libraryPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  rendererDir?: string;
  token?: string;
  maxBodyBytes?: number;
  log?: (message: string) => void;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  rendererDir: string;
  library: Library;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v.join(', ') : v;
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? newToken();
  const rendererDir = opts.rendererDir ?? defaultRendererDir();
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const library = new Library({ path: opts.libraryPath, transport: 'web', log: opts.log, warm: true, scheduledBackups: true });
  const streams = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let port = 0;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // DNS rebinding: a foreign name pointing at 127.0.0.1 must not reach even the static files.
    if (!hostAllowed(headerValue(req.headers.host), port)) {
      sendError(res, 403, 'forbidden', 'This address is not allowed: open Parallax at http://127.0.0.1 with the link it printed.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${LISTEN_HOST}:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      serveStatic(req, res, rendererDir);
      return;
    }
    if (!originAllowed(headerValue(req.headers.origin), port)) {
      sendError(res, 403, 'forbidden', 'Requests from other web sites are not allowed.');
      return;
    }
    // EventSource cannot send headers, so the event stream alone takes the token in the query.
    const given = url.pathname === '/api/events' ? url.searchParams.get('token') : headerValue(req.headers[WEB_TOKEN_HEADER]);
    if (!tokenMatches(given, token)) {
      sendError(res, 403, 'forbidden', 'Missing or wrong access token: open Parallax with the link it printed when it started.');
      return;
    }
    if (url.pathname === '/api/events') {
      handleEvents(req, res, library, streams);
      return;
    }
    const m = /^\/api\/invoke\/([^/]+)$/.exec(url.pathname);
    if (m) {
      let channel: string;
      try {
        channel = decodeURIComponent(m[1]!);
      } catch {
        sendError(res, 404, 'unknown_channel', 'Unknown API channel.');
        return;
      }
      await handleInvoke(req, res, library, channel, maxBodyBytes);
      return;
    }
    sendError(res, 404, 'not_found', 'There is no such API endpoint.');
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      library.ctx.log(`web server error: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) sendText(res, 500, 'Parallax hit an internal error; the details are in its log.');
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // Slow or idle clients must not pin sockets forever; SSE streams are exempt via keep-alives.
  server.headersTimeout = 30_000;
  server.requestTimeout = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, LISTEN_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    await library.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new Error(`Port ${opts.port} is already in use: choose another with --port, or 0 for any free port.`, { cause: e });
    throw e;
  }
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      for (const s of streams) s.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      await library.close();
    })());

  return { url: `http://${LISTEN_HOST}:${port}/?token=${token}`, port, token, rendererDir, library, close };
}
