// `parallax import <path>...`: imports files and folders in this process and reports
// what came in, what was already there and what failed (with the reason).
import { resolve } from 'node:path';
import type { ImportProgressT, ImportSummaryT } from '../../../shared/contract';
import type { Library } from '../../core/library';
import { UsageError } from '../args';
import type { Command, CommandContext } from '../command';
import { cleanLine, json, plural, truncate } from '../format';

async function waitForSummary(library: Library, jobId: string, done: Promise<ImportSummaryT>): Promise<ImportSummaryT> {
  // Inline jobs run on this thread; idle() resolves when they have finished. The done event
  // is the fallback should a job finish its bookkeeping after idle() resolved.
  await library.ctx.imports.idle();
  const status = library.ctx.imports.status(jobId);
  return status?.summary ?? done;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import files or folders (saved web pages, text, Markdown, PDF, DOCX, e-mail…)',
  usage: `Usage: parallax import <file or folder>... [--json]

Imports the given files and everything inside the given folders. Files already in the
library are reported as duplicates and not imported twice.`,
  options: {},
  async run(ctx: CommandContext): Promise<number> {
    if (ctx.positionals.length === 0) throw new UsageError('Name at least one file or folder to import, e.g. `parallax import ~/Downloads/articles`.');
    const cwd = ctx.io.cwd ?? process.cwd();
    const paths = ctx.positionals.map((p) => resolve(cwd, p));
    const library = ctx.open({ create: true });

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
        if (jobId === undefined || p.jobId === jobId) {
          const current = p.current ? `: ${truncate(cleanLine(p.current), 60)}` : '';
          ctx.io.stderr(`\r\u001b[2KImporting ${p.done}/${p.total}${current}`);
        }
      }
    });
    let summary: ImportSummaryT;
    try {
      ({ jobId } = await library.invoke('import.start', { paths }));
      const finishedEarly = early.find((s) => s.jobId === jobId);
      summary = finishedEarly ?? (await waitForSummary(library, jobId, done));
    } finally {
      stop();
      if (showProgress) ctx.io.stderr('\r\u001b[2K');
    }

    const failed = summary.outcomes.filter((o) => o.outcome === 'failed');
    const imported = summary.outcomes.filter((o) => o.outcome === 'imported');
    if (ctx.json) {
      ctx.io.stdout(
        json({
          imported: summary.imported,
          duplicates: summary.duplicates,
          failed: failed.map((o) => ({ path: o.path, error: o.message ?? 'unknown error' })),
          articles: imported.map((o) => ({ id: o.articleId, path: o.path, title: o.title })),
        }),
      );
    } else {
      const parts = [`Imported ${plural(summary.imported, 'article')}`, plural(summary.duplicates, 'duplicate'), `${summary.failed} failed`];
      ctx.io.stdout(`${parts.join(', ')}${summary.cancelled ? ' (cancelled)' : ''}.\n`);
      for (const o of imported) ctx.io.stdout(`  #${o.articleId}  ${cleanLine(o.title)}  (${cleanLine(o.path)})\n`);
      for (const o of summary.outcomes.filter((x) => x.outcome === 'duplicate'))
        ctx.io.stdout(`  duplicate: ${cleanLine(o.path)}${o.message ? ` — ${cleanLine(o.message)}` : ''}\n`);
      for (const o of failed) ctx.io.stderr(`  failed: ${cleanLine(o.path)} — ${cleanLine(o.message ?? 'unknown error')}\n`);
    }
    // A batch with some failures still did its job; only a batch where nothing came in fails.
    return failed.length > 0 && summary.imported + summary.duplicates === 0 ? 1 : 0;
  },
};
