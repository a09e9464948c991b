// Filters on tags (with their children) and on features other parts of Parallax add: notes,
// stories and reprints. Without their tables a search says so instead of ignoring the filter.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/core/db/migrate';
import { m006FilterTokens } from '../../../../../src/main/core/db/migrations/006-filter-tokens';
import { m007IndexOnInsert } from '../../../../../src/main/core/db/migrations/007-index-on-insert';
import { insertArticle } from '../../../../../src/main/core/repo/articles';
import { updateTags } from '../../../../../src/main/core/repo/tags';
import { search } from '../../../../../src/main/core/search';
import { article, tempDir } from '../../../../helpers/library';

let db: Database.Database;
let cleanup: () => void;
const ids: Record<string, number> = {};

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  // Exactly migrations 1–2: the tables of later features are added by the tests that need them.
  db = new Database(join(t.dir, 'lib.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, { to: 2 });
  // The stemmed index as migration 006 leaves it and the insert triggers gone (migration 007): its writer follows the latest schema.
  m006FilterTokens.up(db);
  m007IndexOnInsert.up(db);
  ids.north = insertArticle(db, article({ title: 'Pyongyang parade', text: 'Troops marched in Pyongyang.', published: '2024-01-01' }));
  ids.south = insertArticle(db, article({ title: 'Seoul election', text: 'Voters in Seoul chose a mayor.', published: '2024-02-01' }));
  ids.russia = insertArticle(db, article({ title: 'Moscow talks', text: 'Diplomats met in Moscow.', published: '2024-03-01' }));
  ids.none = insertArticle(db, article({ title: 'Weather', text: 'Rain in Geneva.', published: '2024-04-01' }));
  updateTags(db, [ids.north], ['region/korea/north'], []);
  updateTags(db, [ids.south], ['Region/Korea/South'], []);
  updateTags(db, [ids.russia], ['region/russia', 'talks'], []);
});
afterEach(() => {
  db.close();
  cleanup();
});

const run = (q: string) => search(db, { q, offset: 0, limit: 50, sort: 'newest' });
const found = (q: string) => run(q).hits.map((h) => h.id);

describe('tag:', () => {
  it('matches a tag and every tag under it, in any case', () => {
    expect(found('tag:region')).toEqual([ids.russia, ids.south, ids.north]);
    expect(found('tag:region/korea')).toEqual([ids.south, ids.north]);
    expect(found('tag:REGION/KOREA/')).toEqual([ids.south, ids.north]);
    expect(found('tag:region/korea/north')).toEqual([ids.north]);
    expect(found('tag:region -tag:region/korea')).toEqual([ids.russia]);
    expect(found('tag:region tag:talks')).toEqual([ids.russia]);
    // A prefix of a name is not a parent.
    expect(found('tag:reg')).toEqual([]);
    expect(run('tag:reg').message).toMatch(/No article is tagged “reg”/);
    expect(run('tag:region').message).toBeNull();
  });
});

describe('filters that need other features', () => {
  it('say so when the library has no notes, stories or reprint detection', () => {
    for (const [q, re] of [
      ['has:notes', /Notes are not searchable yet/],
      ['note:follow-up seoul', /Notes are not searchable yet/],
      ['story:12', /Stories are not searchable yet/],
      ['is:reprint', /Reprints are not detected/],
    ] as const) {
      const r = run(q);
      expect(r.total, q).toBe(0);
      expect(r.message, q).toMatch(re);
    }
    expect(run('has:pictures').message).toMatch(/“has:pictures” is not something Parallax can filter on/);
  });

  it('has:notes and note: once notes exist', () => {
    db.exec('CREATE TABLE notes (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, body TEXT NOT NULL)');
    db.prepare('INSERT INTO notes (article_id, body) VALUES (?, ?), (?, ?)').run(ids.south, 'Call the Seoul bureau back', ids.russia, 'Check the translation');
    expect(found('has:notes')).toEqual([ids.russia, ids.south]);
    expect(found('-has:notes')).toEqual([ids.none, ids.north]);
    expect(found('note:bureau')).toEqual([ids.south]);
    expect(found('note:"seoul bureau" voters')).toEqual([ids.south]);
    expect(found('-note:translation has:notes')).toEqual([ids.south]);
  });

  it('story: by id or title words once stories exist', () => {
    db.exec(`CREATE TABLE stories (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
      CREATE TABLE story_articles (article_id INTEGER PRIMARY KEY REFERENCES articles(id), story_id INTEGER NOT NULL REFERENCES stories(id));`);
    db.prepare("INSERT INTO stories (id, title) VALUES (7, 'Korean peninsula tensions'), (8, 'Moscow diplomacy')").run();
    db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (?, 7), (?, 7), (?, 8)').run(ids.north, ids.south, ids.russia);
    expect(found('story:7')).toEqual([ids.south, ids.north]);
    expect(found('story:"peninsula"')).toEqual([ids.south, ids.north]);
    expect(found('story:7 seoul')).toEqual([ids.south]);
    expect(found('-story:7')).toEqual([ids.none, ids.russia]);
  });

  it('is:reprint once reprints are detected', () => {
    db.exec('ALTER TABLE articles ADD COLUMN reprint_of INTEGER REFERENCES articles(id) ON DELETE SET NULL');
    db.prepare('UPDATE articles SET reprint_of = ? WHERE id = ?').run(ids.north, ids.south);
    expect(found('is:reprint')).toEqual([ids.south]);
    expect(found('-is:reprint seoul')).toEqual([]);
    expect(found('-is:reprint')).toEqual([ids.none, ids.russia, ids.north]);
  });
});
