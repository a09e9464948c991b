// The Electron shell: app lifecycle, one window, one library. Everything the app does goes
// through the same Library as the web UI and the CLI; this file only wires the desktop in.
import { app, dialog, session, Menu, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../core/library';
import { resolveLibraryPath } from '../core/paths';
import { electronOverrides, openExternalWithConfirmation, pickImportPaths } from './overrides';
import { registerIpc } from './ipc';
import { buildMenu, type MenuActions } from './menu';
import { registerMenuIpc, sendMenuRun } from './menu-ipc';
import { hardenSession } from './session';
import { createMainWindow, guardWebContents } from './window';

const log = (m: string) => console.error(`[parallax] ${m}`);
const devUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : undefined;
// The bundle lives in out/main; its siblings are out/preload and out/renderer.
const rendererDir = join(__dirname, '..', 'renderer');
const rendererIndex = join(rendererDir, 'index.html');
const preload = join(__dirname, '..', 'preload', 'index.js');
const icon = join(app.getAppPath(), 'resources', 'icon.png');

/** `--library <file>` / `--library=<file>` from the command line (Chromium adds its own switches). */
function libraryArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--library') return argv[i + 1];
    if (a.startsWith('--library=')) return a.slice('--library='.length);
  }
  return undefined;
}

function electronSqliteBinding(): string | undefined {
  const candidates = [
    process.env.PARALLAX_SQLITE_BINDING,
    join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node'),
    join(__dirname, '..', '..', 'native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

function fatal(title: string, message: string): void {
  log(`${title}: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

// userData becomes …/Parallax, the same folder paths.ts computes for the CLI and web UI.
app.setName('Parallax');
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let library: Library | null = null;
  let stopIpc: (() => void) | null = null;
  let stopMenuIpc: (() => void) | null = null;
  const getWindow = () => (win && !win.isDestroyed() ? win : null);
  const openExternal = (url: string) => void openExternalWithConfirmation(getWindow(), url).catch((e: unknown) => log(String(e)));

  app.on('web-contents-created', (_e, wc) => guardWebContents(wc, { rendererDir, devUrl, openExternal, log }));

  app.on('second-instance', () => {
    const w = getWindow();
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    }
  });

  const startImport = async (folders: boolean) => {
    if (!library) return;
    const paths = await pickImportPaths(getWindow(), folders);
    if (paths.length === 0) return;
    const r = await library.call('import.start', { paths });
    if (!r.ok) dialog.showErrorBox('Import failed', r.message);
  };

  const openWindow = () => {
    win = createMainWindow({ rendererDir, rendererIndex, preload, icon: existsSync(icon) ? icon : undefined, devUrl, openExternal, log });
    win.on('closed', () => (win = null));
  };

  app.whenReady().then(() => {
    if (!electronSqliteBinding()) {
      fatal(
        'Parallax cannot open its library',
        'The database module has not been built for Electron (native/electron/better_sqlite3.node is missing). ' +
          'Run `npm install` on a computer with internet access, or use `npm run web` to open Parallax in the browser.',
      );
      return;
    }
    if (!devUrl && !existsSync(rendererIndex)) {
      fatal('Parallax is not built', 'The user interface is not built yet: run `npm run build` first.');
      return;
    }
    const libraryPath = resolveLibraryPath(libraryArg(process.argv));
    try {
      library = new Library({ path: libraryPath, transport: 'electron', overrides: electronOverrides(getWindow), log, warm: true, scheduledBackups: true });
    } catch (e) {
      fatal('Parallax cannot open its library', (e as Error).message);
      return;
    }
    log(`library: ${libraryPath}`);
    library.start();
    hardenSession(session.defaultSession, { rendererDir, devUrl, log });
    stopIpc = registerIpc({ library, getWindow, rendererDir, devUrl, log });
    const menuActions: MenuActions = {
      importFiles: () => void startImport(false),
      importFolder: () => void startImport(true),
      about: () =>
        void dialog.showMessageBox({ type: 'info', title: 'About Parallax', message: `Parallax ${app.getVersion()}`, detail: `Library: ${libraryPath}` }),
      runCommand: (id) => sendMenuRun(getWindow(), id),
      isDev: !!devUrl,
    };
    // The native items until the page publishes its commands (menu-ipc.ts).
    Menu.setApplicationMenu(buildMenu(menuActions));
    stopMenuIpc = registerMenuIpc({ getWindow, rendererDir, devUrl, log, apply: (commands) => Menu.setApplicationMenu(buildMenu(menuActions, commands)) });
    openWindow();
    app.on('activate', () => {
      if (!getWindow()) openWindow();
    });
  }, (e: unknown) => fatal('Parallax could not start', String(e)));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the library (finish the import batch, checkpoint the WAL) before the process goes.
  let closed = false;
  app.on('will-quit', (e) => {
    if (closed || !library) return;
    e.preventDefault();
    stopIpc?.();
    stopMenuIpc?.();
    library
      .close()
      .catch((err: unknown) => log(`closing the library failed: ${String(err)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
