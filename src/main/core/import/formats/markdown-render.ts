// A small Markdown renderer for the reader view: headings, paragraphs, emphasis, links, images,
// lists, block quotes, code and rules. Raw HTML in the Markdown is shown as text (escaped), not
// interpreted; the output still goes through the sanitizer like every other converter's.

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline Markdown of one (already escaped) paragraph. */
function inline(raw: string): string {
  const codes: string[] = [];
  let s = escapeHtml(raw).replace(/`([^`]+)`/g, (_, c: string) => `\ue000${codes.push(`<code>${c}</code>`) - 1}\ue001`);
  s = s
    .replace(/!\[([^\]]*)\]\(([^)\s]+)(?:\s+&quot;[^&]*&quot;)?\)/g, '<img alt="$1" src="$2">')
    .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+&quot;([^&]*)&quot;)?\)/g, (_, text: string, href: string, title?: string) =>
      title ? `<a href="${href}" title="${title}">${text}</a>` : `<a href="${href}">${text}</a>`,
    )
    .replace(/&lt;((?:https?:\/\/|mailto:)[^\s&]+)&gt;/g, '<a href="$1">$1</a>')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '<strong>$2</strong>')
    .replace(/(^|[^\w*])([*_])(?=\S)([\s\S]*?\S)\2(?![\w*])/g, '$1<em>$3</em>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>')
    .replace(/ {2,}\n|\\\n/g, '<br>');
  return s.replace(/\ue000(\d+)\ue001/g, (_, i: string) => codes[Number(i)] ?? '');
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^(```|~~~)/;
const RULE = /^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const ORDERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;

export function renderMarkdown(md: string): string {
  const lines = md.replace(/[\ue000\ue001]/g, '').replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  const paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join('\n'))}</p>`);
    paragraph.length = 0;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = FENCE.exec(line.trim());
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence[1]!); i++) body.push(lines[i]!);
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      i++;
      continue;
    }
    if (!line.trim()) {
      flush();
      i++;
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      out.push(`<h${h[1]!.length}>${inline(h[2]!)}</h${h[1]!.length}>`);
      i++;
      continue;
    }
    if (paragraph.length && /^(=+|-+)\s*$/.test(line)) {
      const level = line.trim().startsWith('=') ? 1 : 2;
      out.push(`<h${level}>${inline(paragraph.join(' '))}</h${level}>`);
      paragraph.length = 0;
      i++;
      continue;
    }
    if (RULE.test(line.trim())) {
      flush();
      out.push('<hr>');
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      flush();
      const body: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i]!); i++) body.push(QUOTE.exec(lines[i]!)![1]!);
      out.push(`<blockquote>${renderMarkdown(body.join('\n'))}</blockquote>`);
      continue;
    }
    const list = BULLET.test(line) ? BULLET : ORDERED.test(line) ? ORDERED : null;
    if (list) {
      flush();
      const items: string[] = [];
      for (; i < lines.length && lines[i]!.trim(); i++) {
        const m = list.exec(lines[i]!);
        if (m) items.push(m[1]!);
        else if (items.length) items[items.length - 1] += `\n${lines[i]!.trim()}`;
      }
      const tag = list === BULLET ? 'ul' : 'ol';
      out.push(`<${tag}>${items.map((it) => `<li>${inline(it)}</li>`).join('')}</${tag}>`);
      continue;
    }
    paragraph.push(line.trim());
    i++;
  }
  flush();
  return out.join('\n');
}
