// `parallax tags`: the tag tree with the number of articles under each tag.
import { UsageError } from '../args';
import type { Command } from '../command';
import { cleanLine, json } from '../format';

export const tagsCommand: Command = {
  name: 'tags',
  summary: 'show the tag tree with article counts',
  usage: `Usage: parallax tags [--json]

A parent's count includes the articles under all its children, each counted once.`,
  options: {},
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`tags takes no words (got "${ctx.positionals[0]}"). To tag articles use \`parallax tag <id>... --add <tag>\`.`);
    const tree = await ctx.open().invoke('tags.tree', {});
    if (ctx.json) {
      ctx.io.stdout(json(tree));
      return 0;
    }
    if (tree.length === 0) {
      ctx.io.stdout('No tags yet. Tag articles with `parallax tag <id>... --add <tag>`.\n');
      return 0;
    }
    const lines = tree.map((n) => `${'  '.repeat(n.depth)}${cleanLine(n.label)}  ${n.count}${n.own && n.own !== n.count ? ` (${n.own} directly)` : ''}`);
    ctx.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
