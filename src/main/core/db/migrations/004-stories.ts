import type { Migration } from './index';

/**
 * Starting examples for outlet groups. They are ordinary rows: the user renames, edits or deletes
 * them like any group. Outlet names are matched without regard to case or a leading "The".
 */
const STARTER_GROUPS: { name: string; outlets: string[] }[] = [
  { name: 'State media', outlets: ['TASS', 'RIA Novosti', 'RIA', 'KCNA', 'Xinhua', 'CGTN', 'RT'] },
  { name: 'Wire services', outlets: ['Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse'] },
];

export const m004Stories: Migration = {
  version: 4,
  name: 'stories, outlet groups, comparison settings',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        id            INTEGER PRIMARY KEY,
        title         TEXT NOT NULL,
        -- 1 when the user typed the title: re-clustering never replaces it.
        title_is_user INTEGER NOT NULL DEFAULT 0 CHECK (title_is_user IN (0, 1)),
        created_at    TEXT NOT NULL
      );

      -- One story per article. pinned = 1 records a decision the user made (merge, split, move):
      -- re-clustering leaves a pinned article where it is.
      CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        pinned     INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);

      CREATE TABLE outlet_groups (
        id      INTEGER PRIMARY KEY,
        name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
        outlets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(outlets))  -- JSON array of outlet names
      );

      -- Comparison settings the user edits (framing pairs); absent key = the built-in default.
      CREATE TABLE compare_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      );
    `);
    const add = db.prepare('INSERT INTO outlet_groups (name, outlets) VALUES (?, ?)');
    for (const g of STARTER_GROUPS) add.run(g.name, JSON.stringify(g.outlets));
  },
};
