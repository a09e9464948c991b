// RSS 2.0, RSS 1.0 (RDF) and Atom files: each item that carries a body becomes an article, with the
// feed's title as outlet. linkedom's XML parser never resolves DTDs or custom entities (no XXE, no
// entity expansion) and fetches nothing.
import { DOMParser } from 'linkedom';
import { decodeHead, decodeText } from '../decode';
import type { ExtractContext, ExtractedArticle, FormatHandler, SourceFile } from '../types';
import { ImportFileError } from '../types';
import { escapeHtml, htmlToText, oneLine, paragraphsToHtml, splitParagraphs, titleFromText, toIsoDate } from './extra-text';

/** Items whose body is shorter than this are teasers, not articles. */
const MIN_BODY_CHARS = 80;

type El = Element;

const kids = (el: El | null | undefined): El[] => (el ? (Array.from(el.children) as El[]) : []);
const named = (el: El | null | undefined, ...names: string[]): El[] => kids(el).filter((c) => names.includes(c.tagName.toLowerCase()));
const first = (el: El | null | undefined, ...names: string[]): El | null => {
  for (const n of names) {
    const hit = named(el, n)[0];
    if (hit) return hit;
  }
  return null;
};
const text = (el: El | null | undefined): string => oneLine(el?.textContent ?? '');

const INLINE_TAG = /<\/?(?:b|i|em|strong|span|a|br|sup|sub|font|p|u|small|mark|q|cite|abbr)\b[^>]*>/i;

/**
 * Titles are text, but feeds often put escaped markup in them ("A &lt;b&gt;win&lt;/b&gt;"): Atom
 * says so with type="html"; in RSS only real tags tell, so "&lt;mutual&gt;" stays "<mutual>".
 */
function plainTitle(el: El | null): string {
  if (!el) return '';
  const raw = el.textContent ?? '';
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'xhtml') return oneLine(htmlToText(el.innerHTML));
  if (type === 'html' || (type !== 'text' && INLINE_TAG.test(raw))) return oneLine(htmlToText(raw));
  return oneLine(raw);
}

function atomLink(el: El): string | null {
  const links = named(el, 'link', 'atom:link');
  const alt = links.find((l) => !l.getAttribute('rel') || l.getAttribute('rel') === 'alternate') ?? null;
  return alt?.getAttribute('href')?.trim() || null;
}

/** "editor@example.com (Jane Doe)" → "Jane Doe"; a bare address gives no byline. */
function rssAuthor(s: string): string | null {
  const m = /\(([^)]+)\)\s*$/.exec(s);
  if (m?.[1]) return oneLine(m[1]);
  return s && !/^[^\s@]+@[^\s@]+$/.test(s) ? s : null;
}

interface Body {
  html: string;
  text: string;
}

function bodyFrom(el: El | null): Body | null {
  if (!el) return null;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'xhtml') {
    const html = el.innerHTML;
    return { html, text: htmlToText(html) };
  }
  const raw = el.textContent ?? '';
  if (type === 'text' || (!type && !/<[a-z!/][^>]*>/i.test(raw))) {
    const paras = splitParagraphs(raw);
    return { html: paragraphsToHtml(paras), text: paras.join('\n\n') };
  }
  return { html: raw, text: htmlToText(raw) };
}

function bestBody(...candidates: (El | null)[]): Body | null {
  let best: Body | null = null;
  for (const c of candidates) {
    const b = bodyFrom(c);
    if (b && b.text.length > (best?.text.length ?? 0)) best = b;
  }
  return best;
}

interface FeedInfo {
  kind: 'rss' | 'atom';
  title: string | null;
  link: string | null;
  language: string | null;
  items: El[];
}

