// `npm start`: the Electron window when this machine can run it, the local web UI otherwise.
// Electron needs two things npm may have skipped offline: its runtime binary
// (ELECTRON_SKIP_BINARY_DOWNLOAD) and better-sqlite3 built for Electron's ABI
// (native/electron/better_sqlite3.node, made by scripts/native-electron-sqlite.mjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureBuilt, root, runWeb } from './web.mjs';

const require = createRequire(import.meta.url);

/** The Electron binary's path, or null: require('electron') throws when the download was skipped. */
function electronBinary() {
  try {
    const p = require('electron');
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const electron = electronBinary();
const nativeSqlite = existsSync(join(root, 'native', 'electron', 'better_sqlite3.node')) || !!process.env.PARALLAX_SQLITE_BINDING;

if (electron && nativeSqlite) {
  ensureBuilt(['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']);
  const child = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit' });
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const reason = !electron
    ? 'The Electron runtime is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD)'
    : 'The database module has no Electron build here (native/electron/better_sqlite3.node is missing; `npm install` with internet access makes it)';
  console.log(`${reason}, so Parallax starts as a local web app instead:`);
  runWeb(args);
}
