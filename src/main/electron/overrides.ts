// The two handlers only the Electron shell can serve: the native file picker and opening a
// link outside the app. Both run behind the same contract validation as every handler.
import { dialog, shell, type BrowserWindow } from 'electron';
import type { Handlers } from '../core/api/handlers';
import { UserError } from '../core/api/errors';
import { isAllowedExternalUrl } from './security';

export async function pickImportPaths(win: BrowserWindow | null, folders: boolean): Promise<string[]> {
  const options: Electron.OpenDialogOptions = {
    title: folders ? 'Import a folder of articles' : 'Import articles',
    buttonLabel: 'Import',
    properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? [] : r.filePaths;
}

/** The one gate for links (SECURITY.md rule 3): allowed schemes only, and the user confirms. */
export async function openExternalWithConfirmation(win: BrowserWindow | null, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: ['Open link', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: 'Open this link outside Parallax?',
    detail: `${url}\n\nThe site will learn that someone opened it.`,
  };
  const r = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (r.response !== 0) return false;
  await shell.openExternal(url, { activate: true });
  return true;
}

export function electronOverrides(getWindow: () => BrowserWindow | null): Partial<Handlers> {
  return {
    'dialog.pickImportPaths': async (input) => ({ supported: true, paths: await pickImportPaths(getWindow(), input.folders) }),
    'shell.openExternal': async (input) => {
      if (!isAllowedExternalUrl(input.url))
        throw new UserError('Parallax only opens web links (http, https) and e-mail links (mailto) outside the app.');
      return { opened: await openExternalWithConfirmation(getWindow(), input.url) };
    },
  };
}
