// `parallax tag <id>... --add T --remove T`: adds and removes tags on articles.
import { UsageError, parseIds, stringList } from '../args';
import type { Command } from '../command';
import { json, plural } from '../format';

export const tagCommand: Command = {
  name: 'tag',
  summary: 'add or remove tags on articles',
  usage: `Usage: parallax tag <id>... [--add <tag>]... [--remove <tag>]... [--json]

Example: parallax tag 12 13 --add "state media" --remove unread`,
  options: { add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true } },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('Give the ids of the articles to tag, e.g. `parallax tag 12 13 --add summit`.');
    const ids = parseIds(ctx.positionals);
    const add = stringList(ctx.values, 'add');
    const remove = stringList(ctx.values, 'remove');
    if (add.length === 0 && remove.length === 0) throw new UsageError('Say which tags to change with --add <tag> or --remove <tag>.');
    const library = ctx.open();
    const unique = new Set(ids);
    const { updated } = await library.invoke('tags.update', { ids: [...unique], add, remove });
    const missing = unique.size - updated;
    if (ctx.json) {
      ctx.io.stdout(json({ updated, missing }));
    } else {
      ctx.io.stdout(`Updated ${plural(updated, 'article')}.\n`);
    }
    if (updated === 0) {
      ctx.io.stderr(`None of these ids is an article in this library: ${ids.join(', ')}.\n`);
      return 1;
    }
    if (missing > 0) ctx.io.stderr(`${plural(missing, 'id')} matched no article and ${missing === 1 ? 'was' : 'were'} skipped.\n`);
    return 0;
  },
};
