// Command-line parsing: global options may come before or after the command name,
// command options only after it. Everything wrong with the words typed is a UsageError
// (exit code 2); everything that goes wrong afterwards is a failure (exit code 1).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export const GLOBAL_OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface ParsedCommandLine {
  command: string | undefined;
  positionals: string[];
  values: OptionValues;
}

/** Finds the command name: the first word that is not a global option or its value. */
export function splitCommand(argv: string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { command: argv[i + 1], rest: [...argv.slice(0, i), '--', ...argv.slice(i + 2)] };
    if (a === '--library') {
      i++;
      continue;
    }
    if (a.startsWith('--library=') || a === '--json' || a === '--help' || a === '-h') continue;
    if (a.startsWith('-')) throw new UsageError(`The option ${a.split('=')[0]} belongs after the command name, e.g. \`parallax list ${a}\`.`);
    return { command: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: argv };
}

export function parseCommandLine(argv: string[], commandOptions: OptionSpec = {}): Omit<ParsedCommandLine, 'command'> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...commandOptions },
      strict: true,
      allowPositionals: true,
    });
    return { values: values as OptionValues, positionals };
  } catch (e) {
    throw new UsageError(describeParseError(e as Error & { code?: string }));
  }
}

function describeParseError(e: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option ?? ''}. (To pass a word starting with "-", such as an excluded search term, put it after --.)`.replace('  ', ' ');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? `The option ${option.split(/[ ,]/)[0]} needs a value.` : e.message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected word: ${e.message}`;
    default:
      return e.message;
  }
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v.length ? String(v[v.length - 1]) : undefined;
  return typeof v === 'string' ? v : undefined;
}

export function stringList(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/** A whole number within [min, max], with a sentence naming the option when it is not. */
export function intOption(values: OptionValues, name: string, min: number, max: number): number | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${v}").`);
  return n;
}

/** Article ids as typed: whole positive numbers. */
export function parseIds(words: string[]): number[] {
  return words.map((w) => {
    const n = Number(w);
    if (!/^\d+$/.test(w) || n < 1 || !Number.isSafeInteger(n))
      throw new UsageError(`"${w}" is not an article id: ids are whole numbers such as 42 (see \`parallax list\`).`);
    return n;
  });
}
