// The exact-duplicate key: the same article saved twice (or as .html and .txt) must hash the
// same, so the text is folded first: Unicode-normalised, lower-cased, whitespace collapsed.
import { createHash } from 'node:crypto';

export function foldForHash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the folded text; stored in articles.content_hash (UNIQUE). */
export function contentHash(text: string): string {
  return createHash('sha256').update(foldForHash(text), 'utf8').digest('hex');
}
