// Display helpers. Dates arrive as stored (ISO date, date-time, or whatever the source said).

const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });

export function formatDate(published: string | null | undefined): string {
  if (!published) return '';
  const s = published.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (day) {
    const d = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return Number.isNaN(d.getTime()) ? s : dateFmt.format(d);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month) return monthFmt.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  return s;
}

const numberFmt = new Intl.NumberFormat();
export function formatCount(n: number): string {
  return numberFmt.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Splits stored plain text into paragraphs (blank lines, or single newlines when there are none). */
export function paragraphs(text: string): string[] {
  const t = text.replace(/\r\n?/g, '\n').trim();
  if (!t) return [];
  const byBlank = t.split(/\n\s*\n/);
  const parts = byBlank.length > 1 ? byBlank : t.split('\n');
  return parts.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p.length > 0);
}
