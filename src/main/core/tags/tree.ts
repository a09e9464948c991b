// The tag tree for the sidebar: every tag and every parent its name implies, in display order,
// each with the articles under it (a parent counts an article once however many of its
// children the article carries) and its colour.
import type { Output } from '../../../shared/contract';
import type { Db } from '../db/open';
import { ownTagCounts, subtreeCounts, tagColors } from '../repo/tags';

type TagNode = Output<'tags.tree'>[number];

export function tagTree(db: Db): TagNode[] {
  const own = ownTagCounts(db);
  // Implied parents take the spelling of the first tag that implies them.
  const nodes = new Map<string, { name: string; own: number }>();
  for (const t of own) {
    const parts = t.name.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const name = parts.slice(0, i).join('/');
      const key = name.toLowerCase();
      const existing = nodes.get(key);
      if (i === parts.length) nodes.set(key, { name: existing?.name ?? name, own: (existing?.own ?? 0) + t.count });
      else if (!existing) nodes.set(key, { name, own: 0 });
    }
  }
  // Only a node with tags below it needs counting (a leaf's count is its own); each such node
  // is paired with every tag it covers.
  const cover: [string, string][] = [];
  const nodeOf = (key: string) => nodes.get(key)!.name;
  for (const t of own) {
    const parts = t.name.split('/');
    for (let i = 1; i < parts.length; i++) cover.push([nodeOf(parts.slice(0, i).join('/').toLowerCase()), t.name]);
  }
  const internal = new Set(cover.map(([n]) => n.toLowerCase()));
  for (const t of own) if (internal.has(t.name.toLowerCase())) cover.push([nodeOf(t.name.toLowerCase()), t.name]);
  const counts = subtreeCounts(db, cover);
  const colors = new Map(tagColors(db).map((c) => [c.name.toLowerCase(), c.color]));
  const list = [...nodes.values()].map((n): TagNode => {
    const slash = n.name.lastIndexOf('/');
    return {
      name: n.name,
      label: slash === -1 ? n.name : n.name.slice(slash + 1),
      parent: slash === -1 ? null : n.name.slice(0, slash),
      depth: n.name.split('/').length - 1,
      count: counts.get(n.name) ?? n.own,
      own: n.own,
      color: colors.get(n.name.toLowerCase()) ?? null,
    };
  });
  // Depth-first order: a parent directly before its children, siblings alphabetical.
  const sortKey = (n: TagNode) => n.name.toLowerCase().split('/');
  return list.toSorted((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      const c = ka[i]!.localeCompare(kb[i]!);
      if (c !== 0) return c;
    }
    return ka.length - kb.length;
  });
}
