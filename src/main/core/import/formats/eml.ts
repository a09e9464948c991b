// E-mail (.eml) through postal-mime: subject → title, sender → outlet/byline, Date → published, the
// plain and HTML parts as body. A mail that is mostly a forward (inline or as an attached message)
// becomes the forwarded message: that is what a forwarded press release is about.
import PostalMime, { type Email } from 'postal-mime';
import type { ExtractContext, ExtractedArticle, FormatHandler, SourceFile } from '../types';
import { ImportFileError } from '../types';
import { findInlineForward, parseForwardDate } from './eml-forward';
import { parseAddressLine, readSender } from './eml-sender';
import { htmlToText, oneLine, paragraphsToHtml, splitParagraphs, toIsoDate } from './extra-text';

const PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|tr|sv|vs|antw|rif|enc|res|rv|ynt|přeposlat|odp|отв|пер|답장|전달|回复|转发)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+/i;

/** Subject without the reply/forward prefixes a mail client adds ("Fwd: RE: FW: …"). */
export function cleanSubject(subject: string | null | undefined): string {
  let s = oneLine(subject ?? '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(PREFIX, '').replace(/^\[(?:fwd?|fw):\s*(.*)\]$/i, '$1').trim();
  }
  return s;
}

function bodyOf(mail: Email): { text: string; html: string | null } {
  const text = mail.text?.trim() ? mail.text.replace(/\r\n?/g, '\n').trim() : mail.html ? htmlToText(mail.html) : '';
  return { text, html: mail.html?.trim() ? mail.html : null };
}

function mailbox(a: Email['from']): { name: string | null; address: string | null } {
  if (!a) return { name: null, address: null };
  if (a.group) return { name: a.name || null, address: a.group[0]?.address ?? null };
  return { name: a.name || null, address: a.address || null };
}

interface MailView {
  subject: string | null;
  from: { name: string | null; address: string | null };
  date: string | null;
  text: string;
  html: string | null;
  forwarded: boolean;
}

async function attachedForward(mail: Email, outerText: string): Promise<MailView | null> {
  const att = mail.attachments.find((a) => a.mimeType.toLowerCase() === 'message/rfc822');
  if (!att || outerText.replace(/\s+/g, '').length > 600) return null;
  const inner = await PostalMime.parse(att.content, { maxRfc822NestingDepth: 2 });
  const body = bodyOf(inner);
  if (!body.text) return null;
  return { subject: inner.subject ?? null, from: mailbox(inner.from), date: toIsoDate(inner.date ?? null), ...body, forwarded: true };
}

async function readMail(mail: Email): Promise<MailView> {
  const own = bodyOf(mail);
  const attached = await attachedForward(mail, own.text);
  if (attached) return attached;
  const inline = findInlineForward(own.text, mail.subject ?? null);
  if (inline) {
    const paras = splitParagraphs(inline.body);
    const date = parseForwardDate(inline.date);
    return {
      subject: inline.subject ?? mail.subject ?? null,
      from: inline.from ? parseAddressLine(inline.from) : mailbox(mail.from),
      date: date ?? toIsoDate(mail.date ?? null),
      text: paras.join('\n\n'),
      html: paragraphsToHtml(paras),
      forwarded: true,
    };
  }
  return { subject: mail.subject ?? null, from: mailbox(mail.from), date: toIsoDate(mail.date ?? null), ...own, forwarded: false };
}

async function extractEml(file: SourceFile, _ctx: ExtractContext): Promise<ExtractedArticle[]> {
  let mail: Email;
  try {
    mail = await PostalMime.parse(file.bytes, { forceRfc822Attachments: true, maxNestingDepth: 64, attachmentEncoding: 'arraybuffer' });
  } catch (err) {
    throw new ImportFileError(`The e-mail ${file.name} could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
  const view = await readMail(mail);
  if (!view.text.trim()) throw new ImportFileError(`The e-mail ${file.name} has no text body (only attachments or nothing at all).`);
  const sender = readSender(view.from.name, view.from.address);
  // A mail without a subject is titled by its first words (markup pasted into a text part left out).
  const firstLine = view.text.split('\n').map((l) => oneLine(l.replace(/<[^>]*>?/g, ''))).find((l) => l) ?? '';
  const title = cleanSubject(view.subject) || firstLine.slice(0, 120) || '(no subject)';
  const attachments = mail.attachments.filter((a) => a.mimeType.toLowerCase() !== 'message/rfc822').map((a) => a.filename).filter((n): n is string => !!n);
  const extra: Record<string, unknown> = {};
  if (mail.messageId) extra.messageId = mail.messageId;
  if (view.from.address) extra.from = view.from.address;
  if (view.forwarded) extra.forwardedBy = mailbox(mail.from).address;
  if (attachments.length) extra.attachments = attachments;
  return [{
    title,
    byline: sender.byline,
    outlet: sender.outlet,
    url: null,
    published: view.date,
    language: null,
    excerpt: null,
    text: view.text,
    html: view.html,
    format: 'eml',
    extra,
  }];
}

// Any RFC 5322 field name: printable ASCII without spaces or colons.
const FIELD = /^[!-9;-~]+:/;
const MAILISH = /^(received|date|subject|message-id|return-path|delivered-to|mime-version):/i;

export const emlHandler: FormatHandler = {
  format: 'eml',
  extensions: ['eml'],
  sniff(file) {
    const head = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, Math.min(file.bytes.length, 16384)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '');
    const lines = head.split(/\r?\n/);
    let i = lines[0]?.startsWith('From ') ? 1 : 0; // an mbox "From " separator line
    let headers = 0;
    let hasFrom = false;
    let hasMailish = false;
    for (; i < lines.length && (lines[i] ?? '') !== ''; i++) {
      const l = lines[i] ?? '';
      if (/^[ \t]/.test(l)) continue; // folded header line
      if (!FIELD.test(l)) return false;
      headers++;
      if (/^from:/i.test(l)) hasFrom = true;
      if (MAILISH.test(l)) hasMailish = true;
      if (/^snapshot-content-location:|^from:.*<saved by /i.test(l)) return false; // a saved web page (MHTML)
      if (/^content-type:\s*multipart\/related/i.test(l)) return false; // a saved web page (MHTML)
    }
    return headers >= 3 && hasFrom && hasMailish;
  },
  extract: extractEml,
};
