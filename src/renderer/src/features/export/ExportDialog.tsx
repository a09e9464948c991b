// Export the selected articles or the list in view: CSV for review spreadsheets, JSON, a
// Markdown bundle (zip), or citations (CSL-JSON, BibTeX, RIS) for Zotero; "Copy reference"
// puts formatted reference lines on the clipboard.
import { useState } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showInfo } from '../../components/Toast';
import { formatCount, plural } from '../../lib/format';
import { Dialog } from '../settings/Dialog';
import { collectIds } from './collectIds';
import { downloadFile as download } from '../../lib/download';

export interface ExportSource {
  selectedIds: number[];
  /** The query selecting the list in view; null = the whole library. */
  resultQuery: string | null;
  resultTotal: number | null;
  /** "results for “x”", "tag “y”", "the whole library". */
  resultLabel: string;
}

type Format = 'csv' | 'json' | 'md' | 'csl' | 'bibtex' | 'ris';
const FORMATS: { value: Format; label: string }[] = [
  { value: 'csv', label: 'CSV — spreadsheet for review' },
  { value: 'json', label: 'JSON — full records' },
  { value: 'md', label: 'Markdown bundle (zip, with notes and highlights)' },
  { value: 'csl', label: 'Citations: CSL-JSON (Zotero)' },
  { value: 'bibtex', label: 'Citations: BibTeX' },
  { value: 'ris', label: 'Citations: RIS' },
];
const CITATION_MAX = 50_000;
const ARTICLE_MAX = 200_000;

interface Props {
  source: ExportSource;
  initialScope?: 'selected' | 'results';
  onClose(): void;
}

export function ExportDialog({ source, initialScope, onClose }: Props) {
  const hasSelection = source.selectedIds.length > 0;
  const [scope, setScope] = useState<'selected' | 'results'>(initialScope ?? (hasSelection ? 'selected' : 'results'));
  const [format, setFormat] = useState<Format>('csv');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const report = useReportError();

  async function ids(max: number): Promise<number[]> {
    if (scope === 'selected') return source.selectedIds.slice(0, max);
    return collectIds(source.resultQuery, max);
  }

  async function run(): Promise<void> {
    setBusy(true);
    setDone(null);
    try {
      let file;
      if (format === 'csv' || format === 'json' || format === 'md') {
        const target = scope === 'results' && source.resultQuery !== null ? { query: source.resultQuery } : { ids: await ids(ARTICLE_MAX) };
        file = await api.invoke('export.articles', { ...target, format });
      } else {
        file = await api.invoke('export.citations', { ids: await ids(CITATION_MAX), style: format });
      }
      download(file);
      setDone(`Exported ${plural(file.count, format === 'csv' || format === 'json' || format === 'md' ? 'article' : 'reference')} as ${file.filename}.`);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  async function copyReference(): Promise<void> {
    setBusy(true);
    try {
      const file = await api.invoke('export.citations', { ids: await ids(CITATION_MAX), style: 'text' });
      await navigator.clipboard.writeText(file.content);
      showInfo(file.count === 1 ? 'Reference copied to the clipboard' : `${formatCount(file.count)} references copied to the clipboard`);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  const resultCount = source.resultTotal === null ? '' : ` (${formatCount(source.resultTotal)})`;
  return (
    <Dialog
      title="Export"
      testId="export-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" data-testid="copy-reference" disabled={busy} onClick={() => void copyReference()}>
            Copy reference
          </button>
          <span className="spacer" />
          <button type="button" className="button ghost" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button primary" data-testid="export-run" disabled={busy} onClick={() => void run()}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="field">
        <legend>What</legend>
        <label className="check">
          <input type="radio" name="scope" data-testid="export-scope-selected" checked={scope === 'selected'} disabled={!hasSelection} onChange={() => setScope('selected')} />
          {hasSelection ? `The ${plural(source.selectedIds.length, 'selected article')}` : 'Selected articles (none selected)'}
        </label>
        <label className="check">
          <input type="radio" name="scope" data-testid="export-scope-results" checked={scope === 'results'} onChange={() => setScope('results')} />
          All of {source.resultLabel}
          {resultCount}
        </label>
      </fieldset>
      <label className="field">
        <span>Format</span>
        <select className="select-input" data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {done && (
        <p className="dialog-note" role="status" data-testid="export-done">
          {done}
        </p>
      )}
    </Dialog>
  );
}
