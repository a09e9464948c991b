// What the user decides about stories: rename, merge, split, move an article in or out. Each
// decision pins the articles it places, so re-clustering (story-pins.ts) never undoes it.
// A merge or a split pins the whole resulting stories: the user has looked at them, and leaving
// one side free would let the next re-clustering pour it back into the other.
import type { Db } from '../db/open';
import { NotFoundError, UserError } from '../api/errors';
import {
  articleTexts,
  createStory,
  deleteEmptyStories,
  deleteStory,
  existingArticleIds,
  getStory,
  membershipsOf,
  pinStory,
  placeArticle,
  setAutoTitle,
  setUserTitle,
  storyMembers,
  storySummary,
  type StoryRow,
  type StorySummaryRow,
} from '../repo/stories';
import { chooseTitle } from './story-library';

function mustGetStory(db: Db, id: number): StoryRow {
  const s = getStory(db, id);
  if (!s) throw new NotFoundError(`There is no story with id ${id} in this library (see the story list for current ids).`);
  return s;
}

function summary(db: Db, id: number): StorySummaryRow {
  const s = storySummary(db, id);
  if (!s) throw new NotFoundError(`The story with id ${id} no longer has any articles.`);
  return s;
}

/** Keeps an automatic title pointing at one of the story's own articles after its members changed. */
function refreshTitle(db: Db, id: number, opts: { reset?: boolean } = {}): void {
  const story = getStory(db, id);
  if (!story || (story.titleIsUser && !opts.reset)) return;
  const members = articleTexts(db, storyMembers(db, id).map((m) => m.articleId));
  if (!members.length) return;
  setAutoTitle(db, id, chooseTitle(members, undefined, opts.reset ? undefined : story.title), { clearUser: opts.reset });
}

/** A title the user typed; null or blank goes back to the automatic title. */
export function renameStory(db: Db, id: number, title: string | null): StorySummaryRow {
  mustGetStory(db, id);
  const clean = title?.replace(/\s+/g, ' ').trim() ?? '';
  db.transaction(() => {
    if (clean) setUserTitle(db, id, clean);
    else refreshTitle(db, id, { reset: true });
  })();
  return summary(db, id);
}

/** Merges the stories into the first one named; its title (and whether the user typed it) stays. */
export function mergeStories(db: Db, ids: number[]): StorySummaryRow {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new UserError('Choose at least two different stories to merge.');
  for (const id of unique) mustGetStory(db, id);
  const [target, ...rest] = unique as [number, ...number[]];
  db.transaction(() => {
    for (const id of rest) {
      for (const m of storyMembers(db, id)) placeArticle(db, m.articleId, target, { pinned: true });
      deleteStory(db, id);
    }
    pinStory(db, target);
    refreshTitle(db, target);
  })();
  return summary(db, target);
}

/** Moves the given articles of a story into a new story of their own. */
export function splitStory(db: Db, id: number, articleIds: number[]): { from: StorySummaryRow; to: StorySummaryRow } {
  const story = mustGetStory(db, id);
  const members = new Set(storyMembers(db, id).map((m) => m.articleId));
  const chosen = [...new Set(articleIds)];
  const stranger = chosen.find((a) => !members.has(a));
  if (stranger !== undefined) throw new UserError(`Article ${stranger} is not in the story “${story.title}”; only its own articles can be split off.`);
  if (chosen.length >= members.size) throw new UserError('Leave at least one article in the story: splitting off all of its articles would only rename it.');
  const to = db.transaction(() => {
    const texts = articleTexts(db, chosen);
    const created = createStory(db, chooseTitle(texts, undefined, undefined));
    for (const a of chosen) placeArticle(db, a, created, { pinned: true });
    pinStory(db, id);
    refreshTitle(db, id);
    return created;
  })();
  return { from: summary(db, id), to: summary(db, to) };
}

/**
 * Moves one article to another story, or (toStoryId null) out of its story into one of its own.
 * Either way the article is pinned there.
 */
export function moveArticle(db: Db, articleId: number, toStoryId: number | null): { storyId: number; fromStoryId: number | null } {
  if (!existingArticleIds(db, [articleId]).length) throw new NotFoundError(`There is no article with id ${articleId} in this library.`);
  if (toStoryId !== null) mustGetStory(db, toStoryId);
  const from = membershipsOf(db, [articleId]).get(articleId)?.storyId ?? null;
  const storyId = db.transaction(() => {
    let target = toStoryId;
    if (target === null) {
      // Already alone in its story: that story is "out"; pinning it records the decision.
      const alone = from !== null && storyMembers(db, from).length === 1;
      target = alone ? from! : createStory(db, articleTexts(db, [articleId])[0]!.title);
    }
    placeArticle(db, articleId, target, { pinned: true });
    if (from !== null && from !== target) refreshTitle(db, from);
    refreshTitle(db, target);
    deleteEmptyStories(db);
    return target;
  })();
  return { storyId, fromStoryId: from };
}
