// Article metadata a saved page carries outside its body: <meta> tags (Open Graph, Dublin Core,
// Parse.ly, Sailthru…), JSON-LD, <link rel=canonical>, <html lang>, <time datetime>. Read before
// Readability runs, because Readability removes the scripts that hold JSON-LD.
import { normaliseDate } from '../dates';
import { normaliseInline } from '../normalise';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  excerpt: string | null;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author: string[];
  publisher?: string;
  inLanguage?: string;
  url?: string;
  description?: string;
}

const ARTICLE_TYPES = /article|posting|report|blog|newsarticle|webpage/i;

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const k of (m.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (k && !map.has(k)) map.set(k, content.trim());
      }
    }
  }
  return map;
}

function pick(meta: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object' && 'name' in v) return names((v as { name: unknown }).name);
  return [];
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && '@id' in v) return str((v as { '@id': unknown })['@id']);
  return undefined;
}

function typeOf(n: Record<string, unknown>): string {
  return [n['@type']].flat().join(' ');
}

function readJsonLd(doc: Document): JsonLdArticle | null {
  const nodes: Record<string, unknown>[] = [];
  const collect = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      nodes.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) collect(graph);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? '').replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)|(-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      collect(JSON.parse(raw));
    } catch {
      // Broken JSON-LD is common and never fatal: the page still has its meta tags.
    }
  }
  const node = nodes.find((n) => /article|posting|report/i.test(typeOf(n))) ?? nodes.find((n) => ARTICLE_TYPES.test(typeOf(n)));
  if (!node) return null;
  return {
    headline: str(node.headline) ?? str(node.name),
    datePublished: str(node.datePublished) ?? str(node.dateCreated),
    author: names(node.author).concat(names(node.creator)),
    publisher: names(node.publisher)[0],
    inLanguage: str(node.inLanguage),
    url: str(node.url) ?? str(node.mainEntityOfPage),
    description: str(node.description),
  };
}

export function httpUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/** Bylines as printed: "By Jane Doe", "Par Jean Dupont", "Von …" lose the preposition. */
const BYLINE_PREFIX = /^(by|par|por|von|door|przez|av|af)[\s:]+/i;
/** A "byline" with a date or time in it is a dateline scraped from the page, not a name. */
const DATELIKE = /\d{4}|\d{1,2}:\d{2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d/i;

export function cleanByline(v: string | null | undefined): string | null {
  if (!v || /^https?:\/\//i.test(v.trim())) return null;
  const s = normaliseInline(v, 300).replace(BYLINE_PREFIX, '');
  if (!s || s.length > 150 || DATELIKE.test(s)) return null;
  return s;
}

function firstTimeDatetime(doc: Document): string | null {
  const preferred = doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime], [itemprop="datePublished"][datetime]');
  const any = preferred ?? doc.querySelector('article time[datetime], time[datetime]');
  return any?.getAttribute('datetime') ?? null;
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = metaMap(doc);
  const ld = readJsonLd(doc);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const url = httpUrl(canonical) ?? httpUrl(pick(meta, ['og:url', 'twitter:url'])) ?? httpUrl(ld?.url);

  const outlet = pick(meta, ['og:site_name']) ?? ld?.publisher ?? pick(meta, ['application-name']);

  const byline =
    cleanByline(pick(meta, ['author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator'])) ??
    cleanByline(pick(meta, ['article:author'])) ??
    cleanByline(ld?.author.filter((a) => !/^https?:/i.test(a)).join(', '));

  const published =
    normaliseDate(
      pick(meta, [
        'article:published_time', 'og:article:published_time', 'published_time', 'article:published', 'datepublished',
        'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'dcterms.issued', 'dc.date',
        'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'og:published_time',
      ]),
    ) ??
    normaliseDate(ld?.datePublished) ??
    normaliseDate(firstTimeDatetime(doc));

  const html = doc.documentElement;
  const ogLocale = pick(meta, ['og:locale']);
  const language =
    html?.getAttribute('lang') ||
    html?.getAttribute('xml:lang') ||
    pick(meta, ['content-language', 'language', 'dc.language', 'dcterms.language']) ||
    ld?.inLanguage ||
    (ogLocale ? ogLocale.replace('_', '-') : null);

  const title = pick(meta, ['og:title', 'twitter:title', 'dc.title', 'headline']) ?? ld?.headline ?? doc.querySelector('title')?.textContent ?? null;

  return {
    title: normaliseInline(title, 500) || null,
    byline,
    outlet: (outlet && /^https?:\/\//i.test(outlet) ? domainOf(outlet) : normaliseInline(outlet, 200)) || domainOf(url),
    url,
    published,
    language: language ? language.trim() : null,
    excerpt: normaliseInline(pick(meta, ['description', 'og:description', 'twitter:description']) ?? ld?.description, 1000) || null,
  };
}
