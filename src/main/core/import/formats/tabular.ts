// Many articles per file: JSON (an array, or {articles|items|data|results…: […]}), NDJSON/JSON Lines
// and CSV/TSV exports, mapped field by field (./tabular-fields.ts). Rows without text are skipped
// and counted; a file where no row has text is an error that names the columns it did find.
import { decodeHead, decodeText } from '../decode';
import type { ExtractContext, ExtractedArticle, FormatHandler, SourceFile } from '../types';
import { ImportFileError } from '../types';
import { DELIMITERS, parseCsv, sniffDelimiter } from './tabular-csv';
import { fieldOf, mapRecord } from './tabular-fields';

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const ES_SOURCE = '_source';
const ES_ID = '_id';
const LIST_KEYS = ['articles', 'items', 'data', 'results', 'posts', 'entries', 'documents', 'docs', 'records', 'rows', 'stories', 'news', 'hits'];

/** Finds the list of article records in a parsed JSON value (Guardian {response: {results}}, Elasticsearch hits.hits too). */
function findRecords(v: unknown, depth = 0): Rec[] | null {
  if (Array.isArray(v)) {
    const recs = v.filter(isRecord);
    if (recs.length === 0) return null;
    // Elasticsearch and similar: the document is in _source.
    return recs.map((r) => {
      const doc = r[ES_SOURCE];
      return isRecord(doc) ? { ...doc, ...(typeof r[ES_ID] === 'string' ? { [ES_ID]: r[ES_ID] } : {}) } : r;
    });
  }
  if (!isRecord(v) || depth > 3) return null;
  for (const k of Object.keys(v)) {
    if (LIST_KEYS.includes(k.toLowerCase())) {
      const found = findRecords(v[k], depth + 1);
      if (found) return found;
    }
  }
  for (const k of ['response', 'result', 'data', 'payload']) {
    if (isRecord(v[k])) {
      const found = findRecords(v[k], depth + 1);
      if (found) return found;
    }
  }
  // A single article object.
  return Object.keys(v).some((k) => fieldOf(k) === 'text' || fieldOf(k) === 'html') ? [v] : null;
}

function toArticles(file: SourceFile, ctx: ExtractContext, records: Rec[], format: string, unreadable = 0): ExtractedArticle[] {
  const out: ExtractedArticle[] = [];
  for (const r of records) {
    const a = mapRecord(r, format);
    if (a) out.push(a);
  }
  const skipped = records.length - out.length;
  if (out.length === 0) {
    const keys = [...new Set(records.slice(0, 50).flatMap((r) => Object.keys(r)))].slice(0, 20);
    throw new ImportFileError(
      records.length === 0
        ? `${file.name} holds no article records.`
        : `None of the ${records.length} records in ${file.name} has any text (looked for a text, body, content or article field; found: ${keys.join(', ') || 'nothing'}).`,
    );
  }
  if (skipped > 0) ctx.warn?.(file.path, `${skipped} of ${records.length} records without any text were skipped`);
  if (unreadable > 0) ctx.warn?.(file.path, `${unreadable} lines that are not valid JSON were skipped`);
  return out;
}

function readText(file: SourceFile): string {
  return decodeText(file.bytes).text.replace(/^\ufeff/, '');
}

