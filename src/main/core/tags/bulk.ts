// Bulk tagging "all 213 results": the query's whole result set, then the same undoable bulk change.
import type { Db } from '../db/open';
import { bulkTag } from './operations';
import type { ChangeSummary } from './change';
import { queryIds } from './query-ids';

export function bulkTagQuery(db: Db, q: string, add: string[], remove: string[]): ChangeSummary & { matched: number; message: string | null } {
  const { ids, message } = queryIds(db, q);
  const n = ids.length;
  const parts = [...add.map((t) => `add “${t}”`), ...remove.map((t) => `remove “${t}”`)].join(', ');
  const r = bulkTag(db, ids, add, remove, `${parts} on ${n.toLocaleString('en')} result${n === 1 ? '' : 's'} of “${q}”`);
  return { ...r, matched: n, message };
}
