// Articles the end-to-end tests write themselves, so the suite stands without ../shared/corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SUMMIT_TITLE = 'Leaders Pledge Mutual Defence At Pyongyang Summit';

export function writeOwnArticles(dir: string): { summit: string; market: string; harbour: string; all: string[] } {
  mkdirSync(dir, { recursive: true });
  const summit = join(dir, 'summit.txt');
  writeFileSync(
    summit,
    `${SUMMIT_TITLE}\n\nThe two leaders met in the capital on Wednesday and signed a pact promising help if either side is attacked.\n\n` +
      'The host described the relationship as a "fiery friendship" and called the pact the strongest ever.\n\n' +
      'Officials said that 11,000 containers of munitions had already crossed the border this year.\n\nRelated Articles\n\nLeave a Reply\n\nBack to top button\n',
  );
  const market = join(dir, 'markets.md');
  writeFileSync(
    market,
    '---\ntitle: Grain Markets Calm After Corridor Deal\noutlet: Example Wire\ndate: 2024-05-02\n---\n\n' +
      'Wheat futures fell for a third day as ships resumed sailing through the corridor.\n\nTraders said the deal removed a major source of uncertainty.\n',
  );
  const harbour = join(dir, 'harbour.html');
  writeFileSync(
    harbour,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Reopens To Shipping</title>' +
      '<meta property="og:site_name" content="Coastal Times"><meta property="article:published_time" content="2024-03-10T08:00:00Z"></head>' +
      '<body><nav>Home | World | Sport</nav><article><h1>Harbour Reopens To Shipping</h1><p class="byline">By Ana Ruiz</p>' +
      '<p>The harbour reopened to commercial shipping on Sunday after divers cleared the last of the wrecks from the channel.</p>' +
      '<p>Port officials said traffic would return to normal levels within a month, and fishermen welcomed the news.</p>' +
      '<p>The closure had lasted eleven weeks and cost local businesses an estimated four million dollars in lost trade.</p></article>' +
      '<footer>Back to top</footer></body></html>',
  );
  return { summit, market, harbour, all: [summit, market, harbour] };
}
