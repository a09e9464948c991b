// The application menu. Import actions run in the main process (native dialog, then an
// import job); the renderer learns about them through the ordinary import events.
import { Menu, app, nativeTheme, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importFiles(): void;
  importFolder(): void;
  about(): void;
  isDev: boolean;
}

export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(actions.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
        {
          label: 'Dark Mode',
          type: 'checkbox',
          checked: nativeTheme.shouldUseDarkColors,
          // The renderer follows prefers-color-scheme, which themeSource drives.
          click: (item) => {
            nativeTheme.themeSource = item.checked ? 'dark' : 'light';
          },
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `About ${app.name}`, click: () => actions.about() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
