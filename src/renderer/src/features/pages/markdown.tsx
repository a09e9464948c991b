// A tiny Markdown subset rendered as React elements (never HTML strings): headings, paragraphs,
// block quotes, lists, rules, **bold**, *emphasis*, `code` and [links](…). A parallax://article
// link becomes a button that opens the quoted article; web links show their address, inert.
import type { ReactNode } from 'react';

export interface LinkTarget {
  articleId: number;
  highlightId: number | null;
}

export function parseParallaxLink(url: string): LinkTarget | null {
  const m = /^parallax:\/\/article\/(\d+)(?:#h(\d+))?$/.exec(url.trim());
  return m ? { articleId: Number(m[1]), highlightId: m[2] ? Number(m[2]) : null } : null;
}

type Block =
  | { kind: 'h'; level: number; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'ul' | 'ol'; items: string[] }
  | { kind: 'hr' };

export function blocks(md: string): Block[] {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      out.push({ kind: 'h', level: h[1]!.length, text: h[2]!.trim() });
      i++;
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push({ kind: 'hr' });
      i++;
    } else if (/^\s*>/.test(line)) {
      const q: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i]!)) q.push(lines[i++]!.replace(/^\s*>\s?/, ''));
      out.push({ kind: 'quote', lines: q });
    } else if (/^\s*[-*+]\s+/.test(line) || /^\s*\d+[.)]\s+/.test(line)) {
      const ordered = /^\s*\d+[.)]\s+/.test(line);
      const re = ordered ? /^\s*\d+[.)]\s+/ : /^\s*[-*+]\s+/;
      const items: string[] = [];
      while (i < lines.length && re.test(lines[i]!)) items.push(lines[i++]!.replace(re, ''));
      out.push({ kind: ordered ? 'ol' : 'ul', items });
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i]!.trim() && !/^(#{1,6}\s|\s*>|\s*[-*+]\s|\s*\d+[.)]\s)/.test(lines[i]!)) para.push(lines[i++]!.trim());
      if (para.length === 0) para.push(lines[i++]!.trim());
      out.push({ kind: 'p', text: para.join(' ') });
    }
  }
  return out;
}

const INLINE = /(\*\*([^*]+)\*\*)|(\*([^*\s][^*]*)\*)|(`([^`]+)`)|(\[([^\]]*)\]\(([^)\s]+)\))/g;

function inline(text: string, onLink: (t: LinkTarget) => void, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  let n = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const k = `${key}-${n++}`;
    if (m[2] !== undefined) out.push(<strong key={k}>{inline(m[2], onLink, k)}</strong>);
    else if (m[4] !== undefined) out.push(<em key={k}>{inline(m[4], onLink, k)}</em>);
    else if (m[6] !== undefined) out.push(<code key={k}>{m[6]}</code>);
    else {
      const label = m[8] ?? '';
      const url = m[9] ?? '';
      const target = parseParallaxLink(url);
      out.push(
        target ? (
          <button key={k} type="button" className="md-link" data-testid="page-source-link" title="Open the quoted article" onClick={() => onLink(target)}>
            {inline(label, onLink, k)}
          </button>
        ) : (
          <span key={k} className="md-ext" title={url}>
            {inline(label, onLink, k)}
          </span>
        ),
      );
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function Markdown({ source, onLink }: { source: string; onLink(t: LinkTarget): void }) {
  return (
    <>
      {blocks(source).map((b, i) => {
        const k = `b${i}`;
        switch (b.kind) {
          case 'h': {
            const Tag = (`h${Math.min(b.level + 1, 6)}` as 'h2');
            return <Tag key={k}>{inline(b.text, onLink, k)}</Tag>;
          }
          case 'hr':
            return <hr key={k} />;
          case 'quote':
            return (
              <blockquote key={k}>
                {b.lines.map((l, j) => (l.trim() ? <p key={j}>{inline(l, onLink, `${k}-${j}`)}</p> : null))}
              </blockquote>
            );
          case 'ul':
          case 'ol': {
            const List = b.kind;
            return (
              <List key={k}>
                {b.items.map((it, j) => (
                  <li key={j}>{inline(it, onLink, `${k}-${j}`)}</li>
                ))}
              </List>
            );
          }
          default:
            return <p key={k}>{inline(b.text, onLink, k)}</p>;
        }
      })}
    </>
  );
}
