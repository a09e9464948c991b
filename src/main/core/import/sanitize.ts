// The one place article HTML becomes safe to show: DOMPurify over a single, lazily created jsdom
// window, run last after every converter. The allow-list is formatting and structure only; links
// keep http(s)/mailto targets; images keep no remote source (a remote image tells its owner the
// article was opened), only inline data: images of raster types, otherwise their alt text.
import { JSDOM } from 'jsdom';
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { MAX_SOURCE_NESTING, sourceNesting } from './html-nesting';

const ALLOWED_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'lang', 'dir', 'datetime', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'abbr'];
// Dropped with everything inside them (the rest of the disallowed tags keep their text; a
// <form> does, because some sites wrap a whole page in one).
const FORBID_CONTENTS = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'input', 'button', 'select', 'option', 'textarea', 'head', 'title', 'meta', 'link', 'base',
  'xmp', 'plaintext', 'audio', 'video', 'source', 'track', 'canvas', 'map', 'area',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_CONTENTS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
};

const LINK_SCHEME = /^(https?:|mailto:)/i;
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;

let purifier: DOMPurify | null = null;
let jsdomWindow: ReturnType<typeof makeWindow> | null = null;
let scratchBody: HTMLElement | null = null;

function makeWindow() {
  // jsdom never runs scripts or loads resources unless asked to; we ask for neither.
  return new JSDOM('<!doctype html><html><body></body></html>').window;
}

function window() {
  return (jsdomWindow ??= makeWindow());
}

function instance(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(window() as unknown as Parameters<typeof createDOMPurify>[0]);
    // An image without an allowed source would be an empty box: its alt text stands in, as text.
    purifier.addHook('uponSanitizeElement', (node) => {
      const el = node as Element;
      if (el.nodeName !== 'IMG' || DATA_IMAGE.test((el.getAttribute('src') ?? '').trim())) return;
      const alt = (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
      el.replaceWith(el.ownerDocument.createTextNode(alt ? `[${alt}]` : ''));
    });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element;
      if (el.nodeName === 'A') {
        const href = el.getAttribute('href');
        if (href !== null && !LINK_SCHEME.test(href.trim())) el.removeAttribute('href');
      } else if (el.nodeName !== 'IMG') {
        el.removeAttribute('src');
      }
    });
  }
  return purifier;
}

/**
 * Safe HTML for the reader, or null when nothing visible is left. Idempotent:
 * sanitizeHtml(sanitizeHtml(x)) === sanitizeHtml(x).
 */
export function sanitizeHtml(html: string | null | undefined): string | null {
  if (!html) return null;
  // Beyond these the reader view is not worth the cost (or jsdom's recursion limit): the
  // article keeps its text and simply has no formatted view.
  if (html.length > MAX_HTML_CHARS || sourceNesting(html) > MAX_SOURCE_NESTING) return null;
  try {
    return sanitizeOnce(html);
  } catch {
    return null;
  }
}

const MAX_HTML_CHARS = 20 * 1024 * 1024;

function sanitizeOnce(html: string): string | null {
  const purify = instance();
  let out = purify.sanitize(html, CONFIG);
  // Tag soup can serialise to markup that parses into a different tree (an <li> inside an <li>
  // via a removed table, say). Re-parse once: if the tree changes, sanitize what it became,
  // until the output is a fixed point, so that sanitizing it again changes nothing.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const reparsed = reparse(out);
    if (reparsed === out) break;
    out = purify.sanitize(reparsed, CONFIG);
  }
  return emptyToNull(out);
}

const MAX_PASSES = 4;

function reparse(html: string): string {
  const body = scratchBody ?? (scratchBody = window().document.implementation.createHTMLDocument('').body);
  body.innerHTML = html;
  const out = body.innerHTML;
  body.innerHTML = '';
  return out;
}

function emptyToNull(html: string): string | null {
  return html.replace(/<br\s*\/?>|&nbsp;|\s/gi, '') === '' ? null : html;
}
