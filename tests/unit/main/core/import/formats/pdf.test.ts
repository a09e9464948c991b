import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { pdfHandler } from '../../../../../../src/main/core/import/formats/pdf';
import { ImportFileError, type SourceFile } from '../../../../../../src/main/core/import/types';

const CHROMIUM = '/usr/bin/chromium';
const ctx = () => ({ signal: new AbortController().signal });
const file = (bytes: Uint8Array, name = 'doc.pdf'): SourceFile => ({ path: `/tmp/${name}`, name, bytes });

/** A minimal, valid PDF with correct xref offsets, built from object bodies (object n = objects[n-1]). */
function buildPdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const hasInfo = objects.some((o) => o.includes('/Producer'));
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${hasInfo ? ` /Info ${objects.length} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const stream = (s: string): string => `<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`;

describe('pdf handler: hand-built PDFs', () => {
  it('refuses a PDF whose page has no text layer', async () => {
    const blank = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>',
      stream('0 0 1 rg 72 72 200 200 re f'),
    ]);
    expect(pdfHandler.sniff?.(file(blank))).toBe(true);
    await expect(pdfHandler.extract(file(blank), ctx())).rejects.toThrow(ImportFileError);
    await expect(pdfHandler.extract(file(blank), ctx())).rejects.toThrow(/no text layer \(scanned\?\)/);
  });

  it('reads text set in a non-embedded standard font, with Author and CreationDate from the Info dictionary', async () => {
    const bytes = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream('BT /F1 24 Tf 72 700 Td (Grain deal collapses) Tj ET\nBT /F1 11 Tf 72 660 Td (Talks in Istanbul ended without agreement.) Tj ET'),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      "<< /Author (Jane Reporter) /CreationDate (D:20240619083000+02'00') /Producer (hand) >>",
    ]);
    const [a] = await pdfHandler.extract(file(bytes, 'grain.pdf'), ctx());
    expect(a?.title).toBe('Grain deal collapses');
    expect(a?.text).toBe('Talks in Istanbul ended without agreement.');
    expect(a?.byline).toBe('Jane Reporter');
    expect(a?.published).toBe('2024-06-19T06:30:00Z');
    expect(a?.format).toBe('pdf');
  });

  it('rejects bytes that are not a PDF with a readable error, and sniffs them as not PDF', async () => {
    const junk = new Uint8Array(Buffer.from('%PDF-1.7\nthis is not really a pdf at all'));
    await expect(pdfHandler.extract(file(junk), ctx())).rejects.toThrow(ImportFileError);
    expect(pdfHandler.sniff?.(file(new Uint8Array(Buffer.from('<html>hello</html>'))))).toBe(false);
  });

  it('reads Buffers and does not consume the caller\'s bytes', async () => {
    const bytes = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream('BT /F1 12 Tf 72 700 Td (Short note) Tj ET'),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
    ]);
    const len = bytes.byteLength;
    const [a] = await pdfHandler.extract(file(bytes), ctx());
    expect(a?.text).toBe('Short note');
    expect(bytes.byteLength).toBe(len);
    // Files read from disk arrive as Node Buffers, which pdf.js refuses unless copied.
    const [b] = await pdfHandler.extract(file(Buffer.from(bytes)), ctx());
    expect(b?.text).toBe('Short note');
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`pdf.test: ${CHROMIUM} is absent — skipping the Chromium-printed PDF tests`);

describe.skipIf(!haveChromium)('pdf handler: PDFs printed by headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  const print = async (html: string): Promise<Uint8Array> => {
    const page = await browser.newPage();
    try {
      await page.setContent(html);
      return new Uint8Array(await page.pdf({ format: 'A4' }));
    } finally {
      await page.close();
    }
  };

  const p1 = 'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership agreement on Wednesday, pledging mutual assistance in case of aggression against either country, in a ceremony in Pyongyang that both sides called historic.';
  const p2 = 'Кремль заявил, что договор носит оборонительный характер и не направлен против третьих стран, а в Сеуле его назвали угрозой безопасности региона.';
  const p3 = 'Analysts said the pact revived a Cold War era alliance and could open the way for military technology transfers.';

  it('keeps the document title, paragraph order and non-Latin text across pages', async () => {
    const bytes = await print(`<!doctype html><html><head><meta charset="utf-8"><title>Putin and Kim sign defence pact</title></head>
      <body><h1>Putin and Kim sign defence pact</h1><p>${p1}</p><p>${p2}</p>
      <p style="page-break-before: always">${p3}</p></body></html>`);
    expect(pdfHandler.sniff?.(file(bytes))).toBe(true);
    const [a] = await pdfHandler.extract(file(bytes), ctx());
    expect(a?.title).toBe('Putin and Kim sign defence pact');
    const paras = a?.text.split('\n\n') ?? [];
    expect(paras).toEqual([p1, p2, p3]);
    expect(a?.extra?.pages).toBe(2);
    expect(a?.published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(a?.html).toContain(`<p>${p3}</p>`);
  });

  it('falls back to the largest-font first line when the metadata title is useless', async () => {
    const bytes = await print(`<!doctype html><html><body><p style="font-size:10px">Yonhap News Agency</p>
      <h1>Seoul summons Russian ambassador</h1><p>${p3}</p></body></html>`);
    const [a] = await pdfHandler.extract(file(bytes), ctx());
    expect(a?.title).toBe('Seoul summons Russian ambassador');
    expect(a?.text).toContain(p3);
    expect(a?.text).toContain('Yonhap News Agency');
  });
});
