// An import's tags: on every article it stores; offered, never forced, to the duplicates it finds.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { tagsFor, updateTags } from '../../../../../src/main/core/repo/tags';
import { tagImported, tagOfferFor } from '../../../../../src/main/core/tags/import-tags';
import { article, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
let a: number;
let b: number;
beforeEach(() => {
  lib = tempLibrary();
  a = insertArticle(lib.db, article({ title: 'Summit', text: 'Leaders met.' }));
  b = insertArticle(lib.db, article({ title: 'Talks', text: 'Talks went on.' }));
  updateTags(lib.db, [a], ['Korea'], []);
});
afterEach(() => lib.cleanup());

describe('tagImported', () => {
  it('puts each tag once on every stored article, whatever case or spacing it was typed in', () => {
    expect(tagImported(lib.db, [a, b], [' summit-2024 ', 'SUMMIT-2024', 'korea'])).toBe(2);
    expect(tagsFor(lib.db, a)).toEqual(['Korea', 'summit-2024']);
    expect(tagsFor(lib.db, b)).toEqual(['Korea', 'summit-2024']);
  });

  it('does nothing without tags or articles', () => {
    expect(tagImported(lib.db, [a], [])).toBe(0);
    expect(tagImported(lib.db, [], ['x'])).toBe(0);
    expect(tagsFor(lib.db, b)).toEqual([]);
  });
});

describe('tagOfferFor', () => {
  it('names the duplicates lacking some tag and only the tags they lack, changing nothing', () => {
    const offer = tagOfferFor(lib.db, [a, b, a], ['korea', 'kcna']);
    expect(offer).toEqual({ articleIds: [a, b], tags: ['korea', 'kcna'] });
    expect(tagsFor(lib.db, b)).toEqual([]);
    updateTags(lib.db, [b], ['Korea'], []);
    expect(tagOfferFor(lib.db, [a, b], ['korea', 'kcna'])).toEqual({ articleIds: [a, b], tags: ['kcna'] });
  });

  it('is null when every duplicate has every tag, or there is nothing to offer', () => {
    expect(tagOfferFor(lib.db, [a], ['KOREA'])).toBeNull();
    expect(tagOfferFor(lib.db, [], ['korea'])).toBeNull();
    expect(tagOfferFor(lib.db, [b], [])).toBeNull();
  });
});
