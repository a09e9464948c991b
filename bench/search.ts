// Full-text search bench.
//   npx tsx bench/search.ts [--sizes 1000,10000] [--runs 20] [--keep DIR] [--only LABEL]
// --keep DIR builds each library as DIR/search-<size>.db and reuses it on later runs (query figures only).
// --only LABEL times just the mix members whose label or query contains LABEL (e.g. --only year).
// Builds libraries of synthetic-but-real text (sentences of the BASIL news articles and the
// TIME 1963 collection, recombined), then prints index build rate (both indexes, written by
// insertArticle: search/newArticleIndex.ts), database size, the
// cost of adding one article, cold open-to-first-result, query latency over a fixed mix and
// RSS while searching. Asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary, type Db } from '../src/main/core/db/open';
import { insertArticle } from '../src/main/core/repo/articles';
import { search } from '../src/main/core/search';
import { vocabulary } from '../src/main/core/search/vocab';
import { facets } from '../src/main/core/search/facets';
import { arg, prng } from './lib';

const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
const basilPath = path.join(corpus, 'coverage', 'basil', 'basil_articles.jsonl');
const timePath = path.join(corpus, 'search', 'time', 'docs.jsonl');

const sizes = arg('sizes', '1000,10000').split(',').map(Number).filter((n) => n > 0);
const runs = Number(arg('runs', '20'));
const keepDir = arg('keep', '');
const only = arg('only', '').toLowerCase();

interface Source { title: string; sentences: string[] }

function sentencesOf(text: string): string[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...seg.segment(text.replace(/\s+/g, ' '))].map((s) => s.segment.trim()).filter((s) => s.length > 20);
}

