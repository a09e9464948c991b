// Responsiveness while a folder imports (npm run bench:responsiveness).
//   npx tsx bench/responsiveness.ts [--files 5000] [--kind text|html]
// Needs the built app (npm run build) and Chromium. Writes a folder of articles, starts the built
// web server (the process that owns the library: Electron's main process plays that part in the
// desktop app) on a fresh library, opens the UI in Chromium, starts the import of the folder and,
// until it is done, records:
//  - in the window: the gaps between animation frames and the long tasks the browser reports
//    (the "main thread" the user feels: a gap over 100 ms is a visible stall);
//  - in the library's process: how long a small API call (library.info) sent every 50 ms waits
//    for its answer (a stalled event loop would delay every click of the UI).
// Prints the figures. Asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { WEB_TOKEN_HEADER } from '../src/shared/contract';
import { arg, prng } from './lib';

const root = resolve(__dirname, '..');
const corpus = resolve(root, '..', 'shared', 'corpus');
const files = Number(arg('files', '5000'));
const kind = arg('kind', 'text');

/** Paragraphs of real news text when the corpus is there, else generated sentences. */
function paragraphs(): string[] {
  const basil = join(corpus, 'coverage', 'basil', 'basil_articles.jsonl');
  if (existsSync(basil)) {
    return readFileSync(basil, 'utf8')
      .trim()
      .split('\n')
      .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/\n\s*\n/))
      .map((p) => p.trim())
      .filter((p) => p.split(/\s+/).length >= 12);
  }
  console.log('(../shared/corpus is absent: generated text instead of news paragraphs)');
  const words = 'summit leaders treaty sanctions minister talks border agreement election parliament delegation statement'.split(' ');
  const rnd = prng(7);
  return Array.from({ length: 2000 }, () => Array.from({ length: 40 }, () => words[Math.floor(rnd() * words.length)]).join(' ') + '.');
}

function writeFolder(dir: string): void {
  const pool = paragraphs();
  const rnd = prng(42);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    const body = Array.from({ length: 8 + Math.floor(rnd() * 8) }, () => pool[Math.floor(rnd() * pool.length)]);
    const title = `Report ${i}: ${body[0].split(/\s+/).slice(0, 8).join(' ')}`;
    if (kind === 'html') {
      const ps = body.map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('\n');
      writeFileSync(join(dir, `a${i}.html`), `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Home | World</nav><article><h1>${title}</h1>${ps}</article><footer>Contact</footer></body></html>`);
    } else writeFileSync(join(dir, `a${i}.txt`), `${title}\n\n${body.join('\n\n')}\n`);
  }
}

const RECORDER = `
  window.__gaps = []; window.__long = []; window.__stop = false;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ entryTypes: ['longtask'] });
  let last = performance.now();
  const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

function percentile(xs: number[], p: number): number {
  const s = xs.toSorted((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
}

async function main(): Promise<void> {
  const entry = join(root, 'out', 'main', 'web.js');
  if (!existsSync(entry)) throw new Error('The app is not built: run `npm run build` first.');
  const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? process.env.PARALLAX_CHROMIUM;
  if (!browserPath) throw new Error('Chromium was not found (set PARALLAX_CHROMIUM).');
  const work = mkdtempSync(join(tmpdir(), 'parallax-resp-'));
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const folder = join(work, 'articles');
    writeFolder(folder);
    const env = { ...process.env, PARALLAX_USER_DATA: join(work, 'user-data') };
    const srv = spawn(process.execPath, [entry, '--library', join(work, 'library.db'), '--port', '0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    server = srv;
    const url = await new Promise<string>((ok, fail) => {
      let out = '';
      srv.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
        if (m) ok(m[1]);
      });
      srv.on('exit', (code) => fail(new Error(`web server exited with ${code}: ${out}`)));
    });
    const origin = new URL(url).origin;
    const token = new URL(url).searchParams.get('token')!;
    const invoke = async (channel: string, input: unknown) => {
      const r = await fetch(`${origin}/api/invoke/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: token }, body: JSON.stringify(input) });
      return (await r.json()) as { ok: boolean; value?: { jobId: string; summary: { imported: number; failed: number } | null }; message?: string };
    };

    const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    // Frame gaps and long tasks, recorded by the page itself (a string: tsx would wrap a function with helpers the page lacks).
    await page.evaluate(RECORDER);
    const started = performance.now();
    const job = await invoke('import.start', { paths: [folder] });
    const jobId = job.value?.jobId;
    if (!job.ok || !jobId) throw new Error(`import.start: ${job.message}`);
    const pings: number[] = [];
    let done = false;
    while (!done) {
      const t = performance.now();
      await invoke('library.info', {});
      pings.push(performance.now() - t);
      const s = await invoke('import.status', { jobId });
      done = s.ok && !!s.value?.summary;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    const { gaps, long } = (await page.evaluate('window.__stop = true; ({ gaps: window.__gaps.slice(1), long: window.__long })')) as { gaps: number[]; long: number[] };
    const summary = (await invoke('import.status', { jobId })).value?.summary ?? { imported: 0, failed: 0 };
    await browser.close();

    console.log(`${files} ${kind} files imported through the web server in ${seconds.toFixed(1)} s (${Math.round(files / seconds)}/s): ${summary.imported} imported, ${summary.failed} failed; load average ${loadavg()[0].toFixed(2)}`);
    console.log(`window: ${gaps.length} frames, gap p50 ${percentile(gaps, 50).toFixed(1)} ms, p99 ${percentile(gaps, 99).toFixed(1)} ms, max ${Math.max(...gaps).toFixed(1)} ms; frames over 100 ms: ${gaps.filter((g) => g > 100).length}`);
    console.log(`window long tasks (>50 ms): ${long.length}, longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms, over 100 ms: ${long.filter((d) => d > 100).length}`);
    console.log(`library process: ${pings.length} library.info calls while importing, answer p50 ${percentile(pings, 50).toFixed(1)} ms, p95 ${percentile(pings, 95).toFixed(1)} ms, max ${Math.max(...pings).toFixed(1)} ms`);
  } finally {
    server?.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
