// The claims matrix as CSV (RFC 4180): one row per claim, one column per compared article
// holding that article's sentence for the claim (empty when it does not carry it), and, when
// columns hold several articles (outlet groups), how many of each column's articles carry it.
// A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
// leading apostrophe: article text is hostile and CSV files are opened in spreadsheets.
import type { CompareRunT } from '../compare/library-compare';
import { articleLabel } from './compare-report-model';

export function csvCell(value: string | number | null | undefined, opts: { text?: boolean } = { text: true }): string {
  let s = value == null ? '' : String(value);
  if (opts.text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimsCsv(run: CompareRunT): string {
  const perColumn = run.groupBy === 'group' || run.columns.some((c) => c.articleIds.length > 1);
  const head = [
    'claim_id',
    'claim',
    'articles_carrying',
    'independent_carriers',
    'first_reported_by',
    ...run.meta.map((a) => articleLabel(run, a.id)),
    ...(perColumn ? run.columns.map((c) => `${c.label} (articles carrying)`) : []),
  ];
  const rows = run.claims
    .toSorted((x, y) => y.carriedBy.length - x.carriedBy.length || x.id - y.id)
    .map((c) => [
      csvCell(c.id, {}),
      csvCell(c.text),
      csvCell(c.carriedBy.length, {}),
      csvCell(c.independentCarriers, {}),
      csvCell(c.firstReportedBy, {}),
      ...run.meta.map((a) => csvCell(c.sentences[String(a.id)] ?? '')),
      ...(perColumn ? run.columns.map((col) => csvCell(col.articleIds.filter((id) => c.carriedBy.includes(id)).length, {})) : []),
    ]);
  // A byte-order mark so that spreadsheet programs read the file as UTF-8 (Cyrillic, Korean…).
  return `\ufeff${[head.map((h) => csvCell(h)), ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}
