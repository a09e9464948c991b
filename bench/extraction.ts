// Extraction quality bench (npm run bench:extraction).
//   npx tsx bench/extraction.ts [--verbose]
// Imports the 46 news-article pages of ../shared/corpus/extraction/readability (Mozilla
// Readability's test pages) through the whole import pipeline into a temporary library and
// compares what was stored with the expected results:
//   body F1   token-level F1 of the stored text against the text of expected.html (tokens:
//             lower-cased words, each Han/kana character one token; precision and recall over
//             the bag of tokens), mean over all 46 pages;
//   title     exact match after whitespace normalisation;
//   byline    exact match (whitespace normalised, a leading "By" ignored), over the pages
//             whose expected metadata has a byline;
//   date      same calendar day, over the pages with an expected publishedTime;
//   language  primary language subtag, over the pages with an expected lang.
// Targets: F1 >= 0.95, title >= 0.90, byline >= 0.80, date >= 0.90, language >= 0.95.
// These pages are a development set: nothing in the extractor is keyed to their sites.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { openLibrary } from '../src/main/core/db/open';
import { importSources } from '../src/main/core/import/pipeline';
import { getArticle } from '../src/main/core/repo/articles';
import { tokenF1 } from '../tests/helpers/token-f1';

const dir = resolve(__dirname, '..', '..', 'shared', 'corpus', 'extraction', 'readability');
const verbose = process.argv.includes('--verbose');

interface Case {
  id: string;
  category: string;
  source: string;
  expected_html: string;
  title: string;
  byline: string | null;
  lang: string | null;
  publishedTime: string | null;
}

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const bylineKey = (s: string | null | undefined) => norm(s).replace(/^by\s+/i, '').toLowerCase();

/** The calendar day of a date as written (its own offset), so "2015-07-24T23:30-04:00" is the 24th. */
function day(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  if (m) return m[1]!;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

/** Same day, allowing for a UTC conversion moving the day by one either way. */
function sameDay(got: string | null, want: string | null): boolean {
  const g = day(got);
  const w = day(want);
  if (!g || !w) return false;
  if (g === w) return true;
  if (!got?.includes('T')) return false;
  return Math.abs(Date.parse(g) - Date.parse(w)) <= 86_400_000 && day(new Date(Date.parse(want!)).toISOString()) === g;
}

const pct = ([hit, of]: number[]) => `${hit}/${of} = ${(of ? hit! / of! : 0).toFixed(3)}`;
const primary = (s: string | null | undefined) => (s ?? '').toLowerCase().split(/[-_]/)[0] ?? '';

async function main(): Promise<void> {
  if (!existsSync(join(dir, 'index.json'))) {
    console.log(`The readability corpus is not at ${dir}; nothing to measure.`);
    return;
  }
  const cases = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Case[]).filter((c) => c.category === 'news-article');
  const meta = (c: Case) => JSON.parse(readFileSync(join(dir, 'pages', c.id, 'expected-metadata.json'), 'utf8')) as Partial<Case>;
  const libDir = mkdtempSync(join(tmpdir(), 'parallax-bench-extraction-'));
  const db = openLibrary(join(libDir, 'library.db'));
  try {
    const started = performance.now();
    const summary = await importSources(db, { paths: cases.map((c) => join(dir, c.source)) }, { jobId: 'bench-extraction' });
    const ms = performance.now() - started;
    let f1Sum = 0;
    const score = { title: [0, 0], byline: [0, 0], date: [0, 0], language: [0, 0] };
    const misses: string[] = [];
    for (const c of cases) {
      const expected = { ...c, ...meta(c) };
      const o = summary.outcomes.find((x) => x.path === join(dir, c.source));
      const a = o?.articleId ? getArticle(db, o.articleId) : undefined;
      if (!a || (o?.outcome !== 'imported' && o?.outcome !== 'reprint')) {
        misses.push(`${c.id}: not imported (${o?.outcome ?? 'no outcome'}: ${o?.message ?? ''})`);
        score.title[1]++;
        continue;
      }
      const want = parseHTML(`<html><body>${readFileSync(join(dir, c.expected_html), 'utf8')}</body></html>`).document.body.textContent ?? '';
      const f1 = tokenF1(a.text, want);
      f1Sum += f1;
      if (f1 < 0.9) misses.push(`${c.id}: body F1 ${f1.toFixed(3)}`);
      score.title[1]++;
      if (norm(a.title) === norm(expected.title)) score.title[0]++;
      else misses.push(`${c.id}: title ${JSON.stringify(a.title)} ≠ ${JSON.stringify(expected.title)}`);
      if (expected.byline) {
        score.byline[1]++;
        if (bylineKey(a.byline) === bylineKey(expected.byline)) score.byline[0]++;
        else misses.push(`${c.id}: byline ${JSON.stringify(a.byline)} ≠ ${JSON.stringify(expected.byline)}`);
      }
      if (expected.publishedTime) {
        score.date[1]++;
        if (sameDay(a.published, expected.publishedTime)) score.date[0]++;
        else misses.push(`${c.id}: date ${JSON.stringify(a.published)} ≠ ${JSON.stringify(expected.publishedTime)}`);
      }
      if (expected.lang) {
        score.language[1]++;
        if (primary(a.language) === primary(expected.lang)) score.language[0]++;
        else misses.push(`${c.id}: language ${JSON.stringify(a.language)} ≠ ${JSON.stringify(expected.lang)}`);
      }
    }
    console.log(`extraction bench: ${cases.length} news pages of Mozilla Readability's test set, imported in ${(ms / 1000).toFixed(1)} s (${((cases.length / ms) * 1000).toFixed(1)} pages/s)`);
    console.log(`  body token F1 (mean)  ${(f1Sum / cases.length).toFixed(3)}   target >= 0.95`);
    console.log(`  title accuracy        ${pct(score.title)}   target >= 0.90`);
    console.log(`  byline accuracy       ${pct(score.byline)}   target >= 0.80 (pages with an expected byline)`);
    console.log(`  date accuracy         ${pct(score.date)}   target >= 0.90 (pages with an expected date; same day)`);
    console.log(`  language accuracy     ${pct(score.language)}   target >= 0.95 (pages with an expected language)`);
    if (verbose) for (const m of misses) console.log(`    ${m}`);
  } finally {
    db.close();
    rmSync(libDir, { recursive: true, force: true });
  }
}

void main();
