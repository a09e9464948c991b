// Runs the Playwright specs: builds the app first when out/ is missing or older than src/,
// runs the Chromium (web UI) target always, and the Electron target under xvfb where the
// Electron binary exists (its specs say they were skipped otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = join(new URL('.', import.meta.url).pathname, '..');

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

const built = join(root, 'out', 'main', 'web.js');
if (!existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs) {
  console.log('[e2e] building the app (electron-vite build)…');
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const chromium = process.env.PARALLAX_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  console.warn('[e2e] Debian Chromium was not found at /usr/bin/chromium; using Playwright\'s own browser if installed (`npx playwright install chromium`).');
}

// Say up front whether the Electron target can run; its specs are skipped (not failed) otherwise.
try {
  const bin = createRequire(import.meta.url)('electron');
  const native = existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'));
  if (!existsSync(bin)) console.log('[e2e] Electron target: skipped — the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD).');
  else if (!native) console.log('[e2e] Electron target: skipped — better-sqlite3 has no Electron build in native/electron/ (run npm install with internet).');
  else console.log('[e2e] Electron target: running against the real app.');
} catch (e) {
  console.log(`[e2e] Electron target: skipped — the Electron runtime is not installed (${String(e.message).split('\n')[0]}).`);
}

const args = ['playwright', 'test', ...process.argv.slice(2)];
let cmd = 'npx';
// Electron needs a display; xvfb-run provides one on a headless machine.
if (!process.env.DISPLAY && process.platform === 'linux' && spawnSync('which', ['xvfb-run']).status === 0) {
  cmd = 'xvfb-run';
  args.unshift('-a', 'npx');
}
const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
