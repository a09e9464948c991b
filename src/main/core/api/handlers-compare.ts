// Handlers for the channels in src/shared/contract-compare.ts: stories, comparison, report
// export, outlet groups and framing pairs.
import type { compareContract } from '../../../shared/contract-compare';
import type { FramingPair } from '../../../shared/compare';
import type { HandlersFor } from './types';
import type { LibraryContext } from '../library';
import { NotFoundError, UserError } from './errors';
import { DEFAULT_FRAMING_PAIRS, validateFramingPairs } from '../compare/framing';
import { outletKey, runComparison } from '../compare/library-compare';
import { mergeStories, moveArticle, renameStory, splitStory } from '../compare/story-edits';
import { ensureStories, reclusterLibrary } from '../compare/story-library';
import { ensureStoriesInThread, reclusterInThread } from '../compare/story-thread';
import { exportComparison } from '../export/compare-report';
import { deleteOutletGroup, getFramingPairs, getOutletGroup, listOutletGroups, saveOutletGroup, setFramingPairs } from '../repo/outletGroups';
import { deleteEmptyStories, getStory, listStories, storyArticleSummaries, storySummary, unassignedArticleIds } from '../repo/stories';

function changed(ctx: LibraryContext): void {
  ctx.emit('library.changed', { reason: 'stories' });
}

function framingState(ctx: LibraryContext): { pairs: FramingPair[]; custom: boolean } {
  const saved = getFramingPairs(ctx.db);
  return { pairs: saved ?? DEFAULT_FRAMING_PAIRS, custom: saved !== null };
}

function checkFramingPairs(pairs: FramingPair[]): FramingPair[] {
  let valid: FramingPair[];
  try {
    valid = validateFramingPairs(pairs);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  // A pair without a label is named after its first words on each side.
  return valid.map((p) => ({ ...p, label: p.label || `${p.a[0]} / ${p.b[0]}` }));
}

function saveGroup(ctx: LibraryContext, name: string, outlets: string[], previousName: string | undefined): void {
  const groups = listOutletGroups(ctx.db);
  const previous = previousName === undefined ? undefined : getOutletGroup(ctx.db, previousName);
  if (previousName !== undefined && !previous) throw new NotFoundError(`There is no outlet group called “${previousName}” to rename.`);
  const self = (previous?.name ?? name).toLowerCase();
  const clash = groups.find((g) => g.name.toLowerCase() === name.toLowerCase() && g.name.toLowerCase() !== self);
  if (clash) throw new UserError(`There is already an outlet group called “${clash.name}”; choose another name or edit that group.`);
  const unique = new Map<string, string>();
  for (const o of outlets) if (!unique.has(outletKey(o))) unique.set(outletKey(o), o.trim());
  // An outlet in two groups would make a grouped comparison ambiguous.
  for (const g of groups) {
    if (g.name.toLowerCase() === self) continue;
    const taken = g.outlets.find((o) => unique.has(outletKey(o)));
    if (taken) throw new UserError(`${taken} is already in the group “${g.name}”; an outlet can be in one group only.`);
  }
  saveOutletGroup(ctx.db, { name, outlets: [...unique.values()] }, previous?.name);
}

/**
 * Every article in a story before stories are shown. Placing articles can take seconds (a first
 * grouping clusters the whole library), so that runs in a worker thread; a library file on disk
 * is needed for one, and a check here spares the thread when nothing needs placing.
 */
async function storiesReady(ctx: LibraryContext): Promise<void> {
  if (ctx.path === ':memory:') ensureStories(ctx.db);
  else if (unassignedArticleIds(ctx.db).length > 0) await ensureStoriesInThread(ctx.path);
  // Nothing to place: only what ensureStories would do besides (the check above was its other half).
  else deleteEmptyStories(ctx.db);
}

export const compareHandlers: HandlersFor<keyof typeof compareContract> = {
  'stories.list': async (i, ctx) => {
    await storiesReady(ctx);
    return listStories(ctx.db, i);
  },
  'stories.get': async (i, ctx) => {
    await storiesReady(ctx);
    const s = storySummary(ctx.db, i.id);
    if (!s) throw new NotFoundError(`There is no story with id ${i.id} in this library (see the story list for current ids).`);
    return { ...s, articles: storyArticleSummaries(ctx.db, i.id) };
  },
  'stories.recluster': async (_i, ctx) => {
    const r = ctx.path === ':memory:' ? reclusterLibrary(ctx.db) : await reclusterInThread(ctx.path);
    changed(ctx);
    return r;
  },
  'stories.rename': (i, ctx) => {
    const r = renameStory(ctx.db, i.id, i.title);
    changed(ctx);
    return r;
  },
  'stories.merge': (i, ctx) => {
    const r = mergeStories(ctx.db, i.ids);
    changed(ctx);
    return r;
  },
  'stories.split': (i, ctx) => {
    const r = splitStory(ctx.db, i.id, i.articleIds);
    changed(ctx);
    return r;
  },
  'stories.moveArticle': (i, ctx) => {
    const r = moveArticle(ctx.db, i.articleId, i.toStoryId);
    changed(ctx);
    return r;
  },
  'compare.run': (i, ctx) => runComparison(ctx.db, i),
  'compare.export': (i, ctx) => {
    const run = runComparison(ctx.db, i);
    const title = i.storyId !== undefined ? getStory(ctx.db, i.storyId)?.title : undefined;
    return exportComparison(run, i.format, { title });
  },
  'outletGroups.list': (_i, ctx) => listOutletGroups(ctx.db),
  'outletGroups.save': (i, ctx) => {
    saveGroup(ctx, i.name, i.outlets, i.previousName);
    return listOutletGroups(ctx.db);
  },
  'outletGroups.delete': (i, ctx) => ({ deleted: deleteOutletGroup(ctx.db, i.name) }),
  'framingPairs.list': (_i, ctx) => framingState(ctx),
  'framingPairs.save': (i, ctx) => {
    setFramingPairs(ctx.db, i.pairs === null ? null : checkFramingPairs(i.pairs));
    return framingState(ctx);
  },
};
