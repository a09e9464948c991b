// Query string → syntax tree. A pure function that accepts anything: stray operators,
// unbalanced parentheses and quotes are repaired or ignored, never rejected, and what was
// ignored is said in `warnings`.
//
// OR binds tighter than the implicit AND, as in web search: `putin OR kim summit` means
// (putin OR kim) AND summit.
//
//   query   := and*                      (stray ')' skipped)
//   and     := or+                       ('AND' allowed, implicit otherwise)
//   or      := unary (('OR' | '|') unary)*
//   unary   := ('-' | 'NOT') unary | primary
//   primary := '(' and ')' | field ':' value | 'NEAR(' item+ [',' N] ')' | "phrase" | word
import { type Field, type FilterName, MAX_DEPTH, MAX_LEAVES, NEAR_DEFAULT, NEAR_MAX, type Node, type ParseResult, type PhraseNode, type TermNode } from './ast';
import { lex, type Tok } from './lex';

const TEXT_FIELDS = new Set<string>(['title', 'byline', 'text']);

class Parser {
  private pos = 0;
  private depth = 0;
  private leaves = 0;
  readonly warnings = new Set<string>();

  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok | undefined {
    return this.toks[this.pos];
  }

  parseQuery(): Node | null {
    const parts: Node[] = [];
    while (this.pos < this.toks.length) {
      const t = this.peek();
      if (t?.t === 'rparen') {
        this.pos++; // a stray ')' closes nothing: skip it
        continue;
      }
      const n = this.parseAnd();
      if (n) parts.push(n);
    }
    return join('and', parts);
  }

  private parseAnd(): Node | null {
    const parts: Node[] = [];
    for (let t = this.peek(); t && t.t !== 'rparen'; t = this.peek()) {
      if (t.t === 'and' || t.t === 'comma' || t.t === 'or') {
        this.pos++; // AND is implicit; an OR with nothing before it joins nothing
        continue;
      }
      const n = this.parseOr();
      if (n) parts.push(n);
    }
    return join('and', parts);
  }

  private parseOr(): Node | null {
    const parts: Node[] = [];
    const first = this.parseUnary(null);
    if (first) parts.push(first);
    while (this.peek()?.t === 'or') {
      this.pos++;
      const t = this.peek();
      if (!t || t.t === 'rparen' || t.t === 'or') break; // "a OR" / "a OR OR b": the dangling OR is dropped
      const next = this.parseUnary(null);
      if (next) parts.push(next);
    }
    return join('or', parts);
  }

  private parseUnary(field: Field | null): Node | null {
    // Count negations iteratively: "NOT NOT NOT x" must not recurse once per NOT.
    let negations = 0;
    while (this.peek()?.t === 'not') {
      this.pos++;
      negations++;
    }
    const t = this.peek();
    if (negations > 0 && (!t || t.t === 'rparen' || t.t === 'or' || t.t === 'and' || t.t === 'comma')) {
      this.warnings.add('A minus or NOT with nothing after it was ignored.');
      return null;
    }
    const n = this.parsePrimary(field);
    if (!n) return null;
    return negations % 2 === 1 ? { kind: 'not', child: n } : n;
  }

  private parsePrimary(field: Field | null): Node | null {
    const t = this.peek();
    if (!t) return null;
    this.pos++;
    switch (t.t) {
      case 'lparen':
        return this.parseGroup(field);
      case 'near':
        return this.parseNear(field);
      case 'field':
        return this.parseField(t);
      case 'phrase':
        return this.phrase(t, field);
      case 'word':
        return this.leaf({ kind: 'term', text: t.text, field, prefix: t.prefix, fuzzy: t.fuzzy, wildcard: t.wildcard });
      default:
        return null; // operators are consumed by the callers; anything else here is stray
    }
  }

  private parseGroup(field: Field | null): Node | null {
    // Too deep to be meant: this '(' is dropped and what follows is read at the current level.
    if (this.depth >= MAX_DEPTH) return null;
    this.depth++;
    const inner = this.parseAnd();
    this.depth--;
    if (this.peek()?.t === 'rparen') this.pos++;
    return inner && field ? withField(inner, field) : inner;
  }

