// Saves a comparison report the library wrote, through the shared Blob download (lib/download.ts).
import { api } from '../../api/client';
import { downloadBlob } from '../../lib/download';
import type { CompareTarget, GroupBy } from './model';

export type ExportFormat = 'md' | 'html' | 'csv';

export async function exportComparison(target: CompareTarget, groupBy: GroupBy, format: ExportFormat): Promise<string> {
  const r = await api.invoke('compare.export', { ...target, groupBy, format });
  downloadBlob(new Blob([r.content], { type: r.mime }), r.filename);
  return r.filename;
}
