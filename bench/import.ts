// Import bench (npm run bench:import).
//   npx tsx bench/import.ts [--sizes 1000,10000] [--kinds text,html] [--html real|template] [--mode worker|inline]
// Builds folders of articles from real text, then imports each folder into a fresh library the
// way the app does (Library + import.start, worker mode by default) in a child process of its
// own, and prints articles/s end to end from import.start to import.done (walk, read, parse,
// extract, sanitize, sign, dedupe and reprint check, store, full-text index), the CPU time all the
// child's threads spent per article meanwhile (steadier than the rate when the machine is busy),
// the child's peak RSS and the library's size on disk. The import threads are started first, as Library.start() does
// at launch; how long that took is printed apart. The stemmed index (migration 002) is written by
// the first search, not by the import: its time is printed apart too.
//
// The text: paragraphs of the 300 BASIL news articles and of the 423 TIME 1963 articles (TIME is
// upper case; it is put in sentence case), recombined with a seeded generator into articles of
// 8–16 paragraphs (~500 words), so that every article is distinct and no two are near copies.
//   text: a .txt file per article (title line, blank line, paragraphs).
//   html: a saved news page per article, built on the 46 real news pages of the readability
//         corpus (../shared/corpus/extraction/readability, 55 KB–1.2 MB, 340 KB on average): page
//         i is page (i mod 46) as saved, with everything around the article kept (head, scripts,
//         styles, navigation, comments, footer) and its article paragraphs (the <p>s whose text
//         is in expected.html) replaced by the generated paragraphs, its headline by the title.
//         --html template uses a lighter page instead (a ~25 KB template with head metadata,
//         JSON-LD, a stylesheet, scripts, navigation, share bar, related links, comment form and
//         footer around the paragraphs).
// Asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Library } from '../src/main/core/library';
import type { ImportSummaryT } from '../src/shared/contract';
import { openLibrary, type Db } from '../src/main/core/db/open';
import { migrations } from '../src/main/core/db/migrations';
import { m003Import } from '../src/main/core/db/migrations/003-import';
import { syncSearchIndex } from '../src/main/core/search';
import { arg, prng } from './lib';

const corpus = resolve(__dirname, '..', '..', 'shared', 'corpus');

