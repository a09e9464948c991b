// An article's highlights: load, create, recolour, comment, delete, and undo a delete.
import { useCallback, useEffect, useState } from 'react';
import type { Input, Output } from '../../../../shared/contract';
import { api } from '../../api/client';

export type HighlightT = Output<'highlights.list'>[number];
export type HighlightColorT = HighlightT['color'];
export const HIGHLIGHT_COLORS: HighlightColorT[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

export function useHighlights(articleId: number, report: (e: unknown) => void) {
  const [list, setList] = useState<HighlightT[] | null>(null);
  const [deleted, setDeleted] = useState<HighlightT | null>(null);

  const reload = useCallback(
    () =>
      api.invoke('highlights.list', { articleId }).then(
        (hs) => setList(hs),
        (e: unknown) => report(e),
      ),
    [articleId, report],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const create = useCallback(
    async (h: Omit<Input<'highlights.create'>, 'articleId'>): Promise<HighlightT | null> => {
      try {
        const made = await api.invoke('highlights.create', { articleId, ...h });
        setList((l) => [...(l ?? []), made].toSorted((a, b) => a.start - b.start || a.id - b.id));
        return made;
      } catch (e) {
        report(e);
        return null;
      }
    },
    [articleId, report],
  );

  const update = useCallback(
    async (id: number, change: { color?: HighlightColorT; comment?: string }): Promise<boolean> => {
      try {
        const h = await api.invoke('highlights.update', { id, ...change });
        setList((l) => (l ?? []).map((x) => (x.id === id ? h : x)));
        return true;
      } catch (e) {
        report(e);
        return false;
      }
    },
    [report],
  );

  const remove = useCallback(
    async (h: HighlightT) => {
      try {
        await api.invoke('highlights.delete', { id: h.id });
        setList((l) => (l ?? []).filter((x) => x.id !== h.id));
        setDeleted(h);
      } catch (e) {
        report(e);
      }
    },
    [report],
  );

  /**
   * Brings the last deleted highlight back. The library's undo journal is used when it holds
   * that deletion; otherwise the highlight is made again from what was kept (same passage,
   * colour and comment).
   */
  const undoDelete = useCallback(async () => {
    const h = deleted;
    if (!h) return;
    setDeleted(null);
    try {
      const peek = await api.invoke('undo.peek', {});
      if (peek.label && /highlight/i.test(peek.label)) {
        await api.invoke('undo.last', {});
        await reload();
        return;
      }
      await create({ start: h.start, end: h.end, quote: h.quote, color: h.color, comment: h.comment });
    } catch (e) {
      report(e);
    }
  }, [deleted, create, reload, report]);

  return { list, create, update, remove, deleted, undoDelete, dismissUndo: () => setDeleted(null), reload };
}
