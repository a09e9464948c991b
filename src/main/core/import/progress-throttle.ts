// Progress reports are cheap to make and costly to send (an event to every window, a message
// between threads): at most one per interval goes out, always the latest, and a report held
// back goes out when its interval ends, so the receiver never lags more than that behind.
import type { ImportProgressT } from '../../../shared/contract';

export class ProgressThrottle {
  private last = 0;
  private timer: NodeJS.Timeout | null = null;
  private pending: ImportProgressT | null = null;

  constructor(
    private readonly emit: (p: ImportProgressT) => void,
    private readonly intervalMs: number,
  ) {}

  push(p: ImportProgressT): void {
    this.pending = p;
    const wait = this.intervalMs - (Date.now() - this.last);
    if (wait <= 0) this.fire();
    else this.timer ??= setTimeout(() => this.fire(), wait);
  }

  /** Sends `p` (or the report held back) now. */
  flush(p?: ImportProgressT): void {
    if (p) this.pending = p;
    this.fire();
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending) return;
    this.last = Date.now();
    const p = this.pending;
    this.pending = null;
    this.emit(p);
  }
}
