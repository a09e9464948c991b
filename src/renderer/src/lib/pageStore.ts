// Loads a long list in windows of PAGE rows as they scroll into view, so 100,000 articles
// never travel at once. After a refresh the old rows stay on screen until their
// replacements arrive, which avoids a flash of empty rows after every tag edit.
export const PAGE = 200;

export interface Page<T, M> {
  total: number;
  items: T[];
  meta?: M;
}

export type FetchPage<T, M> = (offset: number, limit: number) => Promise<Page<T, M>>;

export class PageStore<T extends { id: number }, M> {
  total: number | null = null;
  meta: M | null = null;
  private fresh = new Map<number, T[]>();
  private stale = new Map<number, T[]>();
  private inflight = new Map<number, Promise<void>>();
  private generation = 0;
  private range: [number, number] = [0, 60];
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly fetchPage: FetchPage<T, M>,
    private readonly onError: (e: unknown) => void,
  ) {}

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  };

  getSnapshot = (): number => this.version;

  private changed(): void {
    this.version++;
    this.listeners.forEach((fn) => fn());
  }

  private load(page: number): Promise<void> {
    const existing = this.inflight.get(page);
    if (existing) return existing;
    if (this.fresh.has(page)) return Promise.resolve();
    const gen = this.generation;
    const p = this.fetchPage(page * PAGE, PAGE)
      .then((res) => {
        if (gen !== this.generation) return;
        this.fresh.set(page, res.items);
        this.stale.delete(page);
        this.total = res.total;
        if (res.meta !== undefined) this.meta = res.meta;
        this.changed();
      })
      .catch((e: unknown) => {
        if (gen === this.generation) this.onError(e);
      })
      .finally(() => {
        if (this.inflight.get(page) === p) this.inflight.delete(page);
      });
    this.inflight.set(page, p);
    return p;
  }

  /** Makes sure the rows in [start, end] are loaded or loading. */
  ensure = (start: number, end: number): void => {
    this.range = [start, end];
    const first = Math.max(0, Math.floor(start / PAGE));
    const last = Math.max(first, Math.floor(Math.max(start, end) / PAGE));
    for (let pg = first; pg <= last; pg++) void this.load(pg);
  };

  /** First page (for the total); called once the list is on screen. */
  start = (): void => {
    if (this.total === null) void this.load(0);
  };

  /** Same list, newer data: keep showing the old rows while the visible pages reload. */
  refresh = (): void => {
    this.generation++;
    for (const [pg, rows] of this.fresh) this.stale.set(pg, rows);
    this.fresh = new Map();
    this.inflight = new Map();
    const [s, e] = this.range;
    this.ensure(s, e);
    if (Math.floor(s / PAGE) !== 0) void this.load(0);
  };

  rowAt = (index: number): T | undefined => {
    const pg = Math.floor(index / PAGE);
    const rows = this.fresh.get(pg) ?? this.stale.get(pg);
    return rows?.[index - pg * PAGE];
  };

  byId = (id: number): T | undefined => {
    for (const m of [this.fresh, this.stale]) {
      for (const rows of m.values()) {
        const hit = rows.find((r) => r.id === id);
        if (hit) return hit;
      }
    }
    return undefined;
  };

  /** Ids of the rows in [from, to], loading missing pages first (range selection). */
  idsInRange = async (from: number, to: number): Promise<number[]> => {
    const a = Math.max(0, Math.min(from, to));
    const b = Math.max(from, to);
    const pages: Promise<void>[] = [];
    for (let pg = Math.floor(a / PAGE); pg <= Math.floor(b / PAGE); pg++) pages.push(this.load(pg));
    await Promise.all(pages);
    const ids: number[] = [];
    for (let i = a; i <= b; i++) {
      const r = this.rowAt(i);
      if (r) ids.push(r.id);
    }
    return ids;
  };
}
