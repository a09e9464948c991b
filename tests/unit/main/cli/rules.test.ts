// `parallax rules`: list, add, run, delete.
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { seedArticles, tempLibraryPath } from '../web/helpers';
import { openLibrary } from '../../../../src/main/core/db/open';
import { ensureNotebookSchema } from '../core/notebook/helpers';

let lib: string;
beforeEach(() => {
  lib = tempLibraryPath();
  seedArticles(lib, [
    { title: 'KCNA hails pact', outlet: 'KCNA', text: 'Fiery friendship.' },
    { title: 'TASS on pact', outlet: 'TASS', text: 'Treaty signed.' },
    { title: 'Reuters on pact', outlet: 'Reuters', text: 'Treaty signed, analysts say.' },
  ]);
  const db = openLibrary(lib);
  ensureNotebookSchema(db);
  db.close();
});

describe('rules', () => {
  it('adds a rule, runs it with what it matched, lists and deletes it', async () => {
    const add = await cli(['--library', lib, 'rules', 'add', '--name', 'State media', '--query', 'outlet:KCNA OR outlet:TASS', '--tag', 'state-media']);
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^Added rule 1 “State media”: outlet:KCNA OR outlet:TASS → state-media\.\n$/);
    const run = await cli(['--library', lib, 'rules', 'run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('State media: matched 2 articles, newly tagged 2.');
    expect(run.stdout).toMatch(/#\d+ KCNA hails pact \(KCNA\)/);
    const tags = JSON.parse((await cli(['--library', lib, '--json', 'tags'])).stdout) as { name: string; count: number }[];
    expect(tags).toEqual([expect.objectContaining({ name: 'state-media', count: 2 })]);
    const list = await cli(['--library', lib, 'rules']);
    expect(list.stdout).toMatch(/1\s+State media\s+outlet:KCNA OR outlet:TASS\s+state-media\s+yes\s+2/);
    expect((await cli(['--library', lib, 'rules', 'delete', '1'])).stdout).toBe('Deleted rule 1.\n');
    const again = await cli(['--library', lib, 'rules', 'delete', '1']);
    expect(again).toMatchObject({ code: 1, stderr: 'There is no rule with id 1.\n' });
  });

  it('says what is missing', async () => {
    const r = await cli(['--library', lib, 'rules', 'add', '--name', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('A rule needs --name, --query and at least one --tag.');
    const bad = await cli(['--library', lib, 'rules', 'frob']);
    expect(bad.stderr).toContain('Unknown rules action "frob"');
  });
});
