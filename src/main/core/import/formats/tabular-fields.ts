// Maps one record of a JSON/NDJSON/CSV export onto an article without configuration: common field
// names in any case or spelling ("published_at", "publishedAt", "Published At"), nested
// {source: {name}} objects, arrays of authors. Everything else is kept as `extra`.
import type { ExtractedArticle } from '../types';
import { htmlToText, oneLine, titleFromText, toIsoDate } from './extra-text';

type Field = 'title' | 'text' | 'html' | 'url' | 'date' | 'outlet' | 'author' | 'lang' | 'excerpt';

// Earlier names win when a record has several (a "text" beats a "description").
const NAMES: Record<Field, string[]> = {
  title: ['title', 'headline', 'heading', 'webtitle', 'articletitle', 'subject'],
  text: ['text', 'body', 'content', 'article', 'articletext', 'articlebody', 'fulltext', 'maintext', 'bodytext', 'story', 'plaintext'],
  html: ['html', 'bodyhtml', 'contenthtml', 'articlehtml'],
  url: ['url', 'link', 'href', 'permalink', 'canonicalurl', 'articleurl', 'weburl', 'sourceurl', 'uri'],
  date: ['date', 'published', 'publishedat', 'pubdate', 'publicationdate', 'publishdate', 'datepublished', 'webpublicationdate', 'datetime', 'created', 'createdat', 'timestamp', 'time', 'updated'],
  outlet: ['outlet', 'source', 'site', 'sitename', 'publisher', 'publication', 'newspaper', 'media', 'medium', 'sourcename', 'domain'],
  author: ['author', 'authors', 'byline', 'creator', 'writer', 'by'],
  lang: ['lang', 'language', 'locale'],
  excerpt: ['excerpt', 'summary', 'description', 'abstract', 'lead', 'standfirst', 'dek', 'teaser'],
};

const FIELD_OF = new Map<string, Field>();
for (const [field, names] of Object.entries(NAMES) as [Field, string[]][]) for (const n of names) FIELD_OF.set(n, field);

export const normKey = (k: string): string => k.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The article field a column or key stands for, if any. */
export function fieldOf(key: string): Field | null {
  return FIELD_OF.get(normKey(key)) ?? null;
}

/** A value as one string: objects give their name/title, arrays are joined. */
function asString(v: unknown, depth = 0): string | null {
  if (v == null || depth > 3) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => asString(x, depth + 1)).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) if (['name', 'title', 'displayname', 'value'].includes(normKey(k))) return asString(o[k], depth + 1);
  }
  return null;
}

const LOOKS_HTML = /<(p|div|br|h[1-6]|ul|ol|li|blockquote|article|section|span|a|strong|em|b|i)\b[^>]*>/i;
const LANG_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/;

/** One record → one article, or null when it has no text at all. */
export function mapRecord(record: Record<string, unknown>, format: string): ExtractedArticle | null {
  const chosen: Partial<Record<Field, { key: string; rank: number }>> = {};
  for (const [key, value] of Object.entries(record)) {
    const field = fieldOf(key);
    if (!field || asString(value) == null) continue;
    const rank = NAMES[field].indexOf(normKey(key));
    const prev = chosen[field];
    if (!prev || rank < prev.rank) chosen[field] = { key, rank };
  }
  const found: Partial<Record<Field, unknown>> = {};
  for (const [field, c] of Object.entries(chosen) as [Field, { key: string }][]) found[field] = record[c.key];
  const used = new Set(Object.values(chosen).map((c) => c.key));
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    // JSON.parse makes "__proto__" an own key; never let it reach an object literal's prototype.
    if (used.has(key) || key === '__proto__' || value == null || value === '') continue;
    extra[key] = value;
  }
  // A record's text may be HTML; an HTML column gives the text when there is no text column.
  const rawText = asString(found.text);
  const rawHtml = asString(found.html) ?? (rawText && LOOKS_HTML.test(rawText) ? rawText : null);
  const text = rawText && !(rawHtml && rawHtml === rawText) ? rawText.replace(/\r\n?/g, '\n').trim() : rawHtml ? htmlToText(rawHtml) : '';
  if (!text) return null;
  const title = oneLine(asString(found.title) ?? '') || titleFromText(text);
  const lang = asString(found.lang);
  return {
    title,
    byline: oneLine(asString(found.author) ?? '') || null,
    outlet: oneLine(asString(found.outlet) ?? '') || null,
    url: asString(found.url),
    published: typeof found.date === 'number' ? toIsoDate(found.date) : toIsoDate(asString(found.date)),
    language: lang && LANG_TAG.test(lang) ? lang.replace('_', '-') : null,
    excerpt: oneLine(asString(found.excerpt) ?? '') || null,
    text,
    html: rawHtml,
    format,
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}
