// Moving articles to the trash from anywhere (the selection pane, the Delete key): one
// undoable step, announced with an Undo.
import { api } from '../../api/client';
import { showUndo } from '../../components/Toast';
import { plural } from '../../lib/format';

export async function trashArticles(ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await api.invoke('trash.delete', { ids });
  showUndo(`Moved ${plural(r.trashed, 'article')} to the trash`);
  return r.trashed;
}
