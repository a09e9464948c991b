// Debounced autosave: the latest text is saved a moment after typing stops, on blur, and when
// the component goes away, so nothing typed is lost by closing the pane quickly.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export function useAutosave<T>(save: (value: T) => Promise<void>, delayMs = 700) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    setState('saving');
    try {
      await saveRef.current(p.value);
      // Something typed during the save will be saved by its own timer.
      setState(pending.current ? 'pending' : 'saved');
    } catch {
      setState('error');
    }
  }, []);

  const change = useCallback(
    (value: T) => {
      pending.current = { value };
      setState('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { state, change, flush };
}

export function saveLabel(state: SaveState): string {
  switch (state) {
    case 'pending':
      return 'Editing…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return 'Not saved';
    default:
      return '';
  }
}
