// Highlights: a passage of an article's text with a colour and an optional comment. Stored with
// its quote and context so that it can be found again when the text changes (anchor.ts);
// listing an article's highlights re-anchors any that no longer sit on their quote.
import type { Output } from '../../../shared/contract';
import type { Db } from '../db/open';
import { NotFoundError, UserError } from '../api/errors';
import {
  articleTextAndTitle,
  deleteHighlight,
  getHighlight,
  insertHighlight,
  listHighlights,
  updateHighlightAnchor,
  updateHighlightNote,
  type HighlightRow,
} from '../repo/highlights';
import { anchorAt, reanchor } from './anchor';

type Highlight = Output<'highlights.list'>[number];

export function toHighlight(r: HighlightRow): Highlight {
  return {
    id: r.id,
    articleId: r.articleId,
    start: r.start,
    end: r.end,
    quote: r.quote,
    color: r.color as Highlight['color'],
    comment: r.comment,
    anchor: r.anchor,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function articleText(db: Db, articleId: number): string {
  const a = articleTextAndTitle(db, articleId);
  if (!a) throw new NotFoundError(`There is no article with id ${articleId} in this library.`);
  return a.text;
}

/**
 * The article's highlights, each checked against the current text. One whose quote moved or
 * changed is stored at its new place; one whose passage is gone is marked lost (and keeps its
 * quote, so the margin can still show what it was).
 */
export function highlightsOf(db: Db, articleId: number): Highlight[] {
  const text = articleText(db, articleId);
  const rows = listHighlights(db, articleId);
  const changed: HighlightRow[] = [];
  for (const h of rows) {
    if (text.slice(h.start, h.end) === h.quote) continue;
    const p = reanchor(text, h);
    if (p.status === 'lost') {
      if (h.anchor !== 'lost') changed.push({ ...h, anchor: 'lost' });
      continue;
    }
    changed.push({ ...h, ...anchorAt(text, p.start, p.end), anchor: p.status });
  }
  if (changed.length) {
    db.transaction(() => changed.forEach((h) => updateHighlightAnchor(db, h)))();
    return listHighlights(db, articleId).map(toHighlight);
  }
  return rows.map(toHighlight);
}

export interface NewHighlight {
  articleId: number;
  start: number;
  end: number;
  quote?: string;
  color: string;
  comment: string;
}

/**
 * Highlights text[start, end). When the reader also sends the quote it saw and the offsets do
 * not land on it exactly (the reader's view of the text can differ slightly), the quote is
 * anchored near the offsets instead; a quote found nowhere is refused.
 */
export function createHighlight(db: Db, h: NewHighlight): Highlight {
  const text = articleText(db, h.articleId);
  let { start, end } = h;
  if (end > text.length) {
    if (h.quote === undefined) throw new UserError(`That passage ends at character ${end}, past the end of the article (${text.length} characters).`);
    start = Math.min(start, text.length);
    end = text.length;
  }
  if (h.quote !== undefined && text.slice(start, end) !== h.quote) {
    const p = reanchor(text, { start, end, quote: h.quote, prefix: '', suffix: '' });
    if (p.status === 'lost' || p.status === 'fuzzy') throw new UserError('The selected passage could not be found in the article text; select it again.');
    ({ start, end } = p);
  }
  if (text.slice(start, end).trim() === '') throw new UserError('Select some words to highlight, not only spaces.');
  const a = anchorAt(text, start, end);
  const id = insertHighlight(db, { articleId: h.articleId, ...a, color: h.color, comment: h.comment, anchor: 'exact' });
  return toHighlight(getHighlight(db, id)!);
}

export function updateHighlight(db: Db, id: number, change: { color?: string; comment?: string }): Highlight {
  const h = getHighlight(db, id);
  if (!h) throw new NotFoundError(`There is no highlight with id ${id}.`);
  updateHighlightNote(db, id, change.color ?? h.color, change.comment ?? h.comment);
  return toHighlight(getHighlight(db, id)!);
}

export function removeHighlight(db: Db, id: number): boolean {
  return deleteHighlight(db, id);
}
