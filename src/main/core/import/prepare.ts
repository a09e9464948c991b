// From what a handler extracted to the row that is stored: text normalised and stripped of
// chrome, HTML sanitized (last), language resolved, metadata cleaned, content hashed and its
// near-duplicate signature and its stemmed index row computed (all here, where extraction runs
// in parallel, rather than in the one thread that writes).
import type { NewArticle } from '../repo/articles';
import type { ExtractedArticle } from './types';
import { cleanArticleText, normaliseInline, wordCount } from './normalise';
import { sanitizeHtml } from './sanitize';
import { resolveLanguage } from './language';
import { normaliseDate } from './dates';
import { contentHash } from './hash';
import { httpUrl } from './formats/html-metadata';
import { computeSignature, signatureToBytes } from './signature';
import { analyzeArticle } from '../search/analyze';

/** The file name without folders and extension, the title of last resort. */
export function fileStem(path: string): string {
  const base = path.split(/[\\/!]/).filter(Boolean).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export type Prepared = { ok: true; article: NewArticle } | { ok: false; message: string };

export function prepareArticle(a: ExtractedArticle, sourcePath: string, fallbackTitle: string): Prepared {
  const text = cleanArticleText(a.text ?? '', a.textNormalised === true);
  if (!text) return { ok: false, message: 'no article text found' };
  const title = normaliseInline(a.title, 500) || normaliseInline(fallbackTitle, 500) || 'Untitled';
  const signature = computeSignature(text);
  const byline = normaliseInline(a.byline, 300) || null;
  const language = resolveLanguage(a.language, text);
  return {
    ok: true,
    article: {
      title,
      byline,
      outlet: normaliseInline(a.outlet, 200) || null,
      url: httpUrl(a.url),
      published: normaliseDate(a.published),
      language,
      excerpt: normaliseInline(a.excerpt, 1000) || null,
      text,
      html: sanitizeHtml(a.html),
      wordCount: wordCount(text),
      contentHash: contentHash(text),
      format: normaliseInline(a.format, 20) || 'txt',
      sourcePath,
      signature: signature ? signatureToBytes(signature) : null,
      // Stemmed here too, in parallel, rather than in the one thread that writes.
      analysed: analyzeArticle({ title, byline, text, language }),
    },
  };
}
