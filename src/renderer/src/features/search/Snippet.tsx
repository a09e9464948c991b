// Renders a search snippet whose matched spans are wrapped in \u0002 … \u0003 markers as
// React text nodes and <mark> elements. The snippet is article text: never parsed as HTML.
import type { MARK_END as MarkEndT, MARK_START as MarkStartT } from '../../../../shared/contract';
import type { ReactNode } from 'react';

// Typed against the contract's constants so a change there fails the type check here.
const MARK_START: typeof MarkStartT = '\u0002';
const MARK_END: typeof MarkEndT = '\u0003';

export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  let buf = '';
  for (const ch of snippet) {
    if (ch === MARK_START || ch === MARK_END) {
      if (buf) parts.push({ text: buf, marked });
      buf = '';
      marked = ch === MARK_START;
    } else {
      buf += ch;
    }
  }
  if (buf) parts.push({ text: buf, marked });
  return mergeAdjacent(parts);
}

/** "fiery" + " " + "friendship" marked separately read as one phrase: show one mark. */
function mergeAdjacent(parts: { text: string; marked: boolean }[]): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (prev?.marked && !p.marked && next?.marked && /^\s+$/.test(p.text)) {
      prev.text += p.text + next.text;
      i++;
    } else if (prev?.marked && p.marked) {
      prev.text += p.text;
    } else {
      out.push({ ...p });
    }
  }
  return out;
}

export function Snippet({ text }: { text: string }): ReactNode {
  return (
    <>
      {snippetParts(text).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
