// `parallax import <path>...`: imports files and folders (in worker threads, as the app does, so
// the per-file time limit holds) and reports what came in, what is a probable reprint of an
// article already there, what was already there, what was skipped and what failed (with the
// reason). `parallax import --log [job]` prints the import log.
import { resolve } from 'node:path';
import type { ImportOutcomeT, ImportProgressT, ImportSummaryT } from '../../../shared/contract';
import type { Library } from '../../core/library';
import { UsageError, intOption, stringList, stringOption } from '../args';
import type { Command, CommandContext } from '../command';
import { cleanLine, json, plural, table, truncate } from '../format';

async function waitForSummary(library: Library, jobId: string, done: Promise<ImportSummaryT>): Promise<ImportSummaryT> {
  // Inline jobs run on this thread; idle() resolves when they have finished. The done event
  // is the fallback should a job finish its bookkeeping after idle() resolved.
  await library.ctx.imports.idle();
  const status = library.ctx.imports.status(jobId);
  return status?.summary ?? done;
}

/** The counts the import log keeps for a job, from a summary's outcomes. */
export function outcomeCounts(outcomes: ImportOutcomeT[]): Record<ImportOutcomeT['outcome'], number> {
  const counts = { imported: 0, reprint: 0, duplicate: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) counts[o.outcome]++;
  return counts;
}

/** "Imported 12 articles (2 probable reprints), 3 duplicates, 1 skipped, 0 failed." */
export function summaryLine(c: { imported: number; reprints: number; duplicates: number; skipped: number; failed: number }): string {
  const stored = c.imported + c.reprints;
  const reprints = c.reprints ? ` (${plural(c.reprints, 'probable reprint')})` : '';
  return `Imported ${plural(stored, 'article')}${reprints}, ${plural(c.duplicates, 'duplicate')}, ${c.skipped} skipped, ${c.failed} failed`;
}

function progressLine(p: ImportProgressT): string {
  const current = p.current ? `: ${truncate(cleanLine(p.current), 50)}` : '';
  const rate = p.rate !== null ? `, ${p.rate.toFixed(p.rate < 10 ? 1 : 0)} files/s` : '';
  const eta = p.etaSeconds !== null && p.etaSeconds > 0 ? `, ${p.etaSeconds < 60 ? `${p.etaSeconds} s` : `${Math.ceil(p.etaSeconds / 60)} min`} left` : '';
  return `Importing ${p.done}/${p.total}${rate}${eta}${current}`;
}

