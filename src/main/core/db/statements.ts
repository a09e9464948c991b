// Prepared statements cached per connection: preparing FTS5 queries costs more than running
// the small ones, and the importer runs its inserts thousands of times a second. Keyed by SQL
// text, which is always built from constant fragments (never from values), so the cache stays small.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const MAX_PER_DB = 200;
const perDb = new WeakMap<Db, Map<string, Statement>>();

export function cachedStatement(db: Db, sql: string): Statement {
  let map = perDb.get(db);
  if (!map) {
    map = new Map();
    perDb.set(db, map);
  }
  let st = map.get(sql);
  if (!st) {
    st = db.prepare(sql);
    if (map.size >= MAX_PER_DB) map.delete(map.keys().next().value as string);
    map.set(sql, st);
  }
  return st;
}
