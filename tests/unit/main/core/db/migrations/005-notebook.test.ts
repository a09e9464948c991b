// Migration 005 (notebook: highlights, notes, pages, notes_fts, tag colours, rules, trash, undo) over a library with data.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { m005Notebook, PARALLAX_APPLICATION_ID } from '../../../../../../src/main/core/db/migrations/005-notebook';
import { applyMigration, columns, libraryBefore, snapshot } from './helpers';

function libraryWithData(): Database.Database {
  return libraryBefore(m005Notebook, [
    ['Putin and Kim sign pact', 'Reuters', null, 'Leaders signed a treaty in Pyongyang.', 'h1'],
    ['Пакт подписан', 'TASS', null, 'Лидеры подписали договор.', 'h2'],
  ]);
}

describe('migration 005: notebook', () => {
  it('keeps every article, tag and index entry, marks the file as a Parallax library', () => {
    const db = libraryWithData();
    const before = snapshot(db);
    applyMigration(db, m005Notebook);
    expect(snapshot(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('application_id', { simple: true })).toBe(PARALLAX_APPLICATION_ID);
    const cols = (t: string) => columns(db, t);
    expect(cols('notes')).toEqual(['article_id', 'body', 'created_at', 'updated_at']);
    expect(cols('highlights')).toEqual(['id', 'article_id', 'start_offset', 'end_offset', 'quote', 'prefix', 'suffix', 'color', 'comment', 'anchor', 'created_at', 'updated_at']);
    for (const t of ['pages', 'tag_colors', 'rules', 'trash', 'undo_journal']) expect(cols(t).length).toBeGreaterThan(0);
    db.close();
  });

  it('enforces its constraints and keeps notes_fts in step through the triggers', () => {
    const db = libraryWithData();
    applyMigration(db, m005Notebook);
    const now = '2024-06-20';
    expect(() => db.prepare("INSERT INTO highlights (article_id, start_offset, end_offset, quote, created_at, updated_at) VALUES (1, 5, 5, 'x', ?, ?)").run(now, now)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO highlights (article_id, start_offset, end_offset, quote, created_at, updated_at) VALUES (99, 0, 5, 'x', ?, ?)").run(now, now)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO rules (name, query, tags, created_at, updated_at) VALUES ('r', 'q', 'not json', ?, ?)").run(now, now)).toThrow(/CHECK/);
    db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'note about sanctions', ?, ?)").run(now, now);
    db.prepare("INSERT INTO highlights (article_id, start_offset, end_offset, quote, comment, created_at, updated_at) VALUES (2, 0, 6, 'Лидеры', 'state wording', ?, ?)").run(now, now);
    const match = (q: string) => db.prepare('SELECT kind, article_id FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid').all(q);
    expect(match('sanctions')).toEqual([{ kind: 'note', article_id: 1 }]);
    expect(match('лидеры')).toEqual([{ kind: 'highlight', article_id: 2 }]);
    // Deleting an article removes its note and highlights, and with them their index rows.
    db.prepare('DELETE FROM articles WHERE id IN (1, 2)').run();
    expect(match('sanctions OR wording')).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('rolls back whole when it fails half-way', () => {
    const db = libraryWithData();
    db.exec('CREATE TABLE rules (x)');
    expect(() => db.transaction(() => m005Notebook.up(db))()).toThrow(/already exists/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('highlights', 'notes', 'notes_fts')").all()).toEqual([]);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    db.close();
  });
});
