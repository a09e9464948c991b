// Filters (outlet:, tag:, lang:, after:, before:, year:) → validated values → SQL conditions.
// The SQL fragments are constants chosen by which filters are present; the values always
// travel as bound parameters (lists as JSON through json_each).
import type { FilterName } from './ast';

export interface FilterSpec {
  outlets: string[];
  notOutlets: string[];
  tags: string[];
  notTags: string[];
  langs: string[];
  notLangs: string[];
  /** Inclusive lower bound: an ISO date prefix (2024, 2024-03, 2024-03-01). */
  after: string | null;
  /** Exclusive upper bound, same form. */
  before: string | null;
  years: string[];
  notYears: string[];
}

export interface RawFilter {
  name: FilterName;
  value: string;
  negate: boolean;
}

export function emptySpec(): FilterSpec {
  return { outlets: [], notOutlets: [], tags: [], notTags: [], langs: [], notLangs: [], after: null, before: null, years: [], notYears: [] };
}

export function hasFilters(s: FilterSpec): boolean {
  return (
    s.outlets.length + s.notOutlets.length + s.tags.length + s.notTags.length + s.langs.length + s.notLangs.length + s.years.length + s.notYears.length > 0 ||
    s.after !== null ||
    s.before !== null
  );
}

// Journalists type language names as often as codes.
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', russian: 'ru', korean: 'ko', french: 'fr', german: 'de', spanish: 'es', chinese: 'zh',
  japanese: 'ja', arabic: 'ar', ukrainian: 'uk', portuguese: 'pt', italian: 'it', czech: 'cs', polish: 'pl',
  turkish: 'tr', persian: 'fa', farsi: 'fa', hebrew: 'he', hindi: 'hi', dutch: 'nl',
};

const DATE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const YEAR_RANGE = /^(\d{4})\s*(?:-|–|\.\.)\s*(\d{4})$/;
const MAX_YEARS = 200;

