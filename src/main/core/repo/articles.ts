// SQL for articles. Every statement is prepared with parameters; nothing is concatenated
// from values. Sort columns come from a fixed map, never from input.
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import type { ArticleSummaryT, ArticleT, ParsedInput } from '../../../shared/contract';
import { tagsFor, tagsForMany } from './tags';
import { assertIndexedOnInsert, indexNewArticle } from '../search/newArticleIndex';
import type { AnalysedRow } from '../search/analyze';
import { reprintOfArticle } from './reprints';

export interface NewArticle {
  title: string;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  excerpt: string | null;
  text: string;
  html: string | null;
  wordCount: number;
  contentHash: string;
  format: string;
  sourcePath: string | null;
  /** Near-duplicate signature (import/signature.ts, stored form); needs migration 003. */
  signature?: Uint8Array | null;
  /** The earlier article this one probably reprints; needs migration 003. */
  reprintOf?: number | null;
  /**
   * The stemmed index row (search/analyze.ts analyzeArticle() of this title, byline, text and
   * language), when computed elsewhere; without it the row is analysed here.
   */
  analysed?: AnalysedRow;
}

interface Row {
  id: number;
  title: string;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  excerpt: string | null;
  text: string;
  html: string | null;
  word_count: number;
  format: string;
  source_path: string | null;
  imported_at: string;
}

const SUMMARY_COLS = 'a.id, a.title, a.byline, a.outlet, a.published, a.language, a.word_count';

export function toSummary(r: Pick<Row, 'id' | 'title' | 'byline' | 'outlet' | 'published' | 'language' | 'word_count'>, tags: string[]): ArticleSummaryT {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    byline: r.byline,
    published: r.published,
    language: r.language,
    wordCount: r.word_count,
    tags,
  };
}

const INSERT = `INSERT INTO articles (title, byline, outlet, url, published, language, excerpt, text, html, word_count, content_hash, format, source_path, imported_at)
       VALUES (@title, @byline, @outlet, @url, @published, @language, @excerpt, @text, @html, @wordCount, @contentHash, @format, @sourcePath, @now)`;
const INSERT_WITH_SIGNATURE = `INSERT INTO articles (title, byline, outlet, url, published, language, excerpt, text, html, word_count, content_hash, format, source_path, imported_at, signature, reprint_of)
       VALUES (@title, @byline, @outlet, @url, @published, @language, @excerpt, @text, @html, @wordCount, @contentHash, @format, @sourcePath, @now, @signature, @reprintOf)`;
export function insertArticle(db: Db, a: NewArticle, now = new Date().toISOString()): number {
  assertIndexedOnInsert(db);
  const { analysed, ...row } = a;
  const withSignature = row.signature !== undefined || row.reprintOf !== undefined;
  const params = { ...row, now, ...(withSignature ? { signature: row.signature ?? null, reprintOf: row.reprintOf ?? null } : {}) };
  const info = cachedStatement(db, withSignature ? INSERT_WITH_SIGNATURE : INSERT).run(params);
  const id = Number(info.lastInsertRowid);
  // Both full-text indexes, in the same transaction as the row (see search/newArticleIndex.ts).
  indexNewArticle(db, id, a, analysed);
  return id;
}

export function findByHash(db: Db, hash: string): { id: number; title: string } | undefined {
  return cachedStatement(db, 'SELECT id, title FROM articles WHERE content_hash = ?').get(hash) as { id: number; title: string } | undefined;
}

export function countArticles(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

export function getArticle(db: Db, id: number): ArticleT | undefined {
  const r = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
  if (!r) return undefined;
  return {
    ...toSummary(r, tagsFor(db, id)),
    url: r.url,
    excerpt: r.excerpt,
    text: r.text,
    html: r.html,
    format: r.format,
    sourcePath: r.source_path,
    importedAt: r.imported_at,
    reprintOf: reprintOfArticle(db, id),
  };
}

// NULL dates sort last whichever way the list is ordered: an undated article is never "newest".
const ORDER: Record<ParsedInput<'articles.list'>['sort'], Record<'asc' | 'desc', string>> = {
  published: { asc: 'a.published IS NULL, a.published ASC, a.id ASC', desc: 'a.published IS NULL, a.published DESC, a.id DESC' },
  title: { asc: 'a.title COLLATE NOCASE ASC, a.id ASC', desc: 'a.title COLLATE NOCASE DESC, a.id DESC' },
  imported: { asc: 'a.id ASC', desc: 'a.id DESC' },
};

export function listArticles(db: Db, q: ParsedInput<'articles.list'>): { total: number; items: ArticleSummaryT[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.tag) {
    // A tag filter includes the tag's children: region matches region/korea/north.
    where.push(
      "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = @tag OR lower(substr(t.name, 1, length(@tag) + 1)) = lower(@tag || '/'))",
    );
    params.tag = q.tag.replace(/\/+$/, '') || q.tag;
  }
  if (q.outlet) {
    where.push('a.outlet = @outlet COLLATE NOCASE');
    params.outlet = q.outlet;
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM articles a ${w}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLS} FROM articles a ${w} ORDER BY ${ORDER[q.sort][q.order]} LIMIT @limit OFFSET @offset`)
    .all(params) as Row[];
  const tags = tagsForMany(db, rows.map((r) => r.id));
  return { total, items: rows.map((r) => toSummary(r, tags.get(r.id) ?? [])) };
}

export function summariesByIds(db: Db, ids: number[]): Map<number, ArticleSummaryT> {
  const out = new Map<number, ArticleSummaryT>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as Row[];
  const tags = tagsForMany(db, ids);
  for (const r of rows) out.set(r.id, toSummary(r, tags.get(r.id) ?? []));
  return out;
}

export function listOutlets(db: Db): { name: string; count: number }[] {
  return db
    .prepare('SELECT outlet AS name, count(*) AS count FROM articles WHERE outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE ORDER BY count DESC, name')
    .all() as { name: string; count: number }[];
}
