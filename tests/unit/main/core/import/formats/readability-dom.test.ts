// The importer's Readability answers exactly as the library's own: its faster look-ups of
// elements by tag and of visibility must not change a single extraction. Checked on generated
// trees (always) and on every page of the readability corpus (when ../shared/corpus is there).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { descendantsWithTags, ImportReadability } from '../../../../../../src/main/core/import/formats/readability-dom';
import { corpus, hasCorpus } from '../../../../../helpers/library';

const doc = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;

/** A random page of nested elements (some with style, hidden and aria-hidden attributes). */
function randomPage(seed: number): string {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const tags = ['div', 'p', 'span', 'h1', 'h2', 'img', 'figure', 'picture', 'a', 'ul', 'ol', 'li', 'table', 'br', 'section', 'svg'];
  const attrs = ['', ' style="display:none"', ' style="visibility: hidden; color: red"', ' style="color:blue"', ' hidden', ' aria-hidden="true"', ' aria-hidden="true" class="fallback-image"', ' class="x"'];
  const node = (depth: number): string => {
    const tag = tags[Math.floor(rnd() * tags.length)]!;
    const attr = attrs[Math.floor(rnd() * attrs.length)]!;
    if (tag === 'img' || tag === 'br') return `<${tag}${attr}>`;
    const kids = depth > 5 ? 0 : Math.floor(rnd() * 4);
    return `<${tag}${attr}>text ${Math.floor(rnd() * 100)} ${Array.from({ length: kids }, () => node(depth + 1)).join('')}</${tag}>`;
  };
  return `<!doctype html><html><head><title>t</title></head><body>${Array.from({ length: 6 }, () => node(0)).join('')}</body></html>`;
}

describe('descendantsWithTags', () => {
  it('finds what querySelectorAll finds, in the same order, below documents and elements', () => {
    const sets = [['a'], ['h1', 'h2'], ['img', 'picture', 'figure'], ['ul', 'ol'], ['p', 'span', 'li', 'table']];
    for (let seed = 1; seed <= 40; seed++) {
      const d = doc(randomPage(seed));
      const roots: (Document | Element)[] = [d, ...Array.from(d.querySelectorAll('div, section, ul')).slice(0, 5)];
      for (const root of roots) {
        for (const tags of sets) {
          expect(descendantsWithTags(root, tags)).toEqual(Array.from(root.querySelectorAll(tags.join(','))));
        }
      }
    }
  });
});

function same(html: string): void {
  const mine = new ImportReadability(doc(html), { keepClasses: false }).parse();
  const theirs = new Readability(doc(html), { keepClasses: false }).parse();
  expect(mine).toEqual(theirs);
}

describe('ImportReadability', () => {
  it('extracts generated pages with hidden parts exactly as Readability does', () => {
    for (let seed = 100; seed < 130; seed++) same(randomPage(seed).replace('<body>', `<body><article><p>${'A sentence of the article, long enough to count. '.repeat(20)}</p></article>`));
  });

  it.skipIf(!hasCorpus)('extracts every page of the readability corpus exactly as Readability does', () => {
    const pages = corpus('extraction', 'readability', 'pages');
    const names = readdirSync(pages);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) same(readFileSync(join(pages, name, 'source.html'), 'utf8'));
  }, 120_000);
});
