// The watched folder (off by default): regular files that appear in it, or change, are imported
// through the same job queue as everything else. The system's change notifications are used
// where they work (fs.watch, recursive), else the folder is re-read every few seconds; either
// way changes are debounced, and a file still being written (modified in the last moment) waits
// for the next look, as do browsers' half-downloaded files. What was imported is remembered in
// the library (size and modification time) once its job has finished, so a restart does not
// import the folder again, and a crash mid-import only means those files are read again (and
// recognised as duplicates if they had been stored).
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { LibraryContext } from '../library';
import { clearWatchedFiles, recordWatchedFiles, watchedFileState } from '../repo/settings';
import { readImportSettings } from './settings';
import { walkPaths } from './walk';

export interface WatchOptions {
  /** How often the folder is re-read when change notifications are not available. */
  pollMs?: number;
  /** Quiet time after a change before the folder is looked at. */
  debounceMs?: number;
  /** A file modified more recently than this is probably still being written: next look. */
  settleMs?: number;
  /** Re-read the folder every few seconds even where notifications work (tests, network drives). */
  forcePolling?: boolean;
}

export interface WatchStatus {
  folder: string | null;
  mode: 'off' | 'events' | 'polling';
  error: string | null;
  lastJobId: string | null;
}

const registry = new WeakMap<LibraryContext, WatchedFolder>();
/** Downloads in progress (Chrome, Firefox, Safari, generic). */
const PARTIAL = /\.(crdownload|part|partial|download|tmp|temp)$/i;

type FileState = { path: string; size: number; mtimeMs: number };

export class WatchedFolder {
  private folder: string | null = null;
  private mode: WatchStatus['mode'] = 'off';
  private error: string | null = null;
  private lastJobId: string | null = null;
  private watcher: FSWatcher | null = null;
  private poller: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;
  private rescan = false;
  /** Files handed to import jobs that have not finished yet, by job id. */
  private readonly handedOver = new Map<string, FileState[]>();
  private stopped = true;
  private readonly pollMs: number;
  private readonly debounceMs: number;
  private readonly settleMs: number;

  constructor(
    private readonly ctx: LibraryContext,
    private readonly opts: WatchOptions = {},
  ) {
    this.pollMs = opts.pollMs ?? 5000;
    this.debounceMs = opts.debounceMs ?? 1000;
    this.settleMs = opts.settleMs ?? 1500;
    registry.set(ctx, this);
  }

  /** The watcher of a library session, if its transport started one. */
  static of(ctx: LibraryContext): WatchedFolder | undefined {
    return registry.get(ctx);
  }

  status(): WatchStatus {
    return { folder: this.folder, mode: this.mode, error: this.error, lastJobId: this.lastJobId };
  }

  /** Starts watching the folder the settings name (nothing when none is set). */
  start(): void {
    this.stopped = false;
    const folder = readImportSettings(this.ctx.db).watchedFolder;
    if (folder !== this.folder && this.folder !== null) clearWatchedFiles(this.ctx.db);
    this.folder = folder;
    this.error = null;
    if (!folder) {
      this.mode = 'off';
      return;
    }
    this.mode = 'polling';
    if (!this.opts.forcePolling) {
      try {
        this.watcher = watch(folder, { recursive: true, persistent: false }, () => this.changed());
        this.watcher.on('error', (err) => this.fallBackToPolling(err));
        this.mode = 'events';
      } catch (err) {
        this.fallBackToPolling(err as Error);
      }
    }
    if (this.mode === 'polling') this.startPolling();
    // Whatever arrived while Parallax was closed.
    this.changed(0);
  }

  /** The settings changed: watch what they say now. */
  async reconfigure(): Promise<void> {
    await this.stop();
    this.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.watcher?.close();
    this.watcher = null;
    if (this.poller) clearInterval(this.poller);
    if (this.debounce) clearTimeout(this.debounce);
    if (this.follower) clearInterval(this.follower);
    this.poller = null;
    this.debounce = null;
    this.follower = null;
    this.mode = 'off';
    await this.scanning;
    if (this.ctx.db.open) this.settleJobs();
  }

