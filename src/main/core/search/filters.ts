// Filters (outlet:, tag:, lang:, after:, before:, year:, and story:, note:, has:notes,
// is:reprint, which need tables other features add) → validated values → SQL conditions.
// The SQL fragments are constants chosen by which filters are present; the values always
// travel as bound parameters (lists as JSON through json_each).
import type { FilterName } from './ast';
import type { Features } from './features';

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
  /** note: words: some note on the article contains each. */
  notes: string[];
  notNotes: string[];
  /** has:notes (true) / -has:notes (false). */
  hasNotes: boolean | null;
  /** story: values: a story id or words of its title. */
  stories: string[];
  notStories: string[];
  /** is:reprint (true) / -is:reprint (false). */
  reprint: boolean | null;
  /** Only articles with a higher id (saved searches: "new since last opened"); never typed. */
  afterId: number | null;
}

export interface RawFilter {
  name: FilterName;
  value: string;
  negate: boolean;
}

export function emptySpec(): FilterSpec {
  return {
    outlets: [], notOutlets: [], tags: [], notTags: [], langs: [], notLangs: [], after: null, before: null, years: [], notYears: [],
    notes: [], notNotes: [], hasNotes: null, stories: [], notStories: [], reprint: null, afterId: null,
  };
}

export function hasFilters(s: FilterSpec): boolean {
  const lists = [s.outlets, s.notOutlets, s.tags, s.notTags, s.langs, s.notLangs, s.years, s.notYears, s.notes, s.notNotes, s.stories, s.notStories];
  return lists.some((l) => l.length > 0) || s.after !== null || s.before !== null || s.hasNotes !== null || s.reprint !== null || s.afterId !== null;
}

/** Which features the filters need: notes, stories, reprint detection. */
export function neededFeatures(s: FilterSpec): { notes: boolean; stories: boolean; reprints: boolean } {
  return { notes: s.notes.length + s.notNotes.length > 0 || s.hasNotes !== null, stories: s.stories.length + s.notStories.length > 0, reprints: s.reprint !== null };
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
      case 'tag': {
        // Tags nest as region/korea/north; tag:region/ means the same as tag:region.
        const tag = v.replace(/\/+$/, '');
        if (tag.length > 100) warnings.push('A tag can be at most 100 characters long; that tag: filter was ignored.');
        else if (tag === '') warnings.push(`“tag:${v}” names no tag; it was ignored.`);
        else pushUnique(f.negate ? spec.notTags : spec.tags, tag);
        break;
      }
      case 'note':
        pushUnique(f.negate ? spec.notNotes : spec.notes, v);
        break;
      case 'story':
        pushUnique(f.negate ? spec.notStories : spec.stories, v);
        break;
      case 'has':
        if (/^notes?$/i.test(v)) spec.hasNotes = !f.negate;
        else warnings.push(`“has:${v}” is not something Parallax can filter on; use has:notes. It was ignored.`);
        break;
      case 'is':
        if (/^(reprint|reprinted|reprints)$/i.test(v)) spec.reprint = !f.negate;
        else warnings.push(`“is:${v}” is not something Parallax can filter on; use is:reprint. It was ignored.`);
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
// Articles carrying a tag or one of its children (tag:region matches region and region/korea), per value of a JSON list.
const TAGGED = (list: string) =>
  `SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id JOIN json_each(@${list}) j ` +
  `ON (t.name = j.value OR substr(t.name, 1, length(j.value) + 1) = j.value || '/' COLLATE NOCASE)`;
// A story given by id, or by words of its title.
const IN_STORY = (list: string) =>
  `SELECT sa.article_id FROM story_articles sa JOIN stories s ON s.id = sa.story_id JOIN json_each(@${list}) j ` +
  `ON ((j.value GLOB '[0-9]*' AND s.id = CAST(j.value AS INTEGER)) OR instr(lower(s.title), lower(j.value)) > 0)`;

/**
 * SQL conditions over `articles a` and their parameters. The text of each condition is fixed;
 * only which conditions appear depends on the filters. `row` conditions read the article row;
 * `byId` ones (tags, notes, stories) need only an id, written as `idExpr` (default `a.id`), so a
 * caller can apply them to another id column without reading article rows at all. `features`
 * says where notes keep their text (a column name found in the schema, never input).
 */
export function filterSql(
  s: FilterSpec,
  idExpr = 'a.id',
  features: Features | null = null,
): { row: string[]; byId: string[]; params: Record<string, string | number> } {
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
    // Several tag: filters narrow: the article must carry (a child of) every one of them.
    byId.push(`${idExpr} IN (${TAGGED('tags')} GROUP BY at.article_id HAVING count(DISTINCT j.key) = @tagCount)`);
    params.tags = JSON.stringify(s.tags);
    params.tagCount = s.tags.length;
  }
  if (s.notTags.length) {
    byId.push(`${idExpr} NOT IN (${TAGGED('notTags')})`);
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
  if (s.afterId !== null) {
    byId.push(`${idExpr} > @afterId`);
    params.afterId = s.afterId;
  }
  const noteCol = features?.noteText ?? null;
  if (features?.notes) {
    if (s.hasNotes !== null) byId.push(`${idExpr} ${s.hasNotes ? 'IN' : 'NOT IN'} (SELECT article_id FROM notes)`);
    // A researcher's own words about an article: its note, and its highlights' comments and quotes.
    const noteText = noteCol
      ? features.highlights
        ? `(SELECT article_id, ${noteCol} AS t FROM notes UNION ALL SELECT article_id, comment || ' ' || quote AS t FROM highlights)`
        : `(SELECT article_id, ${noteCol} AS t FROM notes)`
      : null;
    if (noteText && s.notes.length) {
      const noted = `SELECT n.article_id FROM ${noteText} n JOIN json_each(@notes) j ON instr(lower(n.t), lower(j.value)) > 0`;
      byId.push(`${idExpr} IN (${noted} GROUP BY n.article_id HAVING count(DISTINCT j.key) = @noteCount)`);
      params.notes = JSON.stringify(s.notes);
      params.noteCount = s.notes.length;
    }
    if (noteText && s.notNotes.length) {
      byId.push(`${idExpr} NOT IN (SELECT n.article_id FROM ${noteText} n JOIN json_each(@notNotes) j ON instr(lower(n.t), lower(j.value)) > 0)`);
      params.notNotes = JSON.stringify(s.notNotes);
    }
  }
  if (features?.stories) {
    if (s.stories.length) {
      byId.push(`${idExpr} IN (${IN_STORY('stories')} GROUP BY sa.article_id HAVING count(DISTINCT j.key) = @storyCount)`);
      params.stories = JSON.stringify(s.stories);
      params.storyCount = s.stories.length;
    }
    if (s.notStories.length) {
      byId.push(`${idExpr} NOT IN (${IN_STORY('notStories')})`);
      params.notStories = JSON.stringify(s.notStories);
    }
  }
  if (features?.reprints && s.reprint !== null) where.push(s.reprint ? 'a.reprint_of IS NOT NULL' : 'a.reprint_of IS NULL');
  return { row: where, byId, params };
}
