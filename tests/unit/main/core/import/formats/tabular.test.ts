import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHandler, jsonHandler, ndjsonHandler } from '../../../../../../src/main/core/import/formats/tabular';
import { parseCsv, sniffDelimiter } from '../../../../../../src/main/core/import/formats/tabular-csv';
import { ImportFileError, type SourceFile } from '../../../../../../src/main/core/import/types';

const CORPUS = path.resolve(__dirname, '../../../../../..', '..', 'shared', 'corpus');
const ctx = () => ({ signal: new AbortController().signal });
const file = (content: string | Uint8Array, name: string): SourceFile => ({
  path: `/tmp/${name}`,
  name,
  bytes: typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content,
});
const withWarnings = () => {
  const warnings: string[] = [];
  return { warnings, ctx: { ...ctx(), warn: (_p: string, r: string) => warnings.push(r) } as ReturnType<typeof ctx> };
};

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, CRLF and line breaks inside fields', () => {
    const csv = 'title,text\r\n"Kim says ""no""","Line one\r\n\r\nLine, two"\r\nPlain,row\n';
    expect(parseCsv(csv, ',')).toEqual([['title', 'text'], ['Kim says "no"', 'Line one\r\n\r\nLine, two'], ['Plain', 'row']]);
  });

  it('sniffs comma, semicolon and tab delimiters, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('title;text;date\n"A, b";"c, d, e";2024-01-01\nx;y;z\n')).toBe(';');
    expect(sniffDelimiter('title\ttext\nA, b\tc; d\n')).toBe('\t');
    expect(sniffDelimiter('title,text\n"A; b","c; d"\n')).toBe(',');
    expect(sniffDelimiter('just one column\nof text\n')).toBeNull();
  });
});

