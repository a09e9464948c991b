import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { startWebServer, type WebServer } from '../../../../src/main/web/server';
import { APP_CSP } from '../../../../src/main/web/csp';
import { NOT_BUILT_MESSAGE } from '../../../../src/main/web/static';
import { WEB_TOKEN_HEADER } from '../../../../src/shared/contract';
import { makeRendererDir, raw, seedArticles, tempLibraryPath } from './helpers';

let server: WebServer;
let dirs: { root: string; renderer: string };
let ids: number[];
const MAX_BODY = 1024 * 1024;

function invoke(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return raw(server.port, {
    method: 'POST',
    path: `/api/invoke/${channel}`,
    headers: { 'Content-Type': 'application/json', [WEB_TOKEN_HEADER]: server.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  dirs = makeRendererDir();
  const libraryPath = tempLibraryPath();
  ids = seedArticles(libraryPath, [
    { title: 'Summit in Pyongyang', outlet: 'Yonhap', published: '2024-06-19' },
    { title: 'Treaty signed', outlet: 'TASS', published: '2024-06-20' },
  ]);
  server = await startWebServer({ libraryPath, rendererDir: dirs.renderer, maxBodyBytes: MAX_BODY, log: () => {} });
});
afterAll(async () => {
  await server?.close();
});

describe('listening', () => {
  it('binds 127.0.0.1 on a random port and prints a tokenised loopback URL', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    // 24 random bytes in base64url
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('is not reachable on any non-loopback address of this machine', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    if (external.length === 0) {
      console.warn('skipped: this machine has no non-loopback IPv4 address to probe');
      return;
    }
    for (const address of external) {
      const outcome = await new Promise<string>((resolve) => {
        const s = connect({ host: address, port: server.port });
        s.once('connect', () => {
          s.destroy();
          resolve('connected');
        });
        s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('gives each run its own token', async () => {
    const other = await startWebServer({ libraryPath: tempLibraryPath(), rendererDir: dirs.renderer, log: () => {} });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.port).not.toBe(server.port);
    } finally {
      await other.close();
    }
  });
});

describe('API guards', () => {
  it('answers a call with the right token', async () => {
    const r = await invoke('library.info', {});
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.value.transport).toBe('web');
    expect(body.value.articleCount).toBe(2);
  });

  it('refuses a missing token with 403 and a JSON error', async () => {
    const r = await raw(server.port, { method: 'POST', path: '/api/invoke/library.info', body: '{}' });
    expect(r.status).toBe(403);
    expect(r.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(JSON.parse(r.body).message).toMatch(/token/);
  });

  it('refuses a wrong token of any length', async () => {
    const sameLength = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    for (const t of [sameLength, 'x', server.token + 'x', '']) {
      const r = await invoke('library.info', {}, { [WEB_TOKEN_HEADER]: t });
      expect(r.status, t).toBe(403);
    }
  });

  it('does not accept the token in the query string for API calls', async () => {
    const r = await raw(server.port, { method: 'POST', path: `/api/invoke/library.info?token=${server.token}`, body: '{}' });
    expect(r.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding), for the API and for static files', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, `127.0.0.2:${server.port}`, `[::1]:${server.port}`]) {
      const api = await invoke('library.info', {}, { Host: host });
      expect(api.status, host).toBe(403);
      const page = await raw(server.port, { path: '/', host });
      expect(page.status, host).toBe(403);
      expect(page.body).not.toContain('<title>Parallax');
    }
  });

  it('accepts localhost:<port> as a Host', async () => {
    const r = await invoke('library.info', {}, { Host: `localhost:${server.port}` });
    expect(r.status).toBe(200);
  });

  it('refuses a foreign Origin but accepts our own', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const r = await invoke('library.info', {}, { Origin: origin });
      expect(r.status, origin).toBe(403);
      expect(JSON.parse(r.body).code).toBe('forbidden');
    }
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const r = await invoke('library.info', {}, { Origin: origin });
      expect(r.status, origin).toBe(200);
    }
  });

  it('answers unknown endpoints and wrong methods with JSON errors', async () => {
    const nothing = await raw(server.port, { path: '/api/nothing', headers: { [WEB_TOKEN_HEADER]: server.token } });
    expect(nothing.status).toBe(404);
    expect(JSON.parse(nothing.body).ok).toBe(false);
    const get = await raw(server.port, { path: '/api/invoke/library.info', headers: { [WEB_TOKEN_HEADER]: server.token } });
    expect(get.status).toBe(405);
  });
});

describe('malformed input', () => {
  it('rejects wrong types with a clear error', async () => {
    const r = await invoke('articles.list', { limit: 'ten' });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(body.message).toMatch(/articles\.list.*limit/);
  });

  it('rejects __proto__ keys without polluting anything', async () => {
    const r = await invoke('library.info', '{"__proto__": {"polluted": true}}');
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = await invoke('articles.list', '{"limit": 5, "constructor": {"prototype": {"polluted": true}}}');
    expect(JSON.parse(nested.body).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names an unknown channel', async () => {
    const r = await invoke('library.dropEverything', {});
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, code: 'unknown_channel' });
    expect(JSON.parse(r.body).message).toContain('library.dropEverything');
  });

  it('rejects a body that is not JSON with 400', async () => {
    const r = await invoke('library.info', '{not json');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(JSON.parse(r.body).message).toMatch(/not valid JSON/);
  });

  it('rejects a body over the cap with 413 and a sentence', async () => {
    const big = JSON.stringify({ q: 'x'.repeat(MAX_BODY + 10) });
    const r = await invoke('search.query', big);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).message).toMatch(/too large/);
  });

  it('rejects an oversized field inside the cap through the contract', async () => {
    const r = await invoke('search.query', { q: 'y'.repeat(MAX_BODY - 100) });
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(JSON.parse(r.body).message).toMatch(/too long/);
  });

  it('is still alive and correct afterwards', async () => {
    const r = await invoke('library.info', {});
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { articleCount: 2 } });
  });
});

