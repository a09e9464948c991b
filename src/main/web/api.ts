// The JSON API of the local web server: POST /api/invoke/<channel> runs one library call,
// GET /api/events streams library events as Server-Sent Events. Callers have already
// passed the Host/Origin/token guards (server.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Library } from '../core/library';
import { SECURITY_HEADERS } from './csp';

/** Uploads arrive base64-encoded inside the JSON body, so the cap is generous. */
// Kept under V8's longest string (~512 MiB) so JSON.parse can always take the body.
export const DEFAULT_MAX_BODY_BYTES = 500 * 1024 * 1024;
const KEEPALIVE_MS = 15_000;

type WebErrorCode = 'forbidden' | 'not_found' | 'method_not_allowed' | 'too_large' | 'invalid_input' | 'unknown_channel' | 'internal';

export function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

/** Errors the server answers itself have the same shape as a failed Result. */
export function sendError(res: ServerResponse, status: number, code: WebErrorCode, message: string, extra: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, code, message }, extra);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (e) => {
      if (!failed) reject(e);
    });
  });
}

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

export async function handleInvoke(req: IncomingMessage, res: ServerResponse, library: Library, channel: string, maxBodyBytes: number): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, 405, 'method_not_allowed', 'API calls must use POST.', { Allow: 'POST' });
    return;
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, maxBodyBytes);
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      // Close the connection: the rest of an oversized upload is not worth reading.
      sendError(res, 413, 'too_large', `That request is too large: the limit is ${megabytes(maxBodyBytes)}. Import fewer or smaller files at once.`, {
        Connection: 'close',
      });
      req.resume();
      return;
    }
    sendError(res, 400, 'invalid_input', 'The request could not be read.');
    return;
  }
  let input: unknown = {};
  if (raw.length > 0) {
    try {
      input = JSON.parse(raw.toString('utf8'));
    } catch {
      sendError(res, 400, 'invalid_input', `The input for ${channel.slice(0, 100)} is not valid JSON.`);
      return;
    }
  }
  const result = await library.call(channel, input);
  sendJson(res, 200, result);
}

/** One SSE stream per open browser tab; closed when the tab goes or the server stops. */
export function handleEvents(req: IncomingMessage, res: ServerResponse, library: Library, streams: Set<ServerResponse>): void {
  if (req.method !== 'GET') {
    sendError(res, 405, 'method_not_allowed', 'The event stream is read with GET.', { Allow: 'GET' });
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write(': connected\n\n');
  const unsubscribe = library.onEvent((name, payload) => {
    // JSON.stringify never emits a raw newline, so one data: line is always enough.
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
  keepAlive.unref();
  streams.add(res);
  const cleanup = () => {
    clearInterval(keepAlive);
    unsubscribe();
    streams.delete(res);
  };
  res.on('close', cleanup);
  req.on('close', cleanup);
}
