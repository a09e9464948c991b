// Every article a query-language query selects, as ids: what bulk tagging, rules and exports
// of "the whole result set" need. It goes through the search module's own parse and compile
// steps and its id-listing statement, so it selects exactly what search shows, without
// building snippets for thousands of hits.
import type { Db } from '../db/open';
import { UserError } from '../api/errors';
import { prepare, searchable } from '../search';
import { matchIdsSql } from '../search/run';
import { cachedStatement } from '../db/statements';

export interface QueryIds {
  ids: number[];
  /** A sentence about parts of the query that were ignored or reinterpreted. */
  message: string | null;
}

/**
 * Ids matching `q`, ascending. `afterId` limits the answer to articles with a larger id (the
 * ones just imported). A query that cannot select anything is an error the user can act on.
 */
export function queryIds(db: Db, q: string, afterId: number | null = null): QueryIds {
  if (!q.trim()) throw new UserError('Type a query first, e.g. outlet:KCNA or "fiery friendship".');
  const p = prepare(db, q);
  if (p.blocked) throw new UserError(p.blocked);
  if (p.compiled.nothing) return { ids: [], message: p.note };
  if (!searchable(p)) throw new UserError(p.note ?? `The query “${q}” has nothing to search for.`);
  const { sql, params } = matchIdsSql(p.plan, { ...p.spec, afterId }, p.features);
  const rows = cachedStatement(db, `SELECT id FROM (${sql}) ORDER BY id`).all(params) as { id: number }[];
  return { ids: rows.map((r) => r.id), message: p.note };
}