describe('library calls over HTTP', () => {
  it('tags articles and lists them by tag', async () => {
    const upd = JSON.parse((await invoke('tags.update', { ids, add: ['summit'] })).body);
    expect(upd).toEqual({ ok: true, value: { updated: 2 } });
    const list = JSON.parse((await invoke('articles.list', { tag: 'summit', sort: 'title', order: 'asc' })).body);
    expect(list.value.total).toBe(2);
    expect(list.value.items.map((a: { title: string }) => a.title)).toEqual(['Summit in Pyongyang', 'Treaty signed']);
  });

  it('reports a missing article as not_found', async () => {
    const r = JSON.parse((await invoke('articles.get', { id: 999_999 })).body);
    expect(r).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('events', () => {
  it('delivers library events as Server-Sent Events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}`, headers: { Accept: 'text/event-stream' } },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected') && !text.includes('event:')) void invoke('tags.update', { ids: [ids[0]], add: ['sse'] });
            const m = /event: library\.changed\ndata: (.*)\n\n/.exec(text);
            if (m) {
              req.destroy();
              resolve(m[1]!);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(received)).toEqual({ reason: 'tags' });
  });

  it('refuses the event stream without the token', async () => {
    const r = await raw(server.port, { path: '/api/events?token=nope' });
    expect(r.status).toBe(403);
  });
});

describe('static files', () => {
  it('serves index.html with the strict CSP and no caching', async () => {
    const r = await raw(server.port, { path: `/?token=${server.token}` });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Parallax</title>');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(APP_CSP);
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"])
      expect(APP_CSP).toContain(d);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their MIME types', async () => {
    const js = await raw(server.port, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await raw(server.port, { path: '/assets/style.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await raw(server.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('refuses directory traversal, plain or encoded', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/..%5cpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/%00/../package.json',
      '/%',
      '//etc/passwd',
    ]) {
      const r = await raw(server.port, { path });
      expect(r.status, path).not.toBe(200);
      expect(r.body, path).not.toContain('do-not-serve');
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    symlinkSync(join(dirs.root, 'package.json'), join(dirs.renderer, 'assets', 'link.json'));
    const r = await raw(server.port, { path: '/assets/link.json' });
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('do-not-serve');
  });

  it('does not list directories', async () => {
    const r = await raw(server.port, { path: '/assets/' });
    expect(r.status).toBe(404);
  });

  it('says how to build the UI when it is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'parallax-empty-'));
    const s = await startWebServer({ libraryPath: tempLibraryPath(), rendererDir: empty, log: () => {} });
    try {
      const r = await raw(s.port, { path: '/' });
      expect(r.status).toBe(503);
      expect(r.body.trim()).toBe(NOT_BUILT_MESSAGE);
      // The API still works without a UI.
      const info = await raw(s.port, { method: 'POST', path: '/api/invoke/library.info', headers: { [WEB_TOKEN_HEADER]: s.token }, body: '{}' });
      expect(JSON.parse(info.body).ok).toBe(true);
    } finally {
      await s.close();
    }
  });
});
