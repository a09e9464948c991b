// `parallax search <query> [--limit N]`: full-text search, best matches first.
// `parallax search --batch <file>`: one query per line, each with its hit count and top results.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SearchHitT } from '../../../shared/contract';
import { UsageError, intOption, stringOption } from '../args';
import type { Command, CommandContext } from '../command';
import { cleanLine, json, markedSnippet, plainSnippet, table } from '../format';

/** bm25 scores on a small library can be tiny: keep two significant digits rather than 0.00. */
function formatScore(score: number): string {
  return score !== 0 && Math.abs(score) < 0.01 ? score.toPrecision(2) : score.toFixed(2);
}

function jsonHit(h: SearchHitT) {
  return { id: h.id, title: h.title, outlet: h.outlet, published: h.published, snippet: plainSnippet(h.snippet), score: h.score };
}

/** The ranked table with each snippet under its row, matches in **bold**. */
function hitTable(hits: SearchHitT[]): string {
  const rows = hits.map((h, i) => [i + 1, h.id, formatScore(h.score), h.outlet, h.published?.slice(0, 10), h.title]);
  const lines = table(
    [{ header: '#', right: true }, { header: 'id', right: true }, { header: 'score', right: true }, { header: 'outlet', max: 20 }, { header: 'published', max: 10 }, { header: 'title', max: 70 }],
    rows,
  ).split('\n');
  const out = [lines[0]];
  hits.forEach((h, i) => {
    out.push(lines[i + 1]);
    const snip = markedSnippet(h.snippet);
    if (snip) out.push(`      ${snip}`);
  });
  return out.join('\n');
}

function countLine(total: number, shown: number): string {
  return `${total === shown ? `${total} matching` : `Top ${shown} of ${total} matching`} article${total === 1 ? '' : 's'}.`;
}

/** Reads the batch file: one query per line; blank lines are skipped. */
function readQueries(ctx: CommandContext, file: string): string[] {
  const path = resolve(ctx.io.cwd ?? process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `There is no file ${path}.` : `Could not read ${path}: ${(e as Error).message}`, { cause: e });
  }
  const queries = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (queries.length === 0) throw new Error(`${path} has no queries: write one query per line.`);
  if (queries.length > 1000) throw new Error(`${path} has ${queries.length} queries; a batch can have at most 1,000. Split the file.`);
  return queries;
}

async function runBatch(ctx: CommandContext, file: string, limit: number): Promise<number> {
  const queries = readQueries(ctx, file);
  const library = ctx.open();
  const results = await library.invoke('search.batch', { queries, limit });
  for (const r of results) if (r.message) ctx.io.stderr(`${cleanLine(r.query)}: ${cleanLine(r.message)}\n`);
  if (ctx.json) {
    ctx.io.stdout(json(results.map((r) => ({ query: r.query, total: r.total, hits: r.hits.map(jsonHit) }))));
    return 0;
  }
  const blocks = results.map((r) => {
    const head = `== ${cleanLine(r.query)} — ${r.total} matching article${r.total === 1 ? '' : 's'}`;
    return r.hits.length ? `${head}\n${hitTable(r.hits)}` : head;
  });
  ctx.io.stdout(`${blocks.join('\n\n')}\n`);
  return 0;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the full text of the library',
  usage: `Usage: parallax search <query> [--limit N] [--json]
       parallax search --batch <file> [--limit N] [--json]

Query syntax: words (all must match, any form: sanctions finds sanction), "exact phrases",
prefix*, word~1 (one typo allowed), -excluded, a OR b, NEAR(a b, 5), field:term
(title:, byline:, text:) and filters (outlet:, tag:, lang:, after:, before:, year:).
To start the query with an excluded term, put it after --:  parallax search -- -kim summit

--batch <file> runs every line of the file as a query and prints each one's number of
matches and top results (--limit, default 10); with --json:
[{query, total, hits: [{id, title, outlet, published, snippet, score}]}].`,
  options: { limit: { type: 'string' }, batch: { type: 'string' } },
  async run(ctx) {
    const batch = stringOption(ctx.values, 'batch');
    if (batch !== undefined) {
      if (ctx.positionals.length) throw new UsageError('Give either a query or --batch <file>, not both.');
      return runBatch(ctx, batch, intOption(ctx.values, 'limit', 1, 1000) ?? 10);
    }
    const q = ctx.positionals.join(' ').trim();
    if (!q) throw new UsageError('Type what to search for, e.g. `parallax search "security treaty"`.');
    const limit = intOption(ctx.values, 'limit', 1, 1000) ?? 20;
    const library = ctx.open();
    const r = await library.invoke('search.query', { q, limit });
    if (r.message) ctx.io.stderr(`${cleanLine(r.message)}\n`);
    if (ctx.json) {
      ctx.io.stdout(json(r.hits.map(jsonHit)));
      return 0;
    }
    if (r.hits.length === 0) {
      ctx.io.stdout(`No articles match ${JSON.stringify(cleanLine(q))}.\n`);
      return 0;
    }
    ctx.io.stdout(`${hitTable(r.hits)}\n\n${countLine(r.total, r.hits.length)}\n`);
    return 0;
  },
};