describe('tabular handlers', () => {
  it('maps a semicolon CSV with varied column names and skips rows without text, with a count', async () => {
    const csv = [
      'Headline;Body;Published_At;Source;Byline;Language;event_id',
      '"Putin, Kim sign pact";"Moscow and Pyongyang signed a treaty.\n\nIt has a defence clause.";2024-06-19;TASS;Ivan Petrov;ru;e1',
      'No text row;;2024-06-19;TASS;;;e2',
      'Seoul reacts;South Korea summoned the ambassador.;1718870400;Yonhap;;ko_KR;e1',
    ].join('\r\n');
    const f = file(csv, 'export.csv');
    expect(csvHandler.sniff?.(f)).toBe(true);
    const w = withWarnings();
    const out = await csvHandler.extract(f, w.ctx);
    expect(out).toHaveLength(2);
    const [a, b] = out;
    expect(a).toMatchObject({ title: 'Putin, Kim sign pact', outlet: 'TASS', byline: 'Ivan Petrov', published: '2024-06-19', language: 'ru', format: 'csv' });
    expect(a?.text).toBe('Moscow and Pyongyang signed a treaty.\n\nIt has a defence clause.');
    expect(a?.extra).toEqual({ event_id: 'e1' });
    expect(b?.published).toBe('2024-06-20T08:00:00Z');
    expect(b?.language).toBe('ko-KR');
    expect(w.warnings).toEqual(['1 of 3 records without any text were skipped']);
  });

  it('reads a NewsAPI-style JSON object with nested source names and an articles list', async () => {
    const json = JSON.stringify({
      status: 'ok',
      totalResults: 2,
      articles: [
        { source: { id: 'reuters', name: 'Reuters' }, author: ['Jane Doe', 'John Roe'], title: 'Pact signed', description: 'Short summary', url: 'https://www.reuters.com/a', publishedAt: '2024-06-19T10:00:00Z', content: '<p>Full text of the report.</p><p>Second paragraph.</p>' },
        { source: { name: 'AP' }, title: 'Headline only', url: 'https://apnews.com/b' },
      ],
    });
    const f = file(json, 'news.json');
    expect(jsonHandler.sniff?.(f)).toBe(true);
    const out = await jsonHandler.extract(f, ctx());
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ title: 'Pact signed', outlet: 'Reuters', byline: 'Jane Doe, John Roe', url: 'https://www.reuters.com/a', published: '2024-06-19T10:00:00Z', excerpt: 'Short summary', format: 'json' });
    expect(out[0]?.text).toBe('Full text of the report.\n\nSecond paragraph.');
    expect(out[0]?.html).toBe('<p>Full text of the report.</p><p>Second paragraph.</p>');
  });

  it('reads a plain JSON array and {items: […]}, and never lets __proto__ keys reach an object prototype', async () => {
    const arr = '[{"Title":"A","Text":"Body A","__proto__":{"polluted":true},"tags":["x"]}]';
    const [a] = await jsonHandler.extract(file(arr, 'a.json'), ctx());
    expect(a?.title).toBe('A');
    expect(a?.extra).toEqual({ tags: ['x'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const items = '{"items":[{"headline":"B","article":"Body B","link":"https://x.example/b"}]}';
    const [b] = await jsonHandler.extract(file(items, 'b.json'), ctx());
    expect(b).toMatchObject({ title: 'B', text: 'Body B', url: 'https://x.example/b' });
  });

  it('reads NDJSON, skipping lines that are not JSON with a count', async () => {
    const nd = '{"title":"One","body":"First body"}\nnot json\n\n{"title":"Two","body":"Second body"}\n';
    const f = file(nd, 'dump.jsonl');
    expect(ndjsonHandler.sniff?.(f)).toBe(true);
    expect(jsonHandler.sniff?.(f)).toBe(false);
    const w = withWarnings();
    const out = await ndjsonHandler.extract(f, w.ctx);
    expect(out.map((x) => x.title)).toEqual(['One', 'Two']);
    expect(w.warnings).toEqual(['1 lines that are not valid JSON were skipped']);
    // A .json file that is really JSON Lines is read as such.
    expect(await jsonHandler.extract(file(nd, 'dump.json'), ctx())).toHaveLength(2);
  });

  it('names the columns it found when no row has text, and rejects broken JSON', async () => {
    const csv = 'title,url\nA,https://a.example\n';
    expect(csvHandler.sniff?.(file(csv, 'x.csv'))).toBe(false);
    await expect(Promise.resolve().then(() => csvHandler.extract(file(csv, 'x.csv'), ctx()))).rejects.toThrow(/None of the 1 records in x\.csv has any text .*found: title, url/);
    await expect(Promise.resolve().then(() => jsonHandler.extract(file('{"articles": [', 'y.json'), ctx()))).rejects.toThrow(ImportFileError);
  });

  it('decides a first line with quotes from that line when no quote opens a field', () => {
    // Quotes inside a title are literal: prose, ruled out without parsing the rest.
    expect(csvHandler.sniff?.(file('Kim says "talks, not threats" will follow\n\nBody text, with commas.\n', 'a.txt'))).toBe(false);
    // A quoted header is a header, as before.
    expect(csvHandler.sniff?.(file('"title","text","url"\n"A","Body, with a comma","https://x.example/a"\n', 'a.csv'))).toBe(true);
    expect(csvHandler.sniff?.(file('title;"text";url\nA;"Body; more";https://x.example/a\nB;"Other";https://x.example/b\n', 'a.txt'))).toBe(true);
  });

  it('does not sniff prose with commas as CSV', () => {
    const prose = 'Putin and Kim sign pact, Russia says\n\nThe agreement, signed on Wednesday, covers defence, trade and more.\n';
    expect(csvHandler.sniff?.(file(prose, 'a.txt'))).toBe(false);
    expect(ndjsonHandler.sniff?.(file('{\n  "title": "x"\n}', 'a.json'))).toBe(false);
  });
});

const basil = path.join(CORPUS, 'coverage', 'basil', 'basil_articles.jsonl');
const haveBasil = existsSync(basil);
if (!haveBasil) console.warn(`tabular.test: ${basil} is absent — skipping the BASIL check`);

describe.skipIf(!haveBasil)('tabular handlers: BASIL corpus', () => {
  it('extracts 300 articles with outlet, date, url and title', async () => {
    const f = file(new Uint8Array(readFileSync(basil)), 'basil_articles.jsonl');
    expect(ndjsonHandler.sniff?.(f)).toBe(true);
    const out = await ndjsonHandler.extract(f, ctx());
    expect(out).toHaveLength(300);
    const lines = readFileSync(basil, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
    out.forEach((a, i) => {
      const src = lines[i]!;
      const srcTitle = src.title?.replace(/\s+/g, ' ').trim();
      // One BASIL record has an empty title: the first sentence of its text stands in.
      if (srcTitle) expect(a.title).toBe(srcTitle);
      else expect(a.text.replace(/\s+/g, ' ').startsWith(a.title.replace(/…$/, ''))).toBe(true);
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.outlet).toBe(src.outlet);
      expect(a.url).toBe(src.url);
      expect(a.published).toBe(src.date);
      expect(a.text.length).toBeGreaterThan(200);
      expect(a.extra?.event_id).toBe(src.event_id);
    });
    expect(new Set(out.map((a) => a.outlet?.toLowerCase()))).toEqual(new Set(['nyt', 'fox', 'hpo']));
  });
});

const sniff = (content: string, name = 'a.txt') => csvHandler.sniff!(file(content, name));

describe('CSV sniffing of files that are not tables', () => {
  it('does not claim a text whose first line has commas but names no article columns', () => {
    expect(sniff('Talks resume, officials say, after a long pause\n\nBy Jane Doe\n\nThe talks, which began in May, resumed.\n')).toBe(false);
    expect(sniff('One; two; three\nfour; five; six\nseven; eight; nine\n')).toBe(false);
  });

  it('still claims a table whose header names article columns, quoted or not, whatever its extension', () => {
    expect(sniff('title,text,date\nA,Some text,2024-01-01\nB,More text,2024-01-02\n')).toBe(true);
    expect(sniff('"title";"body"\n"A";"Some text"\n"B";"More text"\n')).toBe(true);
    expect(sniff('headline\tcontent\turl\nA\tSome text\thttps://x.org/a\n')).toBe(true);
  });
});
