// `parallax compare <id>... | --story <id>`: how 2–6 articles cover one event — shared and
// unique claims, quotes, figures that differ, names, framing — or a report file with --export.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Output } from '../../../shared/contract';
import { UsageError, parseIds, stringOption } from '../args';
import type { Command } from '../command';
import { cleanLine, json, plural, table, truncate } from '../format';

type Run = Output<'compare.run'>;

const FORMATS = ['md', 'html', 'csv'] as const;
const GROUPINGS = ['outlet', 'group'] as const;

/**
 * The `--json` shape (a public contract): articles, claims, quotes (a flat list), figures,
 * entities, framing (the framing pairs in use) — plus quoteSpeakers, quoteDifferences,
 * framingDistinctive, sentences and the comparison's columns. Everywhere here `sentence` is the
 * text of a sentence and `sentenceIndex` its position in the article.
 */
export function compareJson(run: Run): Record<string, unknown> {
  const sentenceText = (articleId: number, index: number) =>
    run.sentences.find((s) => s.articleId === articleId)?.items.find((i) => i.index === index)?.text ?? null;
  return {
    articles: run.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published })),
    claims: run.claims,
    quotes: run.quotes.list.map((q) => ({
      speaker: q.speaker,
      text: q.text,
      articleId: q.articleId,
      speakerKey: q.speakerKey,
      sentence: sentenceText(q.articleId, q.sentence),
      sentenceIndex: q.sentence,
      via: q.via,
    })),
    figures: run.figures.map(({ conflictsWith, sentence, ...f }) => ({
      ...f,
      sentence: sentenceText(f.articleId, sentence),
      sentenceIndex: sentence,
      ...(conflictsWith
        ? {
            conflictsWith: conflictsWith.map((c) => ({
              articleId: c.articleId,
              value: c.value,
              text: c.text,
              sentence: sentenceText(c.articleId, c.sentence),
              sentenceIndex: c.sentence,
            })),
          }
        : {}),
    })),
    entities: run.entities,
    framing: run.framing.pairs.filter((p) => Object.values(p.usage).some((u) => u.a + u.b > 0)),
    quoteSpeakers: run.quotes.speakers,
    quoteDifferences: run.quotes.differences,
    framingDistinctive: run.framing.distinctive,
    sentences: run.sentences,
    groupBy: run.groupBy,
    columns: run.columns,
    storyId: run.storyId,
    omitted: run.omitted,
  };
}

