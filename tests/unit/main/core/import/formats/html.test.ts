import { describe, expect, it } from 'vitest';
import { extractHtml, htmlHandler, looksLikeHtml } from '../../../../../../src/main/core/import/formats/html';
import { hex, utf8 } from '../helpers';

const PARAS = [
  'Vladimir Putin and Kim Jong Un signed a strategic agreement on Wednesday that promises mutual assistance in the event of aggression, the strongest link between Pyongyang and Moscow since the end of the Cold War.',
  'The summit coincided with Putin’s first visit to North Korea in 24 years, and growing concerns from the United States and its allies about an arms deal were raised by officials in Seoul and Washington.',
  'Kim described the two nations’ relationship as a fiery friendship, calling the agreement their strongest ever treaty and elevating it to the status of an alliance between the two countries.',
  'Putin called it a breakthrough document reflecting shared desires to move relations to a higher level, and thanked Kim for North Korea’s support in Ukraine during the talks in the capital.',
];

function page(opts: { head?: string; after?: string; lang?: string } = {}): string {
  return `<!doctype html><html${opts.lang ? ` lang="${opts.lang}"` : ''}><head><title>Putin, Kim sign pact | Example News</title>${opts.head ?? ''}</head>
  <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Putin, Kim sign pact</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}${opts.after ?? ''}</article>
  <footer>© 2024 Example News</footer><script>window.track && track()</script></body></html>`;
}

const META = `
  <meta property="og:site_name" content="Example News">
  <meta property="og:title" content="Putin, Kim sign pact">
  <link rel="canonical" href="https://news.example.com/world/putin-kim">
  <meta name="author" content="By Jane Doe">
  <meta property="article:published_time" content="2024-06-19T10:00:00+09:00">
  <meta name="description" content="The leaders signed a treaty.">`;

describe('html handler', () => {
  it('extracts the body, title and metadata of a saved page', () => {
    const a = extractHtml(page({ head: META, lang: 'en-US' }));
    expect(a.title).toBe('Putin, Kim sign pact');
    expect(a.outlet).toBe('Example News');
    expect(a.url).toBe('https://news.example.com/world/putin-kim');
    expect(a.byline).toBe('Jane Doe');
    expect(a.published).toBe('2024-06-19T01:00:00Z');
    expect(a.language).toBe('en-US');
    expect(a.excerpt).toBe('The leaders signed a treaty.');
    expect(a.text).toBe(PARAS.join('\n\n'));
    expect(a.html).toContain('<p>Vladimir Putin');
    expect(a.text).not.toMatch(/Home|World|track|©/);
  });

  it('reads JSON-LD when the meta tags are missing, and the domain when there is no outlet name', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'ignored' },
        { '@type': 'NewsArticle', headline: 'Putin, Kim sign pact', datePublished: '2024-06-19', author: [{ '@type': 'Person', name: 'Kim Sun' }], publisher: { '@type': 'Organization', name: 'LD Outlet' }, inLanguage: 'en' },
      ],
    })}</script>`;
    const a = extractHtml(page({ head: ld }));
    expect(a).toMatchObject({ byline: 'Kim Sun', outlet: 'LD Outlet', published: '2024-06-19', language: 'en' });
    const b = extractHtml(page({ head: '<meta property="og:url" content="https://www.yna.example/view/1">' }));
    expect(b.outlet).toBe('yna.example');
  });

  it('falls back to <time datetime> for the date', () => {
    const a = extractHtml(page({ after: '<p><time datetime="2024-06-20">June 20</time></p>' }));
    expect(a.published).toBe('2024-06-20');
  });

  it('cuts trailing chrome from both the text and the HTML', () => {
    const after = '<h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><p>Back to top button</p>';
    const a = extractHtml(page({ after }));
    expect(a.text).toBe(PARAS.join('\n\n'));
    expect(a.html).not.toMatch(/Leave a Reply|Back to top/);
  });

  it('resolves relative links against the canonical address', () => {
    const a = extractHtml(page({ head: META, after: '<p>See <a href="/world/other">the other story</a> for more background on the treaty between both states.</p>' }));
    expect(a.html).toContain('href="https://news.example.com/world/other"');
  });

  it('decodes a legacy charset declared late in the page', async () => {
    const head = utf8(`<html><head><title>t</title>${' '.repeat(3000)}<meta charset="windows-1251"></head><body><article><h1>Заголовок</h1>`);
    const ru = hex('cff3f2e8ed20e820cae8ec20efeee4efe8f1e0ebe820f1eee3ebe0f8e5ede8e5');
    const p = Buffer.concat([Buffer.from(head), ...Array.from({ length: 8 }, () => Buffer.concat([Buffer.from('<p>'), Buffer.from(ru), Buffer.from('. ') , Buffer.from(ru), Buffer.from('.</p>')])), Buffer.from('</article></body></html>')]);
    const [a] = await htmlHandler.extract({ path: 'p.html', name: 'p.html', bytes: Uint8Array.from(p) }, { signal: new AbortController().signal });
    expect(a!.text).toContain('Путин и Ким подписали соглашение');
  });

  it('uses the whole body when Readability finds no article', () => {
    const a = extractHtml('<html><head><title>Short note</title></head><body><nav>Menu</nav><div>Just one short line.</div></body></html>');
    expect(a.title).toBe('Short note');
    expect(a.text).toContain('Just one short line.');
  });

  it('reads oddly deep markup without Readability, and refuses pathological nesting', () => {
    const nest = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>${PARAS[0]}</p>${'</div>'.repeat(n)}</body></html>`;
    const deep = extractHtml(nest(500));
    expect(deep.text).toBe(PARAS[0]);
    expect(deep.html).toBeNull();
    expect(() => extractHtml(nest(5000))).toThrow(/nested more than 2000 levels deep/);
  });

  it('sniffs HTML by content', () => {
    expect(looksLikeHtml(utf8('  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(utf8('<!-- saved from url=(0014)about:internet -->\r\n<html>'))).toBe(true);
    expect(looksLikeHtml(utf8('<?xml version="1.0"?><rss version="2.0">'))).toBe(false);
    expect(looksLikeHtml(utf8('Title\n\n<p>not a page</p>'))).toBe(false);
  });
});
