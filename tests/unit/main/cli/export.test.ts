// `parallax export`: articles and citations, to stdout or a file.
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { seedArticles, tempLibraryPath } from '../web/helpers';
import { openLibrary } from '../../../../src/main/core/db/open';
import { ensureNotebookSchema } from '../core/notebook/helpers';

let lib: string;
let ids: number[];
beforeEach(() => {
  lib = tempLibraryPath();
  ids = seedArticles(lib, [
    { title: 'KCNA hails pact', outlet: 'KCNA', published: '2024-06-19', text: 'Fiery friendship sealed.' },
    { title: 'Reuters on pact', outlet: 'Reuters', byline: 'By Jane Smith', published: '2024-06-20', url: 'https://example.org/r', text: 'Treaty signed, analysts say.' },
  ]);
  const db = openLibrary(lib);
  ensureNotebookSchema(db);
  db.close();
});

describe('export', () => {
  it('writes the whole library as CSV to stdout', async () => {
    const r = await cli(['--library', lib, 'export', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('id,title,outlet')).toBe(true);
  });

  it('exports a query result to a file and refuses to overwrite it without --force', async () => {
    const out = join(dirname(lib), 'treaty.json');
    const r = await cli(['--library', lib, 'export', '--format', 'json', '--query', 'treaty', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Exported 1 article to ${out}.\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles.map((a: { id: number }) => a.id)).toEqual([ids[1]]);
    const again = await cli(['--library', lib, 'export', '--format', 'json', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; add --force');
    expect((await cli(['--library', lib, 'export', '--format', 'json', '--out', out, '--force'])).code).toBe(0);
  });

  it('writes the Markdown bundle as a zip, and only to a file', async () => {
    expect((await cli(['--library', lib, 'export', '--format', 'md'])).stderr).toContain('name it with --out');
    const out = join(dirname(lib), 'bundle.zip');
    expect((await cli(['--library', lib, 'export', '--format', 'md', '--out', out])).code).toBe(0);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files)).toHaveLength(3);
    expect(strFromU8(files['index.md']!)).toContain('KCNA hails pact');
  });

  it('writes citations for ids or a query', async () => {
    const bib = await cli(['--library', lib, 'export', '--format', 'bibtex', String(ids[1])]);
    expect(bib.stdout).toMatch(/^@article\{smith2024-\d+,\n {2}title = \{\{Reuters on pact\}\}/);
    const ris = await cli(['--library', lib, 'export', '--format', 'ris', '--query', 'fiery']);
    expect(ris.stdout).toContain('TI  - KCNA hails pact');
    expect(ris.stdout).not.toContain('Reuters');
    const text = await cli(['--library', lib, 'export', '--format', 'text']);
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(2);
    const csl = JSON.parse((await cli(['--library', lib, 'export', '--format', 'csl', String(ids[0])])).stdout);
    expect(csl[0]).toMatchObject({ type: 'article-newspaper', 'container-title': 'KCNA' });
  });

  it('explains bad options', async () => {
    expect((await cli(['--library', lib, 'export'])).stderr).toContain('--format must be one of csv, json, md, csl, bibtex, ris, text');
    expect((await cli(['--library', lib, 'export', '--format', 'csv', '--query', 'x', '5'])).stderr).toContain('either article ids or --query');
  });
});
