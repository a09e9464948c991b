// Story assignment in a worker thread: the same stories as on this thread, visible to this
// thread's connection when it is done; runs asked for meanwhile join the next run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { allMemberships, unassignedArticleIds } from '../../../../../src/main/core/repo/stories';
import { assignStoriesInThread, ensureStoriesInThread, reclusterInThread } from '../../../../../src/main/core/compare/story-thread';
import { article, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.cleanup());

const add = (title: string, text: string, published: string) => insertArticle(lib.db, article({ title, text, published }));

describe('assignStoriesInThread', () => {
  it('gives every article a story, grouping the same event together', async () => {
    const summit = [
      add('Putin and Kim sign defence pact', 'Vladimir Putin and Kim Jong Un signed a mutual defence pact in Pyongyang on Wednesday.', '2024-06-19'),
      add('Russia, North Korea sign pact', 'Kim Jong Un and Vladimir Putin signed a defence pact in Pyongyang, pledging mutual assistance.', '2024-06-19'),
    ];
    const other = add('Floods in Bavaria', 'Heavy rain flooded towns across Bavaria as rivers burst their banks.', '2024-06-02');
    const r = await assignStoriesInThread(lib.path, [...summit, other]);
    expect(r.assigned).toBe(3);
    expect(unassignedArticleIds(lib.db)).toEqual([]);
    const m = allMemberships(lib.db);
    expect(m.get(summit[0])!.storyId).toBe(m.get(summit[1])!.storyId);
    expect(m.get(other)!.storyId).not.toBe(m.get(summit[0])!.storyId);
  });

  it('merges assignments asked for before a run starts, and runs other work after them in order', async () => {
    // A library with stories already (a first grouping would cluster everything at once).
    await assignStoriesInThread(lib.path, [add('Summit', 'Leaders met at the summit in Pyongyang.', '2024-04-01')]);
    const a = add('Talks in Geneva', 'Diplomats met in Geneva for talks on the ceasefire.', '2024-05-01');
    const b = add('Election in Seoul', 'Voters in Seoul chose a new mayor on Sunday.', '2024-05-03');
    const c = add('Harvest report', 'Farmers reported a strong wheat harvest this year.', '2024-05-05');
    const [r1, r2] = await Promise.all([assignStoriesInThread(lib.path, [a]), assignStoriesInThread(lib.path, [b])]);
    expect(r1).toEqual(r2);
    expect(r1.assigned).toBe(2);
    // c was never assigned: ensure finds and places it; a re-clustering afterwards keeps everyone placed.
    await ensureStoriesInThread(lib.path);
    expect(unassignedArticleIds(lib.db)).toEqual([]);
    const r = await reclusterInThread(lib.path);
    expect(r.stories).toBeGreaterThanOrEqual(3);
    expect(allMemberships(lib.db).has(c)).toBe(true);
  });

  it('rejects with the reason when the library cannot be opened', async () => {
    // A folder is not a library file.
    await expect(assignStoriesInThread(dirname(lib.path), [1])).rejects.toThrow(/./);
  });
});