// TIME's text is all upper case; sentence case reads like news and keeps proper nouns findable.
function sentenceCase(s: string): string {
  const lower = s.toLowerCase().replace(/ \./g, '.');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function loadSources(): Source[] {
  const out: Source[] = [];
  for (const line of fs.readFileSync(basilPath, 'utf8').trim().split('\n')) {
    const a = JSON.parse(line) as { title: string; text: string };
    out.push({ title: a.title, sentences: sentencesOf(a.text) });
  }
  for (const line of fs.readFileSync(timePath, 'utf8').trim().split('\n')) {
    const d = JSON.parse(line) as { text: string };
    const sentences = sentencesOf(d.text).map(sentenceCase);
    out.push({ title: sentenceCase(d.text.split(/\s+/).slice(0, 8).join(' ')), sentences });
  }
  return out.filter((s) => s.sentences.length >= 3);
}

const OUTLETS = ['New York Times', 'Fox News', 'HuffPost', 'Reuters', 'Associated Press', 'BBC', 'The Guardian', 'TASS', 'Yonhap', 'Al Jazeera', 'Le Monde', 'Washington Post'];
const NAMES = ['Anna Petrova', 'John Smith', 'Kim Min-jun', 'Maria Garcia', 'David Chen', 'Sarah Johnson', 'Ahmed Hassan', 'Claire Dubois'];

/** An article of ~850 words: runs of 3–8 consecutive sentences from random sources (local coherence, realistic phrases). */
function makeArticle(rnd: () => number, sources: Source[], i: number) {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const parts: string[] = [];
  let words = 0;
  const target = 650 + Math.floor(rnd() * 400);
  while (words < target) {
    const src = pick(sources);
    const start = Math.floor(rnd() * src.sentences.length);
    const run = src.sentences.slice(start, start + 3 + Math.floor(rnd() * 6));
    const para = run.join(' ');
    parts.push(para);
    words += para.split(' ').length;
  }
  const year = 2010 + Math.floor(rnd() * 15);
  const published = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const text = parts.join('\n\n');
  return {
    title: pick(sources).title,
    byline: pick(NAMES),
    outlet: pick(OUTLETS),
    url: null,
    published,
    language: 'en',
    excerpt: null,
    text,
    html: null,
    wordCount: words,
    contentHash: `bench-${i}`,
    format: 'txt',
    sourcePath: null,
  };
}

const FULL_MIX: { label: string; q: string; sort?: 'relevance' | 'newest' }[] = [
  { label: 'very common term', q: 'the' },
  { label: 'common term', q: 'president' },
  { label: 'stemmed term', q: 'sanctions' },
  { label: 'phrase + word', q: '"white house" sanctions' },
  { label: 'rare term', q: 'skybolt' },
  { label: '3-term AND', q: 'nuclear missile treaty' },
  { label: 'phrase', q: '"white house"' },
  { label: 'prefix', q: 'negotiat*' },
  { label: 'fuzzy', q: 'khrushchov~1' },
  { label: 'OR', q: 'iran OR iraq' },
  { label: 'term + filter', q: 'senate outlet:"New York Times"' },
  { label: 'term + year', q: 'president year:2015' },
  { label: 'newest first', q: 'obama', sort: 'newest' },
];

const MIX = only ? FULL_MIX.filter((m) => m.label.toLowerCase().includes(only) || m.q.toLowerCase().includes(only)) : FULL_MIX;
if (MIX.length === 0) throw new Error(`--only ${only}: no query of the mix has that in its label or text.`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function dbBytes(file: string): number {
  return ['', '-wal', '-shm'].reduce((n, s) => n + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0), 0);
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

function benchSize(n: number, sources: Source[]): void {
  const dir = keepDir || fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-search-'));
  const file = path.join(dir, keepDir ? `search-${n}.db` : 'library.db');
  const reuse = keepDir !== '' && fs.existsSync(file);
  try {
    let db: Db = openLibrary(file);
    let buildMs = 0;
    if (!reuse) {
      const rnd = prng(n);
      const t0 = performance.now();
      const insert = db.transaction((from: number, to: number) => {
        for (let i = from; i < to; i++) insertArticle(db, makeArticle(rnd, sources, i));
      });
      for (let i = 0; i < n; i += 1000) insert(i, Math.min(n, i + 1000));
      buildMs = performance.now() - t0;
    }
    // Adding one article to the full library: row and both index rows, in its own committed
    // transaction (FULL sync: one fsync each) and inside a running transaction (as import does).
    const rndAdd = prng(n + 1);
    const own: number[] = [];
    const inTx: number[] = [];
    const added: number[] = [];
    const fresh = (k: number) => ({ ...makeArticle(rndAdd, sources, k), contentHash: `bench-add-${Date.now()}-${k}` });
    for (let k = 0; k < 100; k++) {
      const a = fresh(k);
      own.push(timed(() => db.transaction(() => added.push(insertArticle(db, a)))())[1]);
    }
    db.transaction(() => {
      for (let k = 100; k < 200; k++) {
        const a = fresh(k);
        inTx.push(timed(() => added.push(insertArticle(db, a)))[1]);
      }
    })();
    // Taken out again so the library measured below (and kept by --keep) has exactly n articles.
    db.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(added));
    own.sort((a, b) => a - b);
    inTx.sort((a, b) => a - b);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = dbBytes(file);
    db.close();

    // Cold in this process (new connection, empty page cache, no cached statements or vocabulary); the OS file cache is warm.
    const [first, coldMs] = timed(() => {
      db = openLibrary(file);
      return search(db, { q: 'president', offset: 0, limit: 50, sort: 'relevance' });
    });
    const [, vocabMs] = timed(() => vocabulary(db));
    const vocabTerms = vocabulary(db).docs.size;

    const all: number[] = [];
    const per = new Map<string, { ms: number[]; total: number }>();
    for (let r = 0; r < runs; r++) {
      for (const m of MIX) {
        const [out, ms] = timed(() => search(db, { q: m.q, offset: 0, limit: 50, sort: m.sort ?? 'relevance' }));
        all.push(ms);
        const e = per.get(m.label) ?? { ms: [], total: out.total };
        e.ms.push(ms);
        per.set(m.label, e);
      }
    }
    // Facets (counts over every match) for a rare, a common and a very common query.
    const facetMs = ['skybolt', 'president', 'the'].map((q) => {
      facets(db, { q, interval: 'auto', limit: 50 });
      const [f, ms] = timed(() => facets(db, { q, interval: 'auto', limit: 50 }));
      return `${q} (${f.total}) ${ms.toFixed(0)} ms`;
    });
    const searchRss = process.memoryUsage().rss;
    db.close();
    all.sort((a, b) => a - b);
    console.log(`\n== ${n.toLocaleString('en')} articles ==`);
    if (reuse) console.log(`build: skipped (reused ${file})`);
    else console.log(`build: ${(buildMs / 1000).toFixed(1)} s, ${Math.round(n / (buildMs / 1000)).toLocaleString('en')} articles/s (insert with FTS5 triggers, 1,000 per transaction)`);
    console.log(`db size: ${(size / 1024 / 1024).toFixed(1)} MB (${Math.round(size / n / 1024)} KB/article)`);
    console.log(
      `add one article: own transaction p50 ${percentile(own, 50).toFixed(2)} ms, p95 ${percentile(own, 95).toFixed(2)} ms; ` +
        `inside a transaction p50 ${percentile(inTx, 50).toFixed(2)} ms, p95 ${percentile(inTx, 95).toFixed(2)} ms`,
    );
    console.log(`cold open → first result ("president", ${first.total} hits, 50 snippets): ${coldMs.toFixed(1)} ms`);
    console.log(`vocabulary TokenSet (first fuzzy/wildcard/did-you-mean): ${vocabMs.toFixed(0)} ms, ${vocabTerms.toLocaleString('en')} terms`);
    console.log(`query mix ×${runs} (limit 50, snippets): p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${all[all.length - 1].toFixed(1)} ms`);
    console.log(`RSS after the query mix: ${Math.round(searchRss / 1024 / 1024)} MB`);
    console.log(`facets (outlets, tags, languages, histogram): ${facetMs.join(', ')}`);
    for (const m of MIX) {
      const e = per.get(m.label)!;
      const s = e.ms.toSorted((a, b) => a - b);
      console.log(`  ${m.label.padEnd(17)} ${m.q.padEnd(32)} total ${String(e.total).padStart(7)}  p50 ${percentile(s, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(s, 95).toFixed(1).padStart(6)} ms`);
    }
  } finally {
    if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const sources = loadSources();
console.log(
  `Text: ${sources.length} sources (BASIL 300 news articles + TIME 1963 docs in sentence case), ` +
    `${sources.reduce((n, s) => n + s.sentences.length, 0).toLocaleString('en')} sentences; each article = runs of 3–8 consecutive sentences ` +
    'from random sources up to 650–1,050 words, random outlet (12), byline, date 2010–2024, seeded PRNG.',
);
for (const n of sizes) benchSize(n, sources);
console.log(`\npeak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
