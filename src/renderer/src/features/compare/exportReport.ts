// Saves a comparison report the library wrote: a Blob behind a temporary <a download>, which
// works the same in Electron and in a browser, and never touches the file system directly.
import { api } from '../../api/client';
import type { CompareTarget, GroupBy } from './model';

export type ExportFormat = 'md' | 'html' | 'csv';

export async function exportComparison(target: CompareTarget, groupBy: GroupBy, format: ExportFormat): Promise<string> {
  const r = await api.invoke('compare.export', { ...target, groupBy, format });
  const url = URL.createObjectURL(new Blob([r.content], { type: r.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = r.filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: revoking at once can cancel the download in some engines.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return r.filename;
}
