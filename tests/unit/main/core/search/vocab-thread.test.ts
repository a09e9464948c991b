// The vocabulary read in a worker thread: the same words as a read on this thread, installed
// for the library, and from then on a stale vocabulary is refreshed there, never rebuilt here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { search } from '../../../../../src/main/core/search';
import { dropVocabulary, indexSignature, installVocabulary, vocabulary, vocabularyFrom, setVocabularyRefresher } from '../../../../../src/main/core/search/vocab';
import { refreshVocabulary } from '../../../../../src/main/core/search/vocab-thread';
import { article, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary();
  insertArticle(lib.db, article({ title: 'Pyongyang summit', text: 'Leaders met in Pyongyang for talks on sanctions.' }));
  insertArticle(lib.db, article({ title: 'Seoul reacts', text: 'Seoul answered the talks with caution.' }));
});
afterEach(() => {
  setVocabularyRefresher(lib.db, null);
  dropVocabulary(lib.db);
  lib.cleanup();
});

const direct = () => {
  const rows = lib.db.prepare('SELECT term, doc FROM articles_vocab').raw().all() as [string, number][];
  return vocabularyFrom(rows).docs;
};

describe('refreshVocabulary', () => {
  it('installs the words a read on this thread would give, and fuzzy search uses them', async () => {
    await refreshVocabulary(lib.db, lib.path);
    expect(vocabulary(lib.db).docs).toEqual(direct());
    expect(search(lib.db, { q: 'pyongyng~1', offset: 0, limit: 10, sort: 'relevance' }).total).toBe(1);
  });

  it('keeps a costly stale vocabulary while a worker thread reads the new one', async () => {
    await refreshVocabulary(lib.db, lib.path, { force: true });
    // As if that read had taken seconds: rebuilding on this thread would stall the UI.
    installVocabulary(lib.db, direct(), indexSignature(lib.db), 5_000);
    insertArticle(lib.db, article({ title: 'Khabarovsk', text: 'A new word: Khabarovsk.' }));
    expect(vocabulary(lib.db).docs.has('khabarovsk')).toBe(false);
    await refreshVocabulary(lib.db, lib.path, { force: true });
    expect(vocabulary(lib.db).docs.has('khabarovsk')).toBe(true);
  });

  it('says why a read failed and leaves the vocabulary to be built here', async () => {
    const said: string[] = [];
    await refreshVocabulary(lib.db, `${lib.path}.missing`, { log: (m) => said.push(m), force: true });
    expect(said.join(' ')).toMatch(/reading the vocabulary in the background failed/);
    expect(vocabulary(lib.db).docs).toEqual(direct());
  });
});
