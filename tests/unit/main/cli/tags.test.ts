// `parallax tags`: the tag tree with counts.
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { seedArticles, tempLibraryPath } from '../web/helpers';
import { openLibrary } from '../../../../src/main/core/db/open';
import { updateTags } from '../../../../src/main/core/repo/tags';
import { ensureNotebookSchema } from '../core/notebook/helpers';

let lib: string;
beforeEach(() => {
  lib = tempLibraryPath();
  const ids = seedArticles(lib, [{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
  const db = openLibrary(lib);
  ensureNotebookSchema(db);
  updateTags(db, [ids[0]!, ids[1]!], ['region/korea/north'], []);
  updateTags(db, [ids[1]!], ['region/korea'], []);
  updateTags(db, [ids[2]!], ['region/russia', 'state-media'], []);
  db.close();
});

describe('tags', () => {
  it('prints the tree indented with counts including children', async () => {
    const r = await cli(['--library', lib, 'tags']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(['region  3', '  korea  2 (1 directly)', '    north  2', '  russia  1', 'state-media  1', ''].join('\n'));
  });

  it('gives the nodes as JSON', async () => {
    const r = await cli(['--library', lib, '--json', 'tags']);
    const nodes = JSON.parse(r.stdout) as { name: string; count: number; own: number; parent: string | null }[];
    expect(nodes.map((n) => [n.name, n.count, n.own, n.parent])).toEqual([
      ['region', 3, 0, null],
      ['region/korea', 2, 1, 'region'],
      ['region/korea/north', 2, 2, 'region/korea'],
      ['region/russia', 1, 1, 'region'],
      ['state-media', 1, 1, null],
    ]);
  });

  it('refuses words and says what to do', async () => {
    const r = await cli(['--library', lib, 'tags', 'summit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('parallax tag <id>... --add <tag>');
  });
});
