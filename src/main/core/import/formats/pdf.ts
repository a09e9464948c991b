// PDF with a text layer, through pdf.js (legacy Node build). Hostile input: eval is off (CVE-2024-4367),
// fonts are never installed, nothing is fetched (no worker URL, no streaming, and the only binary data
// pdf.js may ask for — CMaps and standard fonts — is read from pdfjs-dist's own folder or refused).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExtractContext, ExtractedArticle, FormatHandler, SourceFile } from '../types';
import { ImportFileError } from '../types';
import { layoutPages, type PdfTextItem } from './pdf-layout';
import { escapeHtml, oneLine, titleFromFileName, toIsoDate } from './extra-text';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsLoading: Promise<PdfJs> | null = null;

/** pdf.js is ESM and the main bundle CJS: load it with a dynamic import, once. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    // Run the "worker" in this thread from the installed package, so pdf.js never resolves a worker URL.
    const workerSpec = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const worker = (await import(workerSpec)) as { WorkerMessageHandler: unknown };
    const g = globalThis as { pdfjsWorker?: { WorkerMessageHandler: unknown } };
    g.pdfjsWorker ??= { WorkerMessageHandler: worker.WorkerMessageHandler };
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  pdfjsLoading.catch(() => {
    pdfjsLoading = null;
  });
  return pdfjsLoading;
}

function pdfjsDir(): string | null {
  try {
    const req = createRequire(typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js'));
    return dirname(req.resolve('pdfjs-dist/package.json'));
  } catch {
    return null;
  }
}

/** Serves CMaps and standard fonts from the local package only; plain file names, never URLs. */
class LocalBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const sub = kind === 'cMapUrl' ? 'cmaps' : kind === 'standardFontDataUrl' ? 'standard_fonts' : null;
    const root = pdfjsDir();
    if (!sub || !root || !/^[\w.+-]+$/.test(filename) || filename.startsWith('.')) {
      throw new Error(`pdf.js data refused: ${kind} ${filename}`);
    }
    return new Uint8Array(await readFile(join(root, sub, filename)));
  }
}

/** Document titles that say nothing: the print source, a file name, "Untitled". */
function usableTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const t = oneLine(raw.replace(/^Microsoft (Word|PowerPoint|Excel) - /i, ''));
  if (!t || t.length > 300) return null;
  if (/^(about:blank|untitled|document\d*|title|no title)$/i.test(t)) return null;
  if (/^(https?|file|data):/i.test(t) || /\.(pdf|docx?|odt|rtf|txt|html?|indd|qxd|tex)$/i.test(t)) return null;
  if (!/\p{L}/u.test(t)) return null;
  return t;
}

function pdfError(err: unknown): ImportFileError {
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new ImportFileError('This PDF is password-protected; open it, save an unprotected copy and import that.');
  const msg = err instanceof Error ? err.message : String(err);
  return new ImportFileError(`This file is not a readable PDF (${msg}).`);
}

async function extractPdf(file: SourceFile, ctx: ExtractContext): Promise<ExtractedArticle[]> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // A plain Uint8Array copy: pdf.js refuses Node Buffers (what files are read into) and may
    // take ownership of the memory, while the pipeline still needs the bytes.
    data: new Uint8Array(file.bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    BinaryDataFactory: LocalBinaryData as unknown as never,
  });
  const onAbort = (): void => void task.destroy();
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      if (ctx.signal.aborted) throw err;
      throw pdfError(err);
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const xmp = meta?.metadata ?? null;
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (ctx.signal.aborted) throw new ImportFileError('The PDF import was stopped.');
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const t = it.transform as number[];
        items.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || it.height, width: it.width, eol: it.hasEOL });
      }
      pages.push(items);
      page.cleanup();
    }
    const layout = layoutPages(pages);
    if (layout.paragraphs.length === 0) {
      throw new ImportFileError('This PDF has no text layer (scanned?): it holds only images of pages. Run OCR on it first, then import it again.');
    }
    const metaTitle = usableTitle(info.Title) ?? usableTitle(xmp?.get('dc:title'));
    const headingTitle = layout.titleIndex >= 0 ? oneLine(layout.paragraphs[layout.titleIndex]?.text ?? '') : '';
    const title = metaTitle ?? (headingTitle || titleFromFileName(file.name));
    // The title is shown apart from the body: drop its paragraph when it opens a longer text.
    const paras = [...layout.paragraphs];
    if (paras.length > 1 && oneLine(paras[0]?.text ?? '').toLowerCase() === title.toLowerCase()) paras.shift();
    const author = typeof info.Author === 'string' ? oneLine(info.Author) : '';
    const created = typeof info.CreationDate === 'string' ? pdfjs.PDFDateString.toDateObject(info.CreationDate) : null;
    const lang = typeof info.Language === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(info.Language) ? info.Language : null;
    const text = paras.map((p) => p.text).join('\n\n');
    const html = paras.map((p) => (p.heading ? `<h2>${escapeHtml(p.text)}</h2>` : `<p>${escapeHtml(p.text)}</p>`)).join('\n');
    return [{
      title,
      byline: author || null,
      outlet: null,
      url: null,
      published: toIsoDate(created),
      language: lang,
      excerpt: null,
      text,
      html,
      format: 'pdf',
      extra: { pages: doc.numPages, ...(typeof info.Producer === 'string' ? { producer: info.Producer } : {}) },
    }];
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    await task.destroy().catch(() => undefined);
  }
}

export const pdfHandler: FormatHandler = {
  format: 'pdf',
  extensions: ['pdf'],
  sniff(file) {
    // The header may follow a little junk; readers accept it within the first kilobyte.
    const head = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, Math.min(file.bytes.length, 1024)).toString('latin1');
    return head.includes('%PDF-');
  },
  extract: extractPdf,
};
