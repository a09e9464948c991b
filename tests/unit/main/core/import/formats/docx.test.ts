import fs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { docxHandler } from '../../../../../../src/main/core/import/formats/docx';
import { ImportFileError, type SourceFile } from '../../../../../../src/main/core/import/types';

const ctx = () => ({ signal: new AbortController().signal });
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

const para = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const linkedImage = (rid: string): string =>
  `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture 1" descr="chart"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:link="${rid}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

interface DocxParts {
  body: string;
  core?: string | null;
  rels?: string;
}

function buildDocx({ body, core, rels = '' }: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${rels}</Relationships>`),
  };
  if (core !== null) {
    files['docProps/core.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${core ?? ''}</cp:coreProperties>`);
  }
  return zipSync(files);
}

const file = (bytes: Uint8Array, name = 'release.docx'): SourceFile => ({ path: `/tmp/${name}`, name, bytes });
const tmp = mkdtempSync(join(tmpdir(), 'parallax-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('docx handler', () => {
  it('takes title, creator and dates from docProps/core.xml and the body from mammoth', async () => {
    const bytes = buildDocx({
      body: para('Ministry statement', 'Heading1') + para('The ministry said the talks on 19 June were constructive.') + para('Москва приветствует договор &amp; сотрудничество.'),
      core: '<dc:title>Statement on the &lt;Pyongyang&gt; talks</dc:title><dc:creator>Press Office</dc:creator><dc:language>en-GB</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-19T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-20T09:30:00Z</dcterms:modified>',
    });
    expect(docxHandler.sniff?.(file(bytes))).toBe(true);
    const [a] = await docxHandler.extract(file(bytes), ctx());
    expect(a?.title).toBe('Statement on the <Pyongyang> talks');
    expect(a?.byline).toBe('Press Office');
    expect(a?.published).toBe('2024-06-19T08:00:00Z');
    expect(a?.language).toBe('en-GB');
    expect(a?.extra).toEqual({ modified: '2024-06-20T09:30:00Z' });
    expect(a?.text).toBe('Ministry statement\n\nThe ministry said the talks on 19 June were constructive.\n\nМосква приветствует договор & сотрудничество.');
    expect(a?.html).toContain('<h1>Ministry statement</h1>');
    expect(a?.format).toBe('docx');
  });

  it('falls back to the first heading for the title and drops it from the body', async () => {
    const bytes = buildDocx({ body: para('Seoul responds', 'Heading1') + para('Officials met on Thursday.'), core: null });
    const [a] = await docxHandler.extract(file(bytes), ctx());
    expect(a?.title).toBe('Seoul responds');
    expect(a?.text).toBe('Officials met on Thursday.');
    expect(a?.byline).toBeNull();
    expect(a?.published).toBeNull();
  });

  it('never reads the target of an external linked image (file:///etc/passwd or any local file)', async () => {
    const canary = join(tmp, 'canary.png');
    writeFileSync(canary, 'CANARY-SECRET-CONTENT');
    const rels = `<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/><Relationship Id="rIdImg2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${pathToFileURL(canary).href}" TargetMode="External"/>`;
    const bytes = buildDocx({ body: para('Leaked memo') + linkedImage('rIdImg') + linkedImage('rIdImg2') + para('End of memo.'), rels, core: '<dc:title>Memo</dc:title>' });

    const spy = vi.spyOn(fs.promises, 'readFile');
    try {
      // Control: mammoth with file access on really reads the canary (and the spy sees it), so this test can fail.
      const unsafe = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { externalFileAccess: true });
      expect(unsafe.value).toContain(Buffer.from('CANARY-SECRET-CONTENT').toString('base64'));
      expect(spy.mock.calls.some((c) => String(c[0]).includes('canary'))).toBe(true);
      spy.mockClear();

      const [a] = await docxHandler.extract(file(bytes), ctx());
      const read = spy.mock.calls.map((c) => String(c[0]));
      expect(read.filter((p) => p.includes('passwd') || p.includes('canary'))).toEqual([]);
      expect(a?.html).not.toContain('<img');
      expect(a?.html).not.toContain(Buffer.from('CANARY-SECRET-CONTENT').toString('base64'));
      expect(a?.html).not.toMatch(/root:|cm9vdD/);
      expect(a?.text).toBe('Leaked memo\n\nEnd of memo.');
    } finally {
      spy.mockRestore();
    }
  });

  it('rejects a ZIP that is not a Word document, and a broken file, with clear errors', async () => {
    const notWord = zipSync({ 'a.txt': strToU8('hello') });
    expect(docxHandler.sniff?.(file(notWord))).toBe(false);
    await expect(docxHandler.extract(file(notWord), ctx())).rejects.toThrow(/not a Word \.docx file/);
    await expect(docxHandler.extract(file(strToU8('not a zip')), ctx())).rejects.toThrow(ImportFileError);
  });

  it('refuses a DOCX that would expand like a zip bomb', async () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) });
    await expect(docxHandler.extract(file(bytes), ctx())).rejects.toThrow(/zip bomb/);
  });
});
