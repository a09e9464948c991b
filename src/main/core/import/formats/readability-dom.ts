// Readability as the importer runs it: the same algorithm, with two of its DOM helpers answered
// in ways that cost far less on linkedom's tree and give the same results (checked against the
// library's own on every page of the readability corpus: tests/unit/.../readability-dom.test.ts).
// On saved news pages these two took a fifth of Readability's time:
//   - its elements-by-tag look-up goes through querySelectorAll, which compiles a CSS selector
//     on every call (a hundred calls a page);
//   - its visibility test reads element.style, which builds a style object (a Proxy over a
//     parsed copy of the attribute) for every element it meets, though only an element with a
//     style attribute can be hidden by one.
import { Readability } from '@mozilla/readability';

interface Walkable {
  firstElementChild: Element | null;
  getElementsByTagName(tag: string): ArrayLike<Element>;
}

/** The descendants of `node` (not itself) whose tag is one of `tags` (lower case), in document order. */
export function descendantsWithTags(node: Walkable, tags: readonly string[]): Element[] {
  // In an HTML document getElementsByTagName matches names in any case once given in upper
  // case (linkedom compares the name as written, then in upper case): Readability renames
  // elements in upper case ("P"), and a tag selector matches them too.
  if (tags.length === 1) return Array.from(node.getElementsByTagName(tags[0]!.toUpperCase()));
  const wanted = new Set(tags);
  const out: Element[] = [];
  // Depth first, iteratively: a hostile page may nest deeper than the stack allows.
  let el = node.firstElementChild;
  while (el) {
    // Readability renames elements with upper-case names ("P"), which linkedom keeps as given;
    // tag selectors match regardless of case.
    if (wanted.has(el.localName.toLowerCase())) out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const up: Element | null = el.parentElement;
      el = up === node || (up as unknown) === null ? null : up;
    }
    el = el ? el.nextElementSibling : null;
  }
  return out;
}

/** What Readability's own visibility test answers, reading the style only where there is one. */
function probablyVisible(node: Element & { style?: { display?: string; visibility?: string } }): boolean {
  if (node.hasAttribute('style') && node.style && (node.style.display === 'none' || node.style.visibility === 'hidden')) return false;
  if (node.hasAttribute('hidden')) return false;
  if (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true') return true;
  const cls = node.className as unknown;
  return typeof cls === 'string' && cls.includes('fallback-image');
}

export class ImportReadability<T> extends Readability<T> {
  _getAllNodesWithTag(node: Walkable, tagNames: string[]): Element[] {
    return descendantsWithTags(node, tagNames.map((t) => t.toLowerCase()));
  }

  _isProbablyVisible(node: Element): boolean {
    return probablyVisible(node);
  }
}
