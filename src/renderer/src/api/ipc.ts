// Electron transport: the preload's `window.parallax` (contextBridge). Nothing else from
// Electron is reachable from here, on purpose.
import type { PreloadApi } from '../../../shared/contract';
import type { Transport } from './transport';

declare global {
  interface Window {
    parallax?: PreloadApi;
  }
}

export function ipcTransport(bridge: PreloadApi): Transport {
  return {
    kind: 'electron',
    invoke: (channel, input) => bridge.invoke(channel, input),
    subscribe: (listener) => bridge.on(listener),
    pathForFile: (file) => {
      try {
        const p = bridge.pathForFile(file);
        return typeof p === 'string' && p.length > 0 ? p : null;
      } catch {
        return null;
      }
    },
  };
}
