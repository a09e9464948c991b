// Hands a file produced by the library (pages.export and the like) to the browser or Electron
// as a download; base64 content (zip bundles) is decoded to bytes first.
import type { Output } from '../../../../shared/contract';

type ExportFileT = Output<'pages.export'>;

export function downloadFile(file: ExportFileT): void {
  const data =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([data], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
