// Hands an exported file to the user: a Blob and a download link (the browser asks where to
// save it; Electron shows its save dialog). Zip bundles arrive base64-encoded.
import type { Output } from '../../../../shared/contract';

type ExportFile = Output<'export.articles'>;

export function fileBlob(f: ExportFile): Blob {
  if (f.encoding === 'utf8') return new Blob([f.content], { type: f.mimeType });
  const bin = atob(f.content);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: f.mimeType });
}

export function download(f: ExportFile): void {
  const url = URL.createObjectURL(fileBlob(f));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the object URL is only needed for that.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
