// Worker thread: gives newly imported articles their stories (assignStories) on a connection of
// its own. A first grouping clusters the whole library (seconds at 10k articles); on the thread
// that serves the UI that would stall every call meanwhile (story-thread.ts starts this).
import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../db/open';
import { assignStories, type AssignResult } from './story-library';

export interface StoryWorkData {
  libraryPath: string;
  articleIds: number[];
}

export type StoryWorkResult = ({ ok: true } & AssignResult) | { ok: false; message: string };

function run(data: StoryWorkData): StoryWorkResult {
  const db = openLibrary(data.libraryPath);
  try {
    return { ok: true, ...assignStories(db, data.articleIds) };
  } finally {
    db.close();
  }
}

const port = parentPort;
if (port) {
  let result: StoryWorkResult;
  try {
    result = run(workerData as StoryWorkData);
  } catch (e) {
    result = { ok: false, message: (e as Error).message };
  }
  port.postMessage(result);
}
