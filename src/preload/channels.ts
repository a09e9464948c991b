// IPC channel names shared by the preload and the main process (bundled into both).
export const INVOKE_CHANNEL = 'parallax:invoke';
export const EVENT_CHANNEL = 'parallax:event';
