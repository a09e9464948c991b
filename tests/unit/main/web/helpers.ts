// Raw HTTP for the web-server tests: node:http, so the test controls the Host header and
// the request path byte for byte (fetch would normalise `..` away).
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function raw(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers };
    if (opts.body !== undefined) headers['Content-Length'] = Buffer.byteLength(opts.body);
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** A stand-in for out/renderer plus a secret file beside it that must never be served. */
export function makeRendererDir(): { root: string; renderer: string } {
  const root = mkdtempSync(join(tmpdir(), 'parallax-web-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Parallax</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(renderer, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(root, 'package.json'), '{"secret": "do-not-serve"}');
  return { root, renderer };
}

import { createHash } from 'node:crypto';
import { openLibrary } from '../../../../src/main/core/db/open';
import { insertArticle, type NewArticle } from '../../../../src/main/core/repo/articles';

/** Writes articles straight through the repository (no importer needed) and returns their ids. */
export function seedArticles(libraryPath: string, articles: Partial<NewArticle>[]): number[] {
  const db = openLibrary(libraryPath);
  try {
    return articles.map((a, i) => {
      const text = a.text ?? `Body of article ${i}.`;
      return insertArticle(db, {
        title: `Article ${i}`,
        byline: null,
        outlet: null,
        url: null,
        published: null,
        language: 'en',
        excerpt: null,
        html: null,
        wordCount: text.split(/\s+/).filter(Boolean).length,
        format: 'txt',
        sourcePath: null,
        ...a,
        text,
        contentHash: createHash('sha256').update(`${a.title ?? i}\n${text}`).digest('hex'),
      });
    });
  } finally {
    db.close();
  }
}

export function tempLibraryPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'parallax-lib-')), 'library.db');
}
