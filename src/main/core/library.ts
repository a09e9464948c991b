// A library session: the open database, the event bus and the import jobs. Each transport
// creates one and routes every call through dispatch().
import { EventEmitter } from 'node:events';
import type { EventName, EventPayload, ParsedInput, Result, Output, ImportProgressT, ImportSummaryT } from '../../shared/contract';
import { openLibrary, type Db } from './db/open';
import { coreHandlers, type Handlers } from './api/handlers';
import { dispatch } from './api/dispatch';
import { ImportJobs } from './import/jobs';
import { refreshVocabulary, warmSearch } from './search';
import { startBackupScheduler } from './backup/schedule';
import { defaultStateFile } from './libraries/state';
import { WatchedFolder } from './import/watch';

export interface ImportJobsApi {
  start(input: ParsedInput<'import.start'>): string;
  status(jobId: string): { progress: ImportProgressT; summary: ImportSummaryT | null } | undefined;
  cancel(jobId: string): boolean;
  /** Resolves when every running job has finished (used on shutdown and in tests). */
  idle(): Promise<void>;
  /** Starts the import threads ahead of the first import. */
  warm?(): Promise<void>;
  close(): Promise<void>;
}

export interface LibraryContext {
  path: string;
  db: Db;
  transport: Output<'library.info'>['transport'];
  imports: ImportJobsApi;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  log(message: string): void;
}

export interface LibraryOptions {
  path: string;
  transport?: LibraryContext['transport'];
  overrides?: Partial<Handlers>;
  /** Warm the search index and vocabulary shortly after opening (long-running front doors). */
  warm?: boolean;
  /** Run the automatic backup schedule the user set (long-running front doors). */
  scheduledBackups?: boolean;
  /** Run imports in a worker thread (default) or in this thread (CLI, unit tests). */
  importMode?: 'worker' | 'inline';
  log?: (message: string) => void;
}

export class Library {
  readonly events = new EventEmitter();
  readonly ctx: LibraryContext;
  private readonly handlers: Handlers;
  private watcher: WatchedFolder | null = null;

  constructor(opts: LibraryOptions) {
    const db = openLibrary(opts.path);
    const log = opts.log ?? ((m: string) => console.error(`[parallax] ${m}`));
    this.events.setMaxListeners(100);
    const ctx: LibraryContext = {
      path: opts.path,
      db,
      transport: opts.transport ?? 'direct',
      imports: undefined as unknown as ImportJobsApi,
      emit: (event, payload) => this.events.emit(event, payload),
      log,
    };
    ctx.imports = new ImportJobs(ctx, { mode: opts.importMode ?? 'worker' });
    this.ctx = ctx;
    this.handlers = { ...coreHandlers, ...opts.overrides } as Handlers;
    // The first cold query took ~2 s untuned (ARCHITECTURE.md); warm up after the window is up,
    // not on the path to the first paint.
    if (opts.scheduledBackups) {
      // current() is read at each tick, so a library switch (ctx.db/ctx.path swapped) is followed.
      this.stopBackups = startBackupScheduler({ current: () => ({ db: this.ctx.db, path: this.ctx.path }), log }, defaultStateFile());
    }
    if (opts.warm) {
      this.warmTimer = setTimeout(() => {
        try {
          // The vocabulary's read takes seconds at 100k articles: a worker thread does it.
          if (db.open) warmSearch(db, { vocabulary: false });
          if (db.open) void refreshVocabulary(db, opts.path, { log });
        } catch (e) {
          log(`search warm-up failed: ${(e as Error).message}`);
        }
      }, 300);
      this.warmTimer.unref?.();
      // An import brings new words: read the vocabulary again off this thread (of the library open
      // now), unless a read ended moments ago (a watched folder imports file by file).
      this.events.on('import.done', () => {
        if (this.ctx.db.open) void refreshVocabulary(this.ctx.db, this.ctx.path, { log });
      });
    }
  }
  private warmTimer: ReturnType<typeof setTimeout> | undefined;
  private stopBackups: (() => void) | undefined;

  call(channel: string, input: unknown): Promise<Result<unknown>> {
    return dispatch(this.handlers, this.ctx, channel, input);
  }

  /** Typed convenience for in-process callers (CLI, tests): throws on an error result. */
  async invoke<C extends keyof Handlers>(channel: C, input: unknown): Promise<Output<C>> {
    const r = await this.call(channel, input);
    if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code });
    return r.value as Output<C>;
  }

  onEvent(listener: (event: EventName, payload: unknown) => void): () => void {
    const names: EventName[] = ['import.progress', 'import.done', 'library.changed'];
    const fns = names.map((n) => {
      const fn = (p: unknown) => listener(n, p);
      this.events.on(n, fn);
      return [n, fn] as const;
    });
    return () => fns.forEach(([n, fn]) => this.events.off(n, fn));
  }

  /**
   * Starts the session's background services: the import threads (so that the first import
   * begins at once) and the watched folder, when the settings name one. The Electron main
   * process and the web server call it once after creating the library; the CLI and tests do not.
   */
  start(): void {
    void this.ctx.imports.warm?.().catch((e: Error) => this.ctx.log(`The import threads could not start ahead of time (${e.message}).`));
    this.watcher ??= new WatchedFolder(this.ctx);
    this.watcher.start();
  }

  /** Stops what start() started (close() does it too). */
  async stop(): Promise<void> {
    await this.watcher?.stop();
  }

  async close(): Promise<void> {
    if (this.warmTimer) clearTimeout(this.warmTimer);
    this.stopBackups?.();
    await this.stop();
    await this.ctx.imports.close();
    if (this.ctx.db.open) this.ctx.db.close();
  }
}
