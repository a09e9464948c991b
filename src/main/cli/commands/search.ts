// `parallax search <query> [--limit N]`: full-text search, best matches first.
import { UsageError, intOption } from '../args';
import type { Command } from '../command';
import { cleanLine, json, markedSnippet, plainSnippet, table } from '../format';

/** bm25 scores on a small library can be tiny: keep two significant digits rather than 0.00. */
function formatScore(score: number): string {
  return score !== 0 && Math.abs(score) < 0.01 ? score.toPrecision(2) : score.toFixed(2);
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the full text of the library',
  usage: `Usage: parallax search <query> [--limit N] [--json]

Query syntax: words (all must match), "exact phrases", prefix*, -excluded, field:term.
To start the query with an excluded term, put it after --:  parallax search -- -kim summit`,
  options: { limit: { type: 'string' } },
  async run(ctx) {
    const q = ctx.positionals.join(' ').trim();
    if (!q) throw new UsageError('Type what to search for, e.g. `parallax search "security treaty"`.');
    const limit = intOption(ctx.values, 'limit', 1, 1000) ?? 20;
    const library = ctx.open();
    const r = await library.invoke('search.query', { q, limit });
    if (r.message) ctx.io.stderr(`${cleanLine(r.message)}\n`);
    if (ctx.json) {
      ctx.io.stdout(
        json(
          r.hits.map((h) => ({
            id: h.id,
            title: h.title,
            outlet: h.outlet,
            published: h.published,
            snippet: plainSnippet(h.snippet),
            score: h.score,
          })),
        ),
      );
      return 0;
    }
    if (r.hits.length === 0) {
      ctx.io.stdout(`No articles match ${JSON.stringify(cleanLine(q))}.\n`);
      return 0;
    }
    const rows = r.hits.map((h, i) => [i + 1, h.id, formatScore(h.score), h.outlet, h.published?.slice(0, 10), h.title]);
    const lines = table(
      [{ header: '#', right: true }, { header: 'id', right: true }, { header: 'score', right: true }, { header: 'outlet', max: 20 }, { header: 'published', max: 10 }, { header: 'title', max: 70 }],
      rows,
    ).split('\n');
    const out = [lines[0]];
    r.hits.forEach((h, i) => {
      out.push(lines[i + 1]);
      const snip = markedSnippet(h.snippet);
      if (snip) out.push(`      ${snip}`);
    });
    ctx.io.stdout(`${out.join('\n')}\n\n${r.total === r.hits.length ? `${r.total} matching` : `Top ${r.hits.length} of ${r.total} matching`} article${r.total === 1 ? '' : 's'}.\n`);
    return 0;
  },
};
