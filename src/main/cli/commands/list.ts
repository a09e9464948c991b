// `parallax list [--tag T] [--outlet O] [--limit N] [--sort published|title|imported]`.
import { UsageError, intOption, stringOption } from '../args';
import type { Command } from '../command';
import { json, table } from '../format';

const SORTS = ['published', 'title', 'imported'] as const;
type Sort = (typeof SORTS)[number];

export const listCommand: Command = {
  name: 'list',
  summary: 'list articles, newest first, optionally by tag or outlet',
  usage: `Usage: parallax list [--tag <tag>] [--outlet <outlet>] [--limit N] [--sort published|title|imported] [--json]

--sort published (newest first, the default), title (A–Z) or imported (latest first).`,
  options: { tag: { type: 'string' }, outlet: { type: 'string' }, limit: { type: 'string' }, sort: { type: 'string' } },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`list takes no words, only options (got "${ctx.positionals[0]}"). To filter by tag use --tag.`);
    const sortWord = stringOption(ctx.values, 'sort') ?? 'published';
    if (!(SORTS as readonly string[]).includes(sortWord)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')} (got "${sortWord}").`);
    const sort = sortWord as Sort;
    const limit = intOption(ctx.values, 'limit', 1, 1000) ?? 50;
    const tag = stringOption(ctx.values, 'tag');
    const outlet = stringOption(ctx.values, 'outlet');
    const library = ctx.open();
    const r = await library.invoke('articles.list', { sort, order: sort === 'title' ? 'asc' : 'desc', limit, tag, outlet });
    if (ctx.json) {
      ctx.io.stdout(json(r.items));
      return 0;
    }
    if (r.items.length === 0) {
      ctx.io.stdout(tag || outlet ? 'No articles match these filters.\n' : 'The library is empty. Import articles with `parallax import <file or folder>`.\n');
      return 0;
    }
    const rows = r.items.map((a) => [a.id, a.published?.slice(0, 10), a.outlet, a.title, a.tags.join(', ')]);
    ctx.io.stdout(
      table([{ header: 'id', right: true }, { header: 'published', max: 10 }, { header: 'outlet', max: 20 }, { header: 'title', max: 70 }, { header: 'tags', max: 40 }], rows) +
        `\n\n${r.items.length === r.total ? `${r.total}` : `${r.items.length} of ${r.total}`} article${r.total === 1 ? '' : 's'}.\n`,
    );
    return 0;
  },
};
