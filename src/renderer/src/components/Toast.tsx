// Quiet confirmations at the bottom of the window: "Tagged 213 articles — Undo". Any feature
// calls showUndo()/showInfo(); one <ToastHost> (rendered by App) shows the latest. Undo asks
// the library to reverse its most recent undoable step (undo.last), which is the one the
// toast announced as long as nothing else happened since.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { useReportError } from './ErrorBanner';

export interface ToastMessage {
  id: number;
  text: string;
  /** Offers Undo (undo.last) when true. */
  undo: boolean;
  /** Called once the toast's Undo has reversed the step, so a view that announced it can say so. */
  onUndone?: () => void;
}

let current: ToastMessage | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function set(next: ToastMessage | null): void {
  current = next;
  listeners.forEach((fn) => fn());
}

/** Announces a change the user can take back with one click. */
export function showUndo(text: string, onUndone?: () => void): void {
  set({ id: nextId++, text, undo: true, onUndone });
}

/** Announces something that happened (no undo). */
export function showInfo(text: string): void {
  set({ id: nextId++, text, undo: false });
}

export function dismissToast(): void {
  set(null);
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
};

/** Long enough to read and reach for the button; hovering or focusing it holds it open. */
const VISIBLE_MS = 10_000;

export function ToastHost() {
  const toast = useSyncExternalStore(subscribe, () => current);
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    window.clearTimeout(timer.current);
    if (!toast || held) return undefined;
    const id = toast.id;
    timer.current = window.setTimeout(() => {
      if (current?.id === id) set(null);
    }, VISIBLE_MS);
    return () => window.clearTimeout(timer.current);
  }, [toast, held]);

  const undo = useCallback(async () => {
    const undone = current?.onUndone;
    setBusy(true);
    try {
      const r = await api.invoke('undo.last', {});
      showInfo(r.message);
      undone?.();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
      setHeld(false);
    }
  }, [report]);

  if (!toast) return null;
  return (
    <div
      className="undo-toast"
      role="status"
      aria-live="polite"
      data-testid="undo-toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="undo-toast-text">{toast.text}</span>
      {toast.undo && (
        <button type="button" className="undo-toast-button" data-testid="undo-button" disabled={busy} onClick={() => void undo()}>
          Undo
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismissToast}>
        ×
      </button>
    </div>
  );
}
