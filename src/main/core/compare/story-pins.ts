// Re-clustering a library without undoing what the user decided. Clustering runs over every
// article as if nothing were stored; this module then maps its clusters back onto the stored
// stories:
//  - a pinned article (the user merged, split or moved it) stays in its story, whatever the
//    clusters say;
//  - the free articles of a cluster go to the stored story that shares most articles with the
//    cluster (one cluster per story, largest overlaps first, so story ids stay put from run to
//    run and two clusters never pour into one story); a cluster that matches no story becomes a
//    new one.
// Pure: the orchestration in story-library.ts reads and writes the database.
import type { Story } from '../../../shared/compare';

export interface StoredMembership {
  storyId: number;
  pinned: boolean;
}

export interface ReconcilePlan {
  /** Free article → the stored story it belongs to now (only articles whose story changes or that had none). */
  moves: Map<number, number>;
  /** Stories to create: their free articles and the cluster's title. */
  create: { articleIds: number[]; title: string }[];
  /** Stored story → the cluster title that now describes it (for stories with an automatic title). */
  titles: Map<number, string>;
}

export function reconcileStories(clusters: Story[], stored: Map<number, StoredMembership>): ReconcilePlan {
  const free = clusters.map((c) => c.articleIds.filter((id) => !stored.get(id)?.pinned));
  // Overlap of each cluster with each stored story, counting pinned members too: a cluster
  // around a story the user pinned should feed that story.
  const pairs: { k: number; story: number; n: number }[] = [];
  clusters.forEach((c, k) => {
    if (!free[k]!.length) return;
    const counts = new Map<number, number>();
    for (const id of c.articleIds) {
      const m = stored.get(id);
      if (m) counts.set(m.storyId, (counts.get(m.storyId) ?? 0) + 1);
    }
    for (const [story, n] of counts) pairs.push({ k, story, n });
  });
  pairs.sort((x, y) => y.n - x.n || x.story - y.story || x.k - y.k);

  const storyOf = new Map<number, number>();
  const claimed = new Set<number>();
  for (const p of pairs) {
    if (storyOf.has(p.k) || claimed.has(p.story)) continue;
    storyOf.set(p.k, p.story);
    claimed.add(p.story);
  }

  const plan: ReconcilePlan = { moves: new Map(), create: [], titles: new Map() };
  clusters.forEach((c, k) => {
    const mine = free[k]!;
    if (!mine.length) return;
    const target = storyOf.get(k);
    if (target === undefined) {
      plan.create.push({ articleIds: mine, title: c.title });
      return;
    }
    plan.titles.set(target, c.title);
    for (const id of mine) if (stored.get(id)?.storyId !== target) plan.moves.set(id, target);
  });
  return plan;
}