function human(run: Run): string {
  const label = (id: number) => {
    const a = run.articles.find((x) => x.id === id);
    return `#${id}${a?.outlet ? ` ${cleanLine(a.outlet)}` : ''}`;
  };
  const out: string[] = [];
  out.push(
    table(
      [{ header: 'id', right: true }, { header: 'published', max: 10 }, { header: 'outlet', max: 20 }, { header: 'title', max: 70 }],
      run.articles.map((a) => [a.id, a.published?.slice(0, 10), a.outlet, a.title]),
    ),
  );
  if (run.omitted.length) out.push(`Left out (six at most): ${run.omitted.map((id) => `#${id}`).join(', ')}`);
  const shared = run.claims.filter((c) => c.carriedBy.length > 1).toSorted((x, y) => y.carriedBy.length - x.carriedBy.length || x.id - y.id);
  out.push(`\nShared claims (${shared.length}):`);
  for (const c of shared.slice(0, 20)) out.push(`  [${c.carriedBy.length}/${run.articles.length}] ${truncate(cleanLine(c.text), 110)}`);
  if (shared.length > 20) out.push(`  … and ${shared.length - 20} more (see --json or --export)`);
  const unique = run.articles.map((a) => `${label(a.id)}: ${run.claims.filter((c) => c.carriedBy.length === 1 && c.carriedBy[0] === a.id).length}`);
  out.push(`\nClaims only one article carries: ${unique.join(', ')}`);
  out.push(`\nQuotes: ${plural(run.quotes.list.length, 'quote')} from ${plural(run.quotes.speakers.length, 'speaker')}`);
  for (const s of run.quotes.speakers.slice(0, 10)) {
    const counts = run.articles.map((a) => `${label(a.id)} ${s.counts[String(a.id)] ?? 0}`).join(', ');
    out.push(`  ${truncate(cleanLine(s.speaker), 40)}: ${counts}`);
  }
  for (const d of run.quotes.differences.slice(0, 5))
    out.push(`  worded differently, ${truncate(cleanLine(d.speaker), 30)}: “${truncate(cleanLine(d.a.text), 60)}” / “${truncate(cleanLine(d.b.text), 60)}”`);
  const conflicts = run.figures.filter((f) => f.conflictsWith?.length);
  out.push(`\nFigures reported differently (${conflicts.length}):`);
  for (const f of conflicts.slice(0, 10)) {
    const others = f.conflictsWith!.map((c) => `${cleanLine(c.text)} (${label(c.articleId)})`).join(', ');
    out.push(`  ${cleanLine(f.counts)}: ${cleanLine(f.text)} (${label(f.articleId)}) vs ${others}`);
  }
  const partial = run.entities.filter((e) => e.partial);
  if (partial.length) out.push(`\nNamed by some articles only: ${partial.slice(0, 20).map((e) => cleanLine(e.name)).join(', ')}${partial.length > 20 ? ', …' : ''}`);
  const flagged = run.framing.pairs.filter((p) => p.flagged);
  if (flagged.length) out.push(`\nFraming pairs used on different sides: ${flagged.map((p) => cleanLine(p.label)).join('; ')}`);
  out.push('\nEverything: --json. A report: --export md|html|csv --out <file>.');
  return `${out.join('\n')}\n`;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare how 2–6 articles, or a story, cover one event',
  usage: `Usage: parallax compare <id> <id>... [--group-by outlet|group] [--json]
       parallax compare --story <id> [--group-by outlet|group] [--json]
       parallax compare <id>... | --story <id> --export md|html|csv [--out <file>]

Aligns the articles sentence by sentence: claims they share and claims only one carries, who is
quoted where, figures that differ, names some leave out, framing words. A story of more than six
articles is compared on six of them, as many outlets as possible. --group-by group puts outlets of
one outlet group (state media, wire services…) in one column. --export writes a report (Markdown,
a self-contained HTML page, or the claims matrix as CSV) to --out, or prints it.`,
  options: { story: { type: 'string' }, 'group-by': { type: 'string' }, export: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const storyWord = stringOption(ctx.values, 'story');
    if (storyWord !== undefined && ctx.positionals.length) throw new UsageError('Give either article ids or --story <id>, not both.');
    if (storyWord === undefined && (ctx.positionals.length < 2 || ctx.positionals.length > 6))
      throw new UsageError(`Give 2 to 6 article ids to compare (got ${ctx.positionals.length}), e.g. \`parallax compare 12 15 19\`, or a story with --story <id>.`);
    const ids = storyWord === undefined ? parseIds(ctx.positionals) : undefined;
    if (storyWord !== undefined && !/^\d+$/.test(storyWord)) throw new UsageError(`"${storyWord}" is not a story id: ids are whole numbers (see \`parallax stories\`).`);
    const storyId = storyWord === undefined ? undefined : Number(storyWord);
    const groupBy = stringOption(ctx.values, 'group-by') ?? 'outlet';
    if (!(GROUPINGS as readonly string[]).includes(groupBy)) throw new UsageError(`--group-by must be outlet or group (got "${groupBy}").`);
    const format = stringOption(ctx.values, 'export');
    if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--export must be md, html or csv (got "${format}").`);
    const out = stringOption(ctx.values, 'out');
    if (out !== undefined && format === undefined) throw new UsageError('--out names the report file: add --export md, html or csv.');
    if (format !== undefined && ctx.json) throw new UsageError('Choose either --json or --export, not both.');
    const target = { ids, storyId, groupBy: groupBy as (typeof GROUPINGS)[number] };

    const library = ctx.open();
    if (format !== undefined) {
      const file = await library.invoke('compare.export', { ...target, format: format as (typeof FORMATS)[number] });
      if (out === undefined) {
        ctx.io.stdout(file.content);
        return 0;
      }
      const path = resolve(ctx.io.cwd ?? process.cwd(), out);
      try {
        writeFileSync(path, file.content, 'utf8');
      } catch (e) {
        const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'that folder does not exist' : (e as Error).message;
        throw new Error(`Could not write the report to ${path}: ${why}.`, { cause: e });
      }
      ctx.io.stderr(`Wrote the ${format.toUpperCase()} report to ${path}.\n`);
      return 0;
    }
    const run = await library.invoke('compare.run', target);
    ctx.io.stdout(ctx.json ? json(compareJson(run)) : human(run));
    return 0;
  },
};
