// `show` names the article a probable reprint repeats (issue 3: visible in the CLI's show --json).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { cli } from './helpers';
import { seedArticles, tempLibraryPath } from '../web/helpers';

describe('show and reprints', () => {
  it('gives reprintOf with the original article for a flagged reprint', async () => {
    const lib = tempLibraryPath();
    const [original, copy] = seedArticles(lib, [
      { title: 'Wire story', outlet: 'Wire', published: '2024-06-19', text: 'The original wire text.' },
      { title: 'Reprinted story', outlet: 'Paper', published: '2024-06-20', text: 'The original wire text, reprinted.' },
    ]);
    const db = new Database(lib);
    db.prepare('UPDATE articles SET reprint_of = ? WHERE id = ?').run(original, copy);
    db.close();
    const json = JSON.parse((await cli(['--library', lib, 'show', String(copy), '--json'])).stdout);
    expect(json.reprintOf).toEqual({ id: original, title: 'Wire story' });
    const human = (await cli(['--library', lib, 'show', String(copy)])).stdout;
    expect(human).toContain(`Probable reprint of #${original} Wire story`);
  });
});
