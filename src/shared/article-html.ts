// What article HTML may contain, for both sanitizers: the library's allow-list serializer, which
// writes it when an article is imported (src/main/core/import/sanitize.ts), and DOMPurify, which
// checks it again in the window right before the reader shows it (the renderer's reader).

/** Formatting and structure: nothing that runs, styles, loads, submits or frames. */
export const ARTICLE_TAGS: readonly string[] = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

/** Attributes kept (values escaped); no event handler, style or class can be among them. */
export const ARTICLE_ATTRIBUTES: readonly string[] = [
  'href', 'src', 'alt', 'title', 'lang', 'dir', 'datetime', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'abbr',
];

/** Link targets kept on <a href>. */
export const ARTICLE_LINK = /^(https?:|mailto:)/i;

/** Image sources kept on <img src>: inline raster images only (a remote one would tell its owner the article was read). */
export const ARTICLE_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;
