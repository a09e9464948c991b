// Where a worker thread's code is: the bundled entry file (out/main/<name>.js) when electron-vite
// built the app, else the TypeScript source run through tsx (development, tests, benches).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface ThreadEntry {
  file: string;
  execArgv: string[];
}

/**
 * `bundled`: the entry's name in electron.vite.config.ts (looked for next to the calling code
 * and one folder up, since the bundler may put that code in a chunk below the entries);
 * `source`: the TypeScript file, as a path relative to `dir`.
 */
export function threadEntry(dir: string, bundled: string, source: string): ThreadEntry {
  for (const candidate of [join(dir, `${bundled}.js`), join(dir, '..', `${bundled}.js`)]) {
    if (existsSync(candidate)) return { file: candidate, execArgv: [] };
  }
  const file = join(dir, source);
  if (!existsSync(file)) throw new Error(`no ${bundled} thread next to ${dir}`);
  // tsx's require hook, not its --import loader: Node 20 does not apply ESM loader hooks to a
  // worker's own entry file ("Unknown file extension .ts"), while the CommonJS hook works there.
  let hook = 'tsx/cjs';
  try {
    hook = createRequire(file).resolve('tsx/cjs');
  } catch {
    // Leave it to Node's resolution from the working directory.
  }
  return { file, execArgv: ['--require', hook] };
}
