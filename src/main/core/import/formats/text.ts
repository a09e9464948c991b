// Plain text as a user saves an article: the first non-empty line is the title, an optional
// "By …" line under it is the byline, the rest is the body.
import { ImportFileError, type ExtractedArticle, type FormatHandler, type SourceFile } from '../types';
import { decodeText, looksLikeText } from '../decode';
import { normaliseInline, normaliseText } from '../normalise';

/** A first line longer than this is prose, not a title (the title then comes from the file name). */
const MAX_TITLE_CHARS = 300;
const BYLINE = /^by\s+(\S.{1,120})$/i;

export function extractPlainText(raw: string, opts: { format?: string } = {}): ExtractedArticle {
  const lines = normaliseText(raw).split('\n');
  let title = '';
  let byline: string | null = null;
  let start = 0;
  const first = lines[0]?.trim() ?? '';
  if (first && first.length <= MAX_TITLE_CHARS) {
    title = normaliseInline(first, 500);
    start = 1;
    while (start < lines.length && !lines[start]!.trim()) start++;
    const by = BYLINE.exec(lines[start]?.trim() ?? '');
    // Only a byline standing on its own line (a paragraph of one line) counts.
    if (by && !lines[start + 1]?.trim()) {
      byline = normaliseInline(by[1], 300);
      start++;
    }
  }
  return {
    title,
    byline,
    outlet: null,
    url: null,
    published: null,
    language: null,
    excerpt: null,
    // Whole lines of normaliseText() output from a non-empty one on: still normalised.
    text: lines.slice(start).join('\n').trim(),
    textNormalised: true,
    html: null,
    format: opts.format ?? 'txt',
  };
}

export const textHandler: FormatHandler = {
  format: 'txt',
  extensions: ['txt', 'text'],
  extract(file: SourceFile) {
    if (!looksLikeText(file.bytes)) throw new ImportFileError('the file does not contain readable text (it looks like a binary file)');
    return [extractPlainText(decodeText(file.bytes).text)];
  },
};
