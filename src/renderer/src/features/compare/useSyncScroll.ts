// Scrolling one column scrolls the others to the same proportion of their length. The
// column being scrolled by the user leads; programmatic scrolls it causes in the others are
// recognised and ignored, so the columns never fight each other.
import { useCallback, useEffect, useRef } from 'react';

export function useSyncScroll(count: number, enabled: boolean) {
  const els = useRef<(HTMLElement | null)[]>([]);
  const leader = useRef<number | null>(null);
  const release = useRef<number | undefined>(undefined);
  const expected = useRef(new Map<HTMLElement, number>());

  useEffect(() => {
    els.current.length = count;
  }, [count]);

  useEffect(() => () => window.clearTimeout(release.current), []);

  const onScroll = useCallback(
    (index: number) => {
      if (!enabled) return;
      const src = els.current[index];
      if (!src) return;
      const exp = expected.current.get(src);
      if (exp !== undefined && Math.abs(src.scrollTop - exp) < 2 && leader.current !== index) {
        expected.current.delete(src);
        return;
      }
      leader.current = index;
      window.clearTimeout(release.current);
      release.current = window.setTimeout(() => {
        leader.current = null;
      }, 120);
      const range = src.scrollHeight - src.clientHeight;
      const ratio = range > 0 ? src.scrollTop / range : 0;
      els.current.forEach((el, i) => {
        if (!el || i === index) return;
        const target = Math.round(ratio * (el.scrollHeight - el.clientHeight));
        if (Math.abs(el.scrollTop - target) < 1) return;
        expected.current.set(el, target);
        el.scrollTop = target;
      });
    },
    [enabled],
  );

  const ref = useCallback(
    (index: number) => (el: HTMLElement | null) => {
      els.current[index] = el;
    },
    [],
  );

  return { ref, onScroll };
}
