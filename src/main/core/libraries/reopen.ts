// Switching the running session to another library file, or to a restored copy of the same one.
// Everything that holds the old file must let go first: the import worker (its own connection)
// and the main connection. LibraryContext may provide `reopen` (the Library class is the right
// owner of that life cycle); until it does, this does the same from outside.
import type { LibraryContext } from '../library';
import { UserError } from '../api/errors';
import { openLibrary } from '../db/open';
import { ImportJobs } from '../import/jobs';

type Reopenable = LibraryContext & { reopen?: (path: string, whileClosed?: () => void) => Promise<void> };

/** Whether no import is queued or running (idle() resolves at once then). */
export async function importsIdle(ctx: LibraryContext): Promise<boolean> {
  return Promise.race([ctx.imports.idle().then(() => true), new Promise<boolean>((r) => setImmediate(() => r(false)))]);
}

/**
 * Closes the library, runs `whileClosed` (e.g. puts a restored file in place), and opens `path`.
 * Refused while an import runs. If `whileClosed` fails, the old library is opened again.
 */
export async function reopenLibrary(ctx: LibraryContext, path: string, whileClosed?: () => void): Promise<void> {
  if (!(await importsIdle(ctx))) throw new UserError('An import is running. Wait for it to finish (or cancel it), then try again.');
  const hook = (ctx as Reopenable).reopen;
  if (typeof hook === 'function') return hook.call(ctx, path, whileClosed);
  const oldPath = ctx.path;
  await ctx.imports.close();
  if (ctx.db.open) ctx.db.close();
  try {
    whileClosed?.();
    ctx.db = openLibrary(path);
    ctx.path = path;
  } catch (e) {
    // Back to the library that was open, so the session never ends up without one.
    ctx.db = openLibrary(oldPath);
    ctx.path = oldPath;
    throw e;
  } finally {
    ctx.imports = new ImportJobs(ctx, { mode: ctx.path === ':memory:' ? 'inline' : 'worker' });
  }
}
