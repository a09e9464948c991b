// Citations of articles in the formats reference managers read (CSL-JSON, BibTeX, RIS — all
// three import into Zotero) and as a formatted reference line for the clipboard. Articles are
// news items: the outlet is the container, the byline gives the authors when it names people.
import type { Db } from '../db/open';
import { articleRefs } from '../repo/pages';

export interface CitableArticle {
  id: number;
  title: string;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  importedAt: string;
}

export type Author = { family: string; given: string } | { literal: string };

// Words that mark a byline part as an organisation or a role, not a person.
const NOT_A_PERSON = /\b(staff|reporters?|correspondents?|desk|news|agency|press|service|bureau|editorial|editors?|team|wire|media|times|post|daily|online)\b/i;
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|del|der|di|la|le|bin|al|ibn)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** People (family/given) or organisations (literal) named in a byline. */
export function parseAuthors(byline: string | null): Author[] {
  if (!byline) return [];
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*(by|von|par|por|от)\s+/i, '')
    .split(/\s[|–—]\s/)[0]!
    .trim();
  if (!cleaned) return [];
  return cleaned
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\bи\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((name): Author => {
      const isAllCaps = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name);
      if (!PERSON_NAME.test(name) || NOT_A_PERSON.test(name) || isAllCaps) return { literal: name };
      const parts = name.split(' ');
      let split = parts.length - 1;
      // Name particles belong to the family name: Ursula von der Leyen → von der Leyen.
      while (split > 1 && /^(van|von|de|da|del|der|di|la|le|bin|al|ibn)$/.test(parts[split - 1]!)) split--;
      return { family: parts.slice(split).join(' '), given: parts.slice(0, split).join(' ') };
    });
}

/** [year, month?, day?] of an ISO date or date-time, or null when there is none. */
export function dateParts(iso: string | null): number[] | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function humanDate(iso: string | null): string | null {
  const p = dateParts(iso);
  if (!p) return null;
  const [y, m, d] = p;
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1] ?? String(m);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---- CSL-JSON ----

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage' | 'document';
  title: string;
  author?: Author[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  'container-title'?: string;
  URL?: string;
  language?: string;
}

export function cslItem(a: CitableArticle): CslItem {
  const item: CslItem = {
    id: `parallax-${a.id}`,
    type: a.outlet ? 'article-newspaper' : safeUrl(a.url) ? 'webpage' : 'document',
    title: oneLine(a.title),
  };
  const authors = parseAuthors(a.byline);
  if (authors.length) item.author = authors;
  const issued = dateParts(a.published);
  if (issued) item.issued = { 'date-parts': [issued] };
  const accessed = dateParts(a.importedAt);
  if (accessed) item.accessed = { 'date-parts': [accessed] };
  if (a.outlet) item['container-title'] = oneLine(a.outlet);
  const url = safeUrl(a.url);
  if (url) item.URL = url;
  if (a.language) item.language = a.language;
  return item;
}

export function toCslJson(articles: CitableArticle[]): string {
  return `${JSON.stringify(articles.map(cslItem), null, 2)}\n`;
}

// ---- BibTeX ----

const BIB_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

