// Builds the complete document shown in the reader's sandboxed frame. The article HTML was
// sanitized by the library; here DOMPurify checks it once more (./purify.ts), then it is parsed
// (never executed: DOMParser documents run no scripts and load nothing), links are disarmed,
// search terms are marked, and the result is serialised with a CSP that forbids every network
// load and every script.
import type { ArticleT } from '../../../../shared/contract';
import type { Theme } from '../../lib/theme';
import { paragraphs } from '../../lib/format';
import { findTerms } from '../../lib/fold';
import { purifyArticleHtml } from './purify';

const FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const COLORS: Record<Theme, { bg: string; fg: string; muted: string; rule: string; mark: string; markFg: string; current: string; link: string }> = {
  light: { bg: '#ffffff', fg: '#1d2126', muted: '#5f6670', rule: '#e3e6ea', mark: '#ffe58a', markFg: '#1d2126', current: '#ffb347', link: '#1f5fbf' },
  dark: { bg: '#17191d', fg: '#dfe2e7', muted: '#9aa1ab', rule: '#2c3037', mark: '#6b5a12', markFg: '#fff6d5', current: '#b2631a', link: '#8ab4f8' },
};

function stylesheet(theme: Theme): string {
  const c = COLORS[theme];
  return `
:root { color-scheme: ${theme}; }
html { background: ${c.bg}; }
body { margin: 0 auto; padding: 28px 32px 80px; max-width: 65ch; color: ${c.fg}; background: ${c.bg};
  font: 17px/1.65 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", serif;
  overflow-wrap: break-word; -webkit-font-smoothing: antialiased; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.3; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.3em; } h3 { font-size: 1.12em; }
p, ul, ol, blockquote, figure, table, pre { margin: 0 0 1em; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid ${c.rule}; color: ${c.muted}; }
img, video, svg { max-width: 100%; height: auto; }
figure figcaption, small { color: ${c.muted}; font-size: 0.85em; }
table { border-collapse: collapse; max-width: 100%; display: block; overflow-x: auto; }
td, th { border: 1px solid ${c.rule}; padding: 4px 8px; }
pre, code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
pre { overflow-x: auto; white-space: pre-wrap; }
hr { border: 0; border-top: 1px solid ${c.rule}; margin: 2em 0; }
.px-link { color: ${c.link}; text-decoration: underline dotted; text-underline-offset: 2px; }
mark { background: ${c.mark}; color: ${c.markFg}; border-radius: 2px; padding: 0 1px; scroll-margin-top: 40vh; }
mark:target { background: ${c.current}; outline: 2px solid ${c.current}; }
`;
}

/** Article HTML, or the plain text as escaped paragraphs (built as DOM nodes, so nothing is parsed). */
function bodyFor(doc: Document, article: BodySource): void {
  const html = article.html && article.html.trim() ? purifyArticleHtml(article.html) : null;
  if (html && html.trim()) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    doc.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => doc.importNode(n, true)));
    return;
  }
  const paras = paragraphs(article.text);
  doc.body.replaceChildren(
    ...paras.map((t) => {
      const p = doc.createElement('p');
      p.textContent = t;
      return p;
    }),
  );
}

/**
 * Links inside a script-less frame would either do nothing or navigate the frame away;
 * both are wrong. They become plain styled text; the URL stays readable as a tooltip.
 */
function disarmLinks(doc: Document): void {
  for (const a of Array.from(doc.body.querySelectorAll('a'))) {
    const span = doc.createElement('span');
    span.className = 'px-link';
    const href = a.getAttribute('href')?.trim() ?? '';
    // Only a readable web or mail address is worth showing; anything else is dropped.
    if (/^(https?:|mailto:)/i.test(href)) span.title = href;
    span.append(...Array.from(a.childNodes));
    a.replaceWith(span);
  }
  // Belt and braces: anything that could still load or act is removed, whatever the sanitizer did.
  doc.body.querySelectorAll('script, iframe, object, embed, form, base, meta, link, style').forEach((el) => el.remove());
}

/** Wraps every occurrence of the terms in <mark id="mN">; returns how many were marked. */
function markTerms(doc: Document, terms: string[]): number {
  if (terms.length === 0) return 0;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const spans = findTerms(text, terms);
    if (spans.length === 0) continue;
    const frag = doc.createDocumentFragment();
    let at = 0;
    for (const s of spans) {
      if (s.start > at) frag.append(text.slice(at, s.start));
      const mark = doc.createElement('mark');
      mark.id = `m${++count}`;
      mark.textContent = text.slice(s.start, s.end);
      frag.append(mark);
      at = s.end;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  return count;
}

export type BodySource = Pick<ArticleT, 'id' | 'html' | 'text' | 'language'>;

export interface ReaderDocument {
  srcdoc: string;
  matches: number;
}

export function buildReaderDocument(article: BodySource, highlight: string[], theme: Theme): ReaderDocument {
  const doc = document.implementation.createHTMLDocument('');
  bodyFor(doc, article);
  disarmLinks(doc);
  const matches = markTerms(doc, highlight);
  const lang = article.language ? ` lang="${article.language.replace(/[^A-Za-z0-9-]/g, '')}"` : '';
  const srcdoc =
    `<!doctype html><html${lang}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<style>${stylesheet(theme)}</style></head><body>${doc.body.innerHTML}</body></html>`;
  return { srcdoc, matches };
}