function extractJson(file: SourceFile, ctx: ExtractContext): ExtractedArticle[] {
  const text = readText(file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // A .json file that is really JSON Lines.
    if (looksLikeNdjson(text)) return extractNdjson(file, ctx);
    throw new ImportFileError(`${file.name} is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const records = findRecords(value);
  if (!records) throw new ImportFileError(`${file.name} holds no list of articles (expected an array, or an object with "articles" or "items").`);
  return toArticles(file, ctx, records, 'json');
}

function extractNdjson(file: SourceFile, ctx: ExtractContext): ExtractedArticle[] {
  const records: Rec[] = [];
  let unreadable = 0;
  for (const line of readText(file).split(/\r?\n/)) {
    if (!line.trim()) continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isRecord(v)) records.push(v);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  if (records.length === 0) throw new ImportFileError(`${file.name} has no JSON object on any line.`);
  return toArticles(file, ctx, records, 'ndjson', unreadable);
}

function extractCsv(file: SourceFile, ctx: ExtractContext): ExtractedArticle[] {
  const text = readText(file);
  const tabByName = /\.tsv$/i.test(file.name) ? '\t' : null;
  const delimiter = tabByName ?? sniffDelimiter(text);
  if (!delimiter) throw new ImportFileError(`${file.name} does not look like a table: no comma, semicolon or tab separates its columns consistently.`);
  const [header, ...rows] = parseCsv(text, delimiter);
  if (!header || rows.length === 0) throw new ImportFileError(`${file.name} has a header row but no data rows.`);
  const names = header.map((h, i) => h.trim() || `column${i + 1}`);
  const records = rows.map((row) => {
    const r: Rec = {};
    names.forEach((name, i) => {
      if (name !== '__proto__') r[name] = row[i] ?? '';
    });
    return r;
  });
  return toArticles(file, ctx, records, 'csv');
}

function firstNonSpace(file: SourceFile, bytes = 4096): string {
  return decodeHead(file.bytes, bytes).text.replace(/^\ufeff/, '').trimStart();
}

function looksLikeNdjson(text: string): boolean {
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/).filter((l) => l.trim()).slice(0, 5);
  const objects = lines.map((l) => {
    try {
      return isRecord(JSON.parse(l));
    } catch {
      return false;
    }
  });
  return objects[0] === true && objects.filter(Boolean).length >= 2;
}

export const jsonHandler: FormatHandler = {
  format: 'json',
  extensions: ['json'],
  sniff(file) {
    const head = firstNonSpace(file);
    // An array of objects, or an object whose first key names a list of articles.
    return /^\[\s*\{/.test(head) || new RegExp(`^\\{\\s*"(${LIST_KEYS.join('|')}|response|status|totalResults)"`, 'i').test(head);
  },
  extract: extractJson,
};

export const ndjsonHandler: FormatHandler = {
  format: 'ndjson',
  extensions: ['ndjson', 'jsonl'],
  sniff(file) {
    // One object per line: the first line opens an object with a key on the same line (a
    // pretty-printed JSON object does not) and is complete, or is longer than the sample.
    const head = firstNonSpace(file, 64 * 1024);
    const lines = head.split(/\r?\n/).filter((l) => l.trim());
    const firstLine = lines[0] ?? '';
    if (!/^\{\s*"[^"\n]*"\s*:/.test(firstLine)) return false;
    if (lines.length === 1) return true;
    try {
      return isRecord(JSON.parse(firstLine));
    } catch {
      return false;
    }
  },
  extract: extractNdjson,
};

/**
 * False only when the first line cannot be a header the full sniff below accepts: that header is
 * the first record at one of the delimiters, and it must name a text or HTML column and one more
 * known field. A quote opens a quoted field only at the start of a field (parseCsv); a line where
 * no quote does, for any delimiter, is its own first record, split at the delimiter. Otherwise
 * (a quoted field that may run on), and for a line longer than the sample, the full sniff decides.
 */
function mayBeCsvHeader(head: string): boolean {
  const end = head.search(/[\r\n]/);
  if (end < 0) return true;
  const line = head.slice(0, end);
  if (line.startsWith('"') || DELIMITERS.some((d) => line.includes(`${d}"`))) return true;
  return DELIMITERS.some((d) => {
    const cells = line.split(d);
    return cells.length >= 2 && cells.some((h) => fieldOf(h) === 'text' || fieldOf(h) === 'html') && cells.filter((h) => fieldOf(h)).length >= 2;
  });
}

export const csvHandler: FormatHandler = {
  format: 'csv',
  extensions: ['csv', 'tsv'],
  sniff(file) {
    // Every .txt and .md goes through here: rule out, from the first line alone, a file whose
    // header could not name an article column, before decoding and parsing 64 KB of it.
    if (!mayBeCsvHeader(firstNonSpace(file))) return false;
    // Text fields make long records: judge the delimiter on the first 64 KB.
    const head = firstNonSpace(file, 64 * 1024);
    if (/^[<{[]/.test(head)) return false;
    const delimiter = sniffDelimiter(head, file.bytes.length > 64 * 1024);
    if (!delimiter) return false;
    const header = parseCsv(head, delimiter, 1)[0] ?? [];
    // Only claim a table whose header names an article field we know, including one with text.
    return header.some((h) => fieldOf(h) === 'text' || fieldOf(h) === 'html') && header.filter((h) => fieldOf(h)).length >= 2;
  },
  extract: extractCsv,
};