  private parseNear(field: Field | null): Node | null {
    const items: (TermNode | PhraseNode)[] = [];
    let distance = NEAR_DEFAULT;
    for (let t = this.peek(); t && t.t !== 'rparen'; t = this.peek()) {
      this.pos++;
      if (t.t === 'comma') {
        const d = this.peek();
        if (d?.t === 'word' && /^\d+$/.test(d.text)) {
          this.pos++;
          distance = Math.min(Number(d.text), NEAR_MAX);
        }
      } else if (t.t === 'word') {
        const leaf = this.leaf({ kind: 'term', text: t.text, field: null, prefix: t.prefix, fuzzy: 0, wildcard: false });
        if (leaf) items.push(leaf as TermNode);
      } else if (t.t === 'phrase') {
        const leaf = this.leaf({ kind: 'phrase', text: t.text, field: null, prefix: t.prefix });
        if (leaf) items.push(leaf as PhraseNode);
      }
      // Operators, fields and nested groups mean nothing inside NEAR(): skipped.
    }
    if (this.peek()?.t === 'rparen') this.pos++;
    if (items.length === 0) {
      this.warnings.add('NEAR( needs two or more words, e.g. NEAR(putin kim, 5).');
      return null;
    }
    if (items.length === 1) return items[0];
    return { kind: 'near', items, distance, field };
  }

  private parseField(t: Extract<Tok, { t: 'field' }>): Node | null {
    const next = this.peek();
    const usable = next && (next.t === 'word' || next.t === 'phrase' || (TEXT_FIELDS.has(t.name) && (next.t === 'lparen' || next.t === 'near' || next.t === 'not')));
    if (!usable) {
      this.warnings.add(`“${t.raw}:” needs something after it, e.g. ${example(t.name)}; it was ignored.`);
      return null;
    }
    if (!TEXT_FIELDS.has(t.name)) {
      this.pos++;
      const value = next.t === 'word' ? next.text + (next.prefix ? '*' : '') : next.t === 'phrase' ? next.text : '';
      return { kind: 'filter', name: t.name as FilterName, value: value.trim() };
    }
    return this.parseUnary(t.name as Field);
  }

  private phrase(t: Extract<Tok, { t: 'phrase' }>, field: Field | null): Node | null {
    const p = this.leaf({ kind: 'phrase', text: t.text, field, prefix: t.prefix });
    if (!p || t.proximity === null) return p;
    // "a b"~5: the words within 5 of each other, in any order.
    const words = t.text.split(/\s+/).filter(Boolean);
    if (words.length < 2) return p;
    const items: TermNode[] = words.map((w) => ({ kind: 'term', text: w, field: null, prefix: false, fuzzy: 0, wildcard: false }));
    return { kind: 'near', items, distance: Math.min(t.proximity, NEAR_MAX), field };
  }

  private leaf<T extends TermNode | PhraseNode>(n: T): T | null {
    if (this.leaves >= MAX_LEAVES) {
      this.warnings.add(`Only the first ${MAX_LEAVES} words of the query were used.`);
      return null;
    }
    this.leaves++;
    return n;
  }
}

function example(name: string): string {
  switch (name) {
    case 'outlet':
      return 'outlet:"New York Times"';
    case 'tag':
      return 'tag:sanctions';
    case 'lang':
      return 'lang:ru';
    case 'after':
      return 'after:2024-03-01';
    case 'before':
      return 'before:2024-12-31';
    case 'year':
      return 'year:2024';
    case 'note':
      return 'note:follow-up';
    case 'story':
      return 'story:12';
    case 'has':
      return 'has:notes';
    case 'is':
      return 'is:reprint';
    default:
      return `${name}:putin`;
  }
}

function join(kind: 'and' | 'or', parts: Node[]): Node | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0];
  // Flatten same-kind children: (a b) c is a b c.
  const children = parts.flatMap((p) => (p.kind === kind ? p.children : [p]));
  return { kind, children };
}

/** Applies a field scope to every leaf that has none of its own (title:(a OR b)). */
function withField(n: Node, field: Field): Node {
  switch (n.kind) {
    case 'term':
    case 'phrase':
    case 'near':
      return n.field ? n : { ...n, field };
    case 'and':
    case 'or':
      return { kind: n.kind, children: n.children.map((c) => withField(c, field)) };
    case 'not':
      return { kind: 'not', child: withField(n.child, field) };
    case 'filter':
      return n;
  }
}

export function parse(input: string): ParseResult {
  const p = new Parser(lex(input));
  const ast = p.parseQuery();
  return { ast, warnings: [...p.warnings] };
}
