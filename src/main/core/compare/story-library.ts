// Stories over a library: grouping new imports into the stories already stored (assignStories),
// re-clustering everything while keeping the user's decisions (reclusterLibrary), and making
// sure every article has a story before stories are listed (ensureStories).
//
// Clustering reads the articles first and writes in one short transaction afterwards, so an
// import running in another thread is never blocked for the seconds a large library takes.
// Whatever changed in between is handled on write: a deleted article is skipped, an article the
// user pinned meanwhile is left where they put it.
import type { Db } from '../db/open';
import type { StoryArticleInput } from '../../../shared/compare';
import {
  allArticleTexts,
  allMemberships,
  allStories,
  articleTexts,
  articleTextsAround,
  countStories,
  createStory,
  deleteEmptyStories,
  membershipsOf,
  placeArticle,
  setAutoTitle,
  unassignedArticleIds,
  type ArticleTextRow,
} from '../repo/stories';
import { STORY_DEFAULTS, StoryIndex, clusterStories, type StoryOptions } from './stories';
import { featuresOf, type Features } from './story-features';
import { reconcileStories } from './story-pins';

const DAY = 86_400_000;

export interface AssignResult {
  /** Articles that were given a story. */
  assigned: number;
  /** Stories started by them. */
  created: number;
}

export interface ReclusterResult {
  stories: number;
  created: number;
  /** Articles that changed story. */
  moved: number;
  /** Articles that had no story before. */
  assigned: number;
  /** Stories left empty and dropped. */
  removed: number;
}

const toInput = (r: ArticleTextRow): StoryArticleInput => ({ id: r.id, title: r.title, text: r.text, published: r.published });

function timeOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

/** Oldest first, undated last, ties by id: the order clustering sees articles in. */
function chronological(a: Features, b: Features): number {
  if (a.time !== b.time) {
    if (a.time === null) return 1;
    if (b.time === null) return -1;
    return a.time - b.time;
  }
  return a.id - b.id;
}

/** The earliest article's title (undated last, then by id). */
function earliestTitle(members: ArticleTextRow[]): string {
  const first = members.toSorted(
    (x, y) => (x.published === y.published ? x.id - y.id : x.published === null ? 1 : y.published === null ? -1 : x.published < y.published ? -1 : 1),
  )[0];
  return first?.title ?? '';
}

/**
 * An automatic title names one of the story's own articles: the preferred one (the most central,
 * from clustering) when it is still a member, else the current one, else the earliest article's.
 */
export function chooseTitle(members: ArticleTextRow[], preferred: string | undefined, current: string | undefined): string {
  const titles = new Set(members.map((m) => m.title));
  if (preferred !== undefined && titles.has(preferred)) return preferred;
  if (current !== undefined && titles.has(current)) return current;
  return earliestTitle(members);
}

/**
 * Gives each of these articles a story: it joins the most similar stored story within the date
 * window, or starts a new one (which later articles of the same batch may join). Articles that
 * already have a story are left alone, so calling it twice is harmless. Call it after each
 * committed import batch with the ids of the articles imported. In a library without any story
 * yet, the whole library is clustered at once instead.
 */
