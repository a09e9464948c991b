// Facets of a search: counts over all its matches (not one page) per outlet, tag, language and
// period. The matching ids are collected once into a temporary table, then each count is one
// GROUP BY. A large match set is counted by walking the small covering indexes (outlet,
// language, published) and probing the id set; a small one by looking up each article.
import type { Db } from '../db/open';
import type { Output, ParsedInput } from '../../../shared/contract';
import { languageCode } from './analyze';
import { prepare, searchable } from './index';
import { quote, nothingToSearch } from './messages';
import { matchIdsSql } from './run';
import { cachedStatement } from './statements';

type FacetsOutput = Output<'search.facets'>;
type Interval = FacetsOutput['histogram']['interval'];

/** Above this share of the library, counting walks the indexes instead of looking up each match. */
const WALK_SHARE = 0.05;
/** A histogram never has more buckets than this (a mistyped year 0024 must not make 24,000 of them). */
const MAX_BUCKETS = 1_200;

function emptyFacets(message: string | null): FacetsOutput {
  return { total: 0, outlets: [], tags: [], languages: [], histogram: { interval: 'month', buckets: [], undated: 0 }, message };
}

export function facets(db: Db, input: ParsedInput<'search.facets'>): FacetsOutput {
  try {
    return runFacets(db, input);
  } catch (e) {
    console.warn('facets failed', (e as Error).message);
    return emptyFacets(`The counts for ${quote(input.q)} could not be worked out. Try simpler words.`);
  }
}

