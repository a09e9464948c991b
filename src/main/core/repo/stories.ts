// SQL for stories (groups of articles about one event) and the article text the story and
// comparison engines read. Prepared statements with parameters only; the rules (what a merge or a
// split means, how pins survive re-clustering) live in core/compare/story-*.ts.
import type { Db } from '../db/open';
import type { ArticleSummaryT } from '../../../shared/contract';
import { summariesByIds } from './articles';

export interface StoryRow {
  id: number;
  title: string;
  titleIsUser: boolean;
}

export interface StorySummaryRow extends StoryRow {
  articleCount: number;
  articleIds: number[];
  firstPublished: string | null;
  lastPublished: string | null;
  outlets: string[];
}

export interface Membership {
  storyId: number;
  pinned: boolean;
}

/** What clustering and comparison need of an article. */
export interface ArticleTextRow {
  id: number;
  title: string;
  text: string;
  published: string | null;
  outlet: string | null;
  language: string | null;
  reprintOf: number | null;
}

// ---- articles as the engines read them ----------------------------------------------------

/** Whether migration 003 (import) added articles.reprint_of; older libraries lack it. */
export function hasReprintColumn(db: Db): boolean {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all('articles') as { name: string }[]).some((c) => c.name === 'reprint_of');
}

const TEXT_COLS = 'a.id, a.title, a.text, a.published, a.outlet, a.language';

function textRows(db: Db, where: string, params: unknown[]): ArticleTextRow[] {
  // Two fixed statements, chosen by the schema, never by input.
  const cols = hasReprintColumn(db) ? `${TEXT_COLS}, a.reprint_of AS reprintOf` : `${TEXT_COLS}, NULL AS reprintOf`;
  return db.prepare(`SELECT ${cols} FROM articles a ${where}`).all(...params) as ArticleTextRow[];
}

export function articleTexts(db: Db, ids: number[]): ArticleTextRow[] {
  if (!ids.length) return [];
  return textRows(db, 'WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id', [JSON.stringify(ids)]);
}

export function allArticleTexts(db: Db): ArticleTextRow[] {
  return textRows(db, 'ORDER BY a.id', []);
}

/** Articles published between two ISO dates (inclusive, as text) and every undated one. */
export function articleTextsAround(db: Db, from: string, to: string): ArticleTextRow[] {
  return textRows(db, 'WHERE a.published IS NULL OR (a.published >= ? AND a.published <= ?) ORDER BY a.id', [from, to]);
}

export function existingArticleIds(db: Db, ids: number[]): number[] {
  return (db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(ids)) as { id: number }[]).map(
    (r) => r.id,
  );
}

