// Handlers for the channels in src/shared/contract-import.ts: the import log, import settings
// and the watched folder's state.
import type { importContract } from '../../../shared/contract-import';
import type { HandlersFor } from './types';
import type { LibraryContext } from '../library';
import { listImportJobs, pageImportLog } from '../repo/importLog';
import { readImportSettings, updateImportSettings } from '../import/settings';
import { WatchedFolder, type WatchStatus } from '../import/watch';

function watcherStatus(ctx: LibraryContext, folder: string | null): WatchStatus {
  // Transports that do not run the watcher (the CLI) still show what is set.
  return WatchedFolder.of(ctx)?.status() ?? { folder, mode: 'off', error: null, lastJobId: null };
}

export const importHandlers: HandlersFor<keyof typeof importContract> = {
  'importLog.list': (i, ctx) => pageImportLog(ctx.db, i),
  'importLog.jobs': (i, ctx) => listImportJobs(ctx.db, i),
  'settings.get': (_i, ctx) => {
    const s = readImportSettings(ctx.db);
    return { ...s, watcher: watcherStatus(ctx, s.watchedFolder) };
  },
  'settings.update': async (i, ctx) => {
    const s = updateImportSettings(ctx.db, i);
    const watcher = WatchedFolder.of(ctx);
    if (watcher && i.watchedFolder !== undefined) await watcher.reconfigure();
    return { ...s, watcher: watcherStatus(ctx, s.watchedFolder) };
  },
};
