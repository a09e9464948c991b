// `parallax stories [--min-articles N] [--recluster]`: the library's articles grouped by event.
import { UsageError, intOption } from '../args';
import type { Command } from '../command';
import type { Output } from '../../../shared/contract';
import { cleanLine, json, plural, table } from '../format';

type StoryItem = Output<'stories.list'>['items'][number];

function dates(s: StoryItem): string {
  const a = s.firstPublished?.slice(0, 10);
  const b = s.lastPublished?.slice(0, 10);
  if (!a) return '';
  return a === b || !b ? a : `${a} – ${b}`;
}

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'list stories: articles grouped by the event they cover',
  usage: `Usage: parallax stories [--min-articles N] [--recluster] [--json]

Articles are grouped automatically by text, names and dates. --min-articles 2 hides stories of a
single article. --recluster groups the whole library again first; stories you renamed, merged or
split in the app, and articles you moved, stay as you left them.
Compare the articles of a story with \`parallax compare --story <id>\`.`,
  options: { 'min-articles': { type: 'string' }, recluster: { type: 'boolean' } },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`stories takes no words, only options (got "${ctx.positionals[0]}").`);
    const minArticles = intOption(ctx.values, 'min-articles', 1, 1000) ?? 1;
    const library = ctx.open();
    if (ctx.values.recluster === true) {
      const r = await library.invoke('stories.recluster', {});
      ctx.io.stderr(`Regrouped the library: ${plural(r.stories, 'story', 'stories')}, ${plural(r.moved, 'article')} moved, ${r.created} new.\n`);
    }
    const items: StoryItem[] = [];
    for (let offset = 0; ; ) {
      const page = await library.invoke('stories.list', { offset, limit: 5000, minArticles });
      items.push(...page.items);
      offset += page.items.length;
      if (offset >= page.total || page.items.length === 0) break;
    }
    if (ctx.json) {
      ctx.io.stdout(
        json(
          items.map((s) => ({
            id: s.id,
            title: s.title,
            articleIds: s.articleIds,
            outlets: s.outlets,
            firstPublished: s.firstPublished,
            lastPublished: s.lastPublished,
          })),
        ),
      );
      return 0;
    }
    if (items.length === 0) {
      ctx.io.stdout(minArticles > 1 ? `No story has ${minArticles} or more articles.\n` : 'The library is empty. Import articles with `parallax import <file or folder>`.\n');
      return 0;
    }
    const rows = items.map((s) => [s.id, s.articleCount, dates(s), s.outlets.map(cleanLine).join(', '), s.title]);
    const articles = items.reduce((n, s) => n + s.articleCount, 0);
    ctx.io.stdout(
      table([{ header: 'id', right: true }, { header: 'articles', right: true }, { header: 'dates', max: 23 }, { header: 'outlets', max: 30 }, { header: 'title', max: 70 }], rows) +
        `\n\n${plural(items.length, 'story', 'stories')}, ${plural(articles, 'article')}.\n`,
    );
    return 0;
  },
};