async function printLog(ctx: CommandContext): Promise<number> {
  const library = ctx.open();
  const jobId = ctx.positionals[0];
  const limit = intOption(ctx.values, 'limit', 1, 1000) ?? (jobId ? 1000 : 20);
  if (!jobId) {
    const jobs = await library.invoke('importLog.jobs', { limit });
    if (ctx.json) {
      ctx.io.stdout(json(jobs.items));
      return 0;
    }
    if (jobs.items.length === 0) {
      ctx.io.stdout('Nothing has been imported into this library yet.\n');
      return 0;
    }
    const rows = jobs.items.map((j) => [j.startedAt.slice(0, 19).replace('T', ' '), j.jobId, j.imported + j.reprints, j.reprints, j.duplicates, j.skipped, j.failed]);
    const cols = [{ header: 'started' }, { header: 'job' }, { header: 'imported', right: true }, { header: 'reprints', right: true }, { header: 'duplicates', right: true }, { header: 'skipped', right: true }, { header: 'failed', right: true }];
    ctx.io.stdout(`${table(cols, rows)}\n\nShow one job's files with \`parallax import --log <job>\`.\n`);
    return 0;
  }
  const log = await library.invoke('importLog.list', { jobId, limit });
  if (log.total === 0) throw new UsageError(`There is no import job "${cleanLine(jobId)}" in the log. \`parallax import --log\` lists the recent ones.`);
  const items = log.items.toReversed();
  if (ctx.json) {
    ctx.io.stdout(json(items));
    return 0;
  }
  const rows = items.map((e) => [e.at.slice(11, 19), e.outcome, e.articleId, e.path, e.message ?? e.title ?? '']);
  ctx.io.stdout(`${table([{ header: 'time' }, { header: 'outcome' }, { header: 'article', right: true }, { header: 'file', max: 60 }, { header: 'note', max: 70 }], rows)}\n`);
  return 0;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import files or folders (saved web pages, text, Markdown, PDF, DOCX, e-mail…)',
  usage: `Usage: parallax import <file or folder>... [--tag T]... [--merge-tags] [--json]
       parallax import --log [<job>] [--limit N] [--json]

Imports the given files and everything inside the given folders. Files already in the
library are reported as duplicates and not imported twice; articles whose text is mostly
that of an article already there are imported and flagged as probable reprints.
--tag puts a tag on every article imported (repeat it for more tags). Duplicates are left
as they are unless --merge-tags is given, which adds the tags they lack.
--log lists recent imports with their counts, or every file of one import.`,
  options: { log: { type: 'boolean' }, limit: { type: 'string' }, tag: { type: 'string', multiple: true }, 'merge-tags': { type: 'boolean' } },
  async run(ctx: CommandContext): Promise<number> {
    if (ctx.values.log === true) {
      if (ctx.positionals.length > 1) throw new UsageError('--log takes at most one job id, e.g. `parallax import --log import-…`.');
      return printLog(ctx);
    }
    if (stringOption(ctx.values, 'limit') !== undefined) throw new UsageError('--limit goes with --log.');
    const tags = stringList(ctx.values, 'tag');
    const mergeTags = ctx.values['merge-tags'] === true;
    if (mergeTags && tags.length === 0) throw new UsageError('--merge-tags adds the --tag tags to duplicates: give at least one --tag.');
    if (ctx.positionals.length === 0) throw new UsageError('Name at least one file or folder to import, e.g. `parallax import ~/Downloads/articles`.');
    const cwd = ctx.io.cwd ?? process.cwd();
    const paths = ctx.positionals.map((p) => resolve(cwd, p));
    const library = ctx.open({ create: true, importThreads: true });

    let jobId: string | undefined;
    const showProgress = !ctx.json && !!ctx.io.stderrIsTTY;
    let resolveDone!: (s: ImportSummaryT) => void;
    const done = new Promise<ImportSummaryT>((r) => (resolveDone = r));
    const early: ImportSummaryT[] = [];
    const stop = library.onEvent((name, payload) => {
      if (name === 'import.done') {
        const s = payload as ImportSummaryT;
        if (jobId === undefined) early.push(s);
        else if (s.jobId === jobId) resolveDone(s);
      } else if (name === 'import.progress' && showProgress) {
        const p = payload as ImportProgressT;
        if (jobId === undefined || p.jobId === jobId) ctx.io.stderr(`\r\u001b[2K${progressLine(p)}`);
      }
    });
    let summary: ImportSummaryT;
    try {
      ({ jobId } = await library.invoke('import.start', { paths, ...(tags.length ? { tags } : {}) }));
      const finishedEarly = early.find((s) => s.jobId === jobId);
      summary = finishedEarly ?? (await waitForSummary(library, jobId, done));
    } finally {
      stop();
      if (showProgress) ctx.io.stderr('\r\u001b[2K');
    }

    const offer = summary.tagOffer ?? null;
    const merged = offer && mergeTags ? await library.invoke('tags.bulk', { ids: offer.articleIds, add: offer.tags }) : null;
    const by = (o: ImportOutcomeT['outcome']) => summary.outcomes.filter((x) => x.outcome === o);
    const counts = outcomeCounts(summary.outcomes);
    const failed = by('failed');
    if (ctx.json) {
      const stored = [...by('imported'), ...by('reprint')].toSorted((a, b) => (a.articleId ?? 0) - (b.articleId ?? 0));
      ctx.io.stdout(
        json({
          jobId: summary.jobId,
          imported: summary.imported,
          reprints: counts.reprint,
          duplicates: summary.duplicates,
          skipped: by('skipped').map((o) => ({ path: o.path, reason: o.message ?? '' })),
          failed: failed.map((o) => ({ path: o.path, error: o.message ?? 'unknown error' })),
          articles: stored.map((o) => ({ id: o.articleId, path: o.path, title: o.title, reprint: o.outcome === 'reprint' ? o.message : null })),
          cancelled: summary.cancelled,
          tags: summary.tags ?? [],
          tagOffer: offer,
          tagsMerged: merged ? offer!.articleIds.length : 0,
        }),
      );
    } else {
      const line = summaryLine({ imported: counts.imported, reprints: counts.reprint, duplicates: counts.duplicate, skipped: counts.skipped, failed: counts.failed });
      ctx.io.stdout(`${line}${summary.cancelled ? ' (cancelled)' : ''}.\n`);
      for (const o of summary.outcomes) {
        const path = cleanLine(o.path);
        const note = o.message ? ` — ${cleanLine(o.message)}` : '';
        if (o.outcome === 'imported') ctx.io.stdout(`  #${o.articleId}  ${cleanLine(o.title)}  (${path})\n`);
        else if (o.outcome === 'reprint') ctx.io.stdout(`  #${o.articleId}  ${cleanLine(o.title)}  (${path})${note}\n`);
        else if (o.outcome === 'duplicate') ctx.io.stdout(`  duplicate: ${path}${note}\n`);
        else if (o.outcome === 'skipped') ctx.io.stdout(`  skipped: ${path}${note}\n`);
      }
      for (const o of failed) ctx.io.stderr(`  failed: ${cleanLine(o.path)} — ${cleanLine(o.message ?? 'unknown error')}\n`);
      if (offer) {
        const what = `${plural(offer.articleIds.length, 'duplicate')} lacked ${offer.tags.map((t) => `“${cleanLine(t)}”`).join(', ')}`;
        ctx.io.stdout(merged ? `Tags added: ${what}.\n` : `${what}: add them with --merge-tags.\n`);
      }
      ctx.io.stdout(`Log: parallax import --log ${summary.jobId}\n`);
    }
    // A batch with some failures still did its job; only a batch where nothing came in fails.
    return failed.length > 0 && summary.imported + summary.duplicates === 0 ? 1 : 0;
  },
};
