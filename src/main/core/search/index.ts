// PLACEHOLDER: replaced by the search module (query parser → FTS5). Do not ship.
import type { Db } from '../db/open';
import type { Output, ParsedInput } from '../../../shared/contract';
export function search(_db: Db, _q: ParsedInput<'search.query'>): Output<'search.query'> {
  throw new Error('search not implemented yet');
}
