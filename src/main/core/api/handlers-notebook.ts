// Handlers for the channels in src/shared/contract-notebook.ts.
import type { notebookContract } from '../../../shared/contract-notebook';
import type { LibraryContext } from '../library';
import type { HandlersFor } from './types';
import { NotFoundError, UserError } from './errors';
import { createHighlight, highlightsOf, removeHighlight, updateHighlight } from '../notebook/highlights';
import { noteOf, saveNote } from '../notebook/notes';
import { embedHighlight, pageById, pageSummaries, removePage, savePage } from '../notebook/pages';
import { tagTree } from '../tags/tree';
import { bulkTag, deleteTag, mergeTags, moveTag, renameTag, setColor } from '../tags/operations';
import { bulkTagQuery } from '../tags/bulk';
import { queryIds } from '../tags/query-ids';
import { peekUndo, undoLast } from '../tags/undo';
import { runRules, saveRule } from '../rules/rules';
import { deleteRule, listRules } from '../repo/rules';
import { exportArticles } from '../export/articles';
import { exportCitations } from '../export/citations';
import { exportPage } from '../export/notebook';
import { createBackup } from '../backup/backup';
import { listBackupFiles } from '../backup/files';
import { discardPrepared, prepareRestore, swapIn } from '../backup/restore';
import { getSchedule, setSchedule } from '../backup/schedule';
import { emptyTrash, moveToTrash, restoreFromTrash } from '../trash/trash';
import { listTrash } from '../repo/trash';
import { checkLibraryFile, createLibraryFile, listLibraries, rememberLibrary } from '../libraries/libraries';
import { defaultStateFile } from '../libraries/state';
import { reopenLibrary } from '../libraries/reopen';
import { countArticles } from '../repo/articles';
import { schemaVersion } from '../db/migrate';

const changed = (ctx: LibraryContext, reason: string) => ctx.emit('library.changed', { reason });

/** Runs a change and tells every window the library changed. */
function mutating<T>(ctx: LibraryContext, reason: string, run: () => T): T {
  const out = run();
  changed(ctx, reason);
  return out;
}

/** Switches the session to `path` (validated first) and records it as recent. */
async function switchTo(ctx: LibraryContext, path: string): Promise<{ path: string; articleCount: number }> {
  const abs = checkLibraryFile(path);
  if (abs !== ctx.path) await reopenLibrary(ctx, abs);
  rememberLibrary(defaultStateFile(), abs);
  changed(ctx, 'library');
  return { path: ctx.path, articleCount: countArticles(ctx.db) };
}

