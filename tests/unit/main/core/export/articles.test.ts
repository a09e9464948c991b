import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField, exportArticles } from '../../../../../src/main/core/export/articles';
import { createHighlight } from '../../../../../src/main/core/notebook/highlights';
import { saveNote } from '../../../../../src/main/core/notebook/notes';
import { updateTags } from '../../../../../src/main/core/repo/tags';
import { addArticle } from '../../../../helpers/library';
import { notebookLibrary } from '../notebook/helpers';

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}: not RFC 4180`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

let lib: ReturnType<typeof notebookLibrary>;
let ids: number[];
beforeEach(() => {
  lib = notebookLibrary();
  ids = [
    addArticle(lib.db, {
      title: 'Putin, Kim sign "comprehensive" pact',
      outlet: 'Reuters',
      byline: 'By Guy Faulconbridge and Hyonhee Shin',
      published: '2024-06-19',
      url: 'https://www.reuters.com/world/pact',
      text: 'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact.\n\nSecond paragraph.',
    }),
    addArticle(lib.db, { title: '=HYPERLINK("http://evil")', outlet: 'КЦТА', byline: null, text: 'Лидеры подписали договор.\r\nСтрока два.' }),
  ];
  updateTags(lib.db, [ids[0]!], ['region/korea', 'summit'], []);
  saveNote(lib.db, ids[0]!, 'Line one, with comma\nline "two"');
  createHighlight(lib.db, { articleId: ids[0]!, start: 0, end: 25, color: 'yellow', comment: 'lead' });
});
afterEach(() => lib.cleanup());

describe('CSV export', () => {
  it('is RFC 4180: parses back to the same fields, with formulas defused', () => {
    const file = exportArticles(lib.db, ids, 'csv');
    expect(file).toMatchObject({ mimeType: 'text/csv', encoding: 'utf8', count: 2 });
    expect(file.content.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(file.content.slice(1));
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const rec = (r: string[]) => Object.fromEntries(header.map((h, i) => [h, r[i]]));
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    expect(rec(rows[1]!)).toMatchObject({
      id: String(ids[0]),
      title: 'Putin, Kim sign "comprehensive" pact',
      outlet: 'Reuters',
      tags: 'region/korea; summit',
      note: 'Line one, with comma\nline "two"',
      highlights: '1',
      url: 'https://www.reuters.com/world/pact',
    });
    expect(rec(rows[2]!)).toMatchObject({ title: `'=HYPERLINK("http://evil")`, outlet: 'КЦТА', byline: '' });
  });

  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
});

describe('JSON export', () => {
  it('carries text, tags, note and highlights', () => {
    const file = exportArticles(lib.db, [...ids, 4242], 'json');
    const data = JSON.parse(file.content) as { count: number; articles: { id: number; text: string; tags: string[]; note: string | null; highlights: { quote: string }[] }[] };
    expect(data.count).toBe(2);
    expect(data.articles[0]).toMatchObject({ id: ids[0], tags: ['region/korea', 'summit'], note: 'Line one, with comma\nline "two"' });
    expect(data.articles[0]!.highlights[0]!.quote).toBe('Russian President Vladimi');
    expect(data.articles[1]!.text).toContain('Лидеры');
  });
});

describe('Markdown bundle', () => {
  it('is a zip with one file per article: front matter, text, note and highlights', () => {
    const file = exportArticles(lib.db, ids, 'md');
    expect(file).toMatchObject({ encoding: 'base64', mimeType: 'application/zip', count: 2 });
    const files = unzipSync(Buffer.from(file.content, 'base64'));
    const names = Object.keys(files).toSorted();
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/^articles\/\d{6}-putin-kim-sign-comprehensive-pact\.md$/);
    expect(names).toContain('index.md');
    const md = strFromU8(files[names[0]!]!);
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)![1]!;
    const fields = Object.fromEntries(front.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
    expect(JSON.parse(fields.title!)).toBe('Putin, Kim sign "comprehensive" pact');
    expect(JSON.parse(`[${fields.tags!.slice(1, -1)}]`)).toEqual(['region/korea', 'summit']);
    expect(JSON.parse(fields.published!)).toBe('2024-06-19');
    expect(md).toContain('## Note\n\nLine one, with comma');
    expect(md).toContain('## Highlights\n\n> Russian President Vladimi\n\nlead');
    const other = strFromU8(files[names[1]!]!);
    expect(JSON.parse(/title: (.*)/.exec(other)![1]!)).toBe('=HYPERLINK("http://evil")');
  });
});
