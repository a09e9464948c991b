// The one set of handlers behind every transport (Electron IPC, the local web server, the CLI
// and tests). Each receives input already validated against the contract.
import type { Handlers } from './types';
import { searchHandlers } from './handlers-search';
import { importHandlers } from './handlers-import';
import { compareHandlers } from './handlers-compare';
import { notebookHandlers } from './handlers-notebook';
import { countArticles, getArticle, listArticles, listOutlets } from '../repo/articles';
import { listTags, updateTags } from '../repo/tags';
import { schemaVersion } from '../db/migrate';
import { search } from '../search';
import { NotFoundError } from './errors';

export type { Handler, Handlers } from './types';

export const coreHandlers: Handlers = {
  'library.info': (_i, ctx) => ({
    path: ctx.path,
    articleCount: countArticles(ctx.db),
    schemaVersion: schemaVersion(ctx.db),
    transport: ctx.transport,
  }),
  'articles.list': (i, ctx) => listArticles(ctx.db, i),
  'articles.get': (i, ctx) => {
    const a = getArticle(ctx.db, i.id);
    if (!a) throw new NotFoundError(`There is no article with id ${i.id} in this library.`);
    return a;
  },
  'articles.getMany': (i, ctx) =>
    i.ids.map((id) => {
      const a = getArticle(ctx.db, id);
      if (!a) throw new NotFoundError(`There is no article with id ${id} in this library.`);
      return a;
    }),
  'search.query': (i, ctx) => search(ctx.db, i),
  'tags.list': (_i, ctx) => listTags(ctx.db),
  'tags.update': (i, ctx) => {
    const updated = updateTags(ctx.db, i.ids, i.add, i.remove);
    ctx.emit('library.changed', { reason: 'tags' });
    return { updated };
  },
  'outlets.list': (_i, ctx) => listOutlets(ctx.db),
  'import.start': (i, ctx) => ({ jobId: ctx.imports.start(i) }),
  'import.status': (i, ctx) => {
    const s = ctx.imports.status(i.jobId);
    if (!s) throw new NotFoundError(`There is no import job ${i.jobId}.`);
    return s;
  },
  'import.cancel': (i, ctx) => ({ cancelled: ctx.imports.cancel(i.jobId) }),
  // Transports with native dialogs / a shell (Electron) override these two.
  'dialog.pickImportPaths': () => ({ supported: false, paths: [] }),
  'shell.openExternal': () => ({ opened: false }),
  ...searchHandlers,
  ...importHandlers,
  ...compareHandlers,
  ...notebookHandlers,
};