export function unassignedArticleIds(db: Db): number[] {
  return (db.prepare('SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

// ---- memberships --------------------------------------------------------------------------

export function allMemberships(db: Db): Map<number, Membership> {
  const rows = db.prepare('SELECT article_id AS a, story_id AS s, pinned AS p FROM story_articles').all() as { a: number; s: number; p: number }[];
  return new Map(rows.map((r) => [r.a, { storyId: r.s, pinned: r.p === 1 }]));
}

export function membershipsOf(db: Db, articleIds: number[]): Map<number, Membership> {
  const rows = db
    .prepare('SELECT article_id AS a, story_id AS s, pinned AS p FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(articleIds)) as { a: number; s: number; p: number }[];
  return new Map(rows.map((r) => [r.a, { storyId: r.s, pinned: r.p === 1 }]));
}

export function storyMembers(db: Db, storyId: number): { articleId: number; pinned: boolean }[] {
  return (
    db.prepare('SELECT article_id AS a, pinned AS p FROM story_articles WHERE story_id = ? ORDER BY article_id').all(storyId) as { a: number; p: number }[]
  ).map((r) => ({ articleId: r.a, pinned: r.p === 1 }));
}

/**
 * Puts an article in a story. `pinned` true records a user decision; `keepPins` leaves an article
 * the user already placed where it is (what re-clustering wants). No-op for a deleted article.
 */
export function placeArticle(db: Db, articleId: number, storyId: number, opts: { pinned: boolean; keepPins?: boolean }): void {
  const sql = opts.keepPins
    ? `INSERT INTO story_articles (article_id, story_id, pinned) SELECT @a, @s, @p WHERE EXISTS (SELECT 1 FROM articles WHERE id = @a)
       ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id WHERE story_articles.pinned = 0`
    : `INSERT INTO story_articles (article_id, story_id, pinned) SELECT @a, @s, @p WHERE EXISTS (SELECT 1 FROM articles WHERE id = @a)
       ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, pinned = excluded.pinned`;
  db.prepare(sql).run({ a: articleId, s: storyId, p: opts.pinned ? 1 : 0 });
}

export function pinStory(db: Db, storyId: number): void {
  db.prepare('UPDATE story_articles SET pinned = 1 WHERE story_id = ?').run(storyId);
}

// ---- stories ------------------------------------------------------------------------------

export function createStory(db: Db, title: string, now = new Date().toISOString()): number {
  return Number(db.prepare('INSERT INTO stories (title, title_is_user, created_at) VALUES (?, 0, ?)').run(title, now).lastInsertRowid);
}

export function getStory(db: Db, id: number): StoryRow | undefined {
  const r = db.prepare('SELECT id, title, title_is_user AS u FROM stories WHERE id = ?').get(id) as { id: number; title: string; u: number } | undefined;
  return r && { id: r.id, title: r.title, titleIsUser: r.u === 1 };
}

export function allStories(db: Db): StoryRow[] {
  return (db.prepare('SELECT id, title, title_is_user AS u FROM stories ORDER BY id').all() as { id: number; title: string; u: number }[]).map((r) => ({
    id: r.id,
    title: r.title,
    titleIsUser: r.u === 1,
  }));
}

export function countStories(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
}

export function setUserTitle(db: Db, id: number, title: string): void {
  db.prepare('UPDATE stories SET title = ?, title_is_user = 1 WHERE id = ?').run(title, id);
}

/** Sets an automatic title; a title the user typed is left alone. */
export function setAutoTitle(db: Db, id: number, title: string, opts: { clearUser?: boolean } = {}): void {
  if (opts.clearUser) db.prepare('UPDATE stories SET title = ?, title_is_user = 0 WHERE id = ?').run(title, id);
  else db.prepare('UPDATE stories SET title = ? WHERE id = ? AND title_is_user = 0').run(title, id);
}

/** Stories left without articles (after moves, merges or deleted articles) are dropped. */
export function deleteEmptyStories(db: Db): number {
  return db.prepare('DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = stories.id)').run().changes;
}

export function deleteStory(db: Db, id: number): void {
  db.prepare('DELETE FROM stories WHERE id = ?').run(id);
}

interface SummarySql {
  id: number;
  title: string;
  u: number;
  n: number;
  first: string | null;
  last: string | null;
  ids: string;
  outlets: string;
}

const SUMMARY_SQL = `
  SELECT s.id, s.title, s.title_is_user AS u, count(*) AS n, min(a.published) AS first, max(a.published) AS last,
         json_group_array(a.id) AS ids, json_group_array(DISTINCT a.outlet) AS outlets
  FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id`;

function toSummary(r: SummarySql): StorySummaryRow {
  const outlets = (JSON.parse(r.outlets) as (string | null)[]).filter((o): o is string => !!o && !!o.trim());
  return {
    id: r.id,
    title: r.title,
    titleIsUser: r.u === 1,
    articleCount: r.n,
    articleIds: (JSON.parse(r.ids) as number[]).toSorted((x, y) => x - y),
    firstPublished: r.first,
    lastPublished: r.last,
    outlets: [...new Set(outlets)].toSorted((x, y) => x.localeCompare(y)),
  };
}

/** Stories with at least `minArticles` articles, the most recent events first; undated last. */
export function listStories(db: Db, q: { offset: number; limit: number; minArticles: number }): { total: number; items: StorySummaryRow[] } {
  const total = (
    db
      .prepare('SELECT count(*) AS n FROM (SELECT story_id FROM story_articles GROUP BY story_id HAVING count(*) >= ?)')
      .get(q.minArticles) as { n: number }
  ).n;
  const rows = db
    .prepare(`${SUMMARY_SQL} GROUP BY s.id HAVING n >= @min ORDER BY last IS NULL, last DESC, s.id DESC LIMIT @limit OFFSET @offset`)
    .all({ min: q.minArticles, limit: q.limit, offset: q.offset }) as SummarySql[];
  return { total, items: rows.map(toSummary) };
}

export function storySummary(db: Db, id: number): StorySummaryRow | undefined {
  const r = db.prepare(`${SUMMARY_SQL} WHERE s.id = ? GROUP BY s.id`).get(id) as SummarySql | undefined;
  return r && toSummary(r);
}

/** The story's articles as list rows, oldest first (undated last), each with its pin. */
export function storyArticleSummaries(db: Db, id: number): (ArticleSummaryT & { pinned: boolean })[] {
  const members = storyMembers(db, id);
  const summaries = summariesByIds(db, members.map((m) => m.articleId));
  const pinned = new Map(members.map((m) => [m.articleId, m.pinned]));
  return [...summaries.values()]
    .map((s) => ({ ...s, pinned: pinned.get(s.id) ?? false }))
    .toSorted((x, y) => (x.published === y.published ? x.id - y.id : x.published === null ? 1 : y.published === null ? -1 : x.published < y.published ? -1 : 1));
}
