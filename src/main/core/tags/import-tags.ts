// Tags an import carries (import.start's tags): put on every article it stores, as it stores it
// (import/store.ts, repo/tags.ts addTagsToArticle), and offered to the articles it found already
// in the library. A duplicate is never changed without asking:
// the import summary names the tags each lacks, and the user adds them (tags.bulk, undoable).
import type { Db } from '../db/open';
import { tagsForMany } from '../repo/tags';
import { normaliseTag, sameTag } from './names';

export interface TagOffer {
  /** Existing articles (found as duplicates) lacking at least one of the tags. */
  articleIds: number[];
  /** The import's tags that at least one of them lacks. */
  tags: string[];
}

/** The import's tags as stored: normalised, empty ones dropped, each name once (in any case). */
export function cleanImportTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags.map(normaliseTag)) if (t && !out.some((o) => sameTag(o, t))) out.push(t);
  return out;
}

/** Which of the duplicates lack which of the import's tags; null when they have them all. */
export function tagOfferFor(db: Db, duplicateIds: number[], tags: string[]): TagOffer | null {
  const names = cleanImportTags(tags);
  const ids = [...new Set(duplicateIds)];
  if (names.length === 0 || ids.length === 0) return null;
  const have = tagsForMany(db, ids);
  const lacking = new Set<string>();
  const articleIds: number[] = [];
  for (const id of ids) {
    const own = have.get(id) ?? [];
    const missing = names.filter((n) => !own.some((o) => sameTag(o, n)));
    if (missing.length === 0) continue;
    articleIds.push(id);
    for (const m of missing) lacking.add(m);
  }
  if (articleIds.length === 0) return null;
  return { articleIds, tags: names.filter((n) => lacking.has(n)) };
}
