// Automatic backups: every `intervalHours` while the library is open, keeping the newest `keep`
// automatic ones (backups the user made are never pruned). The schedule is an app setting per
// library path (libraries/state.ts); when the last automatic backup was taken is read from the
// backup folder itself, so the schedule survives restarts without extra bookkeeping.
import type { Db } from '../db/open';
import { readState, updateState, type ScheduleSetting } from '../libraries/state';
import { createBackup } from './backup';
import { defaultBackupFolder, listBackupFiles, pruneAutomatic } from './files';

export const DEFAULT_SCHEDULE: ScheduleSetting = { enabled: false, intervalHours: 24, keep: 7, folder: null };

export interface Schedule extends ScheduleSetting {
  effectiveFolder: string;
  lastBackupAt: string | null;
  nextBackupAt: string | null;
}

export function getSchedule(stateFile: string, libraryPath: string, now = new Date()): Schedule {
  const s = { ...DEFAULT_SCHEDULE, ...readState(stateFile).schedules[libraryPath] };
  const effectiveFolder = s.folder ?? defaultBackupFolder(libraryPath);
  const last = listBackupFiles(libraryPath, effectiveFolder).find((b) => b.automatic)?.createdAt ?? null;
  const next = !s.enabled ? null : last ? new Date(Date.parse(last) + s.intervalHours * 3_600_000).toISOString() : now.toISOString();
  return { ...s, effectiveFolder, lastBackupAt: last, nextBackupAt: next };
}

export function setSchedule(stateFile: string, libraryPath: string, change: Partial<ScheduleSetting>): Schedule {
  updateState(stateFile, (st) => {
    const current = { ...DEFAULT_SCHEDULE, ...st.schedules[libraryPath] };
    const next: ScheduleSetting = { ...current };
    if (change.enabled !== undefined) next.enabled = change.enabled;
    if (change.intervalHours !== undefined) next.intervalHours = change.intervalHours;
    if (change.keep !== undefined) next.keep = change.keep;
    if (change.folder !== undefined) next.folder = change.folder;
    st.schedules[libraryPath] = next;
  });
  return getSchedule(stateFile, libraryPath);
}

/** Takes an automatic backup if one is due; returns its path, or null when none was due. */
export async function backupIfDue(db: Db, libraryPath: string, stateFile: string, now = new Date()): Promise<string | null> {
  const s = getSchedule(stateFile, libraryPath, now);
  if (!s.enabled || (s.nextBackupAt && Date.parse(s.nextBackupAt) > now.getTime())) return null;
  const b = await createBackup(db, libraryPath, { folder: s.effectiveFolder, kind: 'auto', now });
  pruneAutomatic(libraryPath, s.effectiveFolder, s.keep);
  return b.path;
}

export interface SchedulerTarget {
  /** The library open now (it can change when the user switches libraries). */
  current(): { db: Db; path: string };
  log(message: string): void;
}

/**
 * Checks every `everyMs` whether a backup is due. Returns a stop function. The timer does not
 * keep the process alive; a check still running when the next one is due is not doubled.
 */
export function startBackupScheduler(target: SchedulerTarget, stateFile: string, everyMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { db, path } = target.current();
      if (db.open) {
        const made = await backupIfDue(db, path, stateFile);
        if (made) target.log(`automatic backup written to ${made}`);
      }
    } catch (e) {
      target.log(`automatic backup failed: ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
