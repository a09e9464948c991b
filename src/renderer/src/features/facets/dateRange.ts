// Turning a brushed span of histogram periods into after:/before: terms of the query language.
// after: is inclusive and before: exclusive (the library compares ISO date prefixes), so a
// span of periods A…B reads "after:A before:<the period after B>".

/** The period following 'YYYY' or 'YYYY-MM'. */
export function nextPeriod(period: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!m) return period;
  const year = Number(m[1]);
  if (m[2] === undefined) return String(year + 1);
  const month = Number(m[2]);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** The query without its date filters (after:, before:, year:, negated or not). */
export function withoutDates(query: string): string {
  return query
    .replace(/(^|\s)-?(after|before|year):("[^"]*"|\S+)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function withDateRange(query: string, from: string, to: string): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const base = withoutDates(query);
  const range = `after:${a} before:${nextPeriod(b)}`;
  return base ? `${base} ${range}` : range;
}

const monthFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });

export function periodLabel(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? monthFmt.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))) : period;
}
