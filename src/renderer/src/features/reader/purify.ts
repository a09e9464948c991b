// DOMPurify, the last step before an article's HTML is shown. The library already stores only
// what its allow-list serializer writes (src/main/core/import/sanitize.ts); this checks it again
// in the window, with the browser's own parser (the one that will read it, so a difference
// between parsers cannot smuggle anything through), against the same lists.
import DOMPurify from 'dompurify';
import { ARTICLE_ATTRIBUTES, ARTICLE_IMAGE, ARTICLE_LINK, ARTICLE_TAGS } from '../../../../shared/article-html';

let purifier: ReturnType<typeof DOMPurify> | null = null;

function instance(): ReturnType<typeof DOMPurify> | null {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  // Without a DOM DOMPurify would hand its input back unchanged: then nothing is shown as HTML.
  if (!p.isSupported) return null;
  p.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue.trim();
    if (data.attrName === 'href' && (node.nodeName !== 'A' || !ARTICLE_LINK.test(value))) data.keepAttr = false;
    if (data.attrName === 'src' && (node.nodeName !== 'IMG' || !ARTICLE_IMAGE.test(value))) data.keepAttr = false;
  });
  purifier = p;
  return p;
}

/** The article HTML as DOMPurify lets it through; null when it cannot run (then the reader shows the text). */
export function purifyArticleHtml(html: string): string | null {
  const p = instance();
  if (!p) return null;
  return p.sanitize(html, {
    ALLOWED_TAGS: [...ARTICLE_TAGS],
    ALLOWED_ATTR: [...ARTICLE_ATTRIBUTES],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    WHOLE_DOCUMENT: false,
  });
}
