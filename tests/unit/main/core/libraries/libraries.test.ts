import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLibraryFile, createLibraryFile, libraryFileName, listLibraries, rememberLibrary, RECENT_MAX } from '../../../../../src/main/core/libraries/libraries';
import { readState } from '../../../../../src/main/core/libraries/state';
import { openLibrary } from '../../../../../src/main/core/db/open';
import { tempDir } from '../../../../helpers/library';

let t: ReturnType<typeof tempDir>;
let state: string;
beforeEach(() => {
  t = tempDir();
  state = join(t.dir, 'data', 'libraries.json');
});
afterEach(() => t.cleanup());

describe('libraries', () => {
  it('creates a library file, refuses to overwrite one, and opens it as a library', () => {
    const path = createLibraryFile('Summit 2024: Putin/Kim', t.dir);
    expect(path).toBe(join(t.dir, 'Summit 2024- Putin-Kim.db'));
    const db = openLibrary(path);
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(0);
    db.close();
    expect(() => createLibraryFile('Summit 2024: Putin/Kim', t.dir)).toThrow(/already a file/);
    expect(() => libraryFileName('///')).toThrow(/cannot be used as a library name/);
    expect(checkLibraryFile(path)).toBe(path);
  });

  it('keeps a recent list, newest first, without duplicates, capped', () => {
    const a = join(t.dir, 'a.db');
    const b = join(t.dir, 'b.db');
    rememberLibrary(state, a, new Date('2024-01-01'));
    rememberLibrary(state, b, new Date('2024-01-02'));
    rememberLibrary(state, a, new Date('2024-01-03'));
    const list = listLibraries(state, b);
    expect(list.current).toBe(b);
    expect(list.recent.map((r) => [r.name, r.openedAt, r.exists])).toEqual([
      ['a', '2024-01-03T00:00:00.000Z', false],
      ['b', '2024-01-02T00:00:00.000Z', false],
    ]);
    for (let i = 0; i < RECENT_MAX + 5; i++) rememberLibrary(state, join(t.dir, `l${i}.db`));
    expect(readState(state).recent).toHaveLength(RECENT_MAX);
    // The open library is listed even when it was never recorded.
    expect(listLibraries(state, join(t.dir, 'new.db')).recent[0]!.name).toBe('new');
  });

  it('treats an unreadable settings file as empty', () => {
    writeFileSync(join(t.dir, 'bad.json'), '{ not json');
    expect(readState(join(t.dir, 'bad.json'))).toEqual({ recent: [], schedules: {} });
  });

  it('refuses to open what is not a Parallax library', () => {
    expect(() => checkLibraryFile(join(t.dir, 'missing.db'))).toThrow(/There is no library at/);
    expect(() => checkLibraryFile(t.dir)).toThrow(/is a folder/);
    const text = join(t.dir, 'x.db');
    writeFileSync(text, 'hello '.repeat(50));
    expect(() => checkLibraryFile(text)).toThrow(/not a Parallax library/);
    const other = join(t.dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => checkLibraryFile(other)).toThrow(/not a Parallax library/);
  });
});
