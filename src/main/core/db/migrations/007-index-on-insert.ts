import type { Migration } from './index';

/**
 * A new article's full-text rows are written by the code that inserts it
 * (search/newArticleIndex.ts), no longer by triggers on INSERT. A trigger makes SQLite open a
 * statement journal for every insert into articles, and opening one makes FTS5 flush the rows
 * it holds for the transaction: each imported article became small index segments of its own,
 * merged again and again, which cost more than all the rest of writing it (0.46 against 0.24 ms
 * per article). Edits and deletes keep their triggers: they are rare and one at a time.
 */
export const m007IndexOnInsert: Migration = {
  version: 7,
  name: 'full-text rows of new articles written by the inserting code',
  up(db) {
    db.exec(`
      DROP TRIGGER articles_fts_ai;
      DROP TRIGGER articles_stem_ai;
    `);
  },
};
