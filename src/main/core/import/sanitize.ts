// The place article HTML becomes safe to store, run last after every converter (the reader
// checks it once more with DOMPurify before showing it: src/renderer/.../reader/purify.ts).
//
// An allow-list serializer: the HTML is parsed (linkedom, fast; it runs nothing and loads
// nothing) and the tree is written out again keeping only formatting and structure tags, a few
// harmless attributes with their values escaped, and text with every '<' and '&' escaped. So the
// output can hold no element or attribute outside the lists (src/shared/article-html.ts), whatever parser later reads
// it: there is no markup left from which a browser could build a script, a style, an SVG or
// MathML island (mutation-XSS needs those), a form or a frame. Links keep http(s)/mailto targets;
// images keep no remote source (a remote image tells its owner the article was opened), only
// inline data: images of raster types, otherwise their alt text.
import { parseHTML } from 'linkedom';
import { MAX_SOURCE_NESTING, sourceNesting } from './html-nesting';
import { ARTICLE_ATTRIBUTES, ARTICLE_IMAGE, ARTICLE_LINK, ARTICLE_TAGS } from '../../../shared/article-html';

const ALLOWED_TAGS = new Set(ARTICLE_TAGS);
const VOID = new Set(['br', 'col', 'hr', 'img', 'wbr']);
const ALLOWED_ATTR = new Set(ARTICLE_ATTRIBUTES);
// Dropped with everything inside them (the rest of the disallowed tags keep their text; a
// <form> does, because some sites wrap a whole page in one).
const FORBID_CONTENTS = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'input', 'button', 'select', 'option', 'textarea', 'head', 'title', 'meta', 'link', 'base',
  'xmp', 'plaintext', 'audio', 'video', 'source', 'track', 'canvas', 'map', 'area',
]);

/** Beyond this depth the tree is written as its text only (the source check keeps it rare). */
const MAX_TREE_DEPTH = 1000;
const MAX_HTML_CHARS = 20 * 1024 * 1024;
/** Re-parse rounds until the output is a fixed point (see sanitizeOnce). */
const MAX_PASSES = 4;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function attributes(el: Element, tag: string): string {
  let out = '';
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (!ALLOWED_ATTR.has(name)) continue;
    const value = attr.value;
    if (name === 'href' && (tag !== 'a' || !ARTICLE_LINK.test(value.trim()))) continue;
    if (name === 'src' && (tag !== 'img' || !ARTICLE_IMAGE.test(value.trim()))) continue;
    out += ` ${name}="${escapeAttr(value)}"`;
  }
  return out;
}

/** Writes the allowed part of a node's children; returns the markup. */
function serializeChildren(parent: Node, depth: number): string {
  let out = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      out += escapeText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions, doctypes
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (FORBID_CONTENTS.has(tag)) continue;
    if (depth > MAX_TREE_DEPTH) {
      out += escapeText(el.textContent ?? '');
      continue;
    }
    if (tag === 'img') {
      const src = (el.getAttribute('src') ?? '').trim();
      if (ARTICLE_IMAGE.test(src)) {
        out += `<img${attributes(el, tag)}>`;
      } else {
        // An image without an allowed source would be an empty box: its alt text stands in.
        const alt = (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
        if (alt) out += escapeText(`[${alt}]`);
      }
      continue;
    }
    if (!ALLOWED_TAGS.has(tag)) {
      out += serializeChildren(el, depth + 1);
      continue;
    }
    out += `<${tag}${attributes(el, tag)}>`;
    if (VOID.has(tag)) continue;
    out += `${serializeChildren(el, depth + 1)}</${tag}>`;
  }
  return out;
}

let scratch: { body: HTMLElement } | null = null;

function parseFragment(html: string): HTMLElement {
  // One document, reused: linkedom parses a fragment assigned to innerHTML without scripts.
  scratch ??= { body: (parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { document: Document }).document.body };
  scratch.body.innerHTML = html;
  return scratch.body;
}

/** The allowed part of an element already parsed (a Readability result, say), as markup. */
export function serializeAllowed(root: Element | DocumentFragment): string {
  return serializeChildren(root, 0);
}

/**
 * Safe HTML for the reader, or null when nothing visible is left. Idempotent:
 * sanitizeHtml(sanitizeHtml(x)) === sanitizeHtml(x).
 */
export function sanitizeHtml(html: string | null | undefined): string | null {
  if (!html) return null;
  // Beyond these the reader view is not worth the cost: the article keeps its text and simply
  // has no formatted view.
  if (html.length > MAX_HTML_CHARS || sourceNesting(html) > MAX_SOURCE_NESTING) return null;
  try {
    return sanitizeOnce(html);
  } catch {
    return null;
  } finally {
    if (scratch) scratch.body.innerHTML = '';
  }
}

function sanitizeOnce(html: string): string | null {
  let out = serializeChildren(parseFragment(html), 0);
  // Markup that comes out unchanged is already a fixed point (HTML the extractor wrote with
  // serializeAllowed, typically): parsing it again would give it back once more.
  if (out === html) return emptyToNull(out);
  // Tag soup can serialise to markup that parses into a different tree (a <div> that ended up
  // inside a <p> once an unknown wrapper was removed). Re-parse until the output is a fixed
  // point, so that sanitizing it again changes nothing.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const again = serializeChildren(parseFragment(out), 0);
    if (again === out) break;
    out = again;
  }
  return emptyToNull(out);
}

function emptyToNull(html: string): string | null {
  return html.replace(/<br>|&nbsp;|\s/gi, '') === '' ? null : html;
}
