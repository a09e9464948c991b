import { describe, expect, it } from 'vitest';
import { reconcileStories, type StoredMembership } from '../../../../../src/main/core/compare/story-pins';
import type { Story } from '../../../../../src/shared/compare';

const cluster = (articleIds: number[], title = `t${articleIds[0]}`): Story => ({ id: `s${articleIds[0]}`, articleIds, title });
const stored = (entries: [number, number, boolean?][]) =>
  new Map<number, StoredMembership>(entries.map(([a, s, p]) => [a, { storyId: s, pinned: p ?? false }]));

describe('reconcileStories', () => {
  it('keeps story ids when clusters match the stored stories, and moves nothing', () => {
    const plan = reconcileStories([cluster([1, 2]), cluster([3, 4])], stored([[1, 10], [2, 10], [3, 20], [4, 20]]));
    expect(plan.moves.size).toBe(0);
    expect(plan.create).toEqual([]);
    expect(plan.titles).toEqual(new Map([[10, 't1'], [20, 't3']]));
  });

  it('never moves a pinned article, and sends free articles to the story that overlaps most', () => {
    // The clusters would put 3 with 1 and 2; the user pinned 3 in story 30.
    const plan = reconcileStories([cluster([1, 2, 3]), cluster([4])], stored([[1, 10], [2, 10], [3, 30, true], [4, 10]]));
    expect(plan.moves.has(3)).toBe(false);
    expect([...plan.moves]).toEqual([]);
    // Article 4 left story 10's cluster: story 10 is taken by the bigger cluster, so 4 starts a story.
    expect(plan.create).toEqual([{ articleIds: [4], title: 't4' }]);
  });

  it('gives new articles the story of the cluster they fall in, and a cluster of new articles a new story', () => {
    const plan = reconcileStories([cluster([1, 5]), cluster([6, 7])], stored([[1, 10, true]]));
    expect(plan.moves).toEqual(new Map([[5, 10]]));
    expect(plan.create).toEqual([{ articleIds: [6, 7], title: 't6' }]);
  });

  it('lets two clusters never pour into one story', () => {
    const plan = reconcileStories([cluster([1, 2]), cluster([3])], stored([[1, 10], [2, 10], [3, 10]]));
    expect(plan.moves.size).toBe(0);
    expect(plan.create).toEqual([{ articleIds: [3], title: 't3' }]);
  });
});
