// Story work in a worker thread (story-worker.ts), one piece at a time per library file, in
// the order asked; articles to assign that arrive while others wait join them in one run.
import { runOnce, threadEntry } from '../thread-entry';
import type { AssignResult, reclusterLibrary } from './story-library';
import type { StoryWork, StoryWorkAnswer, StoryWorkData } from './story-worker';

function runInThread(data: StoryWorkData): Promise<StoryWorkAnswer> {
  return runOnce<StoryWorkAnswer>(threadEntry(__dirname, 'storyWorker', 'story-worker.ts'), data);
}

interface Lane {
  tail: Promise<unknown>;
  /** An assign run not yet started, which more ids may still join. */
  pendingAssign: { ids: number[]; promise: Promise<StoryWorkAnswer> } | null;
}
const lanes = new Map<string, Lane>();

function enqueue(libraryPath: string, work: () => StoryWork): Promise<StoryWorkAnswer> {
  const lane = lanes.get(libraryPath) ?? { tail: Promise.resolve(), pendingAssign: null };
  lanes.set(libraryPath, lane);
  const promise = lane.tail.catch(() => undefined).then(() => runInThread({ libraryPath, work: work() }));
  lane.tail = promise;
  void promise.catch(() => undefined).then(() => {
    if (lane.tail === promise) lanes.delete(libraryPath);
  });
  return promise;
}

/** Gives the articles `articleIds` of the library file `libraryPath` their stories. */
export function assignStoriesInThread(libraryPath: string, articleIds: number[]): Promise<AssignResult> {
  const lane = lanes.get(libraryPath);
  if (lane?.pendingAssign) {
    lane.pendingAssign.ids.push(...articleIds);
    return lane.pendingAssign.promise as Promise<AssignResult>;
  }
  const ids = [...articleIds];
  const promise = enqueue(libraryPath, () => {
    // Starting now: later ids go to a run of their own.
    const l = lanes.get(libraryPath);
    if (l?.pendingAssign?.ids === ids) l.pendingAssign = null;
    return { kind: 'assign', articleIds: ids };
  });
  lanes.get(libraryPath)!.pendingAssign = { ids, promise };
  return promise as Promise<AssignResult>;
}

/** Makes sure every article of the library has a story (ensureStories), off this thread. */
export async function ensureStoriesInThread(libraryPath: string): Promise<void> {
  await enqueue(libraryPath, () => ({ kind: 'ensure' }));
}

/** Re-clusters the whole library (reclusterLibrary), off this thread. */
export function reclusterInThread(libraryPath: string): Promise<ReturnType<typeof reclusterLibrary>> {
  return enqueue(libraryPath, () => ({ kind: 'recluster' })) as Promise<ReturnType<typeof reclusterLibrary>>;
}
