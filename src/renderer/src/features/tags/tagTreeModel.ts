// Pure helpers over the flat tag tree the library answers (tags.tree: one row per tag, with
// parent and depth): which rows are visible given the collapsed set, and which have children.
import type { z } from 'zod';
import type { TagNode } from '../../../../shared/contract-notebook';

export type TagNodeT = z.output<typeof TagNode>;

export const TAG_COLORS = ['#d64545', '#e07b24', '#c9a227', '#3f9a4f', '#2f8f9d', '#2a64d6', '#7a4fd1', '#c24e95', '#6b7280'];

export function withChildren(nodes: TagNodeT[]): Set<string> {
  const s = new Set<string>();
  for (const n of nodes) if (n.parent !== null) s.add(n.parent);
  return s;
}

/** Rows to show: a node is hidden when any ancestor is collapsed. Keeps the library's order. */
export function visibleNodes(nodes: TagNodeT[], collapsed: ReadonlySet<string>): TagNodeT[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const hidden = (n: TagNodeT): boolean => {
    for (let p = n.parent; p !== null; p = byName.get(p)?.parent ?? null) if (collapsed.has(p)) return true;
    return false;
  };
  return nodes.filter((n) => !hidden(n));
}

/** The names a tag may move under: any tag that is not itself or below it. */
export function moveTargets(nodes: TagNodeT[], name: string): string[] {
  return nodes.map((n) => n.name).filter((t) => t !== name && !t.startsWith(`${name}/`));
}

/** The color a row shows: its own, else the nearest ancestor's. */
export function effectiveColor(nodes: TagNodeT[], n: TagNodeT): string | null {
  const byName = new Map(nodes.map((x) => [x.name, x]));
  for (let cur: TagNodeT | undefined = n; cur; cur = cur.parent ? byName.get(cur.parent) : undefined) if (cur.color) return cur.color;
  return null;
}
