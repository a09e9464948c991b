import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WEB_PREFERENCES, appCsp, isAllowedExternalUrl, isAllowedRequest, isOwnAppUrl, isRendererFileUrl } from '../../../../src/main/electron/security';
import { APP_CSP } from '../../../../src/main/web/csp';

const rendererDir = join('/opt', 'parallax', 'out', 'renderer');
const fileUrl = (p: string) => pathToFileURL(p).href;

describe('web preferences (SECURITY.md rule 1)', () => {
  it('sandboxes and isolates every window', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(WEB_PREFERENCES)).toBe(true);
    expect(() => {
      (WEB_PREFERENCES as { sandbox: boolean }).sandbox = false;
    }).toThrow();
    expect(WEB_PREFERENCES.sandbox).toBe(true);
  });

  it('carries no preload of its own (main.ts adds ours)', () => {
    expect('preload' in WEB_PREFERENCES).toBe(false);
  });
});

describe('the external link gate (rule 3)', () => {
  it.each(['https://www.reuters.com/world/asia-pacific/', 'http://example.org/a?b=c#d', 'mailto:desk@example.org', 'HTTPS://EXAMPLE.ORG/'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'smb://attacker.example/share',
    '\\\\attacker.example\\share',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'ftp://example.org/file',
    'chrome://settings',
    'about:blank',
    'blob:https://example.org/uuid',
    'https://trusted.example@evil.example/',
    'https://user:pass@example.org/',
    'https://',
    'mailto:',
    '/relative/path',
    'example.org',
    '',
    'https://example.org/' + 'a'.repeat(9000),
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const v of [null, undefined, 42, {}, ['https://example.org'], { toString: () => 'https://example.org' }]) expect(isAllowedExternalUrl(v)).toBe(false);
  });
});

describe('our own pages', () => {
  it('recognises files inside the renderer folder only', () => {
    expect(isRendererFileUrl(fileUrl(join(rendererDir, 'index.html')), rendererDir)).toBe(true);
    expect(isRendererFileUrl(fileUrl(join(rendererDir, 'assets', 'index-abc.js')), rendererDir)).toBe(true);
    expect(isRendererFileUrl(`${fileUrl(join(rendererDir, 'index.html'))}#/article/3`, rendererDir)).toBe(true);
    expect(isRendererFileUrl(fileUrl(rendererDir), rendererDir)).toBe(false);
    expect(isRendererFileUrl(fileUrl(join(rendererDir, '..', 'main', 'index.js')), rendererDir)).toBe(false);
    expect(isRendererFileUrl(`${fileUrl(rendererDir)}/../../package.json`, rendererDir)).toBe(false);
    expect(isRendererFileUrl(`${fileUrl(rendererDir)}/%2e%2e/%2e%2e/package.json`, rendererDir)).toBe(false);
    expect(isRendererFileUrl(fileUrl(`${rendererDir}-evil/index.html`), rendererDir)).toBe(false);
    expect(isRendererFileUrl('file://attacker.example/share/index.html', rendererDir)).toBe(false);
    expect(isRendererFileUrl('https://example.org/index.html', rendererDir)).toBe(false);
  });

  it('accepts the dev server only when one is configured', () => {
    expect(isOwnAppUrl('http://localhost:5173/', rendererDir)).toBe(false);
    expect(isOwnAppUrl('http://localhost:5173/src/main.tsx', rendererDir, 'http://localhost:5173/')).toBe(true);
    expect(isOwnAppUrl('http://localhost:5174/', rendererDir, 'http://localhost:5173/')).toBe(false);
  });
});

describe('zero egress (rule 4)', () => {
  it('lets the app load its own files and inline resources', () => {
    for (const url of [fileUrl(join(rendererDir, 'index.html')), fileUrl(join(rendererDir, 'assets', 'a.css')), 'data:image/png;base64,AAAA', 'blob:file:///1234', 'devtools://devtools/bundled/inspector.html'])
      expect(isAllowedRequest(url, rendererDir), url).toBe(true);
  });

  it('cancels every network request and every file outside the renderer', () => {
    for (const url of [
      'https://tracker.example/pixel.gif',
      'http://127.0.0.1:8080/canary',
      'http://localhost:5173/',
      'ws://evil.example/',
      'wss://evil.example/',
      'ftp://example.org/',
      fileUrl('/etc/passwd'),
      fileUrl(join(rendererDir, '..', 'main', 'index.js')),
      'file://attacker.example/share/x.png',
      'chrome-extension://abc/x.js',
      'not a url',
    ])
      expect(isAllowedRequest(url, rendererDir), url).toBe(false);
  });

  it('allows the dev server, and only it, in development', () => {
    const dev = 'http://localhost:5173/';
    expect(isAllowedRequest('http://localhost:5173/@vite/client', rendererDir, dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', rendererDir, dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', rendererDir, dev)).toBe(false);
    expect(isAllowedRequest('https://tracker.example/', rendererDir, dev)).toBe(false);
  });
});

describe('the window CSP', () => {
  it('is the strict app policy in production', () => {
    expect(appCsp()).toBe(APP_CSP);
    expect(APP_CSP).toContain("script-src 'self';");
    expect(APP_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('opens only what the dev server needs in development', () => {
    const csp = appCsp('http://localhost:5173/');
    expect(csp).toContain("script-src 'self' 'unsafe-inline' http://localhost:5173");
    expect(csp).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(csp).toContain("object-src 'none'");
  });
});
