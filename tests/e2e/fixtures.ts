// One fresh library per test, on either target:
//  - web: the built web server (out/main/web.js) in a child process, driven in Chromium;
//  - electron: the real app through _electron.launch, skipped with a message where the
//    Electron binary (or its better-sqlite3 build) is not installed.
import { test as base, chromium, _electron, type Page, type ElectronApplication } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const root = resolve(__dirname, '..', '..');
export const corpusDir = resolve(root, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(corpusDir);

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function chromiumPath(): string | undefined {
  if (process.env.PARALLAX_CHROMIUM) return process.env.PARALLAX_CHROMIUM;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

/** Path of the Electron binary, or a reason why there is none. */
export function electronBinary(): { path?: string; reason?: string } {
  try {
    const p = createRequire(__filename)('electron') as unknown as string;
    if (typeof p !== 'string' || !existsSync(p)) return { reason: 'the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD)' };
    if (!existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'))) return { reason: 'better-sqlite3 has no Electron build (native/electron/)' };
    return { path: p };
  } catch (e) {
    return { reason: `the Electron runtime is not installed (${(e as Error).message.split('\n')[0]})` };
  }
}

async function startWebServer(libraryPath: string): Promise<{ url: string; proc: ChildProcess }> {
  const entry = join(root, 'out', 'main', 'web.js');
  if (!existsSync(entry)) throw new Error('The app is not built: run `npm run build` before the end-to-end tests.');
  // The user-data folder (recent libraries, backup schedules) is the test's own, never the real one.
  const env = { ...process.env, PARALLAX_USER_DATA: join(dirname(libraryPath), 'user-data') };
  const proc = spawn(process.execPath, [entry, '--library', libraryPath, '--port', '0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`web server did not start: ${out}${err}`)), 20_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`web server exited with ${code}: ${out}${err}`));
    });
  });
  return { url, proc };
}

interface Fixtures {
  libraryDir: string;
  app: Page;
}

export const test = base.extend<Fixtures & { target: 'web' | 'electron' }>({
  target: ['web', { option: true }],
  libraryDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ target, libraryDir }, use, testInfo) => {
    const libraryPath = join(libraryDir, 'library.db');
    if (target === 'electron') {
      const bin = electronBinary();
      testInfo.skip(!bin.path, `Electron target skipped: ${bin.reason}.`);
      const electronApp: ElectronApplication = await _electron.launch({
        executablePath: bin.path,
        args: [root, '--library', libraryPath],
        env: { ...process.env, PARALLAX_E2E: '1', PARALLAX_USER_DATA: join(libraryDir, 'user-data') } as Record<string, string>,
      });
      const page = await electronApp.firstWindow();
      await page.getByTestId('app-ready').waitFor();
      await use(page);
      await electronApp.close();
      return;
    }
    const server = await startWebServer(libraryPath);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('app-ready').waitFor();
    await use(page);
    await browser.close();
    server.proc.kill('SIGTERM');
  },
});

export { expect } from '@playwright/test';