export function assignStories(db: Db, articleIds: number[], opts: StoryOptions = {}): AssignResult {
  const ids = [...new Set(articleIds)];
  if (!ids.length) return { assigned: 0, created: 0 };
  // A library's first stories come from one batch over everything: better groups than one
  // article at a time (the batch also merges stories that its later articles bring together).
  if (countStories(db) === 0) {
    const r = reclusterLibrary(db, opts);
    return { assigned: r.assigned, created: r.created };
  }
  const already = membershipsOf(db, ids);
  const fresh = articleTexts(db, ids.filter((id) => !already.has(id)));
  if (!fresh.length) return { assigned: 0, created: 0 };

  // Only stories that could be joined are loaded: those with articles near the new ones' dates,
  // and undated ones (which any article may join). An undated article may join any story.
  const times = fresh.map((a) => timeOf(a.published));
  const days = (opts.windowDays ?? STORY_DEFAULTS.windowDays) + 1;
  let context: ArticleTextRow[];
  if (times.some((t) => t === null)) context = allArticleTexts(db);
  else {
    const known = times as number[];
    const from = new Date(Math.min(...known) - days * DAY).toISOString().slice(0, 10);
    const to = new Date(Math.max(...known) + (days + 1) * DAY).toISOString().slice(0, 10);
    context = articleTextsAround(db, from, to);
  }
  const freshIds = new Set(fresh.map((a) => a.id));
  const members = membershipsOf(db, context.filter((a) => !freshIds.has(a.id)).map((a) => a.id));
  const placed = context.filter((a) => members.has(a.id));

  const index = new StoryIndex(opts);
  const placedF = placed.map((a) => featuresOf(toInput(a)));
  const freshF = fresh.map((a) => featuresOf(toInput(a)));
  for (const f of [...placedF, ...freshF]) index.observe(f);
  const storyOfSeed = new Map<string, number>();
  for (const f of placedF.toSorted(chronological)) {
    const story = members.get(f.id)!.storyId;
    storyOfSeed.set(index.seed(f, String(story)), story);
  }

  let created = 0;
  let assigned = 0;
  db.transaction(() => {
    for (const f of freshF.toSorted(chronological)) {
      const engineId = index.place(f);
      let story = storyOfSeed.get(engineId);
      if (story === undefined) {
        story = createStory(db, f.title);
        storyOfSeed.set(engineId, story);
        created++;
      }
      placeArticle(db, f.id, story, { pinned: false, keepPins: true });
      assigned++;
    }
    deleteEmptyStories(db);
  })();
  return { assigned, created };
}

/**
 * Clusters the whole library again. Articles the user placed stay where they are; every other
 * article follows the new clusters (see story-pins.ts); titles the user typed are kept.
 */
export function reclusterLibrary(db: Db, opts: StoryOptions = {}): ReclusterResult {
  const articles = allArticleTexts(db);
  const clusters = clusterStories(articles.map(toInput), opts);
  const stored = allMemberships(db);
  const plan = reconcileStories(clusters, stored);
  const byId = new Map(articles.map((a) => [a.id, a]));

  let moved = 0;
  let assigned = 0;
  let removed = 0;
  db.transaction(() => {
    const final = new Map<number, number>();
    for (const [a, m] of stored) if (byId.has(a)) final.set(a, m.storyId);
    for (const [a, story] of plan.moves) {
      if (stored.has(a)) moved++;
      else assigned++;
      placeArticle(db, a, story, { pinned: false, keepPins: true });
      final.set(a, story);
    }
    const preferred = new Map(plan.titles);
    for (const c of plan.create) {
      const title = chooseTitle(c.articleIds.map((id) => byId.get(id)!), c.title, undefined);
      const story = createStory(db, title);
      preferred.set(story, title);
      for (const a of c.articleIds) {
        if (stored.has(a)) moved++;
        else assigned++;
        placeArticle(db, a, story, { pinned: false, keepPins: true });
        final.set(a, story);
      }
    }
    removed = deleteEmptyStories(db);

    const membersOf = new Map<number, ArticleTextRow[]>();
    for (const [a, story] of final) {
      const list = membersOf.get(story) ?? [];
      list.push(byId.get(a)!);
      membersOf.set(story, list);
    }
    for (const s of allStories(db)) {
      const members = membersOf.get(s.id);
      if (!s.titleIsUser && members) setAutoTitle(db, s.id, chooseTitle(members, preferred.get(s.id), s.title));
    }
  })();
  return { stories: countStories(db), created: plan.create.length, moved, assigned, removed };
}

/**
 * Every article in a story before stories are shown: a library that never had stories is
 * clustered in one batch (better than one article at a time); later stragglers (articles
 * imported by a path that did not call assignStories) join incrementally. Stories emptied by
 * deleted articles are dropped.
 */
export function ensureStories(db: Db): void {
  deleteEmptyStories(db);
  const missing = unassignedArticleIds(db);
  if (!missing.length) return;
  if (countStories(db) === 0) reclusterLibrary(db);
  else assignStories(db, missing);
}
