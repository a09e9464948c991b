#!/usr/bin/env node
// The `parallax` command: runs the built CLI (out/main/cli.js) when there is one, the
// TypeScript source through tsx otherwise.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'main', 'cli.js');
const args = process.argv.slice(2);

let argv;
if (existsSync(built)) {
  argv = [built, ...args];
} else {
  let tsx;
  try {
    tsx = createRequire(import.meta.url).resolve('tsx/cli');
  } catch {
    console.error('Parallax is not built and tsx is not installed: run `npm run build` first.');
    process.exit(1);
  }
  argv = [tsx, join(root, 'src', 'main', 'cli', 'index.ts'), ...args];
}
const child = spawn(process.execPath, argv, { stdio: 'inherit' });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
