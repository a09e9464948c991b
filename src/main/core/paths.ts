// Where a library lives when nobody says otherwise. The same rule serves the Electron window,
// the web UI and the CLI, so all three open the same file by default. Computed here rather
// than with Electron's app.getPath('userData') because the core never imports electron.
import { homedir } from 'node:os';
import { resolve, win32, posix } from 'node:path';

export const APP_FOLDER = 'Parallax';
export const LIBRARY_FILE = 'library.db';

export interface PathEnv {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  home?: string;
}

/** The per-user application data folder (Electron's userData for an app named Parallax). */
export function userDataDir({ env = process.env, platform = process.platform, home = homedir() }: PathEnv = {}): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || win32.join(home, 'AppData', 'Roaming');
    return win32.join(appData, APP_FOLDER);
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME && posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : posix.join(home, '.config');
  return posix.join(xdg, APP_FOLDER);
}

/** The library file: PARALLAX_LIBRARY when set, else library.db in the user data folder. */
export function defaultLibraryPath(opts: PathEnv = {}): string {
  const env = opts.env ?? process.env;
  const override = env.PARALLAX_LIBRARY?.trim();
  if (override) return resolve(override);
  const platform = opts.platform ?? process.platform;
  const dir = userDataDir(opts);
  return platform === 'win32' ? win32.join(dir, LIBRARY_FILE) : posix.join(dir, LIBRARY_FILE);
}

/** A library path given on a command line, made absolute against the working directory. */
export function resolveLibraryPath(given: string | undefined, opts: PathEnv = {}): string {
  return given && given.trim() ? resolve(given) : defaultLibraryPath(opts);
}