  /** Looks at the folder now and imports what is new or changed; resolves when handed over. */
  async scanNow(): Promise<void> {
    if (this.scanning) {
      this.rescan = true;
      return this.scanning;
    }
    this.scanning = this.scan().finally(() => {
      this.scanning = null;
      if (this.rescan && !this.stopped) {
        this.rescan = false;
        this.changed();
      }
    });
    return this.scanning;
  }

  private fallBackToPolling(err: Error): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.stopped || this.mode === 'polling') return;
    this.ctx.log(`Watching ${this.folder} for changes is not possible here (${err.message}); looking every ${Math.round(this.pollMs / 1000)} s instead.`);
    this.mode = 'polling';
    this.startPolling();
  }

  private startPolling(): void {
    this.poller = setInterval(() => this.changed(0), this.pollMs);
    this.poller.unref();
  }

  private changed(delay = this.debounceMs): void {
    if (this.stopped || !this.folder) return;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = null;
      void this.scanNow();
    }, delay);
    this.debounce.unref();
  }

  private async scan(): Promise<void> {
    const folder = this.folder;
    if (!folder || this.stopped) return;
    try {
      const st = await stat(folder);
      if (!st.isDirectory()) throw new Error('it is not a folder');
    } catch (err) {
      this.error = `The watched folder ${folder} cannot be read (${(err as Error).message}); nothing is imported from it until it is back.`;
      return;
    }
    this.error = null;
    const inFlight = this.settleJobs();
    // Only regular files inside the folder: links out of it, pipes and devices are left alone.
    const { files } = await walkPaths([folder]);
    const now = Date.now();
    const fresh: FileState[] = [];
    let unsettled = false;
    for (const f of files) {
      if (PARTIAL.test(f.path) || inFlight.has(f.path)) continue;
      let s;
      try {
        s = await stat(f.realPath);
      } catch {
        continue; // gone since the listing
      }
      const seen = watchedFileState(this.ctx.db, f.path);
      if (seen && seen.size === s.size && seen.mtimeMs === Math.floor(s.mtimeMs)) continue;
      if (now - s.mtimeMs < this.settleMs) {
        unsettled = true;
        continue;
      }
      fresh.push({ path: f.path, size: s.size, mtimeMs: s.mtimeMs });
    }
    if (unsettled) this.changed(this.settleMs);
    if (fresh.length === 0 || this.stopped) return;
    try {
      this.lastJobId = this.ctx.imports.start({ paths: fresh.map((f) => f.path), files: [] });
      this.handedOver.set(this.lastJobId, fresh);
      this.followJobs();
    } catch (err) {
      this.error = `Files in the watched folder could not be imported (${(err as Error).message}).`;
    }
  }

  private follower: NodeJS.Timeout | null = null;

  /** Until the handed-over jobs finish, checks on them now and then to record their files. */
  private followJobs(): void {
    if (this.follower) return;
    this.follower = setInterval(() => {
      this.settleJobs();
      if (this.handedOver.size === 0 && this.follower) {
        clearInterval(this.follower);
        this.follower = null;
      }
    }, 500);
    this.follower.unref();
  }

  /** Records the files of finished jobs as seen; answers the paths still being imported. */
  private settleJobs(): Set<string> {
    const busy = new Set<string>();
    for (const [jobId, files] of this.handedOver) {
      const status = this.ctx.imports.status(jobId);
      if (status && !status.summary) {
        for (const f of files) busy.add(f.path);
        continue;
      }
      // A cancelled job's files were not all read: they are looked at again next time.
      if (status?.summary && !status.summary.cancelled) recordWatchedFiles(this.ctx.db, files);
      this.handedOver.delete(jobId);
    }
    return busy;
  }
}
