// A notebook page for an editor: Markdown, or one self-contained HTML file (no scripts, no
// outside resources, every text escaped). Links to articles and quoted passages become numbered
// citations with a list of sources at the end, so each quotation says where it came from.
import type { Output } from '../../../shared/contract';
import type { Db } from '../db/open';
import { renderMarkdown } from '../import/formats/markdown-render';
import { sanitizeHtml } from '../import/sanitize';
import { articleRefs, type ArticleRef } from '../repo/pages';
import { pageById, PAGE_LINK } from '../notebook/pages';
import { referenceLine } from './citations';
import { slugify } from './articles';

type ExportFile = Output<'pages.export'>;

// Private-use characters stand for a citation while the Markdown is rendered and sanitized.
const OPEN = '\ue010';
const CLOSE = '\ue011';
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
const MD_LINK = new RegExp(`\\[([^\\]]*)\\]\\((?:<)?${PAGE_LINK.source}(?:>)?\\)`, 'g');

interface Cited {
  body: string;
  sources: ArticleRef[];
}

/**
 * The page body with each link replaced by a marker for its source number (0 = the article is no
 * longer in the library), and the sources in order of first citation.
 */
function cite(db: Db, body: string): Cited {
  const clean = body.replace(new RegExp(`[${OPEN}${CLOSE}]`, 'g'), '');
  const ids = [...clean.matchAll(PAGE_LINK)].map((m) => Number(m[1]));
  const refs = articleRefs(db, [...new Set(ids)]);
  const numbers = new Map<number, number>();
  const sources: ArticleRef[] = [];
  const numberOf = (id: number) => {
    const ref = refs.get(id);
    if (!ref) return 0;
    let n = numbers.get(id);
    if (n === undefined) {
      sources.push(ref);
      n = sources.length;
      numbers.set(id, n);
    }
    return n;
  };
  const marked = clean
    .replace(MD_LINK, (_, text: string, id: string) => `${text}${OPEN}${numberOf(Number(id))}${CLOSE}`)
    .replace(PAGE_LINK, (_, id: string) => `${OPEN}${numberOf(Number(id))}${CLOSE}`);
  return { body: marked, sources };
}

export function pageMarkdown(db: Db, id: number): string {
  const page = pageById(db, id);
  const { body, sources } = cite(db, page.body);
  const text = body
    .replace(MARKER, (_, n: string) => (n === '0' ? ' [source no longer in the library]' : ` [${n}]`))
    .replace(/ {2,}\[/g, ' [');
  const out = [`# ${page.title}`, '', text.trim(), ''];
  if (sources.length) out.push('## Sources', '', ...sources.map((s, i) => `${i + 1}. ${referenceLine(s)}`), '');
  return out.join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `body{font:16px/1.55 Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;color:#1b1b1b;background:#fff}
blockquote{margin:1em 0;padding:.2em 1em;border-left:3px solid #c9a227;color:#333}
sup a{text-decoration:none}h1{font-size:1.8em}ol.sources{font-size:.92em}code,pre{font-family:ui-monospace,monospace}
@media (prefers-color-scheme:dark){body{background:#161616;color:#e6e6e6}blockquote{color:#ccc}a{color:#8ab4f8}}`;

function sourceItem(s: ArticleRef, n: number): string {
  const line = escapeHtml(referenceLine(s));
  const url = s.url && /^https?:\/\//i.test(s.url.trim()) ? s.url.trim() : null;
  // The URL is already part of the line; make that part a link.
  const linked = url ? line.replace(escapeHtml(url), `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`) : line;
  return `<li id="source-${n}">${linked} <small>(Parallax article ${s.id})</small></li>`;
}

export function pageHtml(db: Db, id: number): string {
  const page = pageById(db, id);
  const { body, sources } = cite(db, page.body);
  // Rendered and sanitized like any other Markdown (raw HTML shown as text, links only http(s)/mailto,
  // no remote images); citation markers survive as text and become links to the sources below.
  const rendered = (sanitizeHtml(renderMarkdown(body)) ?? '').replace(MARKER, (_, n: string) =>
    n === '0' ? '<sup>[source no longer in the library]</sup>' : `<sup><a href="#source-${n}">[${n}]</a></sup>`,
  );
  const list = sources.length ? `<section><h2>Sources</h2><ol class="sources">${sources.map((s, i) => sourceItem(s, i + 1)).join('')}</ol></section>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${escapeHtml(page.title)}</h1>
${rendered}
${list}
</article>
</body>
</html>
`;
}

export function exportPage(db: Db, id: number, format: 'md' | 'html'): ExportFile {
  const page = pageById(db, id);
  const name = slugify(page.title);
  if (format === 'md') return { filename: `${name}.md`, mimeType: 'text/markdown', encoding: 'utf8', content: pageMarkdown(db, id), count: 1 };
  return { filename: `${name}.html`, mimeType: 'text/html', encoding: 'utf8', content: pageHtml(db, id), count: 1 };
}
