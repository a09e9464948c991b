// The renderer's only way to the library. Picks Electron IPC when the preload exposed
// `window.parallax`, the local HTTP server otherwise; every caller gets the same typed API.
import type { Channel, EventName, EventPayload, Input, Output } from '../../../shared/contract';
import { ApiError, type ClientErrorCode } from './errors';
import { httpTransport } from './http';
import { ipcTransport } from './ipc';
import type { Transport } from './transport';

export { ApiError } from './errors';

type AnyListener = (payload: never) => void;

function pickTransport(): Transport {
  return typeof window !== 'undefined' && window.parallax ? ipcTransport(window.parallax) : httpTransport();
}

function createClient(transport: Transport) {
  const byEvent = new Map<EventName, Set<AnyListener>>();
  let unsubscribe: (() => void) | null = null;

  function ensureSubscribed(): void {
    if (unsubscribe) return;
    unsubscribe = transport.subscribe((event, payload) => {
      byEvent.get(event)?.forEach((fn) => {
        try {
          (fn as (p: unknown) => void)(payload);
        } catch (e) {
          console.error(`listener for ${event} failed`, e);
        }
      });
    });
  }

  return {
    kind: transport.kind,

    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      let r;
      try {
        r = await transport.invoke(channel, input);
      } catch (e) {
        throw new ApiError(channel, 'network', `Parallax could not reach the library (${(e as Error)?.message ?? 'unknown error'}).`);
      }
      if (r.ok) return r.value as Output<C>;
      throw new ApiError(channel, r.code as ClientErrorCode, r.message);
    },

    on<E extends EventName>(event: E, fn: (payload: EventPayload<E>) => void): () => void {
      let set = byEvent.get(event);
      if (!set) byEvent.set(event, (set = new Set()));
      set.add(fn as AnyListener);
      ensureSubscribed();
      return () => {
        set.delete(fn as AnyListener);
      };
    },

    pathForFile: (file: File) => transport.pathForFile(file),
  };
}

export type Api = ReturnType<typeof createClient>;
export const api: Api = createClient(pickTransport());
