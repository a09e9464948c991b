import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cli } from './helpers';
import { tempLibraryPath } from '../web/helpers';

describe('usage errors exit with 2 and say what to do', () => {
  it('prints usage to stderr without a command', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: parallax/);
    expect(r.stdout).toBe('');
  });

  it('prints usage to stdout for --help and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Commands:[\s\S]*import[\s\S]*search[\s\S]*show[\s\S]*tag[\s\S]*list/);
    }
  });

  it('prints a command usage for <command> --help and help <command>', async () => {
    for (const argv of [['tag', '--help'], ['help', 'tag']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: parallax tag <id>\.\.\./);
    }
  });

  it('names an unknown command', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate"');
  });

  const lib = tempLibraryPath();
  const cases: [string[], RegExp][] = [
    [['list', '--bogus'], /Unknown option --bogus/],
    [['list', '--limit', '0'], /--limit must be a whole number from 1 to 1000/],
    [['list', '--limit', 'ten'], /--limit must be a whole number/],
    [['list', '--sort', 'author'], /--sort must be one of published, title, imported/],
    [['list', 'extra'], /list takes no words/],
    [['list', '--tag'], /--tag needs a value/],
    [['show'], /exactly one article id/],
    [['show', '1', '2'], /exactly one article id/],
    [['show', 'abc'], /"abc" is not an article id/],
    [['show', '-1'], /Unknown option|not an article id/],
    [['show', '1.5'], /"1.5" is not an article id/],
    [['tag', '1'], /--add <tag> or --remove <tag>/],
    [['tag', '--add', 'x'], /ids of the articles/],
    [['tag', 'x1', '--add', 'x'], /"x1" is not an article id/],
    [['search'], /what to search for/],
    [['search', '--limit', '5000', 'x'], /--limit must be a whole number from 1 to 1000/],
    [['import'], /at least one file or folder/],
    [['--limit', '5', 'list'], /belongs after the command name/],
  ];
  for (const [argv, message] of cases) {
    it(`parallax ${argv.join(' ')}`, async () => {
      const r = await cli(['--library', lib, ...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Run `parallax .*--help` for usage/);
      expect(r.stdout).toBe('');
    });
  }

  it('never creates a library because of a usage error', () => {
    expect(existsSync(lib)).toBe(false);
  });
});

describe('failures exit with 1', () => {
  it('refuses to read a library that does not exist, and does not create it', async () => {
    const lib = tempLibraryPath();
    for (const argv of [['list'], ['show', '1'], ['search', 'x'], ['tag', '1', '--add', 'x']]) {
      const r = await cli(['--library', lib, ...argv]);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toContain(`There is no library at ${lib}`);
    }
    expect(existsSync(lib)).toBe(false);
  });

  it('explains a file that is not a library', async () => {
    const r = await cli(['--library', __filename, 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Could not open the library|not a database|library/i);
  });
});
