// Which handler reads a file: content first (a .txt that is really HTML goes to the HTML
// handler, a .html that is really a PDF to the PDF handler), then the extension, then, for
// files without an extension, plain text if the bytes are text.
import type { ContainerHandler, FormatHandler, SourceFile } from './types';
import { looksLikeText } from './decode';

export type Detection =
  | { kind: 'container'; handler: ContainerHandler }
  | { kind: 'format'; handler: FormatHandler }
  | { kind: 'unsupported'; message: string };

interface Detectable {
  extensions: string[];
  sniff?(file: SourceFile): boolean;
}

function sniffs(h: Detectable, file: SourceFile): boolean {
  try {
    return !!h.sniff?.(file);
  } catch {
    // A sniffer that chokes on odd bytes just does not claim the file.
    return false;
  }
}

/** The longest listed extension the name ends with ("tar.gz" beats "gz"). */
function extensionMatch<T extends Detectable>(handlers: T[], name: string): T | undefined {
  const lower = name.toLowerCase();
  let best: T | undefined;
  let bestLen = 0;
  for (const h of handlers) {
    for (const ext of h.extensions) {
      if (ext.length > bestLen && lower.endsWith(`.${ext}`)) [best, bestLen] = [h, ext.length];
    }
  }
  return best;
}

export function extensionOf(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : null;
}

export function detect(file: SourceFile, formats: FormatHandler[], containers: ContainerHandler[]): Detection {
  for (const handler of containers) if (sniffs(handler, file)) return { kind: 'container', handler };
  for (const handler of formats) if (sniffs(handler, file)) return { kind: 'format', handler };
  const container = extensionMatch(containers, file.name);
  if (container) return { kind: 'container', handler: container };
  const format = extensionMatch(formats, file.name);
  if (format) return { kind: 'format', handler: format };
  const ext = extensionOf(file.name);
  if (!ext && looksLikeText(file.bytes)) {
    const text = formats.find((h) => h.format === 'txt');
    if (text) return { kind: 'format', handler: text };
  }
  return {
    kind: 'unsupported',
    message: ext ? `not a supported file type (.${ext})` : 'not a supported file type (no file extension, and the content is not text)',
  };
}
