// IPC channel names shared by the preload and the main process (bundled into both).
export const INVOKE_CHANNEL = 'parallax:invoke';
export const EVENT_CHANNEL = 'parallax:event';
/** The page publishes its command list for the application menu; main answers menu clicks with a command id. */
export const MENU_SET_CHANNEL = 'parallax:menu-set';
export const MENU_RUN_CHANNEL = 'parallax:menu-run';
