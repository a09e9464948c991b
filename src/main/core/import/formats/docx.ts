// Word .docx through mammoth. mammoth once read local files named by an image's r:link (a DOCX could
// pull /etc/passwd into the article): images are removed from the document tree before conversion,
// external file access is off, and the image converter would never read anything anyway.
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { DOMParser } from 'linkedom';
import { DEFAULT_ZIP_CAPS, checkZipCaps, isZip, listZip } from '../containers/zip';
import type { ExtractContext, ExtractedArticle, FormatHandler, SourceFile } from '../types';
import { ImportFileError } from '../types';
import { htmlToText, oneLine, titleFromFileName, toIsoDate } from './extra-text';

interface MammothElement {
  type: string;
  children?: MammothElement[];
}

/** Drops every image (embedded or linked) from mammoth's document tree. */
function withoutImages<T extends MammothElement>(el: T): T {
  if (!el.children) return el;
  return { ...el, children: el.children.filter((c) => c.type !== 'image').map(withoutImages) };
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function xmlText(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      }
      return XML_ENTITIES[e.toLowerCase()] ?? m;
    });
}

export interface CoreProps {
  title: string | null;
  creator: string | null;
  created: string | null;
  modified: string | null;
  language: string | null;
}

/** docProps/core.xml: a handful of Dublin Core fields; read with bounded regexes, no DTDs, no entities beyond XML's five. */
export function readCoreProps(xml: string): CoreProps {
  const field = (tag: string): string | null => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
    const v = m ? oneLine(xmlText(m[1] ?? '')) : '';
    return v || null;
  };
  return {
    title: field('dc:title'),
    creator: field('dc:creator'),
    created: toIsoDate(field('dcterms:created')),
    modified: toIsoDate(field('dcterms:modified')),
    language: field('dc:language'),
  };
}

function firstBlockTitle(html: string): { title: string; isHeading: boolean } | null {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const heading = doc.querySelector('h1, h2, h3');
  const t = heading ? oneLine(heading.textContent ?? '') : '';
  if (t && t.length <= 300) return { title: t, isHeading: true };
  const p = doc.querySelector('p');
  const pt = p ? oneLine(p.textContent ?? '') : '';
  return pt && pt.length <= 200 ? { title: pt, isHeading: false } : null;
}

async function extractDocx(file: SourceFile, _ctx: ExtractContext): Promise<ExtractedArticle[]> {
  const label = `The Word document ${file.name}`;
  const entries = listZip(file.bytes, label);
  // mammoth inflates the whole package in memory: hold it to the archive caps first.
  checkZipCaps(entries, file.bytes.length, { ...DEFAULT_ZIP_CAPS, maxTotalBytes: 512 * 1024 ** 2 }, label);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ImportFileError(`${label} has no word/document.xml: it is not a Word .docx file (an older .doc must be saved as .docx first).`);
  }
  const coreEntry = entries.find((e) => e.name === 'docProps/core.xml' && e.originalSize < 1024 ** 2);
  const core = coreEntry
    ? readCoreProps(Buffer.from(unzipSync(file.bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'] ?? []).toString('utf8'))
    : { title: null, creator: null, created: null, modified: null, language: null };

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) },
      {
        externalFileAccess: false,
        transformDocument: withoutImages,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (err) {
    throw new ImportFileError(`${label} could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
  const text = htmlToText(html);
  if (!text.trim()) throw new ImportFileError(`${label} contains no text.`);
  const fallback = firstBlockTitle(html);
  const title = core.title ?? fallback?.title ?? titleFromFileName(file.name);
  // A heading that repeats the title is shown once, as the title.
  const paras = text.split('\n\n');
  const body = paras[0] && oneLine(paras[0]).toLowerCase() === title.toLowerCase() && (fallback?.isHeading || core.title) && paras.length > 1 ? paras.slice(1).join('\n\n') : text;
  return [{
    title,
    byline: core.creator,
    outlet: null,
    url: null,
    published: core.created,
    language: core.language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(core.language) ? core.language : null,
    excerpt: null,
    text: body,
    html,
    format: 'docx',
    ...(core.modified ? { extra: { modified: core.modified } } : {}),
  }];
}

export const docxHandler: FormatHandler = {
  format: 'docx',
  extensions: ['docx'],
  sniff(file) {
    if (!isZip(file.bytes)) return false;
    try {
      return listZip(file.bytes, file.name).some((e) => e.name === 'word/document.xml');
    } catch {
      return false;
    }
  },
  extract: extractDocx,
};
