// The CLI as a function: runCli(argv, io) → exit code. index.ts wires it to the process;
// tests call it directly against a temporary library.
import { existsSync } from 'node:fs';
import { Library } from '../core/library';
import { resolveLibraryPath } from '../core/paths';
import { UsageError, parseCommandLine, splitCommand, stringOption } from './args';
import type { CliIo, Command, CommandContext } from './command';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { searchCommand } from './commands/search';
import { showCommand } from './commands/show';
import { tagCommand } from './commands/tag';
import { storiesCommand } from './commands/stories';
import { compareCommand } from './commands/compare';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { exportCommand } from './commands/export';
import { tagsCommand } from './commands/tags';
import { rulesCommand } from './commands/rules';
import { cleanLine } from './format';

export type { CliIo } from './command';

export const COMMANDS: readonly Command[] = [importCommand, searchCommand, showCommand, tagCommand, listCommand, storiesCommand, compareCommand, tagsCommand, rulesCommand, exportCommand, backupCommand, restoreCommand];

export function usage(): string {
  const names = COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n');
  return `Usage: parallax [--library <file>] [--json] <command> [arguments]

Commands:
${names}

Options:
  --library <file>  the library to use (default: PARALLAX_LIBRARY, or library.db in the app's data folder)
  --json            machine-readable output
  --help            this text, or a command's usage with \`parallax <command> --help\`
`;
}

function commandUsage(c: Command): string {
  return `${c.usage}\n\nGlobal options: --library <file>, --json, --help\n`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command: Command | undefined;
  let library: Library | undefined;
  try {
    const split = splitCommand(argv);
    if (split.command === 'help') {
      const about = COMMANDS.find((c) => c.name === split.rest.find((w) => !w.startsWith('-')));
      io.stdout(about ? commandUsage(about) : usage());
      return 0;
    }
    command = COMMANDS.find((c) => c.name === split.command);
    if (!command) {
      const { values } = parseCommandLine(split.rest);
      if (split.command === undefined && values.help) {
        io.stdout(usage());
        return 0;
      }
      io.stderr(split.command === undefined ? usage() : `Unknown command "${cleanLine(split.command)}".\n\n${usage()}`);
      return 2;
    }
    const { values, positionals } = parseCommandLine(split.rest, command.options);
    if (values.help) {
      io.stdout(commandUsage(command));
      return 0;
    }
    const libraryPath = resolveLibraryPath(stringOption(values, 'library'), { env: io.env ?? process.env });
    const ctx: CommandContext = {
      positionals,
      values,
      json: values.json === true,
      io,
      open({ create = false, importThreads = false } = {}) {
        if (library) return library;
        if (!create && !existsSync(libraryPath))
          throw new CliFailure(`There is no library at ${libraryPath}. Import articles first with \`parallax import <file or folder>\`, or name another library with --library.`);
        try {
          library = new Library({ path: libraryPath, transport: 'direct', importMode: importThreads ? 'worker' : 'inline', log: (m) => io.stderr(`[parallax] ${m}\n`) });
        } catch (e) {
          throw new CliFailure((e as Error).message);
        }
        return library;
      },
    };
    return await command.run(ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = command ? `parallax ${command.name} --help` : 'parallax --help';
      io.stderr(`${e.message}\nRun \`${hint}\` for usage.\n`);
      return 2;
    }
    io.stderr(`${(e as Error).message}\n`);
    return 1;
  } finally {
    await library?.close();
  }
}

/** A failure with a message meant for the user as it stands. */
export class CliFailure extends Error {}
