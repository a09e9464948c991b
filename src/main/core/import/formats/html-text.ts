// Plain text from an HTML element, paragraph by paragraph: each block element (p, h2, li,
// blockquote…) becomes one paragraph, <br> a line break, <pre> keeps its spacing. Each paragraph
// remembers the block it came from, so chrome found in the text can also be cut from the HTML.
// Works on linkedom and jsdom alike (only the standard DOM properties are used).

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT']);
const CELL = new Set(['TD', 'TH']);

export interface TextBlock {
  text: string;
  /** The nearest block element the text came from. */
  element: Element;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function htmlBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let owner: Element = root;

  const flush = () => {
    const text = buffer
      .split('\n')
      .map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) blocks.push({ text, element: owner });
    buffer = '';
  };

  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      buffer += pre ? value : value.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      buffer += '\n';
      return;
    }
    if (tag === 'IMG') return;
    const block = BLOCK.has(tag) && !CELL.has(tag);
    if (block) {
      flush();
      const saved = owner;
      owner = el;
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
      flush();
      owner = saved;
      return;
    }
    // Table cells stay on their row's line, separated by a space.
    if (CELL.has(tag)) buffer += ' ';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, pre);
    if (CELL.has(tag)) buffer += ' ';
  };

  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, false);
  flush();
  return blocks;
}
