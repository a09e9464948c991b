// tag, list and show over articles written straight through the repository.
import { beforeEach, describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { cli } from './helpers';
import { seedArticles, tempLibraryPath } from '../web/helpers';

let lib: string;
let ids: number[];

beforeEach(() => {
  lib = tempLibraryPath();
  ids = seedArticles(lib, [
    { title: 'Putin and Kim sign a pact', outlet: 'Reuters', published: '2024-06-19', byline: 'Guy Faulconbridge', url: 'https://example.org/a', text: 'Russia and North Korea signed a pact.\n\nSecond paragraph.' },
    { title: 'Comprehensive strategic partnership', outlet: 'KCNA', published: '2024-06-20', text: 'The treaty was signed in Pyongyang.' },
    { title: 'Analysts react', outlet: 'NK News', published: '2024-06-18', language: 'en', text: 'Analysts weighed in.' },
  ]);
});

describe('list', () => {
  it('lists newest first as JSON', async () => {
    const r = await cli(['--library', lib, 'list', '--json']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout);
    expect(items.map((a: { title: string }) => a.title)).toEqual(['Comprehensive strategic partnership', 'Putin and Kim sign a pact', 'Analysts react']);
    expect(items[0]).toMatchObject({ id: ids[1], outlet: 'KCNA', published: '2024-06-20', tags: [] });
  });

  it('prints a table for people', async () => {
    const r = await cli(['list', '--library', lib]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s*id\s+published\s+outlet\s+title\s+tags$/);
    expect(lines[1]).toContain('Comprehensive strategic partnership');
    expect(lines[1]).toContain('KCNA');
    expect(r.stdout).toContain('3 articles.');
  });

  it('sorts by title, limits, and filters by outlet', async () => {
    const byTitle = JSON.parse((await cli(['--library', lib, '--json', 'list', '--sort', 'title'])).stdout);
    expect(byTitle.map((a: { title: string }) => a.title)).toEqual(['Analysts react', 'Comprehensive strategic partnership', 'Putin and Kim sign a pact']);
    const limited = JSON.parse((await cli(['--library', lib, 'list', '--json', '--limit', '1'])).stdout);
    expect(limited).toHaveLength(1);
    const human = await cli(['--library', lib, 'list', '--limit', '1']);
    expect(human.stdout).toContain('1 of 3 articles.');
    const kcna = JSON.parse((await cli(['--library', lib, 'list', '--json', '--outlet', 'kcna'])).stdout);
    expect(kcna.map((a: { id: number }) => a.id)).toEqual([ids[1]]);
  });

  it('says when the library is empty', async () => {
    const empty = tempLibraryPath();
    seedArticles(empty, []);
    const r = await cli(['--library', empty, 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The library is empty/);
  });

  it('finds the library through PARALLAX_LIBRARY and the XDG folder', async () => {
    const viaEnv = await cli(['list', '--json'], { env: { PARALLAX_LIBRARY: lib } });
    expect(JSON.parse(viaEnv.stdout)).toHaveLength(3);
    // tempLibraryPath() is <tmp>/parallax-lib-*/library.db: make that folder the config home.
    const xdg = dirname(dirname(lib));
    const viaXdg = await cli(['list'], { env: { XDG_CONFIG_HOME: xdg } });
    expect(viaXdg.code).toBe(1);
    expect(viaXdg.stderr).toContain(`${xdg}/Parallax/library.db`);
  });
});

describe('tag', () => {
  it('adds and removes tags, and list --tag follows', async () => {
    const add = await cli(['--library', lib, 'tag', String(ids[0]), String(ids[2]), '--add', 'summit', '--add', 'state media']);
    expect(add.code).toBe(0);
    expect(add.stdout).toBe('Updated 2 articles.\n');
    let tagged = JSON.parse((await cli(['--library', lib, 'list', '--json', '--tag', 'summit'])).stdout);
    expect(tagged.map((a: { id: number }) => a.id).toSorted()).toEqual([ids[0], ids[2]].toSorted());
    expect(tagged[0].tags).toEqual(['state media', 'summit']);

    const remove = await cli(['--library', lib, '--json', 'tag', String(ids[0]), '--remove', 'summit']);
    expect(JSON.parse(remove.stdout)).toEqual({ updated: 1, missing: 0 });
    tagged = JSON.parse((await cli(['--library', lib, 'list', '--json', '--tag', 'summit'])).stdout);
    expect(tagged.map((a: { id: number }) => a.id)).toEqual([ids[2]]);
  });

  it('skips ids that are not in the library, and fails when none is', async () => {
    const some = await cli(['--library', lib, 'tag', String(ids[0]), '99999', '--add', 'x']);
    expect(some.code).toBe(0);
    expect(some.stderr).toContain('1 id matched no article');
    const none = await cli(['--library', lib, 'tag', '99998', '99999', '--add', 'x']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('None of these ids is an article in this library');
  });

  it('rejects a tag the contract does not allow, and changes nothing', async () => {
    const r = await cli(['--library', lib, 'tag', String(ids[0]), '--add', 'x'.repeat(101)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/at most 100 characters/);
    const a = JSON.parse((await cli(['--library', lib, 'show', String(ids[0]), '--json'])).stdout);
    expect(a.tags).toEqual([]);
  });
});

describe('show', () => {
  it('prints exactly the documented fields as JSON', async () => {
    await cli(['--library', lib, 'tag', String(ids[0]), '--add', 'pact']);
    const r = await cli(['--library', lib, 'show', String(ids[0]), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      id: ids[0],
      title: 'Putin and Kim sign a pact',
      byline: 'Guy Faulconbridge',
      outlet: 'Reuters',
      url: 'https://example.org/a',
      published: '2024-06-19',
      language: 'en',
      text: 'Russia and North Korea signed a pact.\n\nSecond paragraph.',
      tags: ['pact'],
      reprintOf: null,
    });
  });

  it('prints a readable article for people', async () => {
    const r = await cli(['--library', lib, 'show', String(ids[0])]);
    expect(r.stdout).toBe(
      `#${ids[0]}  Putin and Kim sign a pact\nBy Guy Faulconbridge · Reuters · 2024-06-19 · en\nhttps://example.org/a\n\nRussia and North Korea signed a pact.\n\nSecond paragraph.\n`,
    );
  });

  it('says when there is no such article', async () => {
    const r = await cli(['--library', lib, 'show', '424242']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('There is no article with id 424242 in this library.\n');
  });
});

describe('hostile text', () => {
  it('never prints terminal escape sequences from article content', async () => {
    const evil = seedArticles(lib, [
      { title: 'Evil \u001b]0;pwned\u0007title\u001b[2J', outlet: 'X\u009b31m', text: 'line one\u001b[31m red\r\nline two \u202eesrever' },
    ])[0]!;
    for (const argv of [['list'], ['show', String(evil)]]) {
      const r = await cli(['--library', lib, ...argv]);
      for (const c of ['\u001b', '\u0007', '\u009b', '\u202e', '\r']) expect(r.stdout).not.toContain(c);
      expect(r.stdout).toContain('Evil ]0;pwnedtitle[2J');
    }
    const asJson = await cli(['--library', lib, 'show', String(evil), '--json']);
    expect(asJson.stdout).not.toContain('\u001b');
    expect(JSON.parse(asJson.stdout).title).toBe('Evil \u001b]0;pwned\u0007title\u001b[2J');
  });
});
