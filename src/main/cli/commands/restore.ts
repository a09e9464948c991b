// `parallax restore <file>`: replaces the library with a backup after checking it.
import { resolve } from 'node:path';
import { UsageError } from '../args';
import type { Command } from '../command';
import { json } from '../format';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the library with a backup (the current one is kept as a backup first)',
  usage: `Usage: parallax restore <file> [--json]

The backup is checked first: a damaged file, another program's database or a library from a newer
version of Parallax is refused and nothing changes. Before replacing the library, Parallax backs it
up (a "before-restore" file in the backups folder), so a restore can itself be undone.`,
  options: {},
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError('Give the backup file to restore, e.g. `parallax restore backups/library-20240620T101112345Z.db`.');
    const path = resolve(ctx.io.cwd ?? process.cwd(), ctx.positionals[0]!);
    // Restoring into a library that does not exist yet is how a backup is opened on a new machine.
    const library = ctx.open({ create: true });
    const r = await library.invoke('backup.restore', { path });
    if (ctx.json) ctx.io.stdout(json({ ...r, library: library.ctx.path }));
    else {
      ctx.io.stdout(`Restored ${r.articleCount} article${r.articleCount === 1 ? '' : 's'} from ${path} into ${library.ctx.path}.\n`);
      if (r.safetyBackup) ctx.io.stdout(`The library as it was before is kept at ${r.safetyBackup}.\n`);
    }
    return 0;
  },
};
