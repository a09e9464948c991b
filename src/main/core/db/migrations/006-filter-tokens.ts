import type { Migration } from './index';
import { syncSearchIndex } from '../../search/stemIndex';

/**
 * The stemmed index gets a fourth column, `facet`: each article's filter tokens (year, outlet,
 * language; search/filterTokens.ts), so that a filtered search narrows inside FTS5 rather than
 * testing every match against a set of ids. An FTS5 table cannot gain a column, and a
 * contentless one cannot give its rows back, so the table is made anew and every article is
 * analysed again. The triggers queue an article again when its date or outlet changes, since its
 * tokens change with them.
 */
export const m006FilterTokens: Migration = {
  version: 6,
  name: 'filter tokens in the stemmed index',
  up(db) {
    db.exec(`
      DROP TABLE articles_stem;
      CREATE VIRTUAL TABLE articles_stem USING fts5(
        title, byline, text, facet,
        content='', contentless_delete=1,
        tokenize="unicode61 remove_diacritics 2"
      );
      DROP TRIGGER articles_stem_au;
      CREATE TRIGGER articles_stem_au AFTER UPDATE OF title, byline, text, language, published, outlet ON articles BEGIN
        DELETE FROM articles_stem WHERE rowid = old.id;
        INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
      END;
      INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles;
    `);
    syncSearchIndex(db);
  },
};
