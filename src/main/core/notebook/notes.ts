// The note of an article: Markdown, saved as the user types (an upsert); an empty note is removed
// so that has:notes finds only articles with something written about them.
import type { Output } from '../../../shared/contract';
import type { Db } from '../db/open';
import { NotFoundError } from '../api/errors';
import { articleExists, deleteNote, getNote, upsertNote } from '../repo/notes';

type Note = NonNullable<Output<'notes.get'>>;

export function noteOf(db: Db, articleId: number): Note | null {
  if (!articleExists(db, articleId)) throw new NotFoundError(`There is no article with id ${articleId} in this library.`);
  return getNote(db, articleId) ?? null;
}

export function saveNote(db: Db, articleId: number, body: string): Note | null {
  if (!articleExists(db, articleId)) throw new NotFoundError(`There is no article with id ${articleId} in this library.`);
  if (body.trim() === '') {
    deleteNote(db, articleId);
    return null;
  }
  upsertNote(db, articleId, body);
  return getNote(db, articleId)!;
}
