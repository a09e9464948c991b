// compare.run over a library: picks the articles (by id, or up to six of a story), reads their
// text (and, where the import added it, which article each reprints), lines outlets up by the
// user's outlet groups and framing pairs, and runs compareArticles.
import type { Db } from '../db/open';
import type { CompareArticleInput } from '../../../shared/compare';
import type { z } from 'zod';
import type { CompareRun } from '../../../shared/contract-compare';
import { NotFoundError, UserError } from '../api/errors';
import { summariesByIds } from '../repo/articles';
import { getFramingPairs, listOutletGroups, type OutletGroup } from '../repo/outletGroups';
import { articleTexts, getStory, storyMembers, type ArticleTextRow } from '../repo/stories';
import { MAX_ARTICLES, MIN_ARTICLES, compareArticles } from './compare';

export type CompareRunT = z.output<typeof CompareRun>;
export type GroupBy = 'outlet' | 'group';

export interface CompareTarget {
  ids?: number[];
  storyId?: number;
  groupBy?: GroupBy;
}

/** Outlet names compare without case, surrounding space or a leading "The". */
export function outletKey(outlet: string): string {
  return outlet.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
}

export function groupIndex(groups: OutletGroup[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of groups) for (const o of g.outlets) if (!m.has(outletKey(o))) m.set(outletKey(o), g.name);
  return m;
}

/** The column an article stands in: its group (grouped view), else its outlet, else itself. */
function columnOf(a: ArticleTextRow, groupBy: GroupBy, groups: Map<string, string>): string {
  const outlet = a.outlet?.trim();
  if (!outlet) return `Article ${a.id}`;
  if (groupBy === 'group') return groups.get(outletKey(outlet)) ?? outlet;
  return outlet;
}

const byDate = (x: ArticleTextRow, y: ArticleTextRow) =>
  x.published === y.published ? x.id - y.id : x.published === null ? 1 : y.published === null ? -1 : x.published < y.published ? -1 : 1;

/**
 * Up to six articles of a story: as many different columns (outlets or groups) as possible,
 * originals before reprints, earliest first within a column, taken in turn from each column.
 */
export function pickForComparison(articles: ArticleTextRow[], column: (a: ArticleTextRow) => string, max = MAX_ARTICLES): ArticleTextRow[] {
  if (articles.length <= max) return articles.toSorted(byDate);
  const buckets = new Map<string, ArticleTextRow[]>();
  for (const a of articles.toSorted((x, y) => Number(x.reprintOf !== null) - Number(y.reprintOf !== null) || byDate(x, y))) {
    const key = column(a).toLowerCase();
    buckets.set(key, [...(buckets.get(key) ?? []), a]);
  }
  const queues = [...buckets.values()];
  const out: ArticleTextRow[] = [];
  for (let round = 0; out.length < max; round++) {
    let took = false;
    for (const q of queues) {
      const a = q[round];
      if (a && out.length < max) {
        out.push(a);
        took = true;
      }
    }
    if (!took) break;
  }
  return out.toSorted(byDate);
}

function loadTarget(db: Db, t: CompareTarget): { rows: ArticleTextRow[]; storyId: number | null } {
  if (t.storyId !== undefined) {
    const story = getStory(db, t.storyId);
    if (!story) throw new NotFoundError(`There is no story with id ${t.storyId} in this library (see the story list for current ids).`);
    const rows = articleTexts(db, storyMembers(db, t.storyId).map((m) => m.articleId));
    if (rows.length < MIN_ARTICLES) {
      throw new UserError(`The story “${story.title}” has only ${rows.length} article; a comparison needs at least ${MIN_ARTICLES}. Move related articles into it first.`);
    }
    return { rows, storyId: t.storyId };
  }
  const ids = [...new Set(t.ids ?? [])];
  if (ids.length !== (t.ids ?? []).length) throw new UserError('The same article was chosen twice; pick different articles to compare.');
  const rows = articleTexts(db, ids);
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new NotFoundError(`There is no article with id ${missing.join(', ')} in this library.`);
  return { rows: ids.map((id) => rows.find((r) => r.id === id)!), storyId: null };
}

export function runComparison(db: Db, t: CompareTarget): CompareRunT {
  const groupBy = t.groupBy ?? 'outlet';
  const { rows: all, storyId } = loadTarget(db, t);
  const groups = groupIndex(listOutletGroups(db));
  const column = (a: ArticleTextRow) => columnOf(a, groupBy, groups);
  const rows = storyId === null ? all : pickForComparison(all, column);
  const chosen = new Set(rows.map((r) => r.id));
  // A reprint of an article outside the comparison is an independent voice here.
  const inputs: CompareArticleInput[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    // Framing's distinctive vocabulary is computed per outlet; in the grouped view, per group.
    outlet: groupBy === 'group' ? column(r) : r.outlet,
    published: r.published,
    text: r.text,
    language: r.language,
    reprintOf: r.reprintOf !== null && chosen.has(r.reprintOf) ? r.reprintOf : null,
  }));
  const result = compareArticles(inputs, { framing: { pairs: getFramingPairs(db) ?? undefined } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  result.articles = result.articles.map((a) => ({ ...a, outlet: byId.get(a.id)!.outlet }));

  const summaries = summariesByIds(db, rows.map((r) => r.id));
  const columns = new Map<string, { label: string; articleIds: number[] }>();
  for (const r of rows) {
    const label = column(r);
    const c = columns.get(label.toLowerCase()) ?? { label, articleIds: [] };
    c.articleIds.push(r.id);
    columns.set(label.toLowerCase(), c);
  }
  return {
    ...result,
    meta: rows.map((r) => {
      const s = summaries.get(r.id);
      return {
        id: r.id,
        title: r.title,
        outlet: r.outlet,
        byline: s?.byline ?? null,
        published: r.published,
        language: r.language,
        wordCount: s?.wordCount ?? 0,
        reprintOf: r.reprintOf,
        group: r.outlet ? (groups.get(outletKey(r.outlet)) ?? null) : null,
      };
    }),
    storyId,
    groupBy,
    columns: [...columns.values()],
    omitted: all.filter((r) => !chosen.has(r.id)).map((r) => r.id),
  };
}
