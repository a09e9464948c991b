// @vitest-environment jsdom
// DOMPurify as the reader's last step: article formatting goes through, and nothing that could
// run, load, style or submit does, whatever the stored HTML holds (the library's sanitizer should
// never have let it in; this is the second lock).
import { describe, expect, it } from 'vitest';
import { purifyArticleHtml } from '../../../../../../src/renderer/src/features/reader/purify';
import { buildReaderDocument } from '../../../../../../src/renderer/src/features/reader/readerDocument';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('purifyArticleHtml', () => {
  it('keeps the formatting of an article as the library stores it', () => {
    const html = `<h2>Talks</h2><p dir="rtl" lang="ar">نص <time datetime="2024-06-19">19 June</time> <a href="https://example.org/a">link</a> <a href="mailto:desk@example.org">desk</a></p><blockquote><p>Quote</p></blockquote><figure><img src="${PNG}" alt="Map"><figcaption>Map</figcaption></figure><table><tbody><tr><td colspan="2">1</td></tr></tbody></table>`;
    expect(purifyArticleHtml(html)).toBe(html);
  });

  it('drops everything that could run, load, style, submit or frame', () => {
    const hostile = [
      '<img src="https://tracker.example/pixel.png" onerror="alert(1)" alt="pixel">',
      '<a href="javascript:alert(1)">click</a>',
      '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
      '<svg><script>alert(1)</script><a href="javascript:alert(2)">svg link</a></svg>',
      '<style>body{background:url(https://x.example/bg)}</style>',
      '<iframe src="https://x.example/frame"></iframe>',
      '<form action="https://x.example/post"><input name="q"><button>Go</button></form>',
      '<p style="background:url(https://x.example/p)" class="c" id="i" data-x="1" aria-label="y" onclick="alert(4)">para</p>',
      '<object data="https://x.example/o"></object><embed src="https://x.example/e"><base href="https://x.example/">',
      '<meta http-equiv="refresh" content="0;url=https://x.example"><link rel="stylesheet" href="https://x.example/s.css">',
      // Mutation XSS: foreign content that a second parse would turn into markup (it swallows what follows it).
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(3)>',
    ].join('');
    const out = purifyArticleHtml(hostile) ?? '';
    for (const bad of ['onerror', 'onclick', 'javascript:', 'data:text', '<script', '<svg', '<math', '<style', '<iframe', '<form', '<input', '<button', 'style=', 'class=', 'id=', 'data-x', 'aria-', '<object', '<embed', '<base', '<meta', '<link', 'x.example', 'tracker.example']) {
      expect(out, bad).not.toContain(bad);
    }
    expect(out).toContain('para');
    expect(out).toContain('click');
  });
});

describe('buildReaderDocument', () => {
  it('shows what DOMPurify let through, inside a frame document that forbids scripts and loads', () => {
    const article = { id: 1, language: 'en', text: 'Fallback text.', html: '<p>Ministers met <img src="x" onerror="alert(1)" alt="x">in Hanoi.</p><a href="https://example.org/">source</a>' };
    const { srcdoc, matches } = buildReaderDocument(article, ['hanoi'], 'light');
    expect(srcdoc).toContain("default-src 'none'");
    expect(srcdoc).not.toContain('onerror');
    expect(srcdoc).not.toContain('src="x"');
    expect(srcdoc).toContain('<mark id="m1">Hanoi</mark>');
    expect(srcdoc).toContain('title="https://example.org/"');
    expect(matches).toBe(1);
  });
});
