import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkTag, deleteTag, mergeTags, moveTag, renameTag, setColor } from '../../../../../src/main/core/tags/operations';
import { tagTree } from '../../../../../src/main/core/tags/tree';
import { peekUndo, undoLast } from '../../../../../src/main/core/tags/undo';
import { tagsFor, updateTags } from '../../../../../src/main/core/repo/tags';
import { addArticle } from '../../../../helpers/library';
import { notebookLibrary } from '../notebook/helpers';

let lib: ReturnType<typeof notebookLibrary>;
let ids: number[];
beforeEach(() => {
  lib = notebookLibrary();
  ids = [1, 2, 3, 4].map((n) => addArticle(lib.db, { title: `Article ${n}`, text: `text number ${n}` }));
  updateTags(lib.db, [ids[0]!, ids[1]!], ['region/korea/north'], []);
  updateTags(lib.db, [ids[1]!, ids[2]!], ['region/korea/south'], []);
  updateTags(lib.db, [ids[3]!], ['region/russia', 'state-media'], []);
});
afterEach(() => lib.cleanup());

/** Every article's tags: the whole tagging state, to compare before and after undo. */
const state = () => ids.map((id) => tagsFor(lib.db, id));
const tree = () => tagTree(lib.db).map((n) => [n.name, n.count, n.own]);

describe('tag tree', () => {
  it('lists implied parents with counts including children, each article once', () => {
    expect(tree()).toEqual([
      ['region', 4, 0],
      ['region/korea', 3, 0],
      ['region/korea/north', 2, 2],
      ['region/korea/south', 2, 2],
      ['region/russia', 1, 1],
      ['state-media', 1, 1],
    ]);
    const north = tagTree(lib.db).find((n) => n.name === 'region/korea/north')!;
    expect(north).toMatchObject({ label: 'north', parent: 'region/korea', depth: 2 });
  });
});

describe('tag operations with undo', () => {
  it('renames a branch, children included, and undo restores every article', () => {
    const before = state();
    const r = renameTag(lib.db, 'region/korea', 'peninsula');
    expect(r).toMatchObject({ articles: 3, undoLabel: 'rename tag “region/korea” to “peninsula”' });
    expect(tagsFor(lib.db, ids[1]!)).toEqual(['peninsula/north', 'peninsula/south']);
    expect(tree().map((n) => n[0])).toContain('peninsula/north');
    expect(peekUndo(lib.db)).toBe(r.undoLabel);
    expect(undoLast(lib.db).undone).toBe(r.undoLabel);
    expect(state()).toEqual(before);
    expect(undoLast(lib.db).undone).toBeNull();
  });

  it('refuses a rename onto an existing tag and changes nothing', () => {
    const before = state();
    expect(() => renameTag(lib.db, 'region/russia', 'state-media')).toThrow(/already a tag called “state-media”.*Merge/);
    expect(state()).toEqual(before);
    expect(peekUndo(lib.db)).toBeNull();
  });

  it('renames a tag to another spelling of the same name', () => {
    renameTag(lib.db, 'state-media', 'State-Media');
    expect(tagsFor(lib.db, ids[3]!)).toContain('State-Media');
    undoLast(lib.db);
    expect(tagsFor(lib.db, ids[3]!)).toContain('state-media');
  });

  it('moves a tag under a new parent and back to the top level', () => {
    const before = state();
    moveTag(lib.db, 'state-media', 'source');
    expect(tagsFor(lib.db, ids[3]!)).toEqual(['region/russia', 'source/state-media']);
    moveTag(lib.db, 'region/korea', null);
    expect(tagsFor(lib.db, ids[0]!)).toEqual(['korea/north']);
    expect(() => moveTag(lib.db, 'region', 'region/russia')).toThrow(/inside itself/);
    undoLast(lib.db);
    undoLast(lib.db);
    expect(state()).toEqual(before);
  });

  it('merges one branch into another; an article carrying both keeps one link; undo separates them again', () => {
    updateTags(lib.db, [ids[0]!], ['dprk'], []);
    updateTags(lib.db, [ids[2]!], ['dprk/nuclear'], []);
    const before = state();
    const r = mergeTags(lib.db, 'dprk', 'region/korea/north');
    expect(r.removed).toBe(2);
    expect(tagsFor(lib.db, ids[0]!)).toEqual(['region/korea/north']);
    expect(tagsFor(lib.db, ids[2]!)).toEqual(['region/korea/north/nuclear', 'region/korea/south']);
    expect(tree().find((n) => n[0] === 'dprk')).toBeUndefined();
    undoLast(lib.db);
    expect(state()).toEqual(before);
  });

  it('deletes a branch and its colours; undo brings both back', () => {
    setColor(lib.db, 'region/korea', '#aa0000');
    const before = state();
    deleteTag(lib.db, 'region/korea');
    expect(tree().map((n) => n[0])).toEqual(['region', 'region/russia', 'state-media']);
    expect(tagsFor(lib.db, ids[0]!)).toEqual([]);
    undoLast(lib.db);
    expect(state()).toEqual(before);
    expect(tagTree(lib.db).find((n) => n.name === 'region/korea')!.color).toBe('#aa0000');
  });

  it('keeps colours on implied parents and moves them with a rename', () => {
    setColor(lib.db, 'region', '#00aa00');
    expect(tagTree(lib.db).find((n) => n.name === 'region')!.color).toBe('#00aa00');
    renameTag(lib.db, 'region', 'geo');
    expect(tagTree(lib.db).find((n) => n.name === 'geo')!.color).toBe('#00aa00');
    expect(tagTree(lib.db).find((n) => n.name === 'region')).toBeUndefined();
    undoLast(lib.db);
    expect(tagTree(lib.db).find((n) => n.name === 'region')!.color).toBe('#00aa00');
    undoLast(lib.db); // the colour itself
    expect(tagTree(lib.db).find((n) => n.name === 'region')!.color).toBeNull();
  });

  it('bulk tags and untags a selection, undo reverts exactly what changed', () => {
    const before = state();
    const r = bulkTag(lib.db, [...ids, 999], ['review', 'region/korea/north'], ['state-media']);
    // review on 4, north on 2 that lacked it, state-media off 1.
    expect(r).toMatchObject({ added: 6, removed: 1, articles: 4 });
    expect(tagsFor(lib.db, ids[3]!)).toEqual(['region/korea/north', 'region/russia', 'review']);
    undoLast(lib.db);
    expect(state()).toEqual(before);
  });

  it('says clearly what is wrong with bad input', () => {
    expect(() => renameTag(lib.db, 'nope', 'other')).toThrow('There is no tag called “nope”.');
    expect(() => renameTag(lib.db, ' / ', 'x')).toThrow(/not a tag name/);
    expect(() => bulkTag(lib.db, ids, ['a'], ['A'])).toThrow(/both added and removed/);
    expect(() => mergeTags(lib.db, 'region', 'region/korea')).toThrow(/inside it/);
  });
});
