// `parallax rules [list | add | run | delete]`: auto-tag rules (a query plus the tags it applies).
import { UsageError, parseIds, stringList, stringOption } from '../args';
import type { Command } from '../command';
import { cleanLine, json, plural, table } from '../format';

const ACTIONS = ['list', 'add', 'run', 'delete'] as const;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list, add, run or delete auto-tag rules',
  usage: `Usage: parallax rules [list] [--json]
       parallax rules add --name <name> --query <query> --tag <tag> [--tag <tag>]... [--disabled]
       parallax rules run [<id>]        (all enabled rules, or one, over the whole library)
       parallax rules delete <id>

Example: parallax rules add --name "State media" --query "outlet:KCNA OR outlet:TASS" --tag state-media
Rules also run by themselves on every import.`,
  options: { name: { type: 'string' }, query: { type: 'string' }, tag: { type: 'string', multiple: true }, disabled: { type: 'boolean' } },
  async run(ctx) {
    const [action = 'list', ...rest] = ctx.positionals;
    if (!(ACTIONS as readonly string[]).includes(action)) throw new UsageError(`Unknown rules action "${cleanLine(action)}": use ${ACTIONS.join(', ')}.`);
    if (action === 'add') {
      const name = stringOption(ctx.values, 'name');
      const query = stringOption(ctx.values, 'query');
      const tags = stringList(ctx.values, 'tag');
      if (!name || !query || tags.length === 0) throw new UsageError('A rule needs --name, --query and at least one --tag.');
      if (rest.length) throw new UsageError(`rules add takes only options (got "${cleanLine(rest[0])}").`);
      const rule = await ctx.open().invoke('rules.save', { name, query, tags, enabled: ctx.values.disabled !== true });
      ctx.io.stdout(ctx.json ? json(rule) : `Added rule ${rule.id} “${cleanLine(rule.name)}”: ${cleanLine(rule.query)} → ${rule.tags.map(cleanLine).join(', ')}.\n`);
      return 0;
    }
    if (action === 'delete') {
      if (rest.length !== 1) throw new UsageError('Give the id of the rule to delete, e.g. `parallax rules delete 3`.');
      const [id] = parseIds(rest);
      const { deleted } = await ctx.open().invoke('rules.delete', { id });
      if (!deleted) {
        ctx.io.stderr(`There is no rule with id ${id}.\n`);
        return 1;
      }
      ctx.io.stdout(ctx.json ? json({ deleted }) : `Deleted rule ${id}.\n`);
      return 0;
    }
    if (action === 'run') {
      if (rest.length > 1) throw new UsageError('Give at most one rule id to run.');
      const id = rest.length ? parseIds(rest)[0] : undefined;
      const r = await ctx.open().invoke('rules.run', id === undefined ? {} : { id });
      if (ctx.json) {
        ctx.io.stdout(json(r));
        return 0;
      }
      if (r.results.length === 0) ctx.io.stdout('No enabled rules. Add one with `parallax rules add`.\n');
      for (const x of r.results) {
        ctx.io.stdout(`${cleanLine(x.name)}: matched ${plural(x.matched, 'article')}, newly tagged ${x.tagged}.\n`);
        if (x.message) ctx.io.stdout(`  ${cleanLine(x.message)}\n`);
        for (const e of x.examples) ctx.io.stdout(`  #${e.id} ${cleanLine(e.title)}${e.outlet ? ` (${cleanLine(e.outlet)})` : ''}\n`);
      }
      return 0;
    }
    if (rest.length) throw new UsageError(`rules list takes no words (got "${cleanLine(rest[0])}").`);
    const rules = await ctx.open().invoke('rules.list', {});
    if (ctx.json) ctx.io.stdout(json(rules));
    else if (rules.length === 0) ctx.io.stdout('No rules yet. Add one with `parallax rules add --name … --query … --tag …`.\n');
    else
      ctx.io.stdout(
        `${table(
          [{ header: 'id', right: true }, { header: 'name', max: 30 }, { header: 'query', max: 50 }, { header: 'tags', max: 30 }, { header: 'on' }, { header: 'last matched', right: true }],
          rules.map((r) => [r.id, r.name, r.query, r.tags.join(', '), r.enabled ? 'yes' : 'no', r.lastMatched ?? '']),
        )}\n`,
      );
    return 0;
  },
};
