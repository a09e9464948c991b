// search through the CLI, over articles written straight through the repository.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../../../../src/shared/contract';
import { cli } from './helpers';
import { SEOUL, TREATY } from './texts';
import { seedArticles, tempLibraryPath } from '../web/helpers';

let lib: string;

function body(text: string): { title: string; text: string } {
  const [first, ...rest] = text.split('\n');
  return { title: first!.replace(/^#\s*/, ''), text: rest.join('\n').trim() };
}

beforeAll(() => {
  lib = tempLibraryPath();
  seedArticles(lib, [
    { ...body(TREATY), outlet: 'Reuters', published: '2024-06-19' },
    { ...body(SEOUL), outlet: 'Yonhap', published: '2024-06-20' },
  ]);
});

describe('search', () => {
  it('finds articles, best first, with plain snippets in JSON', async () => {
    const r = await cli(['--library', lib, 'search', 'Pyongyang', 'treaty', '--json']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits.length).toBe(2);
    for (const h of hits) {
      expect(Object.keys(h).toSorted()).toEqual(['id', 'outlet', 'published', 'score', 'snippet', 'title']);
      expect(typeof h.score).toBe('number');
      expect(h.snippet).not.toContain(MARK_START);
      expect(h.snippet).not.toContain(MARK_END);
      expect(h.snippet.toLowerCase()).toMatch(/pyongyang|treaty/);
    }
    const one = JSON.parse((await cli(['--library', lib, 'search', 'Ukraine', '--json'])).stdout);
    expect(one.map((h: { title: string; outlet: string }) => [h.title, h.outlet])).toEqual([['Seoul responds to the treaty', 'Yonhap']]);
  });

  it('prints a ranked table with the matches in **bold**', async () => {
    const r = await cli(['--library', lib, 'search', 'Ukraine']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*#\s+id\s+score\s+outlet\s+published\s+title/);
    expect(r.stdout).toContain('Seoul responds to the treaty');
    expect(r.stdout).toMatch(/\*\*Ukraine\*\*/);
    expect(r.stdout).not.toContain(MARK_START);
    expect(r.stdout).not.toContain(MARK_END);
    expect(r.stdout).toContain('1 matching article.');
  });

  it('respects --limit and says how many there were', async () => {
    const hits = JSON.parse((await cli(['--library', lib, 'search', 'treaty', '--limit', '1', '--json'])).stdout);
    expect(hits).toHaveLength(1);
    const human = await cli(['--library', lib, 'search', 'treaty', '--limit', '1']);
    expect(human.stdout).toContain('Top 1 of 2 matching articles.');
  });

  it('says when nothing matches', async () => {
    const r = await cli(['--library', lib, 'search', 'zanzibar']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No articles match "zanzibar"');
  });

  it('never fails on odd queries', async () => {
    for (const q of ['"', 'NEAR(', 'AND OR', '***', '(((', '-', 'x'.repeat(5000)]) {
      const r = await cli(['--library', lib, 'search', '--json', '--', q]);
      expect(r.code, q.slice(0, 20)).toBe(0);
      expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    }
  });

  it('takes an excluded term after --', async () => {
    const hits = JSON.parse((await cli(['--library', lib, 'search', '--json', '--', 'treaty', '-Ukraine'])).stdout);
    expect(hits.map((h: { title: string }) => h.title)).toEqual(['Putin and Kim sign mutual defence treaty']);
  });

  it('shows an article found by search', async () => {
    const [hit] = JSON.parse((await cli(['--library', lib, 'search', 'Ukraine', '--json'])).stdout);
    const a = JSON.parse((await cli(['--library', lib, 'show', String(hit.id), '--json'])).stdout);
    expect(a.title).toBe('Seoul responds to the treaty');
    expect(a.text).toContain('supplying weapons to Ukraine');
  });
});

/** A batch file beside the test library. */
function batchFile(lines: string): string {
  const f = join(dirname(lib), `queries-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(f, lines);
  return f;
}

describe('search --batch', () => {
  it('prints each query with its number of matches and top results as JSON', async () => {
    const f = batchFile('\ufeffPyongyang treaty\n\n  Ukraine  \r\nzanzibar\n');
    const r = await cli(['--library', lib, 'search', '--batch', f, '--json', '--limit', '1']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((q: { query: string; total: number; hits: unknown[] }) => [q.query, q.total, q.hits.length])).toEqual([
      ['Pyongyang treaty', 2, 1],
      ['Ukraine', 1, 1],
      ['zanzibar', 0, 0],
    ]);
    expect(Object.keys(out[0]).toSorted()).toEqual(['hits', 'query', 'total']);
    expect(Object.keys(out[0].hits[0]).toSorted()).toEqual(['id', 'outlet', 'published', 'score', 'snippet', 'title']);
    expect(out[1].hits[0].snippet).not.toContain(MARK_START);
    expect(r.stderr).toMatch(/zanzibar: No articles match/);
  });

  it('prints a block per query for people', async () => {
    const r = await cli(['--library', lib, 'search', '--batch', batchFile('treaty\nUkraine\n')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/== treaty — 2 matching articles\n\s*#\s+id\s+score/);
    expect(r.stdout).toMatch(/== Ukraine — 1 matching article\n/);
    expect(r.stdout).toContain('**Ukraine**');
  });

  it('explains a missing or empty file, and a query given beside --batch', async () => {
    const missing = await cli(['--library', lib, 'search', '--batch', join(dirname(lib), 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no file .*nope\.txt/);
    const empty = await cli(['--library', lib, 'search', '--batch', batchFile('\n  \n')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/has no queries/);
    const both = await cli(['--library', lib, 'search', 'treaty', '--batch', batchFile('x\n')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/either a query or --batch/);
  });
});
