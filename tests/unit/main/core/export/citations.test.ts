import { describe, expect, it } from 'vitest';
import { cslItem, parseAuthors, referenceLine, toBibtex, toCslJson, toRis, type CitableArticle } from '../../../../../src/main/core/export/citations';

const ARTICLES: CitableArticle[] = [
  {
    id: 12,
    title: 'Putin, Kim sign pact: 100% "mutual" {support} & more_',
    outlet: 'Reuters',
    byline: 'By Guy Faulconbridge and Hyonhee Shin',
    published: '2024-06-19T08:30:00Z',
    url: 'https://www.reuters.com/world/asia-pacific/pact?x=1&y=%20',
    language: 'en',
    importedAt: '2024-06-20T10:00:00Z',
  },
  { id: 13, title: 'Пакт подписан', outlet: 'ТАСС', byline: 'TASS', published: '2024-06', url: null, language: 'ru', importedAt: '2024-06-21T00:00:00Z' },
  { id: 14, title: 'Statement by the Commission', outlet: null, byline: 'Ursula von der Leyen', published: null, url: 'javascript:alert(1)', language: null, importedAt: '2024-07-01' },
];

// ---- A validator for the CSL-JSON fields Parallax emits (the schema's required shape for them). ----
const CSL_TYPES = new Set(['article-newspaper', 'webpage', 'document', 'article', 'article-journal', 'report']);
const isStr = (v: unknown) => typeof v === 'string' && v.length > 0;
function cslErrors(item: Record<string, unknown>): string[] {
  const errs: string[] = [];
  if (!isStr(item.id) && typeof item.id !== 'number') errs.push('id must be a string or number');
  if (!isStr(item.type) || !CSL_TYPES.has(item.type as string)) errs.push(`type ${String(item.type)} is not a CSL type`);
  if (item.title !== undefined && !isStr(item.title)) errs.push('title must be a string');
  if (item['container-title'] !== undefined && !isStr(item['container-title'])) errs.push('container-title must be a string');
  if (item.URL !== undefined && (!isStr(item.URL) || !/^https?:\/\//.test(item.URL as string))) errs.push('URL must be an http(s) string');
  if (item.author !== undefined) {
    if (!Array.isArray(item.author)) errs.push('author must be an array');
    else
      for (const a of item.author as Record<string, unknown>[]) {
        const keys = Object.keys(a).toSorted().join(',');
        if (keys === 'family,given') {
          if (!isStr(a.family) || !isStr(a.given)) errs.push('family and given must be strings');
        } else if (keys === 'literal') {
          if (!isStr(a.literal)) errs.push('literal must be a string');
        } else errs.push(`author has unexpected keys ${keys}`);
      }
  }
  for (const key of ['issued', 'accessed']) {
    const d = item[key] as Record<string, unknown> | undefined;
    if (d === undefined) continue;
    const parts = d['date-parts'];
    const ok =
      Array.isArray(parts) &&
      parts.length >= 1 &&
      parts.length <= 2 &&
      parts.every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every((n) => Number.isInteger(n)));
    if (!ok) errs.push(`${key} must be {"date-parts": [[year, month?, day?]]}`);
  }
  const allowed = new Set(['id', 'type', 'title', 'author', 'issued', 'accessed', 'container-title', 'URL', 'language']);
  for (const k of Object.keys(item)) if (!allowed.has(k)) errs.push(`unexpected field ${k}`);
  return errs;
}

// ---- A small BibTeX reader: entries of brace-delimited fields. ----
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> }[] {
  const out: { type: string; key: string; fields: Record<string, string> }[] = [];
  let i = 0;
  const readBraced = (): string => {
    if (text[i] !== '{') throw new Error(`expected { at ${i}`);
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === '\\') {
        i++;
        continue;
      }
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        i++;
        return text.slice(start + 1, i - 1);
      }
    }
    throw new Error('unbalanced braces');
  };
  while ((i = text.indexOf('@', i)) !== -1) {
    const head = /^@(\w+)\{([^,\s]+),/.exec(text.slice(i))!;
    i += head[0].length;
    const fields: Record<string, string> = {};
    for (;;) {
      const m = /^\s*(\w+)\s*=\s*/.exec(text.slice(i));
      if (!m) break;
      i += m[0].length;
      fields[m[1]!] = readBraced();
      const sep = /^\s*,?/.exec(text.slice(i))!;
      i += sep[0].length;
    }
    if (!/^\s*\}/.test(text.slice(i))) throw new Error(`entry ${head[2]} not closed`);
    i = text.indexOf('}', i) + 1;
    out.push({ type: head[1]!, key: head[2]!, fields });
  }
  return out;
}
const unBib = (s: string) =>
  s
    .replace(/^\{([\s\S]*)\}$/, '$1')
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/\\\^\{\}/g, '^')
    .replace(/\\~\{\}/g, '~');