function sentenceCase(s: string): string {
  return s.toLowerCase().replace(/ \./g, '.').replace(/(^|[.!?]\s+)([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

interface Pool {
  titles: string[];
  paragraphs: string[];
}

function loadPool(): Pool {
  const titles: string[] = [];
  const paragraphs: string[] = [];
  for (const line of readFileSync(join(corpus, 'coverage', 'basil', 'basil_articles.jsonl'), 'utf8').trim().split('\n')) {
    const a = JSON.parse(line) as { title: string; text: string };
    titles.push(a.title);
    paragraphs.push(...a.text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 12));
  }
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const line of readFileSync(join(corpus, 'search', 'time', 'docs.jsonl'), 'utf8').trim().split('\n')) {
    const d = JSON.parse(line) as { text: string };
    const sentences = [...seg.segment(sentenceCase(d.text.replace(/\s+/g, ' ')))].map((s) => s.segment.trim()).filter(Boolean);
    titles.push(sentences[0]!.split(/\s+/).slice(0, 10).join(' '));
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  }
  return { titles, paragraphs };
}

interface Generated {
  title: string;
  paragraphs: string[];
  outlet: string;
  date: string;
}

function* articles(pool: Pool, n: number): Generator<Generated> {
  const rnd = prng(20240619);
  const outlets = ['Reuters', 'The Herald', 'Daily Courier', 'Global Post', 'Evening Standard', 'The Observer'];
  for (let i = 0; i < n; i++) {
    const count = 8 + Math.floor(rnd() * 9);
    const paragraphs = Array.from({ length: count }, () => pool.paragraphs[Math.floor(rnd() * pool.paragraphs.length)]!);
    const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
    yield { title: `${pool.titles[Math.floor(rnd() * pool.titles.length)]} (${i + 1})`, paragraphs, outlet: outlets[i % outlets.length]!, date: day };
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const links = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}/${i}">${prefix} section ${i + 1}</a></li>`).join('');
const STYLE = `<style>${Array.from({ length: 80 }, (_, i) => `.c${i}{margin:${i}px;padding:${i % 7}px;color:#${(i * 99991).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('')}</style>`;
const SCRIPT = `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}${'gtag("event","x",{a:1});'.repeat(60)}</script>`;

function page(a: Generated, i: number): string {
  const slug = `story-${i}`;
  const url = `https://news.example.org/${a.date.replace(/-/g, '/')}/${slug}`;
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: `${a.date}T08:00:00Z`, author: [{ '@type': 'Person', name: 'Staff Reporter' }], publisher: { '@type': 'Organization', name: a.outlet } });
  const body = a.paragraphs.map((p, k) => (k === 3 ? `<p>${esc(p)} <a href="/related/${k}">More on this</a>.</p><div class="ad"><p>Advertisement</p></div>` : `<p>${esc(p)}</p>`)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | ${esc(a.outlet)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${esc(a.outlet)}"><meta property="og:url" content="${url}">
<meta property="article:published_time" content="${a.date}T08:00:00Z"><meta name="author" content="Staff Reporter"><link rel="canonical" href="${url}">
<script type="application/ld+json">${ld}</script>${STYLE}${SCRIPT}</head><body>
<header class="site"><a class="logo" href="/">${esc(a.outlet)}</a><nav><ul>${links('news', 30)}</ul></nav><form class="search"><input name="q"><button>Search</button></form></header>
<main><article><h1>${esc(a.title)}</h1><div class="meta"><span class="byline">By Staff Reporter</span> <time datetime="${a.date}T08:00:00Z">${a.date}</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<figure><img src="https://cdn.example.org/${slug}.jpg" alt="Photo for ${esc(a.title)}"><figcaption>A photo caption, credit Agency.</figcaption></figure>
${body}
</article><aside><h2>Related Articles</h2><ul>${links('related', 10)}</ul></aside>
<section class="comments"><h2>Leave a Reply</h2><form><textarea></textarea><input name="email"><button>Post Comment</button></form></section></main>
<footer><ul>${links('about', 40)}</ul><p>© 2024 ${esc(a.outlet)}. All rights reserved.</p></footer>${SCRIPT}</body></html>`;
}

const readability = join(corpus, 'extraction', 'readability');
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A real page cut around its article: [before, between…, after] with title and body slots. */
interface Skeleton {
  parts: string[];
  slots: ('title' | 'body')[];
}

const TITLE_SLOT = '\u0001TITLE\u0001';
const BODY_SLOT = '\u0001BODY\u0001';

function skeletons(): Skeleton[] {
  const out: Skeleton[] = [];
  const cases = (JSON.parse(readFileSync(join(readability, 'index.json'), 'utf8')) as { id: string; category: string; source: string; expected_html: string; title: string }[]).filter(
    (c) => c.category === 'news-article',
  );
  for (const c of cases) {
    const expected = parseHTML(`<html><body>${readFileSync(join(readability, c.expected_html), 'utf8')}</body></html>`).document;
    const bodyTexts = new Set(Array.from(expected.querySelectorAll('p')).map((p) => norm(p.textContent)).filter((t) => t.length > 20));
    const { document } = parseHTML(readFileSync(join(readability, c.source), 'utf8'));
    // The files are written as UTF-8 whatever the page declared.
    for (const m of Array.from(document.querySelectorAll('meta[charset], meta[http-equiv]'))) {
      if (m.hasAttribute('charset') || /content-type/i.test(m.getAttribute('http-equiv') ?? '')) m.remove();
    }
    document.head?.insertBefore(document.createElement('meta'), document.head.firstChild)?.setAttribute('charset', 'utf-8');
    const paragraphs = Array.from(document.querySelectorAll('p')).filter((p) => bodyTexts.has(norm(p.textContent)));
    // A few pages hold their text in <div>s or <br>-separated runs: those are not used.
    if (paragraphs.length < 3) continue;
    paragraphs[0]!.replaceWith(document.createTextNode(BODY_SLOT));
    for (const p of paragraphs.slice(1)) p.remove();
    for (const el of Array.from(document.querySelectorAll('title, h1'))) el.textContent = TITLE_SLOT;
    for (const m of Array.from(document.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]'))) m.setAttribute('content', TITLE_SLOT);
    const html = `<!doctype html>\n${document.documentElement.outerHTML}`;
    const parts: string[] = [];
    const slots: Skeleton['slots'] = [];
    let rest = html;
    for (;;) {
      const t = rest.indexOf(TITLE_SLOT);
      const b = rest.indexOf(BODY_SLOT);
      if (t < 0 && b < 0) break;
      const isTitle = t >= 0 && (b < 0 || t < b);
      const at = isTitle ? t : b;
      parts.push(rest.slice(0, at));
      slots.push(isTitle ? 'title' : 'body');
      rest = rest.slice(at + (isTitle ? TITLE_SLOT : BODY_SLOT).length);
    }
    parts.push(rest);
    out.push({ parts, slots });
  }
  return out;
}

function realPage(a: Generated, sk: Skeleton): string {
  const body = a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
  let out = sk.parts[0]!;
  sk.slots.forEach((slot, i) => (out += (slot === 'title' ? esc(a.title) : body) + sk.parts[i + 1]!));
  return out;
}

function build(dir: string, kind: 'text' | 'html' | 'page', n: number, pool: Pool): void {
  if (existsSync(join(dir, '.done'))) return;
  rmSync(dir, { recursive: true, force: true });
  const real = kind === 'html' ? skeletons() : [];
  if (kind === 'html') console.log(`  (html pages built on ${real.length} of the 46 readability news pages)`);
  let i = 0;
  for (const a of articles(pool, n)) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    if (kind === 'text') writeFileSync(join(sub, `a${i}.txt`), `${a.title}\n\n${a.paragraphs.join('\n\n')}\n`);
    else if (kind === 'html') writeFileSync(join(sub, `a${i}.html`), realPage(a, real[i % real.length]!));
    else writeFileSync(join(sub, `a${i}.html`), page(a, i));
    i++;
  }
  writeFileSync(join(dir, '.done'), '');
}

interface RunResult {
  seconds: number;
  imported: number;
  reprints: number;
  duplicates: number;
  failed: number;
  peakRssMB: number;
  dbMB: number;
  stemSeconds: number;
  warmSeconds: number;
  /** CPU time of every thread of the child during the import (user + system). */
  cpuSeconds: number;
}

/** Migration 003 until it is registered (then openLibrary has applied it). */
function withImportSchema(db: Db): void {
  if (!migrations.some((m) => m.version === m003Import.version) && !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'article_bands'").get()) {
    db.transaction(() => m003Import.up(db)).immediate();
  }
}

/** One import in this process (the child): prints its figures as JSON. */
async function runOne(folder: string, libDir: string, mode: 'worker' | 'inline'): Promise<void> {
  const path = join(libDir, 'library.db');
  const setup = openLibrary(path);
  withImportSchema(setup);
  setup.close();
  const lib = new Library({ path, importMode: mode, log: (m) => process.stderr.write(`${m}\n`) });
  // As the app does at launch (Library.start): the import threads start before the first import.
  const warming = performance.now();
  await lib.ctx.imports.warm?.();
  const warmSeconds = (performance.now() - warming) / 1000;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const done = new Promise<ImportSummaryT>((resolveDone) => lib.onEvent((e, p) => e === 'import.done' && resolveDone(p as ImportSummaryT)));
  await lib.invoke('import.start', { paths: [folder] });
  const summary = await done;
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await lib.close();
  // The stemmed index (migration 002) is written lazily, by the first search: timed apart.
  const db = openLibrary(path);
  const s0 = performance.now();
  syncSearchIndex(db);
  const stemSeconds = (performance.now() - s0) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const size = ['', '-wal'].reduce((sum, ext) => sum + (existsSync(path + ext) ? statSync(path + ext).size : 0), 0);
  const count = (o: string) => summary.outcomes.filter((x) => x.outcome === o).length;
  const result: RunResult = {
    seconds,
    imported: count('imported'),
    reprints: count('reprint'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    dbMB: size / 1024 ** 2,
    stemSeconds,
    warmSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return runOne(process.argv[3]!, process.argv[4]!, process.argv[5] as 'worker' | 'inline');
  if (!existsSync(corpus)) {
    console.log(`The shared corpus is not at ${corpus}; nothing to measure.`);
    return;
  }
  const sizes = arg('sizes', '1000,10000').split(',').map(Number).filter((n) => n > 0);
  const kinds = arg('kinds', 'text,html').split(',') as ('text' | 'html')[];
  const htmlKind = arg('html', 'real') === 'template' ? 'page' : 'html';
  const mode = arg('mode', 'worker') as 'worker' | 'inline';
  const work = join(tmpdir(), 'parallax-bench-import');
  mkdirSync(work, { recursive: true });
  const pool = loadPool();
  console.log(`import bench: ${pool.paragraphs.length} paragraphs of real text; ${mode} mode; node ${process.version}; ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start`);
  console.log('kind  articles  seconds  articles/s  CPU ms/article  peak RSS  db size  reprints  stemmed index (first search)  thread start (before timing)');
  for (const kind of kinds) {
    for (const n of sizes) {
      const built = kind === 'html' ? htmlKind : kind;
      const folder = join(work, `${built}-${n}`);
      build(folder, built, n, pool);
      const libDir = mkdtempSync(join(tmpdir(), 'parallax-bench-lib-'));
      try {
        const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', folder, libDir, mode], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
        const line = out.split('\n').find((l) => l.startsWith('RESULT '));
        if (!line) throw new Error(`no result from the ${kind} ${n} run`);
        const r = JSON.parse(line.slice(7)) as RunResult;
        const stored = r.imported + r.reprints;
        console.log(
          `${(kind === 'html' && htmlKind === 'page' ? 'tmpl' : kind).padEnd(5)} ${String(n).padStart(8)}  ${r.seconds.toFixed(2).padStart(7)}  ${(stored / r.seconds).toFixed(0).padStart(10)}  ${((r.cpuSeconds * 1000) / Math.max(1, stored)).toFixed(2).padStart(14)}  ${r.peakRssMB.toFixed(0).padStart(5)} MB  ${r.dbMB.toFixed(1).padStart(5)} MB  ${String(r.reprints).padStart(8)}  ${r.stemSeconds.toFixed(2).padStart(5)} s${' '.repeat(24)}${r.warmSeconds.toFixed(2)} s${r.failed || r.duplicates ? `  (failed ${r.failed}, duplicates ${r.duplicates})` : ''}`,
        );
      } finally {
        rmSync(libDir, { recursive: true, force: true });
      }
    }
  }
}

void main();
