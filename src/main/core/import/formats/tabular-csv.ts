// CSV/TSV per RFC 4180, as spreadsheets really write it: quoted fields with doubled quotes and line
// breaks inside, CRLF or LF, a delimiter that may be a comma, a semicolon (European Excel) or a tab.

export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Parses CSV text into records (arrays of fields). A quote opens a quoted field only at its start. */
export function parseCsv(text: string, delimiter: string, maxRecords = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  while (i < n && rows.length < maxRecords) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      // Quoted field: runs to the next lone quote.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          field += text.slice(i); // unterminated: take the rest, as spreadsheets do
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      atFieldStart = false;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (rows.length < maxRecords && (field !== '' || row.length > 0)) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines are not records.
  return rows.filter((r) => r.length > 1 || (r[0] ?? '').trim() !== '');
}

/**
 * The delimiter that splits the first records into the same, largest number of fields.
 * Quotes are honoured, so commas inside quoted text do not count. `cutShort`: the text is only
 * the start of the file.
 */
export function sniffDelimiter(text: string, cutShort = false): string | null {
  const sample = text.slice(0, 64 * 1024);
  const truncated = cutShort || text.length > sample.length;
  let best: { d: string; fields: number; score: number } | null = null;
  for (const d of DELIMITERS) {
    const records = parseCsv(sample, d, 12);
    // The last sampled record may be cut off by the sample's end.
    const full = truncated && records.length > 1 && records.length < 12 ? records.slice(0, -1) : records;
    const width = full[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = full.filter((r) => r.length === width).length / full.length;
    const score = consistent * 10 + Math.min(width, 50) / 50;
    if (consistent >= 0.8 && (!best || score > best.score)) best = { d, fields: width, score };
  }
  return best?.d ?? null;
}