/** '2024-3-1' → '2024-03-01'; null when it is not a real calendar date. */
export function parseDate(v: string): string | null {
  const m = DATE.exec(v.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo === undefined) return y;
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  const day = Number(d);
  const probe = new Date(Date.UTC(Number(y), month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1) return null;
  return `${y}-${mm}-${String(day).padStart(2, '0')}`;
}

function pushUnique(list: string[], v: string): void {
  if (!list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
}

/** Validates filters; anything unusable is dropped with a sentence saying why. */
export function buildSpec(raw: RawFilter[]): { spec: FilterSpec; warnings: string[] } {
  const spec = emptySpec();
  const warnings: string[] = [];
  for (const f of raw) {
    const v = f.value.trim();
    if (v === '') {
      warnings.push(`“${f.name}:” needs a value after it; it was ignored.`);
      continue;
    }
    switch (f.name) {
      case 'outlet':
        pushUnique(f.negate ? spec.notOutlets : spec.outlets, v);
        break;
      case 'tag':
        if (v.length > 100) warnings.push('A tag can be at most 100 characters long; that tag: filter was ignored.');
        else pushUnique(f.negate ? spec.notTags : spec.tags, v);
        break;
      case 'lang': {
        const lower = v.toLowerCase();
        const code = LANGUAGE_NAMES[lower] ?? lower.split(/[-_]/)[0];
        if (/^[a-z]{2,3}$/.test(code)) pushUnique(f.negate ? spec.notLangs : spec.langs, code);
        else warnings.push(`“lang:${v}” is not a language code; use a two-letter code such as lang:en, lang:ru or lang:ko.`);
        break;
      }
      case 'after':
      case 'before': {
        const d = parseDate(v);
        if (!d) {
          warnings.push(`“${f.name}:${v}” is not a date; write it as YYYY-MM-DD, e.g. ${f.name}:2024-03-01. It was ignored.`);
          break;
        }
        // "not after X" is "before X" and the other way round.
        const lowerBound = (f.name === 'after') !== f.negate;
        if (lowerBound) spec.after = spec.after === null || d > spec.after ? d : spec.after;
        else spec.before = spec.before === null || d < spec.before ? d : spec.before;
        break;
      }
      case 'year': {
        const years = parseYears(v);
        if (!years) warnings.push(`“year:${v}” is not a year; write it as year:2024 or year:2019-2021. It was ignored.`);
        else for (const y of years) pushUnique(f.negate ? spec.notYears : spec.years, y);
        break;
      }
    }
  }
  // A run of years is a date range, which the published index can answer (substr() cannot).
  const years = spec.years.map(Number).toSorted((a, b) => a - b);
  if (years.length && years[years.length - 1] - years[0] === years.length - 1) {
    const from = String(years[0]);
    const to = String(years[years.length - 1] + 1);
    spec.after = spec.after === null || from > spec.after ? from : spec.after;
    spec.before = spec.before === null || to < spec.before ? to : spec.before;
    spec.years = [];
  }
  if (spec.after !== null && spec.before !== null && spec.after >= spec.before) {
    warnings.push(`after:${spec.after} is not earlier than before:${spec.before}, so no article can match both.`);
  }
  return { spec, warnings };
}

function parseYears(v: string): string[] | null {
  if (/^\d{4}$/.test(v)) return [v];
  const r = YEAR_RANGE.exec(v);
  if (!r) return null;
  const from = Number(r[1]);
  const to = Number(r[2]);
  if (to < from || to - from >= MAX_YEARS) return null;
  const out: string[] = [];
  for (let y = from; y <= to; y++) out.push(String(y));
  return out;
}

// Primary language subtag of the stored BCP 47 tag ("en-GB" → "en"), lower case.
const LANG_EXPR = "lower(CASE WHEN instr(a.language, '-') > 0 THEN substr(a.language, 1, instr(a.language, '-') - 1) ELSE a.language END)";
const TAGGED = 'SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name IN (SELECT value FROM json_each(@';

/**
 * SQL conditions over `articles a` and their parameters. The text of each condition is fixed;
 * only which conditions appear depends on the filters. `row` conditions read the article row;
 * `byId` ones (tags) need only an id, written as `idExpr` (default `a.id`), so a caller can
 * apply them to another id column without reading article rows at all.
 */
export function filterSql(s: FilterSpec, idExpr = 'a.id'): { row: string[]; byId: string[]; params: Record<string, string | number> } {
  const where: string[] = [];
  const byId: string[] = [];
  const params: Record<string, string | number> = {};
  if (s.outlets.length) {
    where.push('a.outlet COLLATE NOCASE IN (SELECT value FROM json_each(@outlets))');
    params.outlets = JSON.stringify(s.outlets);
  }
  if (s.notOutlets.length) {
    where.push('(a.outlet IS NULL OR a.outlet COLLATE NOCASE NOT IN (SELECT value FROM json_each(@notOutlets)))');
    params.notOutlets = JSON.stringify(s.notOutlets);
  }
  if (s.tags.length) {
    // Several tag: filters narrow: the article must carry every one of them.
    byId.push(`${idExpr} IN (${TAGGED}tags)) GROUP BY at.article_id HAVING count(*) = @tagCount)`);
    params.tags = JSON.stringify(s.tags);
    params.tagCount = s.tags.length;
  }
  if (s.notTags.length) {
    byId.push(`${idExpr} NOT IN (${TAGGED}notTags)))`);
    params.notTags = JSON.stringify(s.notTags);
  }
  if (s.langs.length) {
    where.push(`${LANG_EXPR} IN (SELECT value FROM json_each(@langs))`);
    params.langs = JSON.stringify(s.langs);
  }
  if (s.notLangs.length) {
    where.push(`(a.language IS NULL OR ${LANG_EXPR} NOT IN (SELECT value FROM json_each(@notLangs)))`);
    params.notLangs = JSON.stringify(s.notLangs);
  }
  if (s.after !== null) {
    where.push('a.published >= @after');
    params.after = s.after;
  }
  if (s.before !== null) {
    where.push('a.published < @before');
    params.before = s.before;
  }
  if (s.years.length) {
    where.push('substr(a.published, 1, 4) IN (SELECT value FROM json_each(@years))');
    params.years = JSON.stringify(s.years);
  }
  if (s.notYears.length) {
    where.push('(a.published IS NULL OR substr(a.published, 1, 4) NOT IN (SELECT value FROM json_each(@notYears)))');
    params.notYears = JSON.stringify(s.notYears);
  }
  return { row: where, byId, params };
}
