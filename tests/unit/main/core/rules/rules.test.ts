import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRules, runRules, saveRule } from '../../../../../src/main/core/rules/rules';
import { listRules } from '../../../../../src/main/core/repo/rules';
import { tagsFor } from '../../../../../src/main/core/repo/tags';
import { bulkTagQuery } from '../../../../../src/main/core/tags/bulk';
import { undoLast } from '../../../../../src/main/core/tags/undo';
import { addArticle } from '../../../../helpers/library';
import { notebookLibrary } from '../notebook/helpers';

let lib: ReturnType<typeof notebookLibrary>;
beforeEach(() => {
  lib = notebookLibrary();
  addArticle(lib.db, { title: 'KCNA hails treaty', outlet: 'KCNA', text: 'The fiery friendship between the peoples was celebrated.' });
  addArticle(lib.db, { title: 'TASS on the pact', outlet: 'TASS', text: 'Moscow and Pyongyang signed the treaty on Wednesday.' });
  addArticle(lib.db, { title: 'Reuters report', outlet: 'Reuters', text: 'Leaders signed a treaty; analysts were cautious.' });
});
afterEach(() => lib.cleanup());

describe('auto-tag rules', () => {
  it('runs over the library, reports what matched, and undo removes what it added', () => {
    const rule = saveRule(lib.db, { name: 'State media', query: 'outlet:KCNA OR outlet:TASS', tags: ['source/state-media'], enabled: true });
    expect(rule).toMatchObject({ name: 'State media', tags: ['source/state-media'], enabled: true, lastRunAt: null });
    const { results, undoLabel } = runRules(lib.db);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ matched: 2, tagged: 2 });
    expect(results[0]!.examples.map((e) => e.outlet).toSorted()).toEqual(['KCNA', 'TASS']);
    expect(tagsFor(lib.db, 1)).toEqual(['source/state-media']);
    expect(tagsFor(lib.db, 3)).toEqual([]);
    expect(listRules(lib.db)[0]!.lastMatched).toBe(2);
    // A second run matches the same articles but tags none anew, and leaves nothing to undo.
    expect(runRules(lib.db).results[0]).toMatchObject({ matched: 2, tagged: 0 });
    expect(undoLabel).toBe('run rule “State media”');
    expect(undoLast(lib.db).undone).toBe('run rule “State media”');
    expect(tagsFor(lib.db, 1)).toEqual([]);
  });

  it('applies enabled rules to just-imported articles only', () => {
    saveRule(lib.db, { name: 'Treaty', query: 'treaty', tags: ['topic/treaty'], enabled: true });
    saveRule(lib.db, { name: 'Off', query: 'treaty', tags: ['never'], enabled: false });
    const fresh = addArticle(lib.db, { title: 'Yonhap', outlet: 'Yonhap', text: 'Seoul reacted to the treaty with concern.' });
    const results = applyRules(lib.db, [fresh]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ name: 'Treaty', matched: 1, tagged: 1 });
    expect(tagsFor(lib.db, fresh)).toEqual(['topic/treaty']);
    // Older articles that match were not touched by the import run.
    expect(tagsFor(lib.db, 2)).toEqual([]);
  });

  it('refuses a rule whose query cannot run, and changes nothing', () => {
    expect(() => saveRule(lib.db, { name: 'Empty', query: '   ', tags: ['x'], enabled: true })).toThrow(/Type a query/);
    expect(listRules(lib.db)).toEqual([]);
  });

  it('updates a rule in place and refuses an unknown id', () => {
    const r = saveRule(lib.db, { name: 'A', query: 'outlet:KCNA', tags: ['a'], enabled: true });
    const u = saveRule(lib.db, { id: r.id, name: 'B', query: 'outlet:TASS', tags: ['b', ' b '], enabled: false });
    expect(u).toMatchObject({ id: r.id, name: 'B', query: 'outlet:TASS', tags: ['b'], enabled: false });
    expect(() => saveRule(lib.db, { id: 999, name: 'x', query: 'treaty', tags: ['x'], enabled: true })).toThrow('There is no rule with id 999.');
  });
});

describe('bulk tagging a whole result set', () => {
  it('tags every result of a query and undo takes it back', () => {
    const r = bulkTagQuery(lib.db, 'treaty', ['review'], []);
    expect(r).toMatchObject({ matched: 3, added: 3 });
    expect(r.undoLabel).toBe('add “review” on 3 results of “treaty”');
    expect([1, 2, 3].map((id) => tagsFor(lib.db, id))).toEqual([['review'], ['review'], ['review']]);
    undoLast(lib.db);
    expect([1, 2, 3].map((id) => tagsFor(lib.db, id))).toEqual([[], [], []]);
  });

  it('a query matching nothing tags nothing and journals nothing', () => {
    const r = bulkTagQuery(lib.db, 'zzzyxq', ['review'], []);
    expect(r).toMatchObject({ matched: 0, added: 0, undoLabel: null });
  });
});
