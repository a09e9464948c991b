// Derived views of one comparison run: who carries what, per column (outlet or group),
// sentence lookup, and a word diff for quotations worded differently. Pure functions.
import type { Output } from '../../../../shared/contract';

export type CompareRunT = Output<'compare.run'>;
export type MetaT = CompareRunT['meta'][number];
export type ClaimT = CompareRunT['claims'][number];
export type ColumnT = CompareRunT['columns'][number];
export type Coverage = 'all' | 'some' | 'only';
export type GroupBy = 'outlet' | 'group';

/** What the comparison is of: chosen articles or a story. */
export type CompareTarget = { ids: number[] } | { storyId: number };

export function coverage(carriers: number, total: number): Coverage {
  if (carriers <= 1) return 'only';
  return carriers >= total ? 'all' : 'some';
}

export const coverageLabel: Record<Coverage, string> = {
  all: 'Carried by every article',
  some: 'Carried by some articles',
  only: 'Only in this article',
};

/** Label shown on top of an article's column: its outlet, or a stand-in. */
export function outletOf(m: Pick<MetaT, 'id' | 'outlet'>): string {
  return m.outlet?.trim() || `Article ${m.id}`;
}

/** Article id → index of the matrix column that holds it. */
export function columnIndex(columns: ColumnT[]): Map<number, number> {
  const m = new Map<number, number>();
  columns.forEach((c, i) => c.articleIds.forEach((id) => m.set(id, i)));
  return m;
}

/** Matrix columns that carry a claim. */
export function carryingColumns(claim: ClaimT, colOf: Map<number, number>): Set<number> {
  const s = new Set<number>();
  for (const id of claim.carriedBy) {
    const c = colOf.get(id);
    if (c !== undefined) s.add(c);
  }
  return s;
}

/** Sentence text by article and index, for figures and quotes that point at sentences. */
export function sentenceLookup(run: CompareRunT): (articleId: number, index: number) => string {
  const byArticle = new Map<number, Map<number, string>>();
  for (const a of run.sentences) byArticle.set(a.articleId, new Map(a.items.map((s) => [s.index, s.text])));
  return (articleId, index) => byArticle.get(articleId)?.get(index) ?? '';
}

/** Column label of an article (outlet, or group when grouped). */
export function columnLabel(run: CompareRunT, colOf: Map<number, number>, articleId: number): string {
  const c = colOf.get(articleId);
  if (c !== undefined) return run.columns[c]!.label;
  const m = run.meta.find((x) => x.id === articleId);
  return m ? outletOf(m) : `Article ${articleId}`;
}

export interface DiffPart {
  text: string;
  changed: boolean;
}

/** Word-level difference of b against a (longest common subsequence): the words of b that a lacks are `changed`. */
const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function wordDiff(a: string, b: string): DiffPart[] {
  const wa = a.split(/\s+/).filter(Boolean);
  const wb = b.split(/\s+/).filter(Boolean);
  const n = wa.length;
  const m = wb.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => Array.from({ length: m + 1 }, () => 0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i]![j] = norm(wa[i]!) === norm(wb[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (w: string, changed: boolean) => {
    const last = parts.at(-1);
    if (last && last.changed === changed) last.text += ` ${w}`;
    else parts.push({ text: w, changed });
  };
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && norm(wa[i]!) === norm(wb[j]!)) {
      push(wb[j]!, false);
      i++;
      j++;
    } else if (i < n && dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else push(wb[j++]!, true);
  }
  return parts;
}

/** Oldest first; undated last. */
export function byPublished(a: { published: string | null }, b: { published: string | null }): number {
  if (a.published === b.published) return 0;
  if (!a.published) return 1;
  if (!b.published) return -1;
  return a.published < b.published ? -1 : 1;
}
