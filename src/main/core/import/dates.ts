// Publication dates as stored: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SSZ" (UTC) when the source gave a
// time zone, or "YYYY-MM-DDTHH:MM:SS" as written when it did not. All three sort as text.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;

function plausibleYear(y: number): boolean {
  return y >= 1800 && y <= new Date().getUTCFullYear() + 2;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (!plausibleYear(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function utcIso(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  if (!plausibleYear(d.getUTCFullYear())) return null;
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** A date as found in a page or front matter, normalised for storage, or null if unusable. */
export function normaliseDate(input: string | number | Date | null | undefined): string | null {
  if (input == null) return null;
  if (input instanceof Date) return utcIso(input.getTime());
  if (typeof input === 'number') return utcIso(input < 1e11 ? input * 1000 : input);
  const s = input.trim();
  if (!s || s.length > 100) return null;

  let m = DATE_ONLY.exec(s);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!) ? s : null;

  m = ISO_LIKE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (!validDay(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59) return null;
    const local = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}`;
    if (!zone) return local;
    const offset = /^(utc|gmt|z)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return utcIso(Date.parse(`${local}${offset}`));
  }

  if (/^\d{10}$|^\d{13}$/.test(s)) return normaliseDate(Number(s));

  // Free-form dates ("Fri, 24 Jul 2015 05:36:09 GMT", "July 24, 2015") via the JS parser.
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) return null;
  if (/\d{1,2}:\d{2}/.test(s)) return utcIso(ms);
  const d = new Date(ms);
  if (!plausibleYear(d.getFullYear())) return null;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
