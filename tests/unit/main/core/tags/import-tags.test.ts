// An import's tags: on every article it stores, in the transaction that stores it; offered, never
// forced, to the duplicates it finds.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { addTagsToArticle, tagsFor, updateTags } from '../../../../../src/main/core/repo/tags';
import { cleanImportTags, tagOfferFor } from '../../../../../src/main/core/tags/import-tags';
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

describe('cleanImportTags and addTagsToArticle', () => {
  it('put each tag once on an article, whatever case or spacing it was typed in, keeping a stored spelling', () => {
    const names = cleanImportTags([' summit-2024 ', 'SUMMIT-2024', 'korea']);
    expect(names).toEqual(['summit-2024', 'korea']);
    lib.db.transaction(() => {
      addTagsToArticle(lib.db, a, names);
      addTagsToArticle(lib.db, b, names);
    })();
    expect(tagsFor(lib.db, a)).toEqual(['Korea', 'summit-2024']);
    expect(tagsFor(lib.db, b)).toEqual(['Korea', 'summit-2024']);
    // Again: nothing doubles.
    addTagsToArticle(lib.db, a, names);
    expect(lib.db.prepare('SELECT count(*) AS n FROM article_tags WHERE article_id = ?').get(a)).toEqual({ n: 2 });
  });

  it('does nothing without tags, and goes with the transaction that put them', () => {
    expect(cleanImportTags([])).toEqual([]);
    addTagsToArticle(lib.db, b, []);
    expect(tagsFor(lib.db, b)).toEqual([]);
    expect(() =>
      lib.db.transaction(() => {
        addTagsToArticle(lib.db, b, ['kcna']);
        throw new Error('stop');
      })(),
    ).toThrow('stop');
    expect(tagsFor(lib.db, b)).toEqual([]);
    expect(lib.db.prepare("SELECT count(*) AS n FROM tags WHERE name = 'kcna'").get()).toEqual({ n: 0 });
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
