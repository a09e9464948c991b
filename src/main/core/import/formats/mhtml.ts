// MHTML (.mhtml/.mht, "Save page as single file"): a MIME multipart/related message whose root part
// is the page's HTML and whose other parts are its images and styles. We pick the HTML part, undo
// its transfer encoding, decode its charset, and hand it to the HTML extractor. Other parts are
// never used: nothing in them can reach the article.
import { decodeWords } from 'postal-mime';
import { decodeText } from '../decode';
import type { ExtractContext, ExtractedArticle, FormatHandler, SourceFile } from '../types';
import { ImportFileError } from '../types';
import { extractHtml } from './html';
import { oneLine } from './extra-text';

interface Part {
  headers: Map<string, string>;
  /** The body as a binary ("latin1") string: one char per byte. */
  body: string;
}

const MAX_DEPTH = 5;

function splitHeaders(raw: string): Part {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) {
      const key = line.slice(0, c).trim().toLowerCase();
      if (!headers.has(key)) headers.set(key, line.slice(c + 1).trim());
    }
  }
  return { headers, body };
}

/** A parameter of a structured header: boundary="x", charset=utf-8. */
function param(header: string | undefined, name: string): string | null {
  if (!header) return null;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

const mediaType = (p: Part): string => (p.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();

function children(p: Part): Part[] {
  const boundary = param(p.headers.get('content-type'), 'boundary');
  if (!boundary) return [];
  const delim = `--${boundary}`;
  const out: Part[] = [];
  const pieces = p.body.split(delim);
  // pieces[0] is the preamble; a piece starting with "--" follows the closing delimiter.
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    out.push(splitHeaders(piece.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '')));
  }
  return out;
}

/** Every leaf part, depth-first, in document order. */
function leaves(p: Part, depth = 0): Part[] {
  if (!mediaType(p).startsWith('multipart/')) return [p];
  if (depth >= MAX_DEPTH) return [];
  return children(p).flatMap((c) => leaves(c, depth + 1));
}

function decodeBody(p: Part): Uint8Array {
  const enc = (p.headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  if (enc === 'base64') return new Uint8Array(Buffer.from(p.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (enc === 'quoted-printable') {
    const s = p.body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return new Uint8Array(Buffer.from(s, 'latin1'));
  }
  return new Uint8Array(Buffer.from(p.body, 'latin1'));
}

function extractMhtml(file: SourceFile, _ctx: ExtractContext): ExtractedArticle[] {
  const root = splitHeaders(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('latin1'));
  const location = root.headers.get('snapshot-content-location') ?? root.headers.get('content-location') ?? null;
  const parts = leaves(root);
  const htmlParts = parts.filter((p) => mediaType(p) === 'text/html' || mediaType(p) === 'application/xhtml+xml');
  // The page itself: the part at the snapshot's location, else the first HTML part (frames come later).
  const page = htmlParts.find((p) => location && p.headers.get('content-location') === location) ?? htmlParts[0];
  if (!page) throw new ImportFileError(`${file.name} is an MHTML archive without an HTML page in it.`);
  const charset = param(page.headers.get('content-type'), 'charset') ?? undefined;
  const { text: html } = decodeText(decodeBody(page), { hint: charset, html: true });
  const article = extractHtml(html, { format: 'mhtml' });
  const subject = root.headers.get('subject');
  if (!article.title && subject) article.title = oneLine(decodeWords(subject));
  if (!article.url && location && /^https?:\/\//i.test(location)) article.url = location;
  return [article];
}

export const mhtmlHandler: FormatHandler = {
  format: 'mhtml',
  extensions: ['mhtml', 'mht'],
  sniff(file) {
    const head = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, Math.min(file.bytes.length, 8192)).toString('latin1');
    const end = head.search(/\r?\n\r?\n/);
    const block = end >= 0 ? head.slice(0, end) : head;
    if (/^snapshot-content-location:/im.test(block) || /^from:.*<saved by /im.test(block)) return true;
    // An HTML e-mail with inline images is multipart/related too; a saved page has no mail routing.
    return /^content-type:\s*multipart\/related/im.test(block) && !/^(received|message-id|to|in-reply-to):/im.test(block);
  },
  extract: extractMhtml,
};