// ---- A small RIS reader. ----
function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let cur: Record<string, string[]> | null = null;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const m = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (!m) throw new Error(`bad RIS line: ${line}`);
    const [, tag, value] = m;
    if (tag === 'TY') cur = {};
    if (!cur) throw new Error('record without TY');
    if (tag === 'ER') {
      records.push(cur);
      cur = null;
      continue;
    }
    (cur[tag!] ??= []).push(value!);
  }
  if (cur) throw new Error('record without ER');
  return records;
}

describe('authors from bylines', () => {
  it('splits people into family/given and keeps organisations literal', () => {
    expect(parseAuthors('By Guy Faulconbridge and Hyonhee Shin')).toEqual([
      { family: 'Faulconbridge', given: 'Guy' },
      { family: 'Shin', given: 'Hyonhee' },
    ]);
    expect(parseAuthors('Ursula von der Leyen')).toEqual([{ family: 'von der Leyen', given: 'Ursula' }]);
    expect(parseAuthors('TASS')).toEqual([{ literal: 'TASS' }]);
    expect(parseAuthors('Reuters Staff')).toEqual([{ literal: 'Reuters Staff' }]);
    expect(parseAuthors('김정은')).toEqual([{ literal: '김정은' }]);
    expect(parseAuthors(null)).toEqual([]);
  });
});

describe('CSL-JSON', () => {
  it('every item passes the validator and keeps the article data', () => {
    const items = JSON.parse(toCslJson(ARTICLES)) as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    for (const item of items) expect(cslErrors(item)).toEqual([]);
    expect(items[0]).toMatchObject({
      id: 'parallax-12',
      type: 'article-newspaper',
      'container-title': 'Reuters',
      issued: { 'date-parts': [[2024, 6, 19]] },
      URL: 'https://www.reuters.com/world/asia-pacific/pact?x=1&y=%20',
    });
    expect(items[1]).toMatchObject({ issued: { 'date-parts': [[2024, 6]] }, author: [{ literal: 'TASS' }] });
    // A javascript: URL is not a reference's URL.
    expect(items[2]!.URL).toBeUndefined();
    expect(items[2]!.type).toBe('document');
  });

  it('the validator catches what it should', () => {
    expect(cslErrors({ ...cslItem(ARTICLES[0]!), issued: { 'date-parts': ['2024'] } })).toHaveLength(1);
    expect(cslErrors({ ...cslItem(ARTICLES[0]!), author: [{ name: 'x' }] })).toHaveLength(1);
  });
});

describe('BibTeX', () => {
  it('parses back to the same fields, special characters escaped', () => {
    const entries = parseBibtex(toBibtex(ARTICLES));
    expect(entries).toHaveLength(3);
    const [a, b, c] = entries;
    expect(a!.type).toBe('article');
    expect(a!.key).toBe('faulconbridge2024-12');
    expect(unBib(a!.fields.title!)).toBe(ARTICLES[0]!.title);
    expect(a!.fields.author).toBe('Faulconbridge, Guy and Shin, Hyonhee');
    expect(a!.fields).toMatchObject({ journal: 'Reuters', year: '2024', date: '2024-06-19', url: ARTICLES[0]!.url, urldate: '2024-06-20' });
    expect(b!.fields.author).toBe('{TASS}');
    expect(b!.fields.date).toBe('2024-06');
    expect(c!.fields.url).toBeUndefined();
    expect(new Set(entries.map((e) => e.key)).size).toBe(3);
  });
});

describe('RIS', () => {
  it('parses back: one record per article with the right tags', () => {
    const recs = parseRis(toRis(ARTICLES));
    expect(recs).toHaveLength(3);
    expect(recs[0]).toMatchObject({
      TY: ['NEWS'],
      TI: [ARTICLES[0]!.title],
      AU: ['Faulconbridge, Guy', 'Shin, Hyonhee'],
      T2: ['Reuters'],
      PY: ['2024'],
      DA: ['2024/06/19/'],
      UR: [ARTICLES[0]!.url],
      LA: ['en'],
    });
    expect(recs[1]).toMatchObject({ T2: ['ТАСС'], DA: ['2024/06//'], AU: ['TASS'] });
    expect(recs[2]).toMatchObject({ TY: ['ELEC'] });
    expect(recs[2]!.UR).toBeUndefined();
  });
});

describe('reference line', () => {
  it('reads like a news citation', () => {
    expect(referenceLine(ARTICLES[0]!)).toBe(
      `Faulconbridge, Guy and Hyonhee Shin. “${ARTICLES[0]!.title}.” Reuters, 19 June 2024. https://www.reuters.com/world/asia-pacific/pact?x=1&y=%20`,
    );
    expect(referenceLine(ARTICLES[1]!)).toBe('TASS. “Пакт подписан.” ТАСС, June 2024.');
    expect(referenceLine({ ...ARTICLES[2]!, title: 'Why now?' })).toBe('von der Leyen, Ursula. “Why now?”');
  });
});
