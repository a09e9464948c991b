// Library-wide data the chrome needs (info, tags, outlets) and the `changes` signal every
// view listens to. A change announced by the library (another window, the CLI, an import)
// and one made here end in the same coalesced refresh.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { Signal } from '../../lib/signal';

type Info = Output<'library.info'>;
type Facets = Output<'tags.list'>;

async function loadChrome(): Promise<{ info: Info; tags: Facets; outlets: Facets }> {
  const [info, tags, outlets] = await Promise.all([api.invoke('library.info', {}), api.invoke('tags.list', {}), api.invoke('outlets.list', {})]);
  return { info, tags, outlets };
}

export function useLibraryData(onError: (e: unknown) => void) {
  const [chrome, setChrome] = useState<{ info: Info | null; tags: Facets; outlets: Facets }>({ info: null, tags: [], outlets: [] });
  const [fatal, setFatal] = useState<string | null>(null);
  const [changes] = useState(() => new Signal());
  const timer = useRef<number | undefined>(undefined);

  const reload = useCallback(
    (first: boolean) =>
      loadChrome().then(
        (c) => {
          setChrome(c);
          setFatal(null);
        },
        (e: unknown) => {
          // Before anything has loaded the whole window says it; afterwards a banner does.
          if (first) setFatal(e instanceof Error ? e.message : String(e));
          else onError(e);
        },
      ),
    [onError],
  );

  useEffect(() => {
    void reload(true);
  }, [reload]);

  const refresh = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      changes.emit();
      void reload(false);
    }, 60);
  }, [changes, reload]);

  useEffect(() => {
    const off = api.on('library.changed', () => refresh());
    return () => {
      off();
      window.clearTimeout(timer.current);
    };
  }, [refresh]);

  const retry = useCallback(() => void reload(true), [reload]);

  return { ...chrome, changes, refresh, fatal, retry };
}
