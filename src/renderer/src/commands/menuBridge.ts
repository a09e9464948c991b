// Keeps the Electron application menu in step with the registry, and runs what is clicked
// there. Whether a command can run depends on focus and selection as well as on what is
// registered, so the list is re-checked after the user does something (coalesced into one
// check a moment later) and sent only when it changed.
import { useEffect } from 'react';
import type { PreloadApi } from '../../../shared/contract';
import { allCommands, subscribeCommands, type Command } from './registry';
import { toMenuCommands } from './menuList';

export interface BridgeHost {
  commands(): Command[];
  subscribe(fn: () => void): () => void;
  /** Calls fn after user activity (focus moves, clicks, keys); returns the way to stop. */
  onActivity(fn: () => void): () => void;
  later(fn: () => void): () => void;
}

/** The bridge itself, free of React and the DOM so it can be tested with plain objects. */
export function startMenuBridge(bridge: Pick<PreloadApi, 'setMenu' | 'onMenuRun'>, host: BridgeHost): () => void {
  let last = '';
  let cancel: (() => void) | null = null;
  const publish = () => {
    cancel = null;
    const list = toMenuCommands(host.commands());
    const key = JSON.stringify(list);
    if (key === last) return;
    last = key;
    bridge.setMenu(list);
  };
  const schedule = () => {
    cancel ??= host.later(publish);
  };
  publish();
  const stopRegistry = host.subscribe(schedule);
  const stopActivity = host.onActivity(schedule);
  const stopRun = bridge.onMenuRun((id) => {
    // The menu may be a moment behind the page: check again before running.
    const c = host.commands().find((x) => x.id === id);
    if (c && (!c.when || c.when())) c.run();
    schedule();
  });
  return () => {
    stopRegistry();
    stopActivity();
    stopRun();
    cancel?.();
  };
}

const ACTIVITY = ['focusin', 'pointerup', 'keyup'] as const;

const windowHost: BridgeHost = {
  commands: allCommands,
  subscribe: subscribeCommands,
  onActivity(fn) {
    ACTIVITY.forEach((name) => window.addEventListener(name, fn, true));
    return () => ACTIVITY.forEach((name) => window.removeEventListener(name, fn, true));
  },
  later(fn) {
    const t = window.setTimeout(fn, 50);
    return () => window.clearTimeout(t);
  },
};

/** Mount once (App, through useAppCommands); does nothing without the Electron bridge. */
export function useMenuBridge(): void {
  useEffect(() => {
    const bridge = window.parallax;
    if (!bridge?.setMenu || !bridge.onMenuRun) return undefined;
    return startMenuBridge(bridge, windowHost);
  }, []);
}
