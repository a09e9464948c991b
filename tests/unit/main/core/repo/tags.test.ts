import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listTags, tagsFor, updateTags } from '../../../../../src/main/core/repo/tags';
import { addArticle, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.cleanup());

describe('tags repository', () => {
  it('adds and removes tags on many articles at once', () => {
    const a = addArticle(lib.db, { title: 'A', text: 'a' });
    const b = addArticle(lib.db, { title: 'B', text: 'b' });
    expect(updateTags(lib.db, [a, b], ['korea', 'summit'], [])).toBe(2);
    expect(tagsFor(lib.db, a)).toEqual(['korea', 'summit']);
    expect(listTags(lib.db)).toEqual([
      { name: 'korea', count: 2 },
      { name: 'summit', count: 2 },
    ]);
    updateTags(lib.db, [a], [], ['summit']);
    expect(tagsFor(lib.db, a)).toEqual(['korea']);
    expect(listTags(lib.db)).toContainEqual({ name: 'summit', count: 1 });
  });

  it('treats tag names case-insensitively and drops tags left empty', () => {
    const a = addArticle(lib.db, { title: 'A', text: 'a' });
    updateTags(lib.db, [a], ['Korea'], []);
    updateTags(lib.db, [a], ['korea'], []);
    expect(tagsFor(lib.db, a)).toEqual(['Korea']);
    updateTags(lib.db, [a], [], ['KOREA']);
    expect(tagsFor(lib.db, a)).toEqual([]);
    expect(listTags(lib.db)).toEqual([]);
    expect(lib.db.prepare('SELECT count(*) AS n FROM tags').get()).toEqual({ n: 0 });
  });

  it('ignores ids that do not exist and counts only real articles', () => {
    const a = addArticle(lib.db, { title: 'A', text: 'a' });
    expect(updateTags(lib.db, [a, 4242], ['x'], [])).toBe(1);
    expect(lib.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('removing a tag that does not exist changes nothing', () => {
    const a = addArticle(lib.db, { title: 'A', text: 'a' });
    updateTags(lib.db, [a], ['keep'], []);
    updateTags(lib.db, [a], [], ['nope']);
    expect(tagsFor(lib.db, a)).toEqual(['keep']);
  });
});
