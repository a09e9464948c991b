// Temp libraries for tests: a real SQLite file in a fresh temp folder, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { openLibrary, type Db } from '../../src/main/core/db/open';
import { insertArticle, type NewArticle } from '../../src/main/core/repo/articles';
import { createHash } from 'node:crypto';

export function tempDir(prefix = 'parallax-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempLibrary(): { db: Db; path: string; cleanup: () => void } {
  const t = tempDir();
  const path = join(t.dir, 'library.db');
  const db = openLibrary(path);
  return {
    db,
    path,
    cleanup: () => {
      if (db.open) db.close();
      t.cleanup();
    },
  };
}

export function article(over: Partial<NewArticle> & { title: string; text: string }): NewArticle {
  return {
    byline: null,
    outlet: null,
    url: null,
    published: null,
    language: 'en',
    excerpt: null,
    html: null,
    wordCount: over.text.split(/\s+/).filter(Boolean).length,
    contentHash: createHash('sha256').update(over.text).digest('hex'),
    format: 'txt',
    sourcePath: null,
    ...over,
  };
}

export function addArticle(db: Db, over: Partial<NewArticle> & { title: string; text: string }): number {
  return insertArticle(db, article(over));
}

/** The shared corpus beside the repo (../shared/corpus); tests that need it skip when it is absent. */
export const corpusDir = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
export const hasCorpus = existsSync(corpusDir);
export function corpus(...parts: string[]): string {
  return join(corpusDir, ...parts);
}
