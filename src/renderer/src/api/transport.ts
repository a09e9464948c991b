// What both transports (Electron IPC and local HTTP) provide to the client module.
import type { Channel, EventName, Result } from '../../../shared/contract';

export type RawListener = (event: EventName, payload: unknown) => void;

export interface Transport {
  readonly kind: 'electron' | 'web';
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  /** One listener for every event; the client fans them out by name. */
  subscribe(listener: RawListener): () => void;
  /** Absolute path of a dropped or chosen File, when the shell can tell (Electron only). */
  pathForFile(file: File): string | null;
}
