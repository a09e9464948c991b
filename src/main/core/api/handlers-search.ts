// Handlers for the channels in src/shared/contract-search.ts.
import type { Output } from '../../../shared/contract';
import type { searchContract } from '../../../shared/contract-search';
import type { Db } from '../db/open';
import {
  createSavedSearch,
  deleteSavedSearch,
  findSavedSearchByName,
  getSavedSearch,
  listSavedSearches,
  markSavedSearchOpened,
  maxArticleId,
  type SavedSearchRow,
} from '../repo/savedSearches';
import { search, searchBatch, searchCount } from '../search';
import { facets } from '../search/facets';
import { NotFoundError, UserError } from './errors';
import type { HandlersFor } from './types';

type SavedSearchT = Output<'savedSearches.list'>[number];

function withNewCount(db: Db, r: SavedSearchRow): SavedSearchT {
  return {
    id: r.id,
    name: r.name,
    query: r.query,
    sort: r.sort,
    createdAt: r.createdAt,
    lastOpenedAt: r.lastOpenedAt,
    newCount: searchCount(db, r.query, r.maxSeenId),
  };
}

export const searchHandlers: HandlersFor<keyof typeof searchContract> = {
  'search.facets': (i, ctx) => facets(ctx.db, i),
  'search.batch': (i, ctx) => searchBatch(ctx.db, i),
  'savedSearches.list': (_i, ctx) => listSavedSearches(ctx.db).map((r) => withNewCount(ctx.db, r)),
  'savedSearches.create': (i, ctx) => {
    if (findSavedSearchByName(ctx.db, i.name)) throw new UserError(`There is already a saved search called “${i.name}”. Choose another name.`);
    return withNewCount(ctx.db, createSavedSearch(ctx.db, i));
  },
  'savedSearches.delete': (i, ctx) => ({ deleted: deleteSavedSearch(ctx.db, i.id) }),
  'savedSearches.open': (i, ctx) => {
    const before = getSavedSearch(ctx.db, i.id);
    if (!before) throw new NotFoundError(`There is no saved search with id ${i.id}.`);
    const saved = withNewCount(ctx.db, before);
    // Taken before searching: an article imported meanwhile stays new for next time.
    const seenUpTo = maxArticleId(ctx.db);
    const results = search(ctx.db, { q: before.query, offset: 0, limit: i.limit, sort: before.sort });
    markSavedSearchOpened(ctx.db, i.id, seenUpTo);
    return { saved, newSinceId: before.maxSeenId, results };
  },
};