function runFacets(db: Db, input: ParsedInput<'search.facets'>): FacetsOutput {
  const p = prepare(db, input.q);
  if (p.blocked) return emptyFacets(p.blocked);
  if (p.compiled.nothing) return emptyFacets(p.note);
  if (!searchable(p)) return emptyFacets(p.note ?? nothingToSearch(input.q, p.compiled.emptyWords));
  const { sql, params } = matchIdsSql(p.plan, p.spec, p.features);
  cachedStatement(db, 'CREATE TEMP TABLE IF NOT EXISTS search_facet_ids (id INTEGER PRIMARY KEY)').run();
  const clear = cachedStatement(db, 'DELETE FROM temp.search_facet_ids');
  clear.run();
  try {
    cachedStatement(db, `INSERT OR IGNORE INTO temp.search_facet_ids (id) ${sql}`).run(params);
    const total = (cachedStatement(db, 'SELECT count(*) AS n FROM temp.search_facet_ids').get() as { n: number }).n;
    if (total === 0) return { ...emptyFacets(p.note), message: p.note };
    const all = (cachedStatement(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const walk = total > all * WALK_SHARE;
    return {
      total,
      outlets: outlets(db, walk, input.limit),
      tags: tags(db, input.limit),
      languages: languages(db, walk),
      histogram: histogram(db, walk, input.interval),
      message: p.note,
    };
  } finally {
    clear.run();
  }
}

// Each count in two forms: walking an index and probing the id set, or looking up each id.
const IDS = 'SELECT id FROM temp.search_facet_ids';

function outlets(db: Db, walk: boolean, limit: number): { name: string; count: number }[] {
  const sql = walk
    ? `SELECT outlet AS name, count(*) AS count FROM articles INDEXED BY articles_outlet WHERE outlet IS NOT NULL AND +id IN (${IDS}) GROUP BY outlet COLLATE NOCASE`
    : `SELECT a.outlet AS name, count(*) AS count FROM temp.search_facet_ids f JOIN articles a ON a.id = f.id WHERE a.outlet IS NOT NULL GROUP BY a.outlet COLLATE NOCASE`;
  return cachedStatement(db, `${sql} ORDER BY count DESC, name LIMIT ?`).all(limit) as { name: string; count: number }[];
}

/**
 * Tags with their parents: an article tagged region/korea/north counts once for it, once for
 * region/korea and once for region. The parent of a name is what precedes its last '/'
 * (rtrim with the name's other characters strips back to that slash).
 */
function tags(db: Db, limit: number): { name: string; count: number }[] {
  return cachedStatement(
    db,
    `WITH RECURSIVE named(article_id, name) AS (
       SELECT at.article_id, t.name FROM temp.search_facet_ids f JOIN article_tags at ON at.article_id = f.id JOIN tags t ON t.id = at.tag_id
       UNION
       SELECT article_id, rtrim(rtrim(name, replace(name, '/', '')), '/') FROM named WHERE instr(name, '/') > 0
     )
     SELECT name, count(DISTINCT article_id) AS count FROM named WHERE name <> '' GROUP BY name COLLATE NOCASE ORDER BY count DESC, name LIMIT ?`,
  ).all(limit) as { name: string; count: number }[];
}

function languages(db: Db, walk: boolean): { code: string; count: number }[] {
  const sql = walk
    ? `SELECT language, count(*) AS count FROM articles INDEXED BY articles_language WHERE +id IN (${IDS}) GROUP BY language`
    : 'SELECT a.language AS language, count(*) AS count FROM temp.search_facet_ids f JOIN articles a ON a.id = f.id GROUP BY a.language';
  const byCode = new Map<string, number>();
  for (const r of cachedStatement(db, sql).all() as { language: string | null; count: number }[]) {
    const code = languageCode(r.language);
    byCode.set(code, (byCode.get(code) ?? 0) + r.count);
  }
  return [...byCode].map(([code, count]) => ({ code, count })).toSorted((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

function histogram(db: Db, walk: boolean, asked: 'auto' | Interval): FacetsOutput['histogram'] {
  const sql = walk
    ? `SELECT substr(published, 1, 7) AS period, count(*) AS count FROM articles INDEXED BY articles_published WHERE +id IN (${IDS}) GROUP BY period`
    : 'SELECT substr(a.published, 1, 7) AS period, count(*) AS count FROM temp.search_facet_ids f JOIN articles a ON a.id = f.id GROUP BY period';
  const rows = cachedStatement(db, sql).all() as { period: string | null; count: number }[];
  const months = new Map<string, number>();
  const years = new Map<string, number>();
  let undatedMonth = 0;
  let undatedYear = 0;
  for (const r of rows) {
    const m = r.period ? /^(\d{4})(?:-(\d{2}))?$/.exec(r.period) : null;
    if (!m) {
      undatedMonth += r.count;
      undatedYear += r.count;
      continue;
    }
    years.set(m[1], (years.get(m[1]) ?? 0) + r.count);
    if (m[2] && Number(m[2]) >= 1 && Number(m[2]) <= 12) months.set(r.period as string, (months.get(r.period as string) ?? 0) + r.count);
    else undatedMonth += r.count;
  }
  const ys = [...years.keys()].map(Number).toSorted((a, b) => a - b);
  const interval: Interval = asked !== 'auto' ? asked : ys.length && ys[ys.length - 1] - ys[0] >= 3 ? 'year' : 'month';
  if (interval === 'year') return { interval, buckets: fill(years, ys[0], ys[ys.length - 1], 1), undated: undatedYear };
  const ms = [...months.keys()].toSorted();
  if (ms.length === 0) return { interval, buckets: [], undated: undatedMonth };
  const toIndex = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
  return { interval, buckets: fill(months, toIndex(ms[0]), toIndex(ms[ms.length - 1]), 12), undated: undatedMonth };
}

/** Every period from first to last (years, or months counted as year*12+month), zeros included. */
function fill(counts: Map<string, number>, first: number, last: number, perYear: 1 | 12): { period: string; count: number }[] {
  const out: { period: string; count: number }[] = [];
  if (!Number.isFinite(first)) return out;
  for (let i = first; i <= last && out.length < MAX_BUCKETS; i++) {
    const period = perYear === 1 ? String(i).padStart(4, '0') : `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
    out.push({ period, count: counts.get(period) ?? 0 });
  }
  return out;
}
