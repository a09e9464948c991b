import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlight, highlightsOf, removeHighlight, updateHighlight } from '../../../../../src/main/core/notebook/highlights';
import { noteOf, saveNote } from '../../../../../src/main/core/notebook/notes';
import { embedHighlight, pageById, pageLinks, pageSummaries, removePage, savePage } from '../../../../../src/main/core/notebook/pages';
import { addArticle } from '../../../../helpers/library';
import { notebookLibrary } from './helpers';

const TEXT = 'Leaders signed a treaty in Pyongyang. Kim called it the "fiery friendship" of two nations. Seoul protested.';

let lib: ReturnType<typeof notebookLibrary>;
let id: number;
beforeEach(() => {
  lib = notebookLibrary();
  id = addArticle(lib.db, { title: 'Treaty signed', outlet: 'KCNA', published: '2024-06-19', text: TEXT });
});
afterEach(() => lib.cleanup());

const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
/** What notes_fts finds for a word: [kind, article_id, ref_id] rows. */
const fts = (word: string) =>
  lib.db.prepare('SELECT kind, article_id AS articleId, ref_id AS refId FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid').all(word);

describe('highlights', () => {
  it('stores the quote and context, and follows the passage when the text changes', () => {
    const h = createHighlight(lib.db, { articleId: id, ...at('fiery friendship'), color: 'pink', comment: 'rhetoric' });
    expect(h).toMatchObject({ quote: 'fiery friendship', color: 'pink', comment: 'rhetoric', anchor: 'exact' });
    lib.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(`Updated. ${TEXT}`, id);
    const [moved] = highlightsOf(lib.db, id);
    expect(moved).toMatchObject({ anchor: 'moved', start: h.start + 9, quote: 'fiery friendship' });
    lib.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run('Nothing of that remains here at all, sorry.', id);
    const [lost] = highlightsOf(lib.db, id);
    expect(lost).toMatchObject({ anchor: 'lost', quote: 'fiery friendship' });
  });

  it('uses the quote the reader saw when its offsets are slightly off', () => {
    const { start, end } = at('Seoul protested');
    const h = createHighlight(lib.db, { articleId: id, start: start - 3, end: end - 3, quote: 'Seoul protested', color: 'yellow', comment: '' });
    expect([h.start, h.end]).toEqual([start, end]);
    expect(() => createHighlight(lib.db, { articleId: id, start: 0, end: 5, quote: 'not in the text at all', color: 'yellow', comment: '' })).toThrow(/could not be found/);
    expect(() => createHighlight(lib.db, { articleId: id, start: 0, end: 5000, color: 'yellow', comment: '' })).toThrow(/past the end/);
    expect(() => createHighlight(lib.db, { articleId: 999, start: 0, end: 5, color: 'yellow', comment: '' })).toThrow('There is no article with id 999 in this library.');
  });

  it('makes comments and quoted passages searchable, and forgets them when deleted', () => {
    const h = createHighlight(lib.db, { articleId: id, ...at('Seoul protested'), color: 'yellow', comment: 'check with the ministry' });
    expect(fts('ministry')).toEqual([{ kind: 'highlight', articleId: id, refId: h.id }]);
    expect(fts('protested')).toEqual([{ kind: 'highlight', articleId: id, refId: h.id }]);
    updateHighlight(lib.db, h.id, { comment: 'ask the embassy' });
    expect(fts('ministry')).toEqual([]);
    expect(fts('embassy')).toHaveLength(1);
    expect(removeHighlight(lib.db, h.id)).toBe(true);
    expect(fts('embassy')).toEqual([]);
  });
});

describe('notes', () => {
  it('autosaves as an upsert, is searchable, and an empty note is removed', () => {
    expect(noteOf(lib.db, id)).toBeNull();
    const first = saveNote(lib.db, id, 'Compare with **Yonhap**');
    expect(first).toMatchObject({ articleId: id, body: 'Compare with **Yonhap**' });
    saveNote(lib.db, id, 'Compare with Yonhap and TASS');
    expect(noteOf(lib.db, id)!.body).toBe('Compare with Yonhap and TASS');
    expect(fts('tass')).toEqual([{ kind: 'note', articleId: id, refId: id }]);
    expect(saveNote(lib.db, id, '   ')).toBeNull();
    expect(fts('tass')).toEqual([]);
    expect(lib.db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });
});

describe('notebook pages', () => {
  it('saves pages with links, embeds a passage with provenance, and lists them', () => {
    const h = createHighlight(lib.db, { articleId: id, ...at('fiery friendship'), color: 'yellow', comment: '' });
    const quote = embedHighlight(lib.db, h.id);
    expect(quote).toBe(`> fiery friendship\n>\n> — [KCNA, 19 June 2024: “Treaty signed”](parallax://article/${id}#h${h.id})\n`);
    const page = savePage(lib.db, { title: 'Summit language', body: `How the pact was framed:\n\n${quote}\nSee also parallax://article/424242.` });
    expect(page.links).toEqual([
      { articleId: id, highlightId: h.id, exists: true, title: 'Treaty signed' },
      { articleId: 424242, highlightId: null, exists: false, title: null },
    ]);
    expect(pageSummaries(lib.db)).toEqual([expect.objectContaining({ id: page.id, title: 'Summit language', excerpt: expect.stringContaining('How the pact was framed') })]);
    expect(fts('framed')).toEqual([{ kind: 'page', articleId: null, refId: page.id }]);
    const edited = savePage(lib.db, { id: page.id, title: 'Summit words', body: 'short' });
    expect(pageById(lib.db, page.id)).toMatchObject({ title: 'Summit words', body: 'short', links: [] });
    expect(edited.id).toBe(page.id);
    expect(() => savePage(lib.db, { id: 999, title: 'x', body: '' })).toThrow('There is no notebook page with id 999.');
    expect(removePage(lib.db, page.id)).toBe(true);
    expect(fts('short')).toEqual([]);
  });

  it('finds each distinct link once, in order', () => {
    expect(pageLinks('a parallax://article/3 b parallax://article/3#h9 c parallax://article/3')).toEqual([
      { articleId: 3, highlightId: null },
      { articleId: 3, highlightId: 9 },
    ]);
  });
});
