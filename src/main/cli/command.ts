// What every CLI command module provides, and what it gets to work with.
import type { Library } from '../core/library';
import type { OptionSpec, OptionValues } from './args';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress lines go to stderr only when a person is watching it. */
  stderrIsTTY?: boolean;
  /** Relative paths are resolved against this (default: process.cwd()). */
  cwd?: string;
  env?: Record<string, string | undefined>;
}

export interface CommandContext {
  positionals: string[];
  values: OptionValues;
  json: boolean;
  io: CliIo;
  /**
   * Opens the library. Commands call it only after their arguments checked out, so a typo
   * never creates a library file. `create` is for import, the one command that may start one.
   */
  /**
   * The library, opened on first use. `importThreads`: imports run in worker threads, so a file
   * that hangs a parser is cut off at the per-file time limit (the import command asks for it).
   */
  open(opts?: { create?: boolean; importThreads?: boolean }): Library;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full usage text shown by `parallax <command> --help`. */
  usage: string;
  options: OptionSpec;
  run(ctx: CommandContext): Promise<number>;
}
