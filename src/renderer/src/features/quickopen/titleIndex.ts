// A lunr index over every article title, built in the background by paging articles.list, so
// quick open finds "Pyongyang sumit" while the user is still typing. Words are folded (case,
// accents) but not stemmed: a title is short and people type its words as they remember them.
import lunr from 'lunr';
import { api } from '../../api/client';
import { fold } from '../../lib/fold';

export interface TitleEntry {
  id: number;
  title: string;
  outlet: string | null;
  published: string | null;
}

export interface TitleIndex {
  entries: Map<number, TitleEntry>;
  search(q: string, limit?: number): TitleEntry[];
}

const PAGE = 1000;

const foldToken: lunr.PipelineFunction = (token) => token.update((s) => fold(s).text);
// lunr warns (through a global it cannot find in an ES module) about unregistered functions.
lunr.Pipeline.registerFunction(foldToken, 'parallaxFold');

function build(entries: TitleEntry[]): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(foldToken);
    this.ref('id');
    this.field('title');
    for (const e of entries) this.add({ id: String(e.id), title: e.title });
  });
}

function words(q: string): string[] {
  return fold(q)
    .text.split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

function makeIndex(list: TitleEntry[]): TitleIndex {
  const idx = build(list);
  const entries = new Map(list.map((e) => [e.id, e]));
  return {
    entries,
    search(q, limit = 30) {
      const ws = words(q);
      if (ws.length === 0) return [];
      const hits = idx.query((query) => {
        for (const w of ws) {
          // Exact words count most, then a word being typed, then a word with a typo in it.
          query.term(w, { usePipeline: false, boost: 10 });
          query.term(w, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 4 });
          if (w.length >= 3) query.term(w, { usePipeline: false, editDistance: w.length >= 6 ? 2 : 1, boost: 1 });
        }
      });
      return hits
        .slice(0, limit)
        .map((h) => entries.get(Number(h.ref)))
        .filter((e): e is TitleEntry => e !== undefined);
    },
  };
}

/**
 * Loads every title page by page (reporting progress) and builds the index. `stale()` lets a
 * newer build (after an import) make an older one stop early.
 */
export async function loadTitleIndex(onProgress: (loaded: number, total: number) => void, stale: () => boolean): Promise<TitleIndex | null> {
  const list: TitleEntry[] = [];
  let total = Infinity;
  for (let offset = 0; offset < total; offset += PAGE) {
    if (stale()) return null;
    const page = await api.invoke('articles.list', { sort: 'title', order: 'asc', offset, limit: PAGE });
    total = page.total;
    for (const a of page.items) list.push({ id: a.id, title: a.title, outlet: a.outlet, published: a.published });
    onProgress(list.length, total);
    if (page.items.length === 0) break;
  }
  return stale() ? null : makeIndex(list);
}
