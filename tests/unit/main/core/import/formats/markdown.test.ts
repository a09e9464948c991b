import { describe, expect, it } from 'vitest';
import { extractMarkdown, parseFrontMatter } from '../../../../../../src/main/core/import/formats/markdown';
import { renderMarkdown } from '../../../../../../src/main/core/import/formats/markdown-render';

describe('markdown handler', () => {
  it('takes metadata from YAML front matter', () => {
    const md = [
      '---',
      'title: "Kim and Putin: a fiery friendship"',
      'date: 2024-06-19',
      'url: https://example.org/kim-putin',
      'outlet: Example News',
      'author:',
      '  - Jane Doe',
      '  - John Roe',
      'lang: en-GB',
      'tags: [korea, russia]',
      '---',
      '',
      'Body **text**.',
    ].join('\n');
    const a = extractMarkdown(md);
    expect(a).toMatchObject({
      title: 'Kim and Putin: a fiery friendship',
      published: '2024-06-19',
      url: 'https://example.org/kim-putin',
      outlet: 'Example News',
      byline: 'Jane Doe, John Roe',
      language: 'en-GB',
      format: 'md',
    });
    expect(a.text.trim()).toBe('Body **text**.');
    expect(a.html).toBe('<p>Body <strong>text</strong>.</p>');
    expect(a.extra).toEqual({ tags: ['korea', 'russia'] });
  });

  it('uses the first "# heading" as the title and keeps the rest as Markdown text', () => {
    const a = extractMarkdown('# Summit in Pyongyang\n\nPutin *arrived* at night.\n');
    expect(a.title).toBe('Summit in Pyongyang');
    expect(a.text.trim()).toBe('Putin *arrived* at night.');
  });

  it('falls back to the first line, and handles setext headings', () => {
    expect(extractMarkdown('Plain first line\n\nBody.').title).toBe('Plain first line');
    const setext = extractMarkdown('Big Title\n=========\n\nBody.');
    expect(setext.title).toBe('Big Title');
    expect(setext.text.trim()).toBe('Body.');
  });

  it('reads a "source" that is a URL as the url and one that is a name as the outlet', () => {
    expect(extractMarkdown('---\ntitle: t\nsource: https://tass.example/a\n---\nx').url).toBe('https://tass.example/a');
    expect(extractMarkdown('---\ntitle: t\nsource: Yonhap\n---\nx').outlet).toBe('Yonhap');
  });

  it('parses the front matter subset', () => {
    expect(parseFrontMatter("a: 'it''s'\nb: \"q\\\"d\"\nc: plain # comment\nd:\n- x\n- y")).toEqual({ a: "it's", b: 'q"d', c: 'plain', d: ['x', 'y'] });
  });
});

describe('renderMarkdown', () => {
  it('renders the common constructs', () => {
    const html = renderMarkdown('## Head\n\nA [link](https://x.example/ "T") and `code`.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\n<b>raw</b>\n```\n\n---');
    expect(html).toBe(
      '<h2>Head</h2>\n<p>A <a href="https://x.example/" title="T">link</a> and <code>code</code>.</p>\n<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li></ol>\n<blockquote><p>quoted</p></blockquote>\n<pre><code>&lt;b&gt;raw&lt;/b&gt;</code></pre>\n<hr>',
    );
  });

  it('shows raw HTML as text rather than interpreting it', () => {
    expect(renderMarkdown('<script>alert(1)</script> and <img src=x onerror=y>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=y&gt;</p>');
  });

  it('does not let a link target break out of its attribute', () => {
    expect(renderMarkdown('[x](https://a.example/"onmouseover="alert(1))')).not.toMatch(/"onmouseover="/);
  });
});
