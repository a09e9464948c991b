// The sentences the undo toast shows after bulk work, e.g. "Tagged 213 articles with “sanctions”".
import { plural } from '../../lib/format';

const quoted = (tags: string[]) => tags.map((t) => `“${t}”`).join(', ');

export function bulkMessage(changed: number, add: string[], remove: string[]): string {
  const n = plural(changed, 'article');
  if (changed === 0) return add.length ? `Every article already had ${quoted(add)}` : `No article had ${quoted(remove)}`;
  if (add.length && remove.length) return `Retagged ${n}: added ${quoted(add)}, removed ${quoted(remove)}`;
  if (add.length) return `Tagged ${n} with ${quoted(add)}`;
  return `Removed ${quoted(remove)} from ${n}`;
}

/** Splits "a, b/c; d" typed in one field into tag names. */
export function parseTagList(text: string): string[] {
  return [...new Set(text.split(/[,;]/).map((t) => t.trim()).filter((t) => t.length > 0))];
}
