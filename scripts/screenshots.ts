// Takes the README's screenshots from a library of articles written here (no third-party text):
// `npx tsx scripts/screenshots.ts` after `npm run build`. Needs Chromium (PARALLAX_CHROMIUM or /usr/bin/chromium).
import { chromium, type Page } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const out = join(root, 'docs', 'screenshots');

const STORY = [
  'Kim Jong Un and Vladimir Putin signed a mutual defence pact in Pyongyang on Wednesday, promising to help each other if either country is attacked.',
  'The agreement was signed after talks that lasted more than two hours at a state guesthouse, according to officials.',
  '"This is the strongest treaty our two countries have ever signed," Putin told reporters after the ceremony.',
  'Kim described the relationship as a "fiery friendship" and said the pact would bring peace to the region.',
  'South Korean officials said that 11,000 containers of munitions had already crossed the border from the north this year.',
  'Washington and Seoul condemned the agreement and said they would discuss a joint response with their allies.',
  "The visit was Putin's first to North Korea in 24 years.",
];

function md(title: string, outlet: string, date: string, paras: string[]): string {
  return `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\n---\n\n${paras.join('\n\n')}\n`;
}

function writeLibrary(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ['northern.md', md('Leaders Sign Defence Pact At Pyongyang Summit', 'Northern Wire', '2024-06-19', STORY)],
    [
      'southern.md',
      md(
        'Putin And Kim Agree Mutual Defence Treaty',
        'Southern Herald',
        '2024-06-20',
        STORY.filter((_, i) => i !== 5).map((p) => p.replace('11,000', '5,000').replace('the strongest treaty our two countries have ever signed', 'the most important treaty our countries have signed')),
      ),
    ],
    [
      'eastern.md',
      md('Pyongyang Summit Ends With Pledge Of Support', 'Eastern Daily', '2024-06-20', [
        'The leaders of Russia and North Korea ended a two-day summit with a pledge of mutual support against what they called Western pressure.',
        'Putin said the new agreement was a breakthrough and thanked his host for the warm welcome in the capital.',
        'Kim called the relationship a "fiery friendship" and promised to back Moscow in its war.',
        'Analysts said the pact could allow Pyongyang to obtain military technology in exchange for ammunition.',
      ]),
    ],
    ['grain.md', md('Grain Markets Calm After Corridor Deal', 'Example Wire', '2024-05-02', ['Wheat futures fell for a third day as ships resumed sailing through the corridor.', 'Traders said the deal removed a major source of uncertainty for importers in North Africa and the Middle East.'])],
    ['harbour.md', md('Harbour Reopens To Shipping', 'Coastal Times', '2024-03-10', ['The harbour reopened to commercial shipping on Sunday after divers cleared the last wrecks from the channel.', 'Port officials said traffic would return to normal within a month.'])],
    ['election.md', md('Coalition Talks Stall Over Budget Rules', 'Capital Letter', '2024-04-22', ['Negotiators from the three parties broke off talks late on Monday after failing to agree on the budget rules.', 'Both sides said they expected to meet again before the end of the week.'])],
  ];
  return files.map(([name, text]) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  });
}

async function startServer(library: string): Promise<{ url: string; stop: () => void }> {
  const proc = spawn(process.execPath, [join(root, 'out/main/web.js'), '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(buf);
      if (m) ok(m[1]!);
    });
    proc.on('exit', (c) => fail(new Error(`web server exited (${c})`)));
  });
  return { url, stop: () => proc.kill('SIGTERM') };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'out/main/web.js'))) throw new Error('Build first: npm run build');
  mkdirSync(out, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'parallax-shots-'));
  const files = writeLibrary(join(tmp, 'articles'));
  const server = await startServer(join(tmp, 'library.db'));
  const browser = await chromium.launch({
    executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, colorScheme: scheme });
      await page.goto(server.url);
      await page.getByTestId('app-ready').waitFor();
      if (scheme === 'light') {
        await page.getByTestId('import-files-input').setInputFiles(files);
        await page.getByTestId('import-summary').waitFor();
        await page.getByTestId('import-summary-close').click();
      }
      await page.getByTestId('article-row').first().waitFor();
      await shot(page, `library-${scheme}`);
      await page.getByTestId('search-input').fill('"fiery friendship"');
      await page.getByTestId('search-input').press('Enter');
      await page.getByTestId('search-hit').first().click();
      await page.getByTestId('reader-title').waitFor();
      await shot(page, `search-reader-${scheme}`);
      await page.getByTestId('search-input').fill('');
      await page.getByTestId('search-input').press('Escape');
      await page.getByTestId('stories-button').click();
      await page.getByTestId('story-row').first().click();
      await page.getByTestId('compare-column').first().waitFor();
      await page.getByTestId('compare-sentence').first().click();
      await shot(page, `compare-${scheme}`);
      await page.getByTestId('compare-tab-claims').click();
      await page.getByTestId('claims-matrix').waitFor();
      await shot(page, `claims-${scheme}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
