// Markdown notes and clippings: YAML front matter (when present) gives the metadata; otherwise
// the first "# heading" or the first line is the title. The Markdown itself is kept as the text;
// a rendering of it is the HTML for the reader.
import { ImportFileError, type ExtractedArticle, type FormatHandler, type SourceFile } from '../types';
import { decodeText, looksLikeText } from '../decode';
import { normaliseDate } from '../dates';
import { normaliseInline } from '../normalise';
import { httpUrl } from './html-metadata';
import { renderMarkdown } from './markdown-render';

type FrontMatter = Record<string, string | string[]>;

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function unquote(v: string): string {
  const s = v.trim();
  if ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'"))) {
    return s.length >= 2 ? s.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'") : s;
  }
  return s.replace(/\s+#.*$/, '');
}

/** The flat subset of YAML that front matter uses: scalars, [inline] and "- item" lists. */
export function parseFrontMatter(yaml: string): FrontMatter {
  const out: FrontMatter = {};
  let listKey: string | null = null;
  for (const line of yaml.split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line);
    if (item && listKey) {
      const prev = out[listKey];
      const list = Array.isArray(prev) ? prev : [];
      list.push(unquote(item[1] ?? item[2] ?? ''));
      out[listKey] = list;
      continue;
    }
    const kv = /^([A-Za-z_][\w.-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.trim();
    listKey = value === '' ? key : null;
    if (value.startsWith('[') && value.endsWith(']')) {
      out[key] = value.slice(1, -1).split(',').map(unquote).filter(Boolean);
    } else if (value !== '' && value !== '|' && value !== '>') {
      out[key] = unquote(value);
    }
  }
  return out;
}

function first(fm: FrontMatter, keys: string[]): string | null {
  for (const k of keys) {
    const v = fm[k];
    const s = Array.isArray(v) ? v.join(', ') : v;
    if (s?.trim()) return s.trim();
  }
  return null;
}

const USED_KEYS = new Set([
  'title', 'headline', 'date', 'published', 'publishdate', 'pubdate', 'published_at', 'created', 'url', 'link', 'canonical',
  'canonical_url', 'source_url', 'original_url', 'source', 'outlet', 'publisher', 'publication', 'site', 'site_name',
  'byline', 'author', 'authors', 'lang', 'language', 'locale', 'description', 'excerpt', 'summary',
]);

/** Title from the body when front matter has none, and the body without that title line. */
function titleFromBody(body: string): { title: string; body: string } {
  const lines = body.split(/\r?\n/);
  const firstIdx = lines.findIndex((l) => l.trim() !== '');
  if (firstIdx === -1) return { title: '', body };
  const firstLine = lines[firstIdx]!;
  const setext = /^(=+|-+)\s*$/.test(lines[firstIdx + 1] ?? '');
  const atx = /^#\s+(.*?)\s*#*\s*$/.exec(firstLine);
  if (atx || setext) {
    const rest = lines.slice(firstIdx + (setext ? 2 : 1)).join('\n');
    return { title: atx ? atx[1]! : firstLine, body: rest };
  }
  const h1 = lines.find((l) => /^#\s+\S/.test(l));
  if (h1) return { title: /^#\s+(.*?)\s*#*\s*$/.exec(h1)![1]!, body };
  if (firstLine.trim().length <= 300) return { title: firstLine.replace(/^#+\s*/, ''), body: lines.slice(firstIdx + 1).join('\n') };
  return { title: '', body };
}

export function extractMarkdown(raw: string): ExtractedArticle {
  const m = FRONT_MATTER.exec(raw);
  const fm = m ? parseFrontMatter(m[1]!) : {};
  let body = m ? raw.slice(m[0].length) : raw;
  let title = first(fm, ['title', 'headline']);
  if (!title) ({ title, body } = titleFromBody(body));

  const source = first(fm, ['source']);
  const url = httpUrl(first(fm, ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'original_url'])) ?? httpUrl(source);
  const outlet = first(fm, ['outlet', 'publisher', 'publication', 'site_name', 'site']) ?? (source && !httpUrl(source) ? source : null);
  const extra = Object.fromEntries(Object.entries(fm).filter(([k]) => !USED_KEYS.has(k)));

  return {
    title: normaliseInline(title, 500),
    byline: normaliseInline(first(fm, ['byline', 'author', 'authors']), 300) || null,
    outlet: normaliseInline(outlet, 200) || null,
    url,
    published: normaliseDate(first(fm, ['date', 'published', 'publishdate', 'pubdate', 'published_at', 'created'])),
    language: first(fm, ['lang', 'language', 'locale']),
    excerpt: normaliseInline(first(fm, ['description', 'excerpt', 'summary']), 1000) || null,
    text: body,
    html: renderMarkdown(body) || null,
    format: 'md',
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

export const markdownHandler: FormatHandler = {
  format: 'md',
  extensions: ['md', 'markdown', 'mdown', 'mkd', 'mdx'],
  extract(file: SourceFile) {
    if (!looksLikeText(file.bytes)) throw new ImportFileError('the file does not contain readable text (it looks like a binary file)');
    return [extractMarkdown(decodeText(file.bytes).text)];
  },
};
