// The exact-duplicate key: the same article saved twice (or as .html and .txt) must hash the
// same, so the text is folded first: Unicode-normalised, lower-cased, whitespace collapsed.
import { createHash } from 'node:crypto';

export function foldForHash(text: string): string {
  // Same as replace(/\s+/g, ' '), without replacing each single space by itself.
  return text.normalize('NFKC').toLowerCase().replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** sha256 (hex) of the folded text; stored in articles.content_hash (UNIQUE). */
export function contentHash(text: string): string {
  return createHash('sha256').update(foldForHash(text), 'utf8').digest('hex');
}
