// The import's writer in incremental mode (the import worker's): files are written into one open
// transaction without a savepoint each; a file that cannot be written undoes the transaction,
// the files are written again one by one, and that file alone fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOutcomeT } from '../../../../../src/shared/contract';
import { BatchWriter } from '../../../../../src/main/core/import/store';
import type { NewArticle } from '../../../../../src/main/core/repo/articles';
import { search } from '../../../../../src/main/core/search';
import { article, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.cleanup());

const file = (path: string, a: NewArticle) => ({ path, prepared: [{ ok: true as const, article: a }] });

describe('BatchWriter (incremental)', () => {
  it('writes every good file, fails only the one that cannot be written, and keeps the indexes whole', () => {
    const outcomes: ImportOutcomeT[] = [];
    const w = new BatchWriter(lib.db, 'job-1', (o) => outcomes.push(o), { incremental: true });
    w.add(file('a.txt', article({ title: 'Summit in Pyongyang', text: 'Leaders met in Pyongyang.' })));
    // A title the schema refuses (NOT NULL): the database's own reason is the file's error.
    w.add(file('bad.txt', { ...article({ title: 'x', text: 'Broken record here.' }), title: null as unknown as string }));
    w.add(file('b.txt', article({ title: 'Talks in Seoul', text: 'Diplomats met in Seoul.' })));
    w.flush();
    expect(outcomes.map((o) => [o.path, o.outcome])).toEqual([
      ['a.txt', 'imported'],
      ['bad.txt', 'failed'],
      ['b.txt', 'imported'],
    ]);
    expect(outcomes[1].message).toMatch(/could not be saved to the library \(.*NOT NULL/);
    expect(lib.db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
    expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
    lib.db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    expect(search(lib.db, { q: 'pyongyang OR seoul', offset: 0, limit: 10, sort: 'oldest' }).total).toBe(2);
    expect(lib.db.prepare("SELECT outcome FROM import_log WHERE job_id = 'job-1' ORDER BY id").all().map((r) => (r as { outcome: string }).outcome)).toEqual([
      'imported',
      'failed',
      'imported',
    ]);
  });

  it('reports a file the same text as one written earlier in the same transaction as its duplicate', () => {
    const outcomes: ImportOutcomeT[] = [];
    const w = new BatchWriter(lib.db, 'job-2', (o) => outcomes.push(o), { incremental: true });
    const a = article({ title: 'Same', text: 'The very same text.' });
    w.add(file('one.txt', a));
    w.add(file('two.txt', a));
    w.flush();
    expect(outcomes.map((o) => o.outcome)).toEqual(['imported', 'duplicate']);
  });

  it('puts the import\'s tags on each article it stores, in the same transaction, and on no failed file', () => {
    const outcomes: ImportOutcomeT[] = [];
    const w = new BatchWriter(lib.db, 'job-3', (o) => outcomes.push(o), { incremental: true, tags: ['summit', 'korea'] });
    w.add(file('a.txt', article({ title: 'Summit in Pyongyang', text: 'Leaders met in Pyongyang.' })));
    w.add(file('bad.txt', { ...article({ title: 'x', text: 'Broken record here.' }), title: null as unknown as string }));
    // Written, not yet committed: a crash now would lose the article and its tags together.
    w.add(file('b.txt', article({ title: 'Talks in Seoul', text: 'Diplomats met in Seoul.' })));
    expect(lib.db.inTransaction).toBe(true);
    w.flush();
    const tagged = lib.db
      .prepare("SELECT a.title, group_concat(t.name, ',') AS tags FROM articles a JOIN article_tags at ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id GROUP BY a.id ORDER BY a.id")
      .all();
    expect(tagged).toEqual([
      { title: 'Summit in Pyongyang', tags: 'summit,korea' },
      { title: 'Talks in Seoul', tags: 'summit,korea' },
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['imported', 'failed', 'imported']);
  });
});
