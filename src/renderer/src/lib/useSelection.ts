// Multi-selection over a virtualised list: click selects one, Ctrl/Cmd-click toggles,
// Shift-click selects the range from the anchor, the keyboard moves a cursor. Ranges can
// span rows that were never loaded, so they are resolved through the list's page loader.
// A selection belongs to one list (`listKey`): another query, sort or filter starts afresh.
import { useCallback, useRef, useState } from 'react';

export interface Modifiers {
  shift: boolean;
  toggle: boolean;
}

export interface Selection {
  ids: ReadonlySet<number>;
  cursor: number | null;
  click(index: number, id: number, mods: Modifiers): void;
  toggle(index: number, id: number): void;
  /** Moves the cursor; selects that row alone, or extends from the anchor with Shift. */
  moveTo(index: number, id: number | undefined, extend: boolean): void;
  replace(ids: number[]): void;
  clear(): void;
}

interface State {
  key: string;
  ids: ReadonlySet<number>;
  cursor: number | null;
  anchor: number | null;
}

const EMPTY: ReadonlySet<number> = new Set();

export function useSelection(idsInRange: (a: number, b: number) => Promise<number[]>, listKey: string, onError: (e: unknown) => void): Selection {
  const [raw, setRaw] = useState<State>({ key: listKey, ids: EMPTY, cursor: null, anchor: null });
  const state: State = raw.key === listKey ? raw : { key: listKey, ids: EMPTY, cursor: null, anchor: null };
  const rangeSeq = useRef(0);

  const update = useCallback(
    (fn: (s: State) => Partial<State>) =>
      setRaw((prev) => {
        const base = prev.key === listKey ? prev : { key: listKey, ids: EMPTY, cursor: null, anchor: null };
        return { ...base, ...fn(base) };
      }),
    [listKey],
  );

  const selectRange = useCallback(
    (from: number, to: number, keep: ReadonlySet<number> | null) => {
      const seq = ++rangeSeq.current;
      idsInRange(from, to)
        .then((range) => {
          if (seq !== rangeSeq.current) return;
          const next = new Set(keep ?? []);
          range.forEach((id) => next.add(id));
          update(() => ({ ids: next }));
        })
        .catch(onError);
    },
    [idsInRange, onError, update],
  );

  const click = useCallback(
    (index: number, id: number, mods: Modifiers) => {
      if (mods.shift && state.anchor !== null) {
        update(() => ({ cursor: index }));
        selectRange(state.anchor, index, mods.toggle ? state.ids : null);
        return;
      }
      rangeSeq.current++;
      update((s) => {
        if (!mods.toggle) return { ids: new Set([id]), cursor: index, anchor: index };
        const next = new Set(s.ids);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return { ids: next, cursor: index, anchor: index };
      });
    },
    [state.anchor, state.ids, selectRange, update],
  );

  const toggle = useCallback((index: number, id: number) => click(index, id, { shift: false, toggle: true }), [click]);

  const moveTo = useCallback(
    (index: number, id: number | undefined, extend: boolean) => {
      if (extend) {
        const anchor = state.anchor ?? index;
        update(() => ({ cursor: index, anchor }));
        selectRange(anchor, index, null);
        return;
      }
      rangeSeq.current++;
      update((s) => ({ cursor: index, anchor: index, ids: id !== undefined ? new Set([id]) : s.ids }));
    },
    [state.anchor, selectRange, update],
  );

  const replace = useCallback(
    (list: number[]) => {
      rangeSeq.current++;
      update(() => ({ ids: new Set(list) }));
    },
    [update],
  );

  const clear = useCallback(() => {
    rangeSeq.current++;
    update(() => ({ ids: EMPTY, anchor: null }));
  }, [update]);

  return { ids: state.ids, cursor: state.cursor, click, toggle, moveTo, replace, clear };
}
