// The stemmed index follows the articles table: the inserting code writes a new article's row
// (newArticleIndex.ts), the queue re-analyses edited ones, and the languages a query is analysed under.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { indexArticleForSearch, search, syncSearchIndex } from '../../../../../src/main/core/search';
import { libraryLanguages, searchIndexPending } from '../../../../../src/main/core/search/stemIndex';
import { analyzeArticle } from '../../../../../src/main/core/search/analyze';
import { prepareArticle } from '../../../../../src/main/core/import/prepare';
import { tempLibrary as otherLibrary } from '../../../../helpers/library';
import type { Db } from '../../../../../src/main/core/db/open';
import { article, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.cleanup());

const stemmed = (match: string) => (lib.db.prepare('SELECT rowid AS id FROM articles_stem WHERE articles_stem MATCH ?').all(match) as { id: number }[]).map((r) => r.id);

describe('indexArticleForSearch', () => {
  it('has nothing to do for a new article (insertArticle wrote its row); a second call changes nothing', () => {
    const id = insertArticle(lib.db, article({ title: 'Sanctions', text: 'New sanctions were negotiated.' }));
    expect(searchIndexPending(lib.db)).toBe(false);
    indexArticleForSearch(lib.db, id);
    expect(stemmed('sanction')).toEqual([id]);
    expect(stemmed('negoti')).toEqual([id]);
    expect(searchIndexPending(lib.db)).toBe(false);
    indexArticleForSearch(lib.db, id);
    expect(stemmed('sanction')).toEqual([id]);
    // An id that does not exist is no error.
    expect(() => indexArticleForSearch(lib.db, 9999)).not.toThrow();
  });

  it('re-analyses an article whose text or language changed', () => {
    const id = insertArticle(lib.db, article({ title: 'Talks', text: 'Переговоры в Москве' , language: 'en' }));
    indexArticleForSearch(lib.db, id);
    lib.db.prepare("UPDATE articles SET text = 'Переговоры в Москве завершились' WHERE id = ?").run(id);
    expect(searchIndexPending(lib.db)).toBe(true);
    indexArticleForSearch(lib.db, id);
    expect(stemmed('москв')).toEqual([id]);
    expect(stemmed('заверш')).toEqual([id]);
    lib.db.prepare("UPDATE articles SET language = 'ru' WHERE id = ?").run(id);
    expect(searchIndexPending(lib.db)).toBe(true);
  });
});

describe('syncSearchIndex', () => {
  it('analyses queued articles in batches', () => {
    // An edit by any SQL (an older writer, the sqlite3 shell) is only queued by the triggers.
    for (let i = 0; i < 30; i++) insertArticle(lib.db, article({ title: `Report ${i}`, text: `Weather report number ${i}` }));
    lib.db.prepare("UPDATE articles SET text = replace(text, 'Weather', 'Shipping')").run();
    expect(stemmed('ship')).toHaveLength(0);
    expect(syncSearchIndex(lib.db, 10)).toBe(10);
    expect(stemmed('ship')).toHaveLength(10);
    expect(syncSearchIndex(lib.db)).toBe(20);
    expect(stemmed('ship')).toHaveLength(30);
    expect(syncSearchIndex(lib.db)).toBe(0);
  });

  it('lets a search see articles another writer edited without indexing them', () => {
    const id = insertArticle(lib.db, article({ title: 'Talks', text: 'Talks resumed.' }));
    lib.db.prepare("UPDATE articles SET text = 'Negotiations resumed.' WHERE id = ?").run(id);
    expect(search(lib.db, { q: 'negotiation', offset: 0, limit: 5, sort: 'relevance' }).hits.map((h) => h.id)).toEqual([id]);
  });
});

/** Every (term, article, column, position) of the stemmed index: what a search can match. */
function instances(db: Db): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.stem_instances USING fts5vocab(main, 'articles_stem', 'instance')");
  return (db.prepare('SELECT term, doc, col, offset FROM temp.stem_instances ORDER BY term, doc, col, offset').all() as object[]).map((r) => JSON.stringify(r));
}

describe('a stemmed row analysed in another thread', () => {
  // Several languages and scripts, a byline, diacritics, CJK and stopwords: each takes its own path through the analyser.
  const samples = [
    { title: 'Sanctions talks resume', byline: 'By Anna Müller', text: 'Ministers negotiated new sanctions; the résumé of talks was published. 北京市 officials replied.', language: 'en-GB' },
    { title: 'Les négociations reprennent', byline: null, text: 'Les ministres ont négocié de nouvelles sanctions à Genève.', language: 'fr' },
    { title: 'Переговоры', byline: 'Иван Петров', text: 'Министры обсуждали новые санкции, ёлка и елка. Reuters reported.', language: 'ru' },
    { title: 'Untitled', byline: null, text: 'Text of unknown language, 2024 figures: 3.5%.', language: null },
  ];

  it('is the same row as analysing on the writer', () => {
    const other = otherLibrary();
    try {
      for (const s of samples) {
        const a = article(s);
        const id = insertArticle(lib.db, a);
        expect(insertArticle(other.db, { ...a, analysed: analyzeArticle(a) })).toBe(id);
      }
      const expected = instances(lib.db);
      expect(expected.length).toBeGreaterThan(40);
      expect(instances(other.db)).toEqual(expected);
      expect(searchIndexPending(other.db)).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  it('gets from the importer (prepareArticle) the row the writer would compute', () => {
    const prepared = prepareArticle({
        title: '  Talks  resume ',
        byline: 'Staff',
        outlet: null,
        url: null,
        published: null,
        language: null,
        excerpt: null,
        text: 'Ministers negotiated new sanctions.\n\nThe résumé was published.',
        html: null,
        format: 'txt',
      }, 'a.txt', 'a');
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.article.analysed).toEqual(analyzeArticle(prepared.article));
    expect(prepared.article.analysed?.text).toContain('negoti');
  });
});

describe('libraryLanguages', () => {
  it('lists the primary codes present, with "" for articles of unknown language', () => {
    expect(libraryLanguages(lib.db)).toEqual([]);
    insertArticle(lib.db, article({ title: 'a', text: 'a', language: 'en-GB' }));
    insertArticle(lib.db, article({ title: 'b', text: 'b', language: 'en' }));
    insertArticle(lib.db, article({ title: 'c', text: 'c', language: 'ru' }));
    expect(libraryLanguages(lib.db).toSorted()).toEqual(['en', 'ru']);
    insertArticle(lib.db, article({ title: 'd', text: 'd', language: null }));
    expect(libraryLanguages(lib.db).toSorted()).toEqual(['', 'en', 'ru']);
  });
});
