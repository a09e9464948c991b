// The shapes that flow through the import pipeline:
//   source files → (containers expand archives) → a format handler extracts → normalise →
//   sanitize HTML (last) → dedupe → store.

/** One file's bytes, already read within the size cap. */
export interface SourceFile {
  /** Where it came from, for the import log: an absolute path, "archive.zip!/inner/a.html", or an uploaded name. */
  path: string;
  /** The file name (last path segment), used for extension-based detection. */
  name: string;
  bytes: Uint8Array;
}

/** What a format handler pulls out of a file; one file may hold many articles (feeds, JSON, CSV). */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 8601 (YYYY-MM-DD or full date-time) or null. */
  published: string | null;
  /** BCP 47 language tag as declared by the source, or null (the pipeline detects it). */
  language: string | null;
  excerpt: string | null;
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  /** The text is already as normaliseText() leaves it (normalise.ts): it is not normalised twice. */
  textNormalised?: boolean;
  /** Unsanitized HTML of the body when the source had one; the pipeline sanitizes it last. */
  html: string | null;
  /** Short format name stored with the article: txt, md, html, pdf, docx, eml, rss, json, csv… */
  format: string;
  /** Fields the source had that the schema has no column for (kept as extra metadata). */
  extra?: Record<string, unknown>;
}

export interface ExtractContext {
  /** Aborted when the user cancels or the per-file time limit passes. */
  signal: AbortSignal;
  /**
   * Notes a part of the file that was left out on purpose (an archive entry with an unsafe path,
   * records or feed items without text); the import log records it as 'skipped' with the reason,
   * and the rest of the file is imported.
   */
  warn?(path: string, reason: string): void;
}

export interface FormatHandler {
  format: string;
  /** Lower-case extensions without the dot, for detection by name. */
  extensions: string[];
  /** Detection by content: true when the bytes look like this format whatever the name says. */
  sniff?(file: SourceFile): boolean;
  extract(file: SourceFile, ctx: ExtractContext): Promise<ExtractedArticle[]> | ExtractedArticle[];
}

/** An archive format that expands into more source files (zip…), with its own caps. */
export interface ContainerHandler {
  format: string;
  extensions: string[];
  sniff?(file: SourceFile): boolean;
  expand(file: SourceFile, ctx: ExtractContext): Promise<SourceFile[]> | SourceFile[];
}

/** An error about one file that the user should read (the batch goes on). */
export class ImportFileError extends Error {}
