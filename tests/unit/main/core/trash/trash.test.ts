import { readFileSync, existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTrash, moveToTrash, restoreFromTrash } from '../../../../../src/main/core/trash/trash';
import { undoLast } from '../../../../../src/main/core/tags/undo';
import { createHighlight } from '../../../../../src/main/core/notebook/highlights';
import { saveNote } from '../../../../../src/main/core/notebook/notes';
import { listTrash } from '../../../../../src/main/core/repo/trash';
import { tagsFor, updateTags } from '../../../../../src/main/core/repo/tags';
import { countArticles } from '../../../../../src/main/core/repo/articles';
import { search } from '../../../../../src/main/core/search';
import { addArticle } from '../../../../helpers/library';
import { notebookLibrary } from '../notebook/helpers';

let lib: ReturnType<typeof notebookLibrary>;
beforeEach(() => (lib = notebookLibrary()));
afterEach(() => lib.cleanup());

const find = (q: string) => search(lib.db, { q, offset: 0, limit: 50, sort: 'relevance' }).hits.map((h) => h.id);

function seed() {
  const keep = addArticle(lib.db, { title: 'Keep me', outlet: 'Reuters', text: 'An ordinary report about the summit and the treaty.' });
  const gone = addArticle(lib.db, {
    title: 'Secret source',
    outlet: 'NK News',
    text: 'The informant codenamed xylophonequartz described the route across the border.',
  });
  updateTags(lib.db, [keep, gone], ['summit'], []);
  updateTags(lib.db, [gone], ['sources/protected'], []);
  saveNote(lib.db, gone, 'Never publish the name mentioned by xylophonequartz');
  const h = createHighlight(lib.db, { articleId: gone, start: 4, end: 13, color: 'pink', comment: 'who is this' });
  return { keep, gone, highlight: h.id };
}

describe('trash', () => {
  it('hides a deleted article everywhere and restores it whole, tags, note and highlight included', () => {
    const { keep, gone, highlight } = seed();
    expect(find('xylophonequartz')).toEqual([gone]);
    const r = moveToTrash(lib.db, [gone, 99999]);
    expect(r.trashed).toBe(1);
    expect(countArticles(lib.db)).toBe(1);
    expect(find('xylophonequartz')).toEqual([]);
    expect(find('informant')).toEqual([]);
    expect(tagsFor(lib.db, keep)).toEqual(['summit']);
    expect(listTrash(lib.db, 0, 10).items).toEqual([expect.objectContaining({ articleId: gone, title: 'Secret source', outlet: 'NK News' })]);
    const back = restoreFromTrash(lib.db, r.trashIds);
    expect(back.restored).toEqual([{ trashId: r.trashIds[0], articleId: gone }]);
    expect(find('xylophonequartz')).toEqual([gone]);
    expect(tagsFor(lib.db, gone)).toEqual(['sources/protected', 'summit']);
    expect(lib.db.prepare('SELECT body FROM notes WHERE article_id = ?').get(gone)).toEqual({ body: 'Never publish the name mentioned by xylophonequartz' });
    expect(lib.db.prepare('SELECT id, comment FROM highlights WHERE article_id = ?').all(gone)).toEqual([{ id: highlight, comment: 'who is this' }]);
    expect(listTrash(lib.db, 0, 10).total).toBe(0);
    expect(lib.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('puts back references other tables held (import log) and gives a new id when the old one was taken', () => {
    const { gone } = seed();
    lib.db.prepare("INSERT INTO import_log (job_id, path, outcome, article_id, at) VALUES ('j', '/x.html', 'imported', ?, 'now')").run(gone);
    const r = moveToTrash(lib.db, [gone]);
    expect(lib.db.prepare('SELECT article_id FROM import_log').get()).toEqual({ article_id: null });
    // Without AUTOINCREMENT the next import may reuse the highest id.
    const reused = addArticle(lib.db, { title: 'New one', text: 'a different article entirely' });
    expect(reused).toBe(gone);
    const back = restoreFromTrash(lib.db, r.trashIds);
    const newId = back.restored[0]!.articleId;
    expect(newId).not.toBe(gone);
    expect(lib.db.prepare('SELECT article_id FROM import_log').get()).toEqual({ article_id: newId });
    expect(tagsFor(lib.db, newId)).toEqual(['sources/protected', 'summit']);
    expect(lib.db.prepare('SELECT article_id FROM notes').all()).toEqual([{ article_id: newId }]);
    expect(find('xylophonequartz')).toEqual([newId]);
  });

  it('keeps binary columns of related rows intact through the trash', () => {
    const { gone } = seed();
    lib.db.exec('CREATE TABLE signatures (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, sig BLOB NOT NULL)');
    const sig = Buffer.from([0, 1, 2, 250, 255]);
    lib.db.prepare('INSERT INTO signatures VALUES (?, ?)').run(gone, sig);
    const r = moveToTrash(lib.db, [gone]);
    expect(lib.db.prepare('SELECT count(*) AS n FROM signatures').get()).toEqual({ n: 0 });
    restoreFromTrash(lib.db, r.trashIds);
    expect((lib.db.prepare('SELECT sig FROM signatures WHERE article_id = ?').get(gone) as { sig: Buffer }).sig.equals(sig)).toBe(true);
  });

  it('undo.last brings trashed articles back', () => {
    const { gone } = seed();
    moveToTrash(lib.db, [gone]);
    expect(undoLast(lib.db).undone).toBe('move “Secret source” to the trash');
    expect(countArticles(lib.db)).toBe(2);
  });

  it('does not restore over an article imported again meanwhile, and says why', () => {
    const { gone } = seed();
    const r = moveToTrash(lib.db, [gone]);
    const again = addArticle(lib.db, { title: 'Secret source', text: 'The informant codenamed xylophonequartz described the route across the border.' });
    const back = restoreFromTrash(lib.db, r.trashIds);
    expect(back.restored).toEqual([]);
    expect(back.conflicts[0]!.message).toContain(`article ${again}`);
    expect(listTrash(lib.db, 0, 10).total).toBe(1);
  });

  it('emptying the trash purges the unique word from the index and from the file bytes', () => {
    const { gone } = seed();
    moveToTrash(lib.db, [gone]);
    const needle = Buffer.from('xylophonequartz');
    lib.db.pragma('wal_checkpoint(TRUNCATE)');
    // Before the purge the word is on disk (in the trash row and the index's old segments).
    expect(readFileSync(lib.path).includes(needle)).toBe(true);
    expect(emptyTrash(lib.db)).toBe(1);
    expect(listTrash(lib.db, 0, 10).total).toBe(0);
    const vocab = lib.db.prepare("SELECT term FROM articles_vocab WHERE term IN ('xylophonequartz', 'informant')").all();
    expect(vocab).toEqual([]);
    expect(lib.db.prepare("SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH 'xylophonequartz'").get()).toEqual({ n: 0 });
    expect(lib.db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    expect(readFileSync(lib.path).includes(needle)).toBe(false);
    const wal = `${lib.path}-wal`;
    if (existsSync(wal)) expect(readFileSync(wal).includes(needle)).toBe(false);
    // The article that stayed is still found.
    expect(find('summit')).toHaveLength(1);
  });
});
