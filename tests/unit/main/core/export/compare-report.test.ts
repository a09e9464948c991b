// Comparison reports from hostile articles: the HTML page runs and loads nothing, Markdown carries
// no live markup, the CSV parses back to the claims matrix and defuses spreadsheet formulas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { runComparison, type CompareRunT } from '../../../../../src/main/core/compare/library-compare';
import { exportComparison, reportFilename } from '../../../../../src/main/core/export/compare-report';
import { addArticle, tempLibrary } from '../../../../helpers/library';
import { FIXTURE, editedFixture } from '../compare/fixtures';
import { withStoriesSchema } from '../compare/library-fixtures';

const HOSTILE_TITLE = `<script>alert("x")</script> Pact & "friends" <img src=https://tracker.example/p.png onerror=alert(1)>`;
const HOSTILE_OUTLET = '=HYPERLINK("https://evil.example","click")';
const HOSTILE_LINE = ' Read more: [here](javascript:alert(1)) ![pixel](https://tracker.example/q.png) <iframe src="https://evil.example"></iframe>';

let lib: ReturnType<typeof tempLibrary>;
let run: CompareRunT;
const NOW = '2024-06-21T10:00:00.000Z';

beforeAll(() => {
  lib = tempLibrary();
  withStoriesSchema(lib.db);
  const a = addArticle(lib.db, { title: HOSTILE_TITLE, outlet: HOSTILE_OUTLET, published: '2024-03-05', text: FIXTURE + '\n\n' + HOSTILE_LINE });
  const b = addArticle(lib.db, { title: 'Ostland and Valmora pledge mutual defence', outlet: 'TASS', published: '2024-03-06', text: editedFixture() });
  run = runComparison(lib.db, { ids: [a, b] });
});
afterAll(() => lib.cleanup());

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const html = () => exportComparison(run, 'html', { now: NOW }).content;

describe('HTML report', () => {

  it('has no script, no active element, no attribute that loads or runs anything', () => {
    const page = html();
    expect(page).not.toMatch(/<script/i);
    const doc = new JSDOM(page).window.document;
    expect(doc.querySelectorAll('script, img, iframe, link, object, embed, form, base, svg, a').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name).not.toMatch(/^on/i);
        expect(['src', 'href', 'srcset', 'action', 'style']).not.toContain(attr.name);
      }
    }
    expect(page).not.toMatch(/url\(/i);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
  });

  it('shows hostile titles as the text they are', () => {
    const doc = new JSDOM(html()).window.document;
    expect(doc.querySelector('h1')!.textContent).toBe(`Coverage comparison: ${HOSTILE_TITLE}`);
    expect(doc.title).toBe(`Coverage comparison: ${HOSTILE_TITLE}`);
    const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toContain(HOSTILE_OUTLET);
    expect(doc.body.textContent).toContain('[here](javascript:alert(1))');
  });

  it('lays out the claims matrix with a column per outlet', () => {
    const doc = new JSDOM(html()).window.document;
    const matrix = [...doc.querySelectorAll('table')].find((t) => t.querySelector('th')?.textContent === 'Claim')!;
    const head = [...matrix.querySelectorAll('th')].map((th) => th.textContent);
    expect(head).toEqual(['Claim', HOSTILE_OUTLET, 'TASS', 'Independent', 'First reported']);
    const shared = run.claims.filter((c) => c.carriedBy.length > 1).length;
    expect(matrix.querySelectorAll('tbody tr').length).toBe(shared);
    expect(matrix.querySelector('tbody tr')!.children[1]!.textContent).toBe('✓');
  });
});

describe('Markdown report', () => {
  it('escapes everything that could become markup, links or inline HTML', () => {
    const md = exportComparison(run, 'md', { now: NOW }).content;
    expect(md).toMatch(/^# Coverage comparison: /);
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('## Claims carried by more than one article');
    expect(md).toContain('## Figures reported differently (1)');
    expect(md).toContain('\\#1 =HYPERLINK("https://evil.example","click")');
  });
});

describe('CSV of the claims matrix', () => {
  it('parses back to one row per claim with each article’s sentence', () => {
    const file = exportComparison(run, 'csv', { now: NOW });
    expect(file.mime).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(file.content.replace(/^\ufeff/, ''));
    const [head, ...body] = rows;
    expect(head!.slice(0, 5)).toEqual(['claim_id', 'claim', 'articles_carrying', 'independent_carriers', 'first_reported_by']);
    expect(head!.length).toBe(5 + run.meta.length);
    expect(body).toHaveLength(run.claims.length);
    for (const r of body) expect(r).toHaveLength(head!.length);
    for (const c of run.claims) {
      const r = body.find((x) => x[0] === String(c.id))!;
      expect(r[2]).toBe(String(c.carriedBy.length));
      run.meta.forEach((m, k) => {
        const sentence = c.sentences[String(m.id)] ?? '';
        expect(r[5 + k]!.replace(/^'(?=[=+\-@])/, '')).toBe(sentence);
      });
    }
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(exportComparison(run, 'csv', { now: NOW }).content.replace(/^\ufeff/, ''));
    const outletHeader = rows[0]!.find((h) => h.includes('HYPERLINK'))!;
    expect(outletHeader.startsWith('#')).toBe(true);
    const all = rows.flat();
    expect(all.some((c) => /^[=+@]/.test(c))).toBe(false);
  });
});

describe('report file names', () => {
  it('are built from the title without path characters', () => {
    expect(reportFilename('../../etc/passwd', 'md', NOW)).toBe('etc-passwd-2024-06-21.md');
    expect(reportFilename('Путин и Ким: пакт', 'html', NOW)).toBe('путин-и-ким-пакт-2024-06-21.html');
    expect(reportFilename('<<<>>>', 'csv', NOW)).toBe('comparison-claims-2024-06-21.csv');
    expect(exportComparison(run, 'md', { now: NOW, title: 'Karvik pact' }).filename).toBe('karvik-pact-2024-06-21.md');
  });
});
