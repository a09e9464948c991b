// Token-level F1 of extracted text against expected text (lower-cased words, CJK characters one
// token each; precision and recall over the bag of tokens). Shared by the Readability corpus test
// and bench/extraction.ts so both measure the same thing.
function tokens(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of s.toLowerCase().match(/[\u3040-\u30ff\u3400-\u9fff]|[\p{L}\p{N}]+/gu) ?? []) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

export function tokenF1(got: string, want: string): number {
  const a = tokens(got);
  const b = tokens(want);
  let overlap = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) overlap += Math.min(v, b.get(k) ?? 0);
  if (!na || !nb || !overlap) return 0;
  const p = overlap / na;
  const r = overlap / nb;
  return (2 * p * r) / (p + r);
}
