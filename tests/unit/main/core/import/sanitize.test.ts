import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../../../../../src/main/core/import/sanitize';

// Hostile samples: script, event handlers, javascript:/data: URLs, SVG/MathML, forms, meta
// refresh, base, CSS url(), srcset, link prefetch and known mutation-XSS shapes.
const HOSTILE = [
  '<p onclick="alert(1)">hi<script>alert(1)</script></p>',
  '<img src=x onerror=alert(1) alt="a picture">',
  '<a href="javascript:alert(1)">js</a><a href="JaVaScRiPt&colon;alert(1)">js2</a><a href=" javascript:alert(1)">js3</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a><a href="vbscript:x">vb</a><a href="file:///etc/passwd">file</a>',
  '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi><maction actiontype="statusline">y</maction></math>',
  '<meta http-equiv="refresh" content="0;url=https://tracker.example/">',
  '<base href="https://evil.example/"><a href="/relative">rel</a>',
  '<link rel="prefetch" href="https://tracker.example/p"><link rel="stylesheet" href="https://tracker.example/s.css">',
  '<div style="background:url(https://tracker.example/bg.png)">styled</div><style>p{background:url(https://tracker.example/x)}</style>',
  '<img srcset="https://tracker.example/a.png 1x, https://tracker.example/b.png 2x" alt="set"><picture><source srcset="https://tracker.example/c.webp"><img src="https://tracker.example/c.jpg" alt="pic"></picture>',
  '<form action="https://evil.example/"><input name="q" value="x"><button formaction="javascript:alert(1)">go</button><p>form text</p></form>',
  '<iframe src="https://evil.example/" onload="alert(1)"></iframe><object data="x.swf"></object><embed src="x.swf"><video poster="https://tracker.example/v.jpg" src="v.mp4"></video>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<a href="https://ok.example/" target="_blank" rel="opener" ping="https://tracker.example/">ok</a>',
  '<p data-action="openExternal" aria-label="x" class="c" id="i">attrs</p>',
  '<template><img src=x onerror=alert(1)></template><xmp><img src=x onerror=alert(1)></xmp>',
  '<a href="https://ok.example/" onmouseover="alert(1)">hover</a><blockquote cite="https://tracker.example/">q</blockquote>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg data"><img src="data:image/png;base64,iVBORw0KGgo=" alt="png data">',
];

const FORBIDDEN_TAGS = ['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'base', 'meta', 'link', 'style', 'svg', 'math', 'video', 'source', 'template'];

function inspect(html: string) {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  return document.body;
}

describe('sanitizeHtml', () => {
  it.each(HOSTILE.map((h, i) => [i, h] as const))('neutralises hostile sample %i', (_i, dirty) => {
    const clean = sanitizeHtml(dirty) ?? '';
    const body = inspect(clean);
    for (const tag of FORBIDDEN_TAGS) expect(body.querySelector(tag), `<${tag}> in ${clean}`).toBeNull();
    for (const el of Array.from(body.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${attr.name} in ${clean}`).toBe(false);
        expect(['style', 'srcset', 'class', 'id', 'target', 'ping', 'rel', 'poster', 'cite', 'action', 'formaction'].includes(attr.name), `${attr.name} in ${clean}`).toBe(false);
        expect(attr.name.startsWith('data-')).toBe(false);
      }
      const href = el.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/i);
      const src = el.getAttribute('src');
      if (src !== null) expect(src).toMatch(/^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,/i);
    }
    expect(clean).not.toMatch(/url\(/i);
    expect(clean).not.toMatch(/tracker\.example|evil\.example/);
  });

  it.each(HOSTILE.map((h, i) => [i, h] as const))('is idempotent on hostile sample %i', (_i, dirty) => {
    const once = sanitizeHtml(dirty);
    expect(sanitizeHtml(once)).toBe(once);
  });

  it('keeps formatting, structure and safe links', () => {
    const html = '<h2>Title</h2><p>Some <strong>bold</strong> and <em>italic</em> text with <a href="https://example.org/a" title="t">a link</a> and <a href="mailto:desk@example.org">mail</a>.</p><ul><li>one</li></ul><blockquote><p>quote</p></blockquote><table><tbody><tr><td colspan="2">cell</td></tr></tbody></table>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('shows the alt text of a remote image instead of loading it', () => {
    expect(sanitizeHtml('<p><img src="https://cdn.example/p.jpg" alt="Kim and Putin at the airport"></p>')).toBe('<p>[Kim and Putin at the airport]</p>');
    expect(sanitizeHtml('<p>x<img src="https://cdn.example/p.jpg"></p>')).toBe('<p>x</p>');
  });

  it('keeps inline raster data images only', () => {
    const out = sanitizeHtml(HOSTILE.at(-1)) ?? '';
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(out).toContain('[svg data]');
  });

  it('answers null for nothing visible', () => {
    expect(sanitizeHtml('')).toBeNull();
    expect(sanitizeHtml(null)).toBeNull();
    expect(sanitizeHtml('<script>alert(1)</script><style>x{}</style>')).toBeNull();
  });

  it('is idempotent over a fuzzed corpus of tag soup', () => {
    const pieces = ['<p>', '</p>', '<a href="https://x.example/">', '</a>', '<b>', '</b>', '<table>', '<tr>', '<td>', '</table>', '<li>', '<ul>', '<svg>', '<math>', '<mtext>', '<style>', '</style>', '<noscript>', '<img src=x alt="a">', '<!--', '-->', '"', "'", '&amp;', '&lt;', '<br>', 'text ', '<select>', '<option>', '<form>', '</form>', '<h1>', '<pre>', '<q>', '<template>', '<title>', '</svg>', '</math>'];
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let i = 0; i < 12; i++) s += pieces[Math.floor(rnd() * pieces.length)];
      const once = sanitizeHtml(s);
      expect(sanitizeHtml(once), `input ${s}`).toBe(once);
    }
  });
});