function readFeed(doc: Document): FeedInfo | null {
  const root = doc.documentElement as El | null;
  const name = root?.tagName.toLowerCase();
  if (name === 'rss' || name === 'rdf:rdf') {
    const channel = first(root, 'channel');
    const items = name === 'rss' ? named(channel, 'item') : named(root, 'item');
    return { kind: 'rss', title: text(first(channel, 'title')) || null, link: text(first(channel, 'link')) || null, language: text(first(channel, 'language', 'dc:language')) || null, items };
  }
  if (name === 'feed') {
    return { kind: 'atom', title: plainTitle(first(root, 'title')) || null, link: root ? atomLink(root) : null, language: root?.getAttribute('xml:lang') ?? null, items: named(root, 'entry') };
  }
  return null;
}

function readItem(item: El, feed: FeedInfo): ExtractedArticle | null {
  const body =
    feed.kind === 'atom'
      ? bestBody(first(item, 'content'), first(item, 'summary'))
      : bestBody(first(item, 'content:encoded'), first(item, 'description'), first(item, 'content'));
  if (!body || body.text.length < MIN_BODY_CHARS) return null;
  const title = plainTitle(first(item, 'title')) || titleFromText(body.text);
  const link = feed.kind === 'atom' ? atomLink(item) : text(first(item, 'link')) || text(named(item, 'guid').find((g) => g.getAttribute('isPermaLink') !== 'false')) || null;
  const author = feed.kind === 'atom'
    ? text(first(first(item, 'author'), 'name')) || null
    : text(first(item, 'dc:creator')) || rssAuthor(text(first(item, 'author')));
  const date = feed.kind === 'atom'
    ? text(first(item, 'published')) || text(first(item, 'updated'))
    : text(first(item, 'pubdate')) || text(first(item, 'dc:date'));
  const categories = named(item, 'category', 'dc:subject').map((c) => c.getAttribute('term') ?? text(c)).filter(Boolean);
  const guid = text(first(item, 'guid', 'id'));
  const extra: Record<string, unknown> = {};
  if (feed.link) extra.feedUrl = feed.link;
  if (categories.length) extra.categories = categories;
  if (guid) extra.guid = guid;
  return {
    title,
    byline: author,
    outlet: feed.title,
    url: link,
    published: toIsoDate(date),
    language: item.getAttribute('xml:lang') ?? feed.language,
    excerpt: null,
    text: body.text,
    html: body.html || `<p>${escapeHtml(body.text)}</p>`,
    format: feed.kind,
    extra,
  };
}

function extractFeed(file: SourceFile, ctx: ExtractContext): ExtractedArticle[] {
  const { text: xml } = decodeText(file.bytes, { html: true });
  const doc = new DOMParser().parseFromString(xml.replace(/^\ufeff/, ''), 'text/xml') as unknown as Document;
  const feed = readFeed(doc);
  if (!feed) throw new ImportFileError(`${file.name} is XML but not an RSS or Atom feed.`);
  const out: ExtractedArticle[] = [];
  for (const item of feed.items) {
    const a = readItem(item, feed);
    if (a) out.push(a);
  }
  const short = feed.items.length - out.length;
  if (out.length === 0) {
    throw new ImportFileError(
      feed.items.length === 0
        ? `The feed ${file.name} has no items.`
        : `None of the ${feed.items.length} items in the feed ${file.name} carries an article body (only headlines or short summaries).`,
    );
  }
  if (short > 0) ctx.warn?.(file.path, `${short} feed item(s) without an article body were skipped`);
  return out;
}

export const feedHandler: FormatHandler = {
  format: 'rss',
  extensions: ['rss', 'atom', 'xml'],
  sniff(file) {
    let head = decodeHead(file.bytes, 4096).text.replace(/^\ufeff/, '');
    for (let prev = ''; prev !== head; ) {
      prev = head;
      head = head.replace(/^\s+/, '').replace(/^<\?[\s\S]*?\?>/, '').replace(/^<!--[\s\S]*?-->/, '').replace(/^<!doctype[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
    }
    return /^<(rss|rdf:RDF)\b/.test(head) || /^<feed\b[^>]*http:\/\/www\.w3\.org\/2005\/Atom/.test(head);
  },
  extract: extractFeed,
};
