// A comparison as a file the journalist keeps or sends: Markdown, a self-contained HTML page,
// or a CSV of the claims matrix. Article text is hostile: in HTML every string is escaped and the
// page carries a CSP that forbids scripts and any network load; it has no script, no external
// stylesheet, font or image. In Markdown, characters that would start markup or inline HTML are
// backslash-escaped.
import type { CompareRunT } from '../compare/library-compare';
import { claimsCsv } from './compare-report-csv';
import { reportBlocks, reportTitle, type Block, type ReportOptions } from './compare-report-model';

export type ReportFormat = 'md' | 'html' | 'csv';

// Emphasis, code, links and images (brackets), inline HTML and autolinks (angle brackets),
// table cells, strikethrough. Parentheses need no escape once brackets cannot open a link.
const MD_SPECIAL = /[\\`*_[\]<>|~]/g;
// What starts a heading, quote, list or setext underline when it opens a line.
const MD_LINE_START = /^(?:[#>+=-]|\d+[.)])/;

export function mdEscape(s: string): string {
  const out = s.replace(/\s+/g, ' ').trim().replace(MD_SPECIAL, (c) => `\\${c}`);
  return MD_LINE_START.test(out) ? `\\${out}` : out;
}

export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'h':
        out.push(`${'#'.repeat(b.level)} ${mdEscape(b.text)}`);
        break;
      case 'p':
        out.push(mdEscape(b.text));
        break;
      case 'quote':
        out.push(`> ${mdEscape(b.text)}`);
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${mdEscape(i)}`).join('\n'));
        break;
      case 'table': {
        const row = (cells: string[]) => `| ${cells.map((c) => mdEscape(c) || ' ').join(' | ')} |`;
        out.push([row(b.head), `|${b.head.map(() => ' --- ').join('|')}|`, ...b.rows.map(row)].join('\n'));
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}

export function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
  :root { color-scheme: light dark; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #8884; } h3 { font-size: 1.05rem; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
  th, td { border: 1px solid #8886; padding: .25rem .5rem; text-align: left; vertical-align: top; }
  th { background: #8882; }
  blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid #888; }
`;

export function renderHtml(blocks: Block[], title: string): string {
  const body = blocks.map((b) => {
    switch (b.kind) {
      case 'h':
        return `<h${b.level}>${htmlEscape(b.text)}</h${b.level}>`;
      case 'p':
        return `<p>${htmlEscape(b.text)}</p>`;
      case 'quote':
        return `<blockquote>${htmlEscape(b.text)}</blockquote>`;
      case 'list':
        return `<ul>\n${b.items.map((i) => `<li>${htmlEscape(i)}</li>`).join('\n')}\n</ul>`;
      case 'table':
        return (
          `<table>\n<thead><tr>${b.head.map((h) => `<th>${htmlEscape(h)}</th>`).join('')}</tr></thead>\n<tbody>\n` +
          b.rows.map((r) => `<tr>${r.map((c) => `<td>${htmlEscape(c)}</td>`).join('')}</tr>`).join('\n') +
          '\n</tbody>\n</table>'
        );
    }
    return '';
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlEscape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** A file name from the title: letters and digits of any script, dashes, no path characters. */
export function reportFilename(title: string, format: ReportFormat, now: string): string {
  const slug =
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'comparison';
  const suffix = format === 'csv' ? '-claims' : '';
  return `${slug}${suffix}-${now.slice(0, 10)}.${format}`;
}

const MIME: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function exportComparison(run: CompareRunT, format: ReportFormat, opts: ReportOptions = {}): { filename: string; mime: string; content: string } {
  const now = opts.now ?? new Date().toISOString();
  const title = reportTitle(run, opts);
  let content: string;
  if (format === 'csv') content = claimsCsv(run);
  else {
    const blocks = reportBlocks(run, { ...opts, now });
    content = format === 'md' ? renderMarkdown(blocks) : renderHtml(blocks, `Coverage comparison: ${title}`);
  }
  return { filename: reportFilename(title, format, now), mime: MIME[format], content };
}
