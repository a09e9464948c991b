// Worker thread: story work that can take seconds on a connection of its own — giving newly
// imported articles their stories (a first grouping clusters the whole library), making sure
// every article has one before stories are listed, re-clustering on request. On the thread that
// serves the UI that would stall every call meanwhile (story-thread.ts starts this).
import { openLibrary } from '../db/open';
import { answerOnce } from '../thread-entry';
import { assignStories, ensureStories, reclusterLibrary, type AssignResult } from './story-library';

export type StoryWork = { kind: 'assign'; articleIds: number[] } | { kind: 'ensure' } | { kind: 'recluster' };

export interface StoryWorkData {
  libraryPath: string;
  work: StoryWork;
}

export type StoryWorkAnswer = AssignResult | ReturnType<typeof reclusterLibrary> | null;

function run(data: StoryWorkData): StoryWorkAnswer {
  const db = openLibrary(data.libraryPath);
  try {
    const w = data.work;
    if (w.kind === 'assign') return assignStories(db, w.articleIds);
    if (w.kind === 'recluster') return reclusterLibrary(db);
    ensureStories(db);
    return null;
  } finally {
    db.close();
  }
}

answerOnce(run);
