// Sentences shown to the user when a search finds nothing or could not be read as typed.
import type { Db } from '../db/open';
import { listOutlets } from '../repo/articles';
import { listTags } from '../repo/tags';
import type { QueryWord } from './compile';
import type { FilterSpec } from './filters';
import { suggest, type Vocabulary } from './vocab';

/** The query as it may be quoted back: no control characters, not too long. */
export function quote(q: string): string {
  const clean = q.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  return `“${clean.length > 80 ? `${clean.slice(0, 79)}…` : clean}”`;
}

export function nothingToSearch(q: string, emptyWords: number): string {
  if (q.trim() === '') return 'Type a word, a "phrase" or a filter such as outlet:Reuters to search.';
  if (emptyWords > 0) return `There is nothing to search for in ${quote(q)}: it has no letters or digits.`;
  return `There is nothing to search for in ${quote(q)}. Type words to search for; AND, OR, NOT and parentheses only join them.`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Did you mean": the query with each unknown word replaced by its likeliest correction, or null. */
export function didYouMean(q: string, words: QueryWord[], vocab: Vocabulary): string | null {
  let corrected = q;
  let changed = false;
  const seen = new Set<string>();
  for (const w of words) {
    if (seen.has(w.token)) continue;
    seen.add(w.token);
    const s = suggest(vocab, w.token);
    if (!s) continue;
    const re = new RegExp(escapeRegExp(w.raw), 'iu');
    if (re.test(corrected)) {
      corrected = corrected.replace(re, () => s);
      changed = true;
    }
  }
  return changed ? corrected : null;
}

/** Names the filter values that exist nowhere in the library, with near names when there are some. */
export function unknownFilterValues(db: Db, spec: FilterSpec): string | null {
  const notes: string[] = [];
  if (spec.outlets.length) {
    const known = listOutlets(db).map((o) => o.name);
    for (const o of spec.outlets) {
      if (known.some((k) => k.toLowerCase() === o.toLowerCase())) continue;
      const near = known.filter((k) => k.toLowerCase().includes(o.toLowerCase()) || o.toLowerCase().includes(k.toLowerCase())).slice(0, 3);
      notes.push(`There is no outlet called “${o}” in this library${near.length ? `; did you mean ${near.map((n) => `outlet:"${n}"`).join(' or ')}?` : '.'}`);
    }
  }
  if (spec.tags.length) {
    const known = listTags(db).map((t) => t.name);
    for (const t of spec.tags) {
      const lower = t.toLowerCase();
      // tag:region also matches region/korea: a parent that exists only through its children is known.
      if (known.some((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(`${lower}/`))) continue;
      notes.push(`No article is tagged “${t}”.`);
    }
  }
  return notes.length ? notes.join(' ') : null;
}

export function noMatches(q: string, hasWords: boolean, hasFilters: boolean): string {
  if (hasWords && hasFilters) return `No articles match ${quote(q)}. Try fewer words or loosen the filters.`;
  if (hasWords) return `No articles match ${quote(q)}. Try fewer words, OR between alternatives, or word~1 to allow a typo.`;
  return `No articles match the filters in ${quote(q)}.`;
}
