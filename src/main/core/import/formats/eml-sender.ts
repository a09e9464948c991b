// Who sent an e-mail, read for an outlet and a byline: "Jane Doe | Reuters" → outlet Reuters, byline
// Jane Doe; "TASS Press Service <press@tass.ru>" → outlet TASS Press Service; "Kim <kim@yna.co.kr>"
// → outlet yna.co.kr. Webmail domains say nothing about an organisation and give no outlet.

const ORG_WORDS =
  /(?<![\p{L}\p{N}])(press|news|newsroom|agency|ministry|office|service|services|embassy|consulate|times|post|journal|gazette|herald|tribune|media|communications?|inc|ltd|llc|gmbh|corp|corporation|association|council|committee|foundation|institute|university|government|department|bureau|secretariat|team|desk|digest|daily|weekly|newsletter|bulletin|agence|ministère|министерство|агентство|пресс-служба|통신|신문)(?![\p{L}\p{N}])/iu;

const WEBMAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com', 'aol.com',
  'icloud.com', 'me.com', 'mac.com', 'mail.ru', 'yandex.ru', 'ya.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru',
  'naver.com', 'daum.net', 'hanmail.net', 'qq.com', '163.com', '126.com', 'proton.me', 'protonmail.com', 'gmx.de',
  'gmx.net', 'web.de', 'yahoo.co.uk', 'yahoo.co.jp', 'hotmail.co.uk', 'orange.fr', 'free.fr', 'laposte.net', 'tutanota.com',
]);

// Second-level labels under which a country code domain registers names (bbc.co.uk, yna.co.kr).
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gv', 'mil', 'nic']);

/** The registrable part of a mail domain: news.bbc.co.uk → bbc.co.uk; null for webmail. */
export function organisationDomain(address: string | null | undefined): string | null {
  const domain = address?.split('@')[1]?.trim().toLowerCase().replace(/\.$/, '');
  if (!domain || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) return null;
  const labels = domain.split('.');
  const take = labels.length >= 3 && (labels.at(-1)?.length ?? 0) === 2 && SECOND_LEVEL.has(labels.at(-2) ?? '') ? 3 : 2;
  const reg = labels.slice(-take).join('.');
  return WEBMAIL.has(reg) || WEBMAIL.has(domain) ? null : reg;
}

export interface SenderInfo {
  outlet: string | null;
  byline: string | null;
}

function looksLikePerson(name: string): boolean {
  if (ORG_WORDS.test(name) || /[@\d]/.test(name)) return false;
  const words = name.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4;
}

/** Reads an outlet and a byline from a sender's display name and address. */
export function readSender(name: string | null | undefined, address: string | null | undefined): SenderInfo {
  const display = (name ?? '').replace(/^["']|["']$/g, '').replace(/\s+/g, ' ').trim();
  const domainOutlet = organisationDomain(address);
  if (!display || display.includes('@')) return { outlet: domainOutlet, byline: null };
  // "Jane Doe (Reuters)", "Jane Doe | Reuters", "Jane Doe - Reuters", "Jane Doe at Reuters", "Jane Doe via Reuters"
  const m =
    /^(.+?)\s*\(([^)]+)\)$/.exec(display) ??
    /^(.+?)\s+(?:[|–—-]|at|via|from)\s+(.+)$/i.exec(display) ??
    /^([^,]+),\s*(.+)$/.exec(display);
  if (m?.[1] && m[2]) {
    const [a, b] = [m[1].trim(), m[2].trim()];
    if (looksLikePerson(a) && !looksLikePerson(b)) return { outlet: b, byline: a };
    if (looksLikePerson(b) && !looksLikePerson(a)) return { outlet: a, byline: b };
    if (looksLikePerson(a)) return { outlet: b, byline: a };
  }
  if (!looksLikePerson(display)) return { outlet: display, byline: null };
  return { outlet: domainOutlet, byline: display };
}

/** Parses "Name <addr>", "Name [mailto:addr]", "addr (Name)" or a bare address, as written in a forward. */
export function parseAddressLine(line: string): { name: string | null; address: string | null } {
  const s = line.trim();
  const angle = /^(.*?)\s*[<[](?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+)[>\]]\s*$/i.exec(s);
  if (angle) return { name: angle[1]?.replace(/^["']|["']$/g, '').trim() || null, address: angle[2] ?? null };
  const paren = /^([^\s()]+@[^\s()]+)\s*\(([^)]*)\)$/.exec(s);
  if (paren) return { name: paren[2]?.trim() || null, address: paren[1] ?? null };
  if (/^[^\s@]+@[^\s@]+$/.test(s)) return { name: null, address: s };
  return { name: s || null, address: null };
}
