// Notebook pages: free-standing Markdown that links to articles (parallax://article/12) and
// quotes highlighted passages with their provenance (parallax://article/12#h5). The links are
// the page's structure: exports turn them into numbered citations (export/notebook.ts).
import type { Output } from '../../../shared/contract';
import type { Db } from '../db/open';
import { NotFoundError } from '../api/errors';
import { getHighlight } from '../repo/highlights';
import { articleRefs, deletePage, getPage, insertPage, listPages, updatePage, type PageRow } from '../repo/pages';
import { humanDate } from '../export/citations';

type Page = Output<'pages.get'>;
type PageSummary = Output<'pages.list'>[number];

/** An article link or quoted-passage link in a page's Markdown. */
export const PAGE_LINK = /parallax:\/\/article\/(\d{1,15})(?:#h(\d{1,15}))?/g;

export interface PageLinkRef {
  articleId: number;
  highlightId: number | null;
}

/** Distinct links of a page, in order of first appearance. */
export function pageLinks(body: string): PageLinkRef[] {
  const seen = new Set<string>();
  const out: PageLinkRef[] = [];
  for (const m of body.matchAll(PAGE_LINK)) {
    const key = `${m[1]}#${m[2] ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ articleId: Number(m[1]), highlightId: m[2] ? Number(m[2]) : null });
  }
  return out;
}

/** The first words of a page as plain text, for the list. */
function excerpt(head: string): string {
  return head
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

export function pageSummaries(db: Db): PageSummary[] {
  return listPages(db).map((p) => ({ id: p.id, title: p.title, excerpt: excerpt(p.head), createdAt: p.createdAt, updatedAt: p.updatedAt }));
}

function withLinks(db: Db, p: PageRow): Page {
  const links = pageLinks(p.body);
  const refs = articleRefs(db, [...new Set(links.map((l) => l.articleId))]);
  return {
    id: p.id,
    title: p.title,
    body: p.body,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    links: links.map((l) => ({ ...l, exists: refs.has(l.articleId), title: refs.get(l.articleId)?.title ?? null })),
  };
}

export function pageById(db: Db, id: number): Page {
  const p = getPage(db, id);
  if (!p) throw new NotFoundError(`There is no notebook page with id ${id}.`);
  return withLinks(db, p);
}

export function savePage(db: Db, input: { id?: number; title: string; body: string }): Page {
  if (input.id === undefined) return pageById(db, insertPage(db, input.title, input.body));
  if (!updatePage(db, input.id, input.title, input.body)) throw new NotFoundError(`There is no notebook page with id ${input.id}.`);
  return pageById(db, input.id);
}

export function removePage(db: Db, id: number): boolean {
  return deletePage(db, id);
}

/**
 * A block quote of a highlighted passage followed by its provenance, linking back to the
 * highlighted place: ready to paste into a page.
 */
export function embedHighlight(db: Db, highlightId: number): string {
  const h = getHighlight(db, highlightId);
  if (!h) throw new NotFoundError(`There is no highlight with id ${highlightId}.`);
  const a = articleRefs(db, [h.articleId]).get(h.articleId)!;
  const quote = h.quote
    .trim()
    .split(/\r?\n/)
    .map((l) => `> ${l}`.trimEnd());
  const source = [a.outlet, humanDate(a.published)].filter(Boolean).join(', ');
  const title = a.title.replace(/\s+/g, ' ').replace(/[[\]]/g, '');
  const provenance = `> — [${source ? `${source}: ` : ''}“${title}”](parallax://article/${a.id}#h${h.id})`;
  return `${[...quote, '>', provenance].join('\n')}\n`;
}
