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
import { cachedStatement } from '../db/statements';

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
    // The highest id stands in for the library's size: a count(*) would scan an index of it.
    const all = (cachedStatement(db, 'SELECT coalesce(max(id), 0) AS n FROM articles').get() as { n: number }).n;
    const walk = total > all * WALK_SHARE;
    const rows = walk ? null : matchRows(db);
    return {
      total,
      outlets: rows ? countOutlets(rows.map((r) => r.outlet), input.limit) : outlets(db, input.limit),
      tags: tags(db, input.limit),
      languages: countLanguages(rows ? languageRows(rows) : (cachedStatement(db, LANGUAGES_WALK).all() as LanguageRow[])),
      histogram: histogram(rows ? periodRows(rows) : (cachedStatement(db, PERIODS_WALK).all() as PeriodRow[]), input.interval),
      message: p.note,
    };
  } finally {
    clear.run();
  }
}

// A large match set is counted by walking each small covering index and probing the id set;
// a small one by reading each match's row once.
const IDS = 'SELECT id FROM temp.search_facet_ids';
const LANGUAGES_WALK = `SELECT language, count(*) AS count FROM articles INDEXED BY articles_language WHERE +id IN (${IDS}) GROUP BY language`;
const PERIODS_WALK = `SELECT substr(published, 1, 7) AS period, count(*) AS count FROM articles INDEXED BY articles_published WHERE +id IN (${IDS}) GROUP BY period`;

interface MatchRow {
  outlet: string | null;
  language: string | null;
  period: string | null;
}
type LanguageRow = { language: string | null; count: number };
type PeriodRow = { period: string | null; count: number };

function matchRows(db: Db): MatchRow[] {
  return cachedStatement(db, 'SELECT a.outlet AS outlet, a.language AS language, substr(a.published, 1, 7) AS period FROM temp.search_facet_ids f JOIN articles a ON a.id = f.id').all() as MatchRow[];
}

function tally<T>(values: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

const languageRows = (rows: MatchRow[]): LanguageRow[] => [...tally(rows.map((r) => r.language))].map(([language, count]) => ({ language, count }));
const periodRows = (rows: MatchRow[]): PeriodRow[] => [...tally(rows.map((r) => r.period))].map(([period, count]) => ({ period, count }));

function outlets(db: Db, limit: number): { name: string; count: number }[] {
  return cachedStatement(
    db,
    `SELECT outlet AS name, count(*) AS count FROM articles INDEXED BY articles_outlet WHERE outlet IS NOT NULL AND +id IN (${IDS}) GROUP BY outlet COLLATE NOCASE ORDER BY count DESC, name LIMIT ?`,
  ).all(limit) as { name: string; count: number }[];
}

/** Outlet names counted without regard to case (the first spelling met names the group). */
function countOutlets(names: (string | null)[], limit: number): { name: string; count: number }[] {
  const groups = new Map<string, { name: string; count: number }>();
  for (const n of names) {
    if (n === null) continue;
    const g = groups.get(n.toLowerCase());
    if (g) g.count++;
    else groups.set(n.toLowerCase(), { name: n, count: 1 });
  }
  return [...groups.values()].toSorted((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, limit);
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

function countLanguages(rows: LanguageRow[]): { code: string; count: number }[] {
  const byCode = new Map<string, number>();
  for (const r of rows) {
    const code = languageCode(r.language);
    byCode.set(code, (byCode.get(code) ?? 0) + r.count);
  }
  return [...byCode].map(([code, count]) => ({ code, count })).toSorted((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

function histogram(rows: PeriodRow[], asked: 'auto' | Interval): FacetsOutput['histogram'] {
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
  return { interval, buckets: fill(months, toIndex(ms[0]), toIndex(ms[ms.length - 1]), 12), undated: undatedMonth };
}

/** 'YYYY-MM' as a number of months, for counting through them. */
function toIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
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
