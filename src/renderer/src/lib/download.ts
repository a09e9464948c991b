// Hands a file to the user as a download: a Blob behind a temporary <a download>, which works
// the same in Electron (its save dialog) and in a browser, and never touches the file system
// directly. Files the library produces (exports, pages) arrive as text or, for zip bundles,
// base64.
import type { Output } from '../../../shared/contract';

export type ExportFile = Output<'export.articles'>;

/** The bytes of a library-produced file: text as is, base64 decoded. */
export function fileBlob(f: ExportFile): Blob {
  if (f.encoding === 'utf8') return new Blob([f.content], { type: f.mimeType });
  const bin = atob(f.content);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: f.mimeType });
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a while later, not at once: revoking at once can cancel the download in some engines.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadFile(f: ExportFile): void {
  downloadBlob(fileBlob(f), f.filename);
}
