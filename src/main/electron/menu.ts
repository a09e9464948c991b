// The application menu. Its items come from the renderer's command registry (menu-template.ts
// builds the plain template); clicking one sends the command id back to the page, which runs
// it like the palette does. Import actions run in main (native dialog, then an import job);
// the renderer learns about them through the ordinary import events.
import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuCommand, type NativeAction, type TemplateItem } from './menu-template';

export interface MenuActions extends Record<NativeAction, () => void> {
  /** Runs a registry command in the renderer. */
  runCommand(id: string): void;
  isDev: boolean;
}

function toElectron(item: TemplateItem, actions: MenuActions): MenuItemConstructorOptions {
  if ('type' in item) return { type: 'separator' };
  if ('role' in item) {
    return {
      role: item.role,
      ...(item.label ? { label: item.label } : {}),
      ...(item.submenu ? { submenu: item.submenu.map((i) => toElectron(i, actions)) } : {}),
    };
  }
  if ('submenu' in item) return { label: item.label, submenu: item.submenu.map((i) => toElectron(i, actions)) };
  const run = item.run;
  return {
    label: item.label,
    enabled: item.enabled,
    ...(item.accelerator ? { accelerator: item.accelerator } : {}),
    ...(item.registerAccelerator === false ? { registerAccelerator: false } : {}),
    click: () => ('command' in run ? actions.runCommand(run.command) : actions[run.native]()),
  };
}

export function buildMenu(actions: MenuActions, commands: MenuCommand[] = []): Menu {
  const template = buildMenuTemplate(commands, { platform: process.platform, isDev: actions.isDev, appName: app.name });
  return Menu.buildFromTemplate(template.map((i) => toElectron(i, actions)));
}