export const notebookHandlers: HandlersFor<keyof typeof notebookContract> = {
  'highlights.list': (i, ctx) => highlightsOf(ctx.db, i.articleId),
  'highlights.create': (i, ctx) => createHighlight(ctx.db, i),
  'highlights.update': (i, ctx) => updateHighlight(ctx.db, i.id, i),
  'highlights.delete': (i, ctx) => ({ deleted: removeHighlight(ctx.db, i.id) }),

  'notes.get': (i, ctx) => noteOf(ctx.db, i.articleId),
  'notes.save': (i, ctx) => saveNote(ctx.db, i.articleId, i.body),

  'pages.list': (_i, ctx) => pageSummaries(ctx.db),
  'pages.get': (i, ctx) => pageById(ctx.db, i.id),
  'pages.save': (i, ctx) => savePage(ctx.db, i),
  'pages.delete': (i, ctx) => ({ deleted: removePage(ctx.db, i.id) }),
  'pages.export': (i, ctx) => exportPage(ctx.db, i.id, i.format),
  'pages.embed': (i, ctx) => ({ markdown: embedHighlight(ctx.db, i.highlightId) }),

  'tags.tree': (_i, ctx) => tagTree(ctx.db),
  'tags.rename': (i, ctx) => mutating(ctx, 'tags', () => renameTag(ctx.db, i.from, i.to)),
  'tags.move': (i, ctx) => mutating(ctx, 'tags', () => moveTag(ctx.db, i.name, i.parent)),
  'tags.merge': (i, ctx) => mutating(ctx, 'tags', () => mergeTags(ctx.db, i.from, i.into)),
  'tags.delete': (i, ctx) => mutating(ctx, 'tags', () => deleteTag(ctx.db, i.name)),
  'tags.setColor': (i, ctx) => mutating(ctx, 'tags', () => setColor(ctx.db, i.name, i.color)),
  'tags.bulk': (i, ctx) =>
    mutating(ctx, 'tags', () => {
      if (i.query !== undefined) return bulkTagQuery(ctx.db, i.query, i.add, i.remove);
      const r = bulkTag(ctx.db, i.ids ?? [], i.add, i.remove);
      return { ...r, matched: new Set(i.ids).size, message: null };
    }),
  'undo.last': (_i, ctx) => mutating(ctx, 'undo', () => undoLast(ctx.db)),
  'undo.peek': (_i, ctx) => ({ label: peekUndo(ctx.db) }),

  'rules.list': (_i, ctx) => listRules(ctx.db),
  'rules.save': (i, ctx) => saveRule(ctx.db, i),
  'rules.delete': (i, ctx) => ({ deleted: deleteRule(ctx.db, i.id) }),
  'rules.run': (i, ctx) => mutating(ctx, 'tags', () => runRules(ctx.db, i.id)),

  'export.articles': (i, ctx) => {
    const ids = i.ids ?? queryIds(ctx.db, i.query ?? '').ids;
    if (ids.length === 0) throw new UserError(i.ids ? 'None of the selected articles is in this library any more.' : `No articles match “${i.query}”, so there is nothing to export.`);
    return exportArticles(ctx.db, ids, i.format);
  },
  'export.citations': (i, ctx) => {
    const file = exportCitations(ctx.db, i.ids, i.style);
    if (file.count === 0) throw new NotFoundError('None of the selected articles is in this library any more.');
    return file;
  },

  'backup.create': async (i, ctx) => {
    const folder = getSchedule(defaultStateFile(), ctx.path).folder;
    return createBackup(ctx.db, ctx.path, { path: i.path, folder });
  },
  'backup.restore': async (i, ctx) => {
    const prepared = prepareRestore(i.path, ctx.path);
    let safety: string | null = null;
    try {
      // The library as it is now, so that the restore itself can be undone by restoring this.
      safety = (await createBackup(ctx.db, ctx.path, { kind: 'before-restore', folder: getSchedule(defaultStateFile(), ctx.path).folder })).path;
      await reopenLibrary(ctx, ctx.path, () => swapIn(prepared, ctx.path));
    } catch (e) {
      discardPrepared(prepared);
      throw e;
    }
    changed(ctx, 'restore');
    return { articleCount: countArticles(ctx.db), schemaVersion: schemaVersion(ctx.db), safetyBackup: safety };
  },
  'backup.list': (_i, ctx) => {
    const folder = getSchedule(defaultStateFile(), ctx.path).effectiveFolder;
    return { folder, backups: listBackupFiles(ctx.path, folder) };
  },
  'backup.schedule.get': (_i, ctx) => getSchedule(defaultStateFile(), ctx.path),
  'backup.schedule.set': (i, ctx) => setSchedule(defaultStateFile(), ctx.path, i),

  'trash.list': (i, ctx) => {
    const { total, items } = listTrash(ctx.db, i.offset, i.limit);
    return { total, items: items.map(({ id, articleId, title, outlet, published, deletedAt }) => ({ id, articleId, title, outlet, published, deletedAt })) };
  },
  'trash.delete': (i, ctx) =>
    mutating(ctx, 'trash', () => {
      const r = moveToTrash(ctx.db, i.ids);
      return { trashed: r.trashed, undoLabel: r.undoLabel };
    }),
  'trash.restore': (i, ctx) => mutating(ctx, 'trash', () => restoreFromTrash(ctx.db, i.ids)),
  'trash.empty': (i, ctx) => mutating(ctx, 'trash', () => ({ purged: emptyTrash(ctx.db, i.ids ?? null) })),

  'libraries.list': (_i, ctx) => listLibraries(defaultStateFile(), ctx.path),
  'libraries.create': async (i, ctx) => {
    const path = createLibraryFile(i.name, i.folder);
    await switchTo(ctx, path);
    return { path };
  },
  'libraries.open': (i, ctx) => switchTo(ctx, i.path),
};
