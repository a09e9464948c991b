import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPage } from '../../../../../src/main/core/export/notebook';
import { createHighlight } from '../../../../../src/main/core/notebook/highlights';
import { embedHighlight, savePage } from '../../../../../src/main/core/notebook/pages';
import { addArticle } from '../../../../helpers/library';
import { notebookLibrary } from '../notebook/helpers';

const TEXT = 'Kim called it the "fiery friendship" of two nations. Seoul protested.';

let lib: ReturnType<typeof notebookLibrary>;
let pageId: number;
let articleId: number;
beforeEach(() => {
  lib = notebookLibrary();
  articleId = addArticle(lib.db, {
    title: 'Pact <b>signed</b>',
    outlet: 'KCNA',
    byline: 'KCNA Staff',
    published: '2024-06-19',
    url: 'https://kcnawatch.org/x',
    text: TEXT,
  });
  const other = addArticle(lib.db, { title: 'Seoul reacts', outlet: 'Yonhap', published: '2024-06-20', text: 'Seoul protested the pact.' });
  const s = TEXT.indexOf('fiery friendship');
  const h = createHighlight(lib.db, { articleId, start: s, end: s + 16, color: 'yellow', comment: '' });
  const body = [
    '## Framing',
    '',
    'State media used warm words:',
    '',
    embedHighlight(lib.db, h.id),
    `Seoul's view differs ([Yonhap](parallax://article/${other})), and see parallax://article/${articleId} again.`,
    '',
    '<script>alert(1)</script> <img src="https://tracker.example/p.gif" alt="pixel"> [bad](javascript:alert(2))',
    '',
    'A deleted one: [gone](parallax://article/999999)',
  ].join('\n');
  pageId = savePage(lib.db, { title: 'Summit <framing> & words', body }).id;
});
afterEach(() => lib.cleanup());

describe('notebook page export', () => {
  it('as Markdown: quotations and links become numbered citations with a source list', () => {
    const f = exportPage(lib.db, pageId, 'md');
    expect(f).toMatchObject({ filename: 'summit-framing-words.md', mimeType: 'text/markdown' });
    expect(f.content).toContain('> fiery friendship');
    expect(f.content).toContain('> — KCNA, 19 June 2024: “Pact <b>signed</b>” [1]');
    expect(f.content).toContain("Seoul's view differs (Yonhap [2]), and see [1] again.");
    expect(f.content).toContain('A deleted one: gone [source no longer in the library]');
    expect(f.content).not.toContain('parallax://');
    const sources = f.content.slice(f.content.indexOf('## Sources'));
    expect(sources).toContain('1. KCNA Staff. “Pact <b>signed</b>.” KCNA, 19 June 2024. https://kcnawatch.org/x');
    expect(sources).toContain('2. “Seoul reacts.” Yonhap, 20 June 2024.');
  });

  it('as HTML: self-contained, no scripts or outside resources, text escaped, quotations cited', () => {
    const f = exportPage(lib.db, pageId, 'html');
    const doc = new JSDOM(f.content).window.document;
    expect(doc.querySelectorAll('script, iframe, object, embed, link, img, form, base').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) for (const a of el.getAttributeNames()) expect(a.startsWith('on')).toBe(false);
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(https?:|#source-\d+$)/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.title).toBe('Summit <framing> & words');
    expect(doc.querySelector('h1')!.textContent).toBe('Summit <framing> & words');
    expect(doc.querySelector('blockquote')!.textContent).toContain('fiery friendship');
    expect(doc.querySelector('blockquote sup a')!.getAttribute('href')).toBe('#source-1');
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
    const sources = [...doc.querySelectorAll('ol.sources li')];
    expect(sources.map((li) => li.id)).toEqual(['source-1', 'source-2']);
    expect(sources[0]!.textContent).toContain('“Pact <b>signed</b>.” KCNA, 19 June 2024.');
    expect(sources[0]!.querySelector('a')!.getAttribute('href')).toBe('https://kcnawatch.org/x');
    // The raw HTML typed into the page is shown as text, so nothing loads from outside.
    expect(doc.querySelectorAll('[src], [srcset], [style]').length).toBe(0);
    expect(doc.body.textContent).toContain('<img src="https://tracker.example/p.gif"');
  });
});
