// Press releases often arrive forwarded: a line of comment, then the original message's headers and
// body inline. When the forward is most of the mail, the original's subject, sender and date are
// the article's, not the forwarder's.
import { toIsoDate } from './extra-text';

const MARKER =
  /^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato|пересылаемое сообщение|исходное сообщение|전달된 메시지|原始邮件|転送メッセージ)\s*-{2,}|begin forwarded message:|начало переадресованного сообщения:)[ \t]*$/im;

const FIELD_NAMES: Record<string, 'from' | 'date' | 'subject' | 'other'> = {
  from: 'from', von: 'from', de: 'from', от: 'from', 보낸사람: 'from', 发件人: 'from',
  date: 'date', sent: 'date', datum: 'date', gesendet: 'date', envoyé: 'date', fecha: 'date', enviado: 'date', дата: 'date', отправлено: 'date', 날짜: 'date', 보낸날짜: 'date', 发送时间: 'date',
  subject: 'subject', betreff: 'subject', objet: 'subject', asunto: 'subject', oggetto: 'subject', тема: 'subject', 제목: 'subject', 主题: 'subject',
  to: 'other', cc: 'other', an: 'other', à: 'other', para: 'other', кому: 'other', копия: 'other', 'reply-to': 'other', 받는사람: 'other', 收件人: 'other',
};

export interface InlineForward {
  from: string | null;
  date: string | null;
  subject: string | null;
  body: string;
}

const FORWARD_SUBJECT = /^\s*(?:fwd?|fw|wg|tr|enc|rv|i|пер|переслать|전달|转发|転送)\s*:/i;

/**
 * Finds an inline forward that makes up most of the message, or null. Outlook writes the same
 * "Original Message" line over replies and forwards; only the subject ("FW:") tells them apart.
 */
export function findInlineForward(text: string, outerSubject: string | null = null): InlineForward | null {
  const src = text.replace(/\r\n?/g, '\n');
  const m = MARKER.exec(src);
  if (!m) return null;
  if (/original message|исходное сообщение/i.test(m[0]) && !FORWARD_SUBJECT.test(outerSubject ?? '')) return null;
  const before = src.slice(0, m.index).trim();
  const lines = src.slice(m.index + m[0].length).split('\n');
  let i = 0;
  while (i < lines.length && lines[i]?.trim() === '') i++;
  const fields: Partial<Record<'from' | 'date' | 'subject', string>> = {};
  let seen = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/^[ \t>]*/, '').replace(/^\*(.+?):\*/, '$1:');
    const f = /^([^\s:][^:]{0,24}):\s*(.*)$/.exec(line);
    const key = f ? FIELD_NAMES[(f[1] ?? '').trim().toLowerCase()] : undefined;
    if (!f || !key) {
      // A long header value folded onto the next line (Outlook wraps long subjects).
      if (seen > 0 && line.trim() !== '' && /^[ \t]/.test(lines[i] ?? '')) continue;
      break;
    }
    seen++;
    if (key !== 'other') fields[key] ??= (f[2] ?? '').trim();
  }
  if (seen < 2 || !(fields.from || fields.subject)) return null;
  let bodyLines = lines.slice(i);
  // Some clients quote the whole forwarded body with "> ".
  const nonEmpty = bodyLines.filter((l) => l.trim() !== '');
  if (nonEmpty.length > 0 && nonEmpty.every((l) => l.startsWith('>'))) bodyLines = bodyLines.map((l) => l.replace(/^> ?/, ''));
  const body = bodyLines.join('\n').trim();
  if (!body) return null;
  // "Mostly a forward": the forwarder's own words are short next to what they forwarded.
  if (before.length > 600 && before.length > body.length * 0.5) return null;
  return { from: fields.from ?? null, date: fields.date ?? null, subject: fields.subject ?? null, body };
}

/** Dates as mail clients print them in forwards: "Wed, Jun 19, 2024 at 10:05 AM", "19 June 2024 at 10:05:00 GMT+9". */
export function parseForwardDate(s: string | null): string | null {
  if (!s) return null;
  const cleaned = s
    .replace(/\s+(?:at|um|à|в)\s+/i, ' ')
    .replace(/\bGMT([+-])(\d{1,2})(?::?(\d{2}))?\b/, (_m, sign: string, h: string, mm?: string) => `${sign}${h.padStart(2, '0')}${mm ?? '00'}`)
    .replace(/\s+/g, ' ')
    .trim();
  return toIsoDate(cleaned);
}
