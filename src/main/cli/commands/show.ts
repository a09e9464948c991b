// `parallax show <id>`: one article, its metadata and full text.
import { UsageError, parseIds } from '../args';
import type { Command } from '../command';
import { clean, cleanLine, json } from '../format';

export const showCommand: Command = {
  name: 'show',
  summary: 'print one article with its metadata and full text',
  usage: 'Usage: parallax show <id> [--json]',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError('Give exactly one article id, e.g. `parallax show 42`.');
    const [id] = parseIds(ctx.positionals);
    const library = ctx.open();
    const a = await library.invoke('articles.get', { id });
    if (ctx.json) {
      const { title, byline, outlet, url, published, language, text, tags, reprintOf } = a;
      ctx.io.stdout(json({ id: a.id, title, byline, outlet, url, published, language, text, tags, reprintOf }));
      return 0;
    }
    const meta = [a.byline && `By ${cleanLine(a.byline)}`, cleanLine(a.outlet), cleanLine(a.published), cleanLine(a.language)].filter(Boolean).join(' · ');
    const lines = [`#${a.id}  ${cleanLine(a.title)}`];
    if (meta) lines.push(meta);
    if (a.url) lines.push(cleanLine(a.url));
    if (a.tags.length) lines.push(`Tags: ${a.tags.map(cleanLine).join(', ')}`);
    if (a.reprintOf) lines.push(`Probable reprint of #${a.reprintOf.id} ${cleanLine(a.reprintOf.title)}`);
    ctx.io.stdout(`${lines.join('\n')}\n\n${clean(a.text).trimEnd()}\n`);
    return 0;
  },
};
