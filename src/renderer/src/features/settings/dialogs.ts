// Which management dialog is open. Buttons anywhere (header, sidebar, selection pane, the
// command palette) call openDialog(); the one <DialogHost> in App renders it.
import { useSyncExternalStore } from 'react';

export type DialogKind = 'trash' | 'rules' | 'export' | 'library' | 'settings';

export interface DialogRequest {
  kind: DialogKind;
  /** Export: what to export ("selected" articles or the "results" in view). */
  scope?: 'selected' | 'results';
}

let open: DialogRequest | null = null;
const listeners = new Set<() => void>();

export function openDialog(kind: DialogKind, scope?: DialogRequest['scope']): void {
  open = scope ? { kind, scope } : { kind };
  listeners.forEach((fn) => fn());
}

export function closeDialog(): void {
  open = null;
  listeners.forEach((fn) => fn());
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
};

export function useOpenDialog(): DialogRequest | null {
  return useSyncExternalStore(subscribe, () => open);
}
