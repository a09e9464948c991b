// The search query as a tree. parse.ts builds it from what the user typed; compile.ts turns
// it into an FTS5 expression plus SQL filters. Words keep their raw text here: normalising is
// the compiler's job, so the parser stays a pure syntax function.

export type Field = 'title' | 'byline' | 'text';
/** note:, story:, has:notes and is:reprint need tables other features add; see features.ts. */
export type FilterName = 'outlet' | 'tag' | 'lang' | 'after' | 'before' | 'year' | 'note' | 'story' | 'has' | 'is';

export interface TermNode {
  kind: 'term';
  text: string;
  field: Field | null;
  /** Trailing `*`. */
  prefix: boolean;
  /** `word~1` / `word~2`: edit distance for fuzzy expansion; 0 when exact. */
  fuzzy: 0 | 1 | 2;
  /** A `*` elsewhere than at the end (`*stan`, `wom*n`): expanded against the vocabulary. */
  wildcard: boolean;
}

export interface PhraseNode {
  kind: 'phrase';
  text: string;
  field: Field | null;
  prefix: boolean;
}

export interface NearNode {
  kind: 'near';
  items: (TermNode | PhraseNode)[];
  distance: number;
  field: Field | null;
}

export interface AndNode {
  kind: 'and';
  children: Node[];
}

export interface OrNode {
  kind: 'or';
  children: Node[];
}

export interface NotNode {
  kind: 'not';
  child: Node;
}

export interface FilterNode {
  kind: 'filter';
  name: FilterName;
  value: string;
}

export type Node = TermNode | PhraseNode | NearNode | AndNode | OrNode | NotNode | FilterNode;

export interface ParseResult {
  /** null when nothing searchable was typed. */
  ast: Node | null;
  /** Sentences about parts of the query that were ignored or reinterpreted. */
  warnings: string[];
}

/** Default NEAR distance, as in FTS5. */
export const NEAR_DEFAULT = 10;
export const NEAR_MAX = 1000;
/** Nesting deeper than this is flattened: nobody types it, and recursion must stay bounded. */
export const MAX_DEPTH = 24;
/** Words beyond this many are dropped (a pasted paragraph is not a query). */
export const MAX_LEAVES = 64;
