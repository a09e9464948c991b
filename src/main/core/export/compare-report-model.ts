// The comparison report as a list of plain-text blocks (headings, paragraphs, lists, tables),
// built once and rendered as Markdown or HTML by compare-report.ts. Every string here is plain
// text taken from hostile articles; the renderers escape it, nothing here may be markup.
import type { CompareRunT } from '../compare/library-compare';

export type Block =
  | { kind: 'h'; level: 1 | 2 | 3; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface ReportOptions {
  /** Story title or the user's name for the report; default: the first article's title. */
  title?: string;
  /** When the report was made (ISO); default now. */
  now?: string;
}

const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function articleLabel(run: CompareRunT, id: number): string {
  const a = run.meta.find((m) => m.id === id);
  if (!a) return `#${id}`;
  return `#${id} ${oneLine(a.outlet) || oneLine(a.title)}`;
}

/** Cell of the claims matrix: ✓ for a one-article column, "k of n" for a column of several. */
export function columnCell(carriedBy: number[], articleIds: number[]): string {
  const k = articleIds.filter((id) => carriedBy.includes(id)).length;
  if (k === 0) return '';
  return articleIds.length === 1 ? '✓' : `${k} of ${articleIds.length}`;
}

export function reportTitle(run: CompareRunT, opts: ReportOptions): string {
  return oneLine(opts.title) || oneLine(run.meta[0]?.title) || 'Comparison';
}

function articlesSection(run: CompareRunT): Block[] {
  const out: Block[] = [{ kind: 'h', level: 2, text: 'Articles' }];
  out.push({
    kind: 'table',
    head: ['Id', 'Title', 'Outlet', 'Group', 'Published', 'Words'],
    rows: run.meta.map((a) => [
      String(a.id),
      oneLine(a.title) + (a.reprintOf !== null ? ` (reprint of #${a.reprintOf})` : ''),
      oneLine(a.outlet),
      oneLine(a.group),
      oneLine(a.published),
      String(a.wordCount),
    ]),
  });
  if (run.omitted.length) {
    out.push({ kind: 'p', text: `A comparison takes six articles at most; left out of this one: ${run.omitted.map((id) => `#${id}`).join(', ')}.` });
  }
  return out;
}

function claimsSection(run: CompareRunT): Block[] {
  const shared = run.claims.filter((c) => c.carriedBy.length > 1).toSorted((x, y) => y.carriedBy.length - x.carriedBy.length || x.id - y.id);
  const out: Block[] = [{ kind: 'h', level: 2, text: `Claims carried by more than one article (${shared.length})` }];
  if (!shared.length) out.push({ kind: 'p', text: 'No sentence of one article was found restated in another.' });
  else {
    out.push({
      kind: 'table',
      head: ['Claim', ...run.columns.map((c) => oneLine(c.label)), 'Independent', 'First reported'],
      rows: shared.map((c) => [
        oneLine(c.text),
        ...run.columns.map((col) => columnCell(c.carriedBy, col.articleIds)),
        String(c.independentCarriers),
        c.firstReportedBy !== null ? articleLabel(run, c.firstReportedBy) : oneLine(c.firstReportedNote) || 'unknown',
      ]),
    });
  }
  out.push({ kind: 'h', level: 2, text: 'Claims only one article carries' });
  for (const a of run.meta) {
    const own = run.claims.filter((c) => c.carriedBy.length === 1 && c.carriedBy[0] === a.id);
    out.push({ kind: 'h', level: 3, text: `${articleLabel(run, a.id)}: ${own.length} of its own` });
    if (own.length) out.push({ kind: 'list', items: own.map((c) => oneLine(c.sentences[String(a.id)] ?? c.text)) });
  }
  return out;
}

function quotesSection(run: CompareRunT): Block[] {
  const out: Block[] = [{ kind: 'h', level: 2, text: `Quotes (${run.quotes.list.length})` }];
  if (!run.quotes.speakers.length) return [...out, { kind: 'p', text: 'No direct quotation with a speaker was found.' }];
  out.push({
    kind: 'table',
    head: ['Speaker', ...run.meta.map((a) => articleLabel(run, a.id))],
    rows: run.quotes.speakers.map((s) => [oneLine(s.speaker), ...run.meta.map((a) => String(s.counts[String(a.id)] ?? 0))]),
  });
  for (const s of run.quotes.speakers) {
    out.push({ kind: 'h', level: 3, text: oneLine(s.speaker) });
    out.push({ kind: 'list', items: run.quotes.list.filter((q) => q.speakerKey === s.speakerKey).map((q) => `“${oneLine(q.text)}” (${articleLabel(run, q.articleId)})`) });
  }
  if (run.quotes.differences.length) {
    out.push({ kind: 'h', level: 3, text: 'The same remark worded differently' });
    out.push({
      kind: 'list',
      items: run.quotes.differences.map(
        (d) => `${oneLine(d.speaker)}: “${oneLine(d.a.text)}” (${articleLabel(run, d.a.articleId)}) / “${oneLine(d.b.text)}” (${articleLabel(run, d.b.articleId)})`,
      ),
    });
  }
  return out;
}

function sentenceOf(run: CompareRunT, articleId: number, index: number): string {
  return oneLine(run.sentences.find((s) => s.articleId === articleId)?.items.find((i) => i.index === index)?.text);
}

function figuresSection(run: CompareRunT): Block[] {
  // Each disagreement once, however many of its figures list the other.
  const pairs = new Map<string, [CompareRunT['figures'][number], NonNullable<CompareRunT['figures'][number]['conflictsWith']>[number]]>();
  for (const f of run.figures) {
    for (const other of f.conflictsWith ?? []) {
      const key = [`${f.articleId}:${f.sentence}:${f.text}`, `${other.articleId}:${other.sentence}:${other.text}`].toSorted().join('|');
      if (!pairs.has(key)) pairs.set(key, [f, other]);
    }
  }
  const out: Block[] = [{ kind: 'h', level: 2, text: `Figures reported differently (${pairs.size})` }];
  if (!pairs.size) return [...out, { kind: 'p', text: 'No figure counting the same thing differs between the articles.' }];
  out.push({ kind: 'p', text: 'A difference is a flag for the reader, not a verdict: both sentences are shown.' });
  for (const [f, other] of pairs.values()) {
    out.push({ kind: 'h', level: 3, text: `${oneLine(f.counts)}: ${oneLine(f.text)} / ${oneLine(other.text)}` });
    out.push({ kind: 'quote', text: `${articleLabel(run, f.articleId)}: ${sentenceOf(run, f.articleId, f.sentence)}` });
    out.push({ kind: 'quote', text: `${articleLabel(run, other.articleId)}: ${sentenceOf(run, other.articleId, other.sentence)}` });
  }
  return out;
}

function entitiesSection(run: CompareRunT): Block[] {
  const out: Block[] = [{ kind: 'h', level: 2, text: 'People, places and organisations' }];
  if (!run.entities.length) return [...out, { kind: 'p', text: 'No named entity was found.' }];
  return [
    ...out,
    {
      kind: 'table',
      head: ['Name', 'Type', ...run.meta.map((a) => articleLabel(run, a.id))],
      rows: run.entities
        .toSorted((x, y) => Number(y.partial) - Number(x.partial) || x.name.localeCompare(y.name))
        .map((e) => [oneLine(e.name), e.type, ...run.meta.map((a) => String(e.mentions[String(a.id)] ?? 0))]),
    },
  ];
}

function framingSection(run: CompareRunT): Block[] {
  const out: Block[] = [{ kind: 'h', level: 2, text: 'Framing' }];
  const flagged = run.framing.pairs.filter((p) => p.flagged);
  if (flagged.length) {
    out.push({
      kind: 'list',
      items: flagged.map((p) => {
        const sides = run.meta.map((a) => {
          const u = p.usage[String(a.id)] ?? { a: 0, b: 0 };
          return `${articleLabel(run, a.id)} ${u.a}:${u.b}`;
        });
        return `${oneLine(p.label)} (uses of “${p.a.join('/')}” : “${p.b.join('/')}”): ${sides.join('; ')}`;
      }),
    });
  } else out.push({ kind: 'p', text: 'No framing pair is used on different sides by these articles.' });
  for (const d of run.framing.distinctive) {
    if (!d.terms.length) continue;
    out.push({ kind: 'h', level: 3, text: `Words ${oneLine(d.outlet)} uses more than the others` });
    out.push({ kind: 'p', text: d.terms.map((t) => `${t.term} (${t.count})`).join(', ') });
  }
  return out;
}

export function reportBlocks(run: CompareRunT, opts: ReportOptions = {}): Block[] {
  const when = (opts.now ?? new Date().toISOString()).slice(0, 10);
  const grouped = run.groupBy === 'group' ? ', columns by outlet group' : '';
  return [
    { kind: 'h', level: 1, text: `Coverage comparison: ${reportTitle(run, opts)}` },
    { kind: 'p', text: `Made with Parallax on ${when}: ${run.meta.length} articles${grouped}.` },
    ...articlesSection(run),
    ...claimsSection(run),
    ...quotesSection(run),
    ...figuresSection(run),
    ...entitiesSection(run),
    ...framingSection(run),
  ];
}