export function bibEscape(s: string): string {
  return oneLine(s).replace(/[\\{}&%$#_^~]/g, (c) => BIB_SPECIAL[c]!);
}

function bibKey(a: CitableArticle): string {
  const authors = parseAuthors(a.byline);
  const first = authors[0];
  const who = first ? ('family' in first ? first.family : first.literal) : (a.outlet ?? 'article');
  const slug = who
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase()
    .slice(0, 20);
  const year = dateParts(a.published)?.[0] ?? 'nd';
  return `${slug || 'article'}${year}-${a.id}`;
}

const bibName = (au: Author) => ('family' in au ? `${bibEscape(au.family)}, ${bibEscape(au.given)}` : `{${bibEscape(au.literal)}}`);
const isoDate = (p: number[]) => p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

export function toBibtex(articles: CitableArticle[]): string {
  return articles
    .map((a) => {
      const fields: [string, string][] = [['title', `{${bibEscape(a.title)}}`]];
      const authors = parseAuthors(a.byline);
      if (authors.length) fields.push(['author', authors.map(bibName).join(' and ')]);
      if (a.outlet) fields.push(['journal', bibEscape(a.outlet)]);
      const d = dateParts(a.published);
      if (d) {
        fields.push(['year', String(d[0])]);
        fields.push(['date', isoDate(d)]);
      }
      // URLs go verbatim (the url package); only characters that would break the braces are encoded.
      const url = safeUrl(a.url);
      if (url) fields.push(['url', url.replace(/[{}\\]/g, (c) => encodeURIComponent(c))]);
      const accessed = dateParts(a.importedAt);
      if (accessed) fields.push(['urldate', isoDate(accessed)]);
      if (a.language) fields.push(['language', bibEscape(a.language)]);
      return `@article{${bibKey(a)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}

// ---- RIS ----

const risDate = (p: number[]) => `${p[0]}/${p[1] ? String(p[1]).padStart(2, '0') : ''}/${p[2] ? String(p[2]).padStart(2, '0') : ''}/`;

export function toRis(articles: CitableArticle[]): string {
  const lines: string[] = [];
  const tag = (t: string, v: string) => lines.push(`${t}  - ${oneLine(v)}`);
  for (const a of articles) {
    tag('TY', a.outlet ? 'NEWS' : 'ELEC');
    tag('ID', `parallax-${a.id}`);
    tag('TI', a.title);
    for (const au of parseAuthors(a.byline)) tag('AU', 'family' in au ? `${au.family}, ${au.given}` : au.literal);
    if (a.outlet) tag('T2', a.outlet);
    const d = dateParts(a.published);
    if (d) {
      tag('PY', String(d[0]));
      tag('DA', risDate(d));
    }
    const url = safeUrl(a.url);
    if (url) tag('UR', url);
    const accessed = dateParts(a.importedAt);
    if (accessed) tag('Y2', risDate(accessed));
    if (a.language) tag('LA', a.language);
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}

// ---- A formatted reference line ----

function authorText(authors: Author[]): string {
  const names = authors.map((au, i) => ('literal' in au ? au.literal : i === 0 ? `${au.family}, ${au.given}` : `${au.given} ${au.family}`));
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** Author. “Title.” Outlet, 19 June 2024. URL (a plain-text, Chicago-like news reference). */
export function referenceLine(a: CitableArticle): string {
  const parts: string[] = [];
  const authors = parseAuthors(a.byline);
  if (authors.length) parts.push(`${authorText(authors).replace(/\.$/, '')}.`);
  const title = oneLine(a.title).replace(/[.]$/, '');
  parts.push(/[?!]$/.test(title) ? `“${title}”` : `“${title}.”`);
  const where = [a.outlet ? oneLine(a.outlet) : null, humanDate(a.published)].filter(Boolean).join(', ');
  if (where) parts.push(`${where}.`);
  const url = safeUrl(a.url);
  if (url) parts.push(url);
  return parts.join(' ');
}

export function toReferenceLines(articles: CitableArticle[]): string {
  return `${articles.map(referenceLine).join('\n')}\n`;
}

// ---- Entry point for the channel and the CLI ----

export type CitationStyle = 'csl' | 'bibtex' | 'ris' | 'text';

const FORMATS: Record<CitationStyle, { ext: string; mimeType: string; render: (a: CitableArticle[]) => string }> = {
  csl: { ext: 'json', mimeType: 'application/vnd.citationstyles.csl+json', render: toCslJson },
  bibtex: { ext: 'bib', mimeType: 'application/x-bibtex', render: toBibtex },
  ris: { ext: 'ris', mimeType: 'application/x-research-info-systems', render: toRis },
  text: { ext: 'txt', mimeType: 'text/plain', render: toReferenceLines },
};

/** Citations of the articles among `ids` that exist, in the order given. */
export function exportCitations(db: Db, ids: number[], style: CitationStyle): { filename: string; mimeType: string; encoding: 'utf8'; content: string; count: number } {
  const unique = [...new Set(ids)];
  const refs = articleRefs(db, unique);
  const articles = unique.flatMap((id) => {
    const r = refs.get(id);
    return r ? [r] : [];
  });
  const f = FORMATS[style];
  return { filename: `parallax-citations.${f.ext}`, mimeType: f.mimeType, encoding: 'utf8', content: f.render(articles), count: articles.length };
}
