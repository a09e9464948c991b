// Filters that need tables other features add (notes, stories, reprint detection): whether this
// library has them. Read from the schema on each use (a handful of catalogue rows), so a
// migration that adds them takes effect without restarting search.
import type { Db } from '../db/open';
import { neededFeatures, type FilterSpec } from './filters';
import { cachedStatement } from '../db/statements';

export interface Features {
  /** A notes table with an article_id column. */
  notes: boolean;
  /** The column holding a note's text, when there is one (from a fixed list, never from input). */
  noteText: string | null;
  /** stories + story_articles tables. */
  stories: boolean;
  /** articles.reprint_of. */
  reprints: boolean;
  /** A highlights table (article_id, quote, comment): its comments and quotes count as notes. */
  highlights: boolean;
}

const NOTE_TEXT_COLUMNS = ['text', 'body', 'content', 'note'];

function columns(db: Db, table: string): string[] {
  return (cachedStatement(db, 'SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
}

export function features(db: Db): Features {
  const tables = new Set(
    (cachedStatement(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('notes', 'stories', 'story_articles', 'highlights')").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  const noteCols = tables.has('notes') ? columns(db, 'notes') : [];
  return {
    notes: noteCols.includes('article_id'),
    noteText: NOTE_TEXT_COLUMNS.find((c) => noteCols.includes(c)) ?? null,
    stories: tables.has('stories') && tables.has('story_articles'),
    reprints: columns(db, 'articles').includes('reprint_of'),
    highlights: tables.has('highlights') && ['article_id', 'quote', 'comment'].every((c) => columns(db, 'highlights').includes(c)),
  };
}

/**
 * A sentence for each filter this library cannot answer yet, or null when all can. Such a search
 * returns no results with this sentence rather than silently ignoring the filter.
 */
export function missingFeatures(db: Db, spec: FilterSpec): { message: string | null; features: Features | null } {
  const need = neededFeatures(spec);
  if (!need.notes && !need.stories && !need.reprints) return { message: null, features: null };
  const f = features(db);
  const gaps: string[] = [];
  if (need.notes && !f.notes) gaps.push('Notes are not searchable yet: this library has no notes.');
  else if (spec.notes.length + spec.notNotes.length > 0 && !f.noteText) gaps.push('The text of notes is not searchable yet; has:notes works.');
  if (need.stories && !f.stories) gaps.push('Stories are not searchable yet: group articles into stories first.');
  if (need.reprints && !f.reprints) gaps.push('Reprints are not detected in this library yet, so is:reprint cannot be answered.');
  return { message: gaps.length ? gaps.join(' ') : null, features: f };
}
