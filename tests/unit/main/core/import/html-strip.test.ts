import { describe, expect, it } from 'vitest';
import { stripInert } from '../../../../../src/main/core/import/html-strip';

describe('stripInert', () => {
  it('drops comments, scripts, styles and inline SVG, and keeps JSON-LD and everything else', () => {
    const page =
      '<html><head><style>p{color:red}</style><script>var a = "</p>";</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
      '<body><!-- a comment with <p>markup</p> --><p>One</p><svg viewBox="0 0 1 1"><text>icon</text></svg><SCRIPT src="x.js"></SCRIPT ><p>Two</p></body></html>';
    expect(stripInert(page)).toBe(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>One</p><p>Two</p></body></html>',
    );
  });

  it('leaves an element that never closes to the parser, and a page without any as it is', () => {
    expect(stripInert('<p>a</p><script>never closed <p>b</p>')).toBe('<p>a</p><script>never closed <p>b</p>');
    expect(stripInert('<p>a</p><!-- open')).toBe('<p>a</p><!-- open');
    const plain = '<p>nothing to strip</p>';
    expect(stripInert(plain)).toBe(plain);
  });

  it('stays linear on hostile input (thousands of unclosed openers)', () => {
    const hostile = `${'<script>'.repeat(20_000)}${'<!--'.repeat(20_000)}<p>end</p>`;
    const out = stripInert(hostile);
    // The first unclosed opener stops the scan: nothing after it is touched.
    expect(out).toBe(hostile);
  });
});

describe('sourceNesting', () => {
  // A quadratic scan of these 2.4 MB would not finish within the test's time limit.
  it('stays linear on thousands of tags that never close their angle bracket', async () => {
    const { sourceNesting } = await import('../../../../../src/main/core/import/html-nesting');
    const hostile = '<a href="x" '.repeat(200_000);
    expect(sourceNesting(hostile)).toBe(0);
    expect(stripInert('<script src="x" '.repeat(200_000))).toContain('<script');
  });
});
