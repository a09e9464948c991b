// `parallax backup [<file>]`: a consistent copy of the library through SQLite's backup API.
import { resolve } from 'node:path';
import { UsageError } from '../args';
import type { Command } from '../command';
import { json } from '../format';

export function humanBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'back up the library to one file (safe while Parallax is running)',
  usage: `Usage: parallax backup [<file>] [--json]

Without a file name the backup goes to the backups folder beside the library, named by date.
A backup never overwrites an existing file.`,
  options: {},
  async run(ctx) {
    if (ctx.positionals.length > 1) throw new UsageError('Give at most one file to back up to, e.g. `parallax backup ~/summit-backup.db`.');
    const target = ctx.positionals[0];
    const library = ctx.open();
    const path = target === undefined ? undefined : resolve(ctx.io.cwd ?? process.cwd(), target);
    const started = Date.now();
    const b = await library.invoke('backup.create', path === undefined ? {} : { path });
    if (ctx.json) ctx.io.stdout(json(b));
    else ctx.io.stdout(`Backed up the library to ${b.path} (${humanBytes(b.bytes)}, ${((Date.now() - started) / 1000).toFixed(1)} s).\n`);
    return 0;
  },
};
