// Warming an extraction thread before it reports ready. V8 compiles a function the first time it
// runs and optimises it only after it has run a while, and the stemmers and parsers load their
// tables on first use: a fresh thread takes ten times longer over its first few files than over
// the rest. The app starts its import threads at launch (Library.start), so reading a few made-up
// files there moves that cost out of the user's first import. Nothing touches the disk or the
// library: the files are bytes in memory and their results are dropped.
import { runExtractTask, type Handlers } from './extract';

const WORDS =
  'the government said on monday that talks with the neighbouring country would resume next week after a ceasefire ' +
  'brokered by regional mediators held through the weekend despite reports of shelling near the border town officials ' +
  'in the capital told reporters that the agreement covered prisoner exchanges humanitarian corridors and the return ' +
  'of displaced families while opposition leaders questioned whether the army would respect its terms';

/** A plain-text article of a few paragraphs, different for each `seed` (so no memo answers it all). */
function article(seed: number): string {
  const words = WORDS.split(' ');
  const paragraphs: string[] = [];
  for (let p = 0; p < 6; p++) {
    const out: string[] = [];
    for (let i = 0; i < 60; i++) out.push(words[(i * 7 + p * 13 + seed * 31) % words.length]!);
    out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
    paragraphs.push(`${out.join(' ')}.`);
  }
  return `Talks resume after ceasefire (${seed})\n\nBy Staff Reporter\n\n${paragraphs.join('\n\n')}\n`;
}

function page(seed: number): string {
  const [title, , , ...body] = article(seed).split('\n');
  const paragraphs = body.filter(Boolean).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-05-01T08:00:00Z">
<script>var x = 1;</script><style>p { margin: 0 }</style></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Staff Reporter</p>${paragraphs}</article>
<aside><h2>Related Articles</h2><ul><li><a href="/a">Another story</a></li></ul></aside></main>
<footer><p>© Example News</p></footer></body></html>`;
}

/** Runs a few made-up text files and web pages through `handlers`; never throws. */
export async function warmUp(handlers: Handlers, rounds = { text: 12, html: 3 }): Promise<void> {
  const encoder = new TextEncoder();
  const run = async (name: string, content: string) => {
    const file = { path: `warm-up/${name}`, name, bytes: encoder.encode(content) };
    try {
      await runExtractTask({ source: { kind: 'bytes', file }, depth: 0, maxFileBytes: 1 << 20 }, handlers, AbortSignal.timeout(10_000));
    } catch {
      // A warm-up that fails only leaves the thread cold.
    }
  };
  for (let i = 0; i < rounds.text; i++) await run(`a${i}.txt`, article(i));
  for (let i = 0; i < rounds.html; i++) await run(`p${i}.html`, page(i));
}
