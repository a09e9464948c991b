// Builds a second copy of better-sqlite3's native module for Electron's ABI, next to npm's
// Node build (which the tests and the CLI use). The Electron copy lives in native/electron/
// and is passed as `nativeBinding` only when running inside Electron.
// Offline (no access to Electron's headers or prebuilt binaries) this warns and exits 0,
// so `npm install` still succeeds and everything except the Electron window keeps working.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const outDir = join(root, 'native', 'electron');
const outFile = join(outDir, 'better_sqlite3.node');

function warn(msg) {
  console.warn(`[parallax] Electron build of better-sqlite3 skipped: ${msg}`);
  console.warn('[parallax] Tests, the CLI and the web UI work without it; `npm start` will open the web UI instead of the Electron window.');
}

function main() {
  if (process.env.PARALLAX_SKIP_ELECTRON_NATIVE) return warn('PARALLAX_SKIP_ELECTRON_NATIVE is set.');
  let electronVersion;
  let sqliteDir;
  try {
    electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
    sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  } catch {
    return warn('electron or better-sqlite3 is not installed (production install?).');
  }
  const stamp = join(outDir, `electron-${electronVersion}.stamp`);
  if (existsSync(outFile) && existsSync(stamp)) return;

  const work = join(tmpdir(), `parallax-electron-sqlite-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${join('build', '')}`) });
  // npm points node-gyp at the system Node's headers through npm_config_nodedir; that silently
  // produces a Node build. Strip it so the Electron target is honoured.
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_(nodedir|runtime|target|disturl)$/i.test(k)) delete env[k];
  const opts = { cwd: work, env, stdio: 'pipe', timeout: 300_000 };
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  const attempts = [
    ['prebuild-install', ['--runtime=electron', `--target=${electronVersion}`, '--verbose']],
    ['node-gyp', ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']],
  ];
  const errors = [];
  for (const [bin, args] of attempts) {
    try {
      const binPath = require.resolve(bin === 'prebuild-install' ? 'prebuild-install/bin.js' : 'node-gyp/bin/node-gyp.js', { paths: [sqliteDir, root] });
      execFileSync(process.execPath, [binPath, ...args], opts);
      if (existsSync(built)) break;
    } catch (e) {
      errors.push(`${bin}: ${String(e.stderr ?? e.message).trim().split('\n').slice(-1)[0]}`);
    }
  }
  if (!existsSync(built)) {
    rmSync(work, { recursive: true, force: true });
    return warn(errors.join('; ') || 'no binary produced');
  }
  mkdirSync(outDir, { recursive: true });
  copyFileSync(built, outFile);
  copyFileSync(built, outFile + '.tmp');
  rmSync(outFile + '.tmp');
  execFileSync('touch', [stamp]);
  rmSync(work, { recursive: true, force: true });
  console.log(`[parallax] Built better-sqlite3 for Electron ${electronVersion} → native/electron/better_sqlite3.node`);
}

try {
  main();
} catch (e) {
  warn(e instanceof Error ? e.message : String(e));
}
