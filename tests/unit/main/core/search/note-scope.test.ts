import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { search } from '../../../../../src/main/core/search';
import { addArticle, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.cleanup());

const q = (text: string) => search(lib.db, { q: text, offset: 0, limit: 10, sort: 'relevance' });

describe('note: scope', () => {
  it('finds articles by their note, highlight comments and highlighted passages', () => {
    const a = addArticle(lib.db, { title: 'Summit', text: 'The leaders met and signed a treaty in the capital.' });
    const b = addArticle(lib.db, { title: 'Markets', text: 'Wheat prices fell for a third day.' });
    const now = '2024-06-19T00:00:00Z';
    lib.db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(b, 'check the grain figures', now, now);
    lib.db
      .prepare("INSERT INTO highlights (article_id, start_offset, end_offset, quote, comment, created_at, updated_at) VALUES (?, 4, 11, 'leaders', 'verify with embassy', ?, ?)")
      .run(a, now, now);
    expect(q('note:embassy').hits.map((h) => h.id)).toEqual([a]);
    expect(q('note:leaders').hits.map((h) => h.id)).toEqual([a]);
    expect(q('note:grain').hits.map((h) => h.id)).toEqual([b]);
    expect(q('-note:embassy has:notes').hits.map((h) => h.id)).toEqual([b]);
    expect(q('note:nothing-like-this').total).toBe(0);
  });
});
