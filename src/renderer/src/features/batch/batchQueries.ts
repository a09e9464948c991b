// A pasted list of queries, one per line, as search.batch takes it.

/** The non-empty lines of a pasted list, trimmed, duplicates kept once (exported for tests). */
export function batchQueries(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const q = line.trim();
    if (q && !seen.has(q)) {
      seen.add(q);
      out.push(q);
    }
  }
  return out;
}
