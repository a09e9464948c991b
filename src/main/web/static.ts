// Serves the built renderer (out/renderer) and nothing else: only regular files that
// resolve, after symlinks, inside the renderer folder. Paths with `..`, NUL or bad
// percent-encoding are refused before touching the disk.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_CSP, SECURITY_HEADERS } from './csp';

export const NOT_BUILT_MESSAGE = 'The UI is not built yet: run `npm run build` first.';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Where the built renderer is: next to the bundle (out/main/web.js → out/renderer) or, when
 * run from source (tsx, vitest), in the repository's out/ folder.
 */
export function defaultRendererDir(): string {
  const candidates = [join(__dirname, '..', 'renderer'), join(__dirname, '..', '..', '..', 'out', 'renderer'), join(process.cwd(), 'out', 'renderer')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? candidates[candidates.length - 1]!;
}

export function rendererBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/**
 * Maps a request path to a file inside root, or null when it must not be served.
 * Exported for tests: the traversal rules live here.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootReal = safeRealpath(root);
  if (!rootReal) return null;
  const candidate = resolve(rootReal, rel);
  if (!candidate.startsWith(rootReal + sep)) return null;
  const real = safeRealpath(candidate);
  if (!real || !real.startsWith(rootReal + sep)) return null;
  try {
    if (!statSync(real).isFile()) return null;
  } catch {
    return null;
  }
  return real;
}

function safeRealpath(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Only GET and HEAD are allowed here.', { Allow: 'GET, HEAD' });
    return;
  }
  if (!rendererBuilt(root)) {
    sendText(res, 503, NOT_BUILT_MESSAGE);
    return;
  }
  const pathname = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
  const file = resolveStaticPath(root, pathname);
  if (!file && pathname === '/favicon.ico') {
    // Browsers ask for it unprompted; an empty answer keeps the console clean.
    res.writeHead(204, { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' });
    res.end();
    return;
  }
  if (!file) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const isIndex = file.endsWith(`${sep}index.html`) && file === join(safeRealpath(root)!, 'index.html');
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    'Content-Type': mimeType(file),
    'Content-Length': statSync(file).size,
    // index.html names the hashed bundles of this build, so it must never be cached.
    'Cache-Control': isIndex ? 'no-store' : 'no-cache',
    'Content-Security-Policy': APP_CSP,
  };
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(text + '\n', 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}
