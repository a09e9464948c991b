// Migration 004 (stories, outlet groups, comparison settings) over a library with data in it.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { m004Stories } from '../../../../../../src/main/core/db/migrations/004-stories';
import { applyMigration, columns, libraryBefore, snapshot } from './helpers';

function libraryWithData(): Database.Database {
  // Everything before 004 that this code knows.
  return libraryBefore(m004Stories, [
    ['Putin and Kim sign pact', 'Reuters', '2024-06-19', 'Leaders signed a treaty in Pyongyang.', 'h1'],
    ['Пакт подписан', 'TASS', '2024-06-19', 'Лидеры подписали договор.', 'h2'],
    ['Seoul responds', null, null, 'Seoul summoned the ambassador.', 'h3'],
  ]);
}

describe('migration 004: stories', () => {
  it('keeps every article, tag and index entry, and leaves foreign keys consistent', () => {
    const db = libraryWithData();
    const before = snapshot(db);
    applyMigration(db, m004Stories);
    expect(snapshot(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const cols = (t: string) => columns(db, t);
    expect(cols('stories')).toEqual(['id', 'title', 'title_is_user', 'created_at']);
    expect(cols('story_articles').toSorted()).toEqual(['article_id', 'pinned', 'story_id']);
    expect(cols('outlet_groups')).toEqual(['id', 'name', 'outlets']);
    // Starter groups are ordinary rows the user can edit.
    const groups = db.prepare('SELECT name, outlets FROM outlet_groups ORDER BY name').all() as { name: string; outlets: string }[];
    expect(groups.map((g) => g.name)).toEqual(['State media', 'Wire services']);
    expect(JSON.parse(groups[0]!.outlets)).toContain('KCNA');
    db.close();
  });

  it('ties story rows to articles and stories: deleting either removes the link, bad links are refused', () => {
    const db = libraryWithData();
    applyMigration(db, m004Stories);
    db.prepare("INSERT INTO stories (id, title, created_at) VALUES (1, 'Summit', '2024-06-20')").run();
    db.prepare('INSERT INTO story_articles (article_id, story_id, pinned) VALUES (1, 1, 0), (2, 1, 1)').run();
    expect(() => db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (3, 99)').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare('UPDATE story_articles SET pinned = 2 WHERE article_id = 1').run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT article_id FROM story_articles').all()).toEqual([{ article_id: 2 }]);
    db.prepare('DELETE FROM stories WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM story_articles').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('rolls back whole when it fails half-way', () => {
    const db = libraryWithData();
    db.exec('CREATE TABLE outlet_groups (x)'); // a clash makes the migration fail after creating stories
    expect(() => db.transaction(() => m004Stories.up(db))()).toThrow(/already exists/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('stories', 'story_articles')").all()).toEqual([]);
    db.close();
  });
});
