// The app's own small settings file in the user data folder (libraries.json): the recent
// libraries and each library's backup schedule. Not in a library, because it is about libraries.
// Written to a temporary file and renamed, so a crash never leaves half a file; an unreadable
// file is treated as empty rather than stopping the app.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { userDataDir } from '../paths';

export const STATE_FILE = 'libraries.json';

/** The user data folder; PARALLAX_USER_DATA overrides it (tests, portable installs). */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return env.PARALLAX_USER_DATA?.trim() || userDataDir({ env });
}

export function defaultStateFile(env: Record<string, string | undefined> = process.env): string {
  return join(dataDir(env), STATE_FILE);
}

const Schedule = z.object({
  enabled: z.boolean(),
  intervalHours: z.number().min(0.25).max(24 * 90),
  keep: z.number().int().min(1).max(1000),
  folder: z.string().nullable(),
});
export type ScheduleSetting = z.infer<typeof Schedule>;

const Recent = z.object({ path: z.string(), openedAt: z.string() });

const State = z.object({
  recent: z.array(Recent).catch([]),
  schedules: z.record(z.string(), Schedule.partial()).catch({}),
});
export type AppState = z.infer<typeof State>;

export function readState(file: string): AppState {
  if (!existsSync(file)) return { recent: [], schedules: {} };
  try {
    return State.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { recent: [], schedules: {} };
  }
}

export function writeState(file: string, state: AppState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

export function updateState(file: string, change: (s: AppState) => void): AppState {
  const s = readState(file);
  change(s);
  writeState(file, s);
  return s;
}
