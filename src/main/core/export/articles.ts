// Exporting articles for review and archiving: CSV (RFC 4180, for spreadsheets), JSON (everything,
// text included) and a Markdown bundle (one file per article with front matter, its note and
// highlights) zipped. Imported text is hostile, so CSV cells that a spreadsheet would run as a
// formula are defused, and front matter values are quoted so they stay plain strings.
import { strToU8, zipSync } from 'fflate';
import type { Output } from '../../../shared/contract';
import type { Db } from '../db/open';
import { getArticle } from '../repo/articles';
import { highlightsForArticles, type HighlightRow } from '../repo/highlights';
import { notesForArticles, type NoteRow } from '../repo/notes';
import type { ArticleT } from '../../../shared/contract';

type ExportFile = Output<'export.articles'>;

export interface ExportedArticle {
  article: ArticleT;
  note: NoteRow | null;
  highlights: HighlightRow[];
}

const CHUNK = 500;

/** Articles with their notes and highlights, in the order given; ids that no longer exist are skipped. */
export function loadForExport(db: Db, ids: number[]): ExportedArticle[] {
  const out: ExportedArticle[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const notes = notesForArticles(db, chunk);
    const highlights = highlightsForArticles(db, chunk);
    for (const id of chunk) {
      const article = getArticle(db, id);
      if (article) out.push({ article, note: notes.get(id) ?? null, highlights: highlights.get(id) ?? [] });
    }
  }
  return out;
}

// ---- CSV ----

const CSV_COLUMNS = ['id', 'title', 'outlet', 'byline', 'published', 'language', 'url', 'words', 'tags', 'note', 'highlights', 'excerpt', 'imported_at'] as const;

/**
 * One RFC 4180 field. A text cell starting with = + - @ (or a tab/CR) would be run as a formula
 * by Excel, LibreOffice and Sheets; a leading apostrophe keeps it text.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(items: ExportedArticle[]): string {
  const rows = items.map(({ article: a, note, highlights }) => [
    a.id,
    a.title,
    a.outlet,
    a.byline,
    a.published,
    a.language,
    a.url,
    a.wordCount,
    a.tags.join('; '),
    note?.body ?? null,
    highlights.length,
    a.excerpt,
    a.importedAt,
  ]);
  // A byte-order mark makes Excel read the file as UTF-8 (Cyrillic and Korean titles survive).
  return `\ufeff${[CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// ---- JSON ----

export function toJson(items: ExportedArticle[], exportedAt = new Date().toISOString()): string {
  const articles = items.map(({ article: a, note, highlights }) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    byline: a.byline,
    published: a.published,
    language: a.language,
    url: a.url,
    wordCount: a.wordCount,
    tags: a.tags,
    format: a.format,
    sourcePath: a.sourcePath,
    importedAt: a.importedAt,
    excerpt: a.excerpt,
    text: a.text,
    note: note?.body ?? null,
    highlights: highlights.map((h) => ({ id: h.id, start: h.start, end: h.end, quote: h.quote, comment: h.comment, color: h.color })),
  }));
  return `${JSON.stringify({ exportedBy: 'Parallax', exportedAt, count: articles.length, articles }, null, 2)}\n`;
}

// ---- Markdown bundle ----

/** A YAML scalar that is always a plain string (JSON strings are valid YAML double-quoted scalars). */
const yaml = (s: string) => JSON.stringify(s);

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'article';
}

export function articleMarkdown({ article: a, note, highlights }: ExportedArticle): string {
  const front: string[] = ['---', `id: ${a.id}`, `title: ${yaml(a.title)}`];
  const optional: [string, string | null][] = [
    ['outlet', a.outlet],
    ['byline', a.byline],
    ['published', a.published],
    ['language', a.language],
    ['url', a.url],
  ];
  for (const [k, v] of optional) if (v) front.push(`${k}: ${yaml(v)}`);
  front.push(`tags: [${a.tags.map(yaml).join(', ')}]`, `imported: ${yaml(a.importedAt)}`, '---', '');
  const body = [`# ${a.title.replace(/\s+/g, ' ')}`, '', a.text.trim(), ''];
  if (note) body.push('## Note', '', note.body.trim(), '');
  if (highlights.length) {
    body.push('## Highlights', '');
    for (const h of highlights) {
      body.push(...h.quote.split(/\r?\n/).map((l) => `> ${l}`));
      if (h.comment.trim()) body.push('', h.comment.trim());
      body.push('');
    }
  }
  return [...front, ...body].join('\n');
}

export function toMarkdownFiles(items: ExportedArticle[]): { path: string; content: string }[] {
  const files = items.map((it) => ({ path: `articles/${String(it.article.id).padStart(6, '0')}-${slugify(it.article.title)}.md`, content: articleMarkdown(it) }));
  const index = ['# Exported articles', '', ...files.map((f, i) => `- [${items[i]!.article.title.replace(/[[\]]/g, '')}](${encodeURI(f.path)})`), ''].join('\n');
  return [{ path: 'index.md', content: index }, ...files];
}

export function zipFiles(files: { path: string; content: string }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.path] = strToU8(f.content);
  return zipSync(entries, { level: 6 });
}

// ---- One entry point for the channel and the CLI ----

export function exportArticles(db: Db, ids: number[], format: 'csv' | 'json' | 'md', stamp = new Date().toISOString()): ExportFile {
  const items = loadForExport(db, ids);
  const base = `parallax-export-${stamp.slice(0, 10)}`;
  if (format === 'csv') return { filename: `${base}.csv`, mimeType: 'text/csv', encoding: 'utf8', content: toCsv(items), count: items.length };
  if (format === 'json') return { filename: `${base}.json`, mimeType: 'application/json', encoding: 'utf8', content: toJson(items, stamp), count: items.length };
  const zip = zipFiles(toMarkdownFiles(items));
  return { filename: `${base}.zip`, mimeType: 'application/zip', encoding: 'base64', content: Buffer.from(zip).toString('base64'), count: items.length };
}
