// Scrolling by alignment, not by pixels: when the user scrolls one column, the top-most
// visible sentence there (or the next one that has counterparts) is found, and every other
// column is scrolled so that its counterpart sits at the same height. Scrolls this hook makes
// are remembered and their echo events ignored, so columns never chase each other.
import { useCallback, useEffect, useMemo, useRef } from 'react';

const SENTENCE = '[data-claim-id]';

function counterpart(el: HTMLElement, claimId: string): HTMLElement | null {
  return el.querySelector<HTMLElement>(`[data-claim-id="${claimId}"]`);
}

export function useAlignedScroll(enabled: boolean) {
  const els = useRef(new Map<number, HTMLElement>());
  const leader = useRef<number | null>(null);
  const release = useRef<number | undefined>(undefined);
  const expected = useRef(new Map<HTMLElement, number>());

  useEffect(() => () => window.clearTimeout(release.current), []);

  const setTop = useCallback((el: HTMLElement, top: number) => {
    const t = Math.max(0, Math.round(top));
    if (Math.abs(el.scrollTop - t) < 1) return;
    el.scrollTop = t;
    // Read back: the browser clamps at the bottom, and the echo carries the clamped value.
    expected.current.set(el, el.scrollTop);
  }, []);

  const align = useCallback(
    (fromId: number) => {
      const src = els.current.get(fromId);
      if (!src) return;
      const sents = [...src.querySelectorAll<HTMLElement>(SENTENCE)];
      if (src.scrollTop <= 0) {
        els.current.forEach((el, id) => id !== fromId && setTop(el, 0));
        return;
      }
      const first = sents.findIndex((s) => s.offsetTop + s.offsetHeight > src.scrollTop + 4);
      if (first < 0) return;
      els.current.forEach((el, id) => {
        if (id === fromId) return;
        for (let j = first; j < sents.length; j++) {
          const s = sents[j]!;
          const t = counterpart(el, s.dataset.claimId!);
          if (t) {
            setTop(el, t.offsetTop - (s.offsetTop - src.scrollTop));
            return;
          }
        }
      });
    },
    [setTop],
  );

  const onScroll = useCallback(
    (id: number) => {
      const src = els.current.get(id);
      if (!src) return;
      const exp = expected.current.get(src);
      if (exp !== undefined && Math.abs(src.scrollTop - exp) < 2) {
        expected.current.delete(src);
        return;
      }
      if (!enabled) return;
      // Another column is leading: this scroll is a consequence, not the user's.
      if (leader.current !== null && leader.current !== id) return;
      leader.current = id;
      window.clearTimeout(release.current);
      release.current = window.setTimeout(() => {
        leader.current = null;
      }, 150);
      align(id);
    },
    [enabled, align],
  );

  /** Brings the sentences of a claim into view in every column but the one clicked. */
  const reveal = useCallback(
    (claimId: number, fromId: number | null) => {
      els.current.forEach((el, id) => {
        if (id === fromId) return;
        const t = counterpart(el, String(claimId));
        if (!t) return;
        const visible = t.offsetTop >= el.scrollTop && t.offsetTop + t.offsetHeight <= el.scrollTop + el.clientHeight;
        if (!visible) setTop(el, t.offsetTop - el.clientHeight / 3);
      });
    },
    [setTop],
  );

  const ref = useCallback(
    (id: number) => (el: HTMLElement | null) => {
      if (el) els.current.set(id, el);
      else els.current.delete(id);
    },
    [],
  );

  return useMemo(() => ({ ref, onScroll, reveal }), [ref, onScroll, reveal]);
}
