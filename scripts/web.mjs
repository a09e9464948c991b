// `npm run web -- [--library <file>] [--port N]`: builds the app if it has not been built,
// then runs the local web server (out/main/web.js) with the given arguments.
// Also imported by scripts/start.mjs as the fallback when Electron cannot run here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function ensureBuilt(required) {
  const missing = required.filter((p) => !existsSync(join(root, p)));
  if (missing.length === 0) return;
  console.error(`Building Parallax first (${missing.join(', ')} missing)…`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const r = spawnSync(npx, ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error('The build failed (see above), so Parallax cannot start. Fix the error and run `npm run build`.');
    process.exit(r.status ?? 1);
  }
}

/** Runs the web server in a child process, passing signals on so it closes the library cleanly. */
export function runWeb(args) {
  ensureBuilt(['out/main/web.js', 'out/renderer/index.html']);
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...args], { cwd: process.cwd(), stdio: 'inherit' });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runWeb(process.argv.slice(2));
