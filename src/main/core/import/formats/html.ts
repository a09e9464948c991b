// Saved web pages: one linkedom parse (fast), Mozilla Readability for the body, our own metadata
// reader for the fields Readability does not give or gives less reliably. jsdom is the fallback
// for pages linkedom cannot parse. Nothing here runs the page's scripts or loads its resources.
import { ImportReadability } from './readability-dom';
import { parseHTML } from 'linkedom';
import { ImportFileError, type ExtractedArticle, type FormatHandler, type SourceFile } from '../types';
import { decodeHead, decodeText } from '../decode';
import { MAX_SOURCE_NESTING, sourceNesting } from '../html-nesting';
import { stripInert } from '../html-strip';
import { trimChrome } from '../chrome';
import { normaliseDate } from '../dates';
import { normaliseInline } from '../normalise';
import { htmlBlocks } from './html-text';
import { serializeAllowed } from '../sanitize';
import { cleanByline, readMetadata, type PageMetadata } from './html-metadata';

const HTML_START = /^<(!doctype\s+html|html|head|body|meta|title|base)\b/i;

/** True when the file's first bytes are an HTML document whatever its name says. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = decodeHead(bytes, 2048).text.replace(/^\ufeff/, '');
  // Skip an XML prolog and leading comments (IE's "saved from url" comment, for one).
  for (;;) {
    const before = head;
    head = head.replace(/^\s+/, '').replace(/^<\?xml[^>]*>/i, '').replace(/^<!--[\s\S]*?-->/, '');
    if (head === before) break;
  }
  return HTML_START.test(head);
}

type Parsed = { document: Document; engine: 'linkedom' | 'jsdom' };

function parseWithLinkedom(html: string): Parsed {
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (!document?.documentElement) throw new Error('linkedom produced no document');
  return { document, engine: 'linkedom' };
}

function parseWithJsdom(html: string): Parsed {
  // Loaded on first use: jsdom takes over half a second to load, and is rarely needed, which
  // matters to every import thread that starts. Default options: no scripts, no subresources.
  // oxlint-disable-next-line typescript/no-require-imports
  const { JSDOM } = require('jsdom') as typeof import('jsdom');
  return { document: new JSDOM(html).window.document, engine: 'jsdom' };
}

interface Extraction {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  content: Element | null;
}

function runReadability(document: Document): Extraction | null {
  const r = new ImportReadability<Element>(document, { serializer: (el) => el as Element, keepClasses: false }).parse();
  if (!r) return null;
  return {
    title: r.title ?? null,
    byline: r.byline ?? null,
    siteName: r.siteName ?? null,
    publishedTime: r.publishedTime ?? null,
    lang: r.lang ?? null,
    excerpt: r.excerpt ?? null,
    content: r.content ?? null,
  };
}

/** Readability resolves relative links against the base URI: give it the page's own address. */
function addBase(document: Document, url: string | null): void {
  if (!url || document.querySelector('base[href]')) return;
  const head = document.head ?? document.querySelector('head');
  if (!head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  head.insertBefore(base, head.firstChild);
}

/** Page furniture removed when Readability finds no article and the whole body is used. */
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

function bodyFallback(document: Document): Element | null {
  const body = document.body ?? document.querySelector('body');
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll(FURNITURE))) el.remove();
  return body;
}

/** Text and HTML of the article element, with trailing chrome cut from both. */
function bodyOf(content: Element): { text: string; html: string } {
  const blocks = htmlBlocks(content);
  const keep = trimChrome(blocks.map((b) => b.text));
  blocks.forEach((b, i) => {
    if (keep[i] || b.element === content) return;
    // Only remove an element that holds nothing but the dropped text.
    const own = (b.element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (own === b.text.replace(/\s+/g, ' ').trim()) b.element.remove();
  });
  // The allowed part of the tree, written straight from it: serialising all of it (innerHTML)
  // only for the sanitizer to parse it back cost more than the rest of this function. The
  // sanitizer still runs on the result, last (prepare.ts).
  return { text: blocks.filter((_, i) => keep[i]).map((b) => b.text).join('\n\n'), html: serializeAllowed(content) };
}

// Readability's scoring is quadratic in nesting depth: a hostile page of thousands of nested
// <div>s would take minutes. Real pages stay far below these (the readability corpus: depth
// 38, 9,888 elements at most); beyond them the text is taken without Readability.
const MAX_DEPTH = 200;
const MAX_ELEMENTS = 100_000;

function isPathological(document: Document): boolean {
  const root = document.documentElement;
  if (!root) return false;
  const stack: [Element, number][] = [[root, 1]];
  let elements = 0;
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

/** Plain text of a pathological page, without walking its structure recursively. */
function flatText(document: Document): string {
  const body = document.body ?? document.documentElement;
  for (const el of Array.from(body?.querySelectorAll('script, style, noscript, template') ?? [])) el.remove();
  return (body?.textContent ?? '').replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim();
}

/** Extracts one article from an HTML document string (also used for HTML e-mail bodies). */
export function extractHtml(source: string, opts: { format?: string } = {}): ExtractedArticle {
  const html = stripInert(source);
  if (sourceNesting(html) > MAX_SOURCE_NESTING) {
    throw new ImportFileError(`the page is nested more than ${MAX_SOURCE_NESTING} levels deep, which no real article is; not imported`);
  }
  let parsed: Parsed;
  try {
    parsed = parseWithLinkedom(html);
  } catch {
    parsed = parseWithJsdom(html);
  }
  let meta = readMetadata(parsed.document);
  // Read before Readability, which rewrites the document.
  const h1 = parsed.document.querySelector('h1')?.textContent;
  if (isPathological(parsed.document)) {
    return { ...fromMetadata(meta, h1, null, opts.format), text: flatText(parsed.document), html: null, extra: { parser: parsed.engine, flattened: true } };
  }
  let found: Extraction | null;
  try {
    addBase(parsed.document, meta.url);
    found = runReadability(parsed.document);
  } catch {
    // A page that trips Readability over linkedom's DOM gets a second chance with jsdom's.
    parsed = parseWithJsdom(html);
    meta = readMetadata(parsed.document);
    addBase(parsed.document, meta.url);
    found = runReadability(parsed.document);
  }
  const content = found?.content ?? bodyFallback(parsed.document);
  const body = content ? bodyOf(content) : { text: '', html: '' };

  return { ...fromMetadata(meta, h1, found, opts.format), text: body.text, html: body.html || null, extra: { parser: parsed.engine } };
}

/** The article's fields other than its body: our metadata first, Readability's to fill gaps. */
function fromMetadata(meta: PageMetadata, h1: string | null | undefined, found: Extraction | null, format = 'html'): Omit<ExtractedArticle, 'text' | 'html'> {
  return {
    title: normaliseInline(found?.title || meta.title || h1, 500),
    byline: meta.byline ?? cleanByline(found?.byline),
    outlet: meta.outlet ?? (normaliseInline(found?.siteName, 200) || null),
    url: meta.url,
    published: meta.published ?? normaliseDate(found?.publishedTime),
    language: meta.language ?? found?.lang ?? null,
    excerpt: meta.excerpt ?? (normaliseInline(found?.excerpt, 1000) || null),
    format,
  };
}

export const htmlHandler: FormatHandler = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml', 'xht', 'shtml'],
  sniff: (file: SourceFile) => looksLikeHtml(file.bytes),
  extract(file: SourceFile) {
    const { text } = decodeText(file.bytes, { html: true });
    return [extractHtml(text)];
  },
};
