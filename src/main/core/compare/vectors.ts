// Sparse TF-IDF vectors: feature ids sorted ascending so a dot product is one merge pass.
// Shared by sentence alignment (sentences as documents) and story clustering (articles).

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Interns feature strings ("munit", "E:kim jong un", "N:11000") as small integers. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly df: number[] = [];
  docs = 0;

  id(feature: string): number {
    let i = this.ids.get(feature);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(feature, i);
      this.df.push(0);
    }
    return i;
  }

  lookup(feature: string): number | undefined {
    return this.ids.get(feature);
  }

  /** Counts one document's distinct features towards document frequency. */
  addDocument(features: Iterable<string>): void {
    this.docs++;
    const seen = new Set<number>();
    for (const f of features) {
      const i = this.id(f);
      if (!seen.has(i)) {
        seen.add(i);
        this.df[i]!++;
      }
    }
  }

  /** Smoothed inverse document frequency; never zero, so a feature every document shares still counts a little. */
  idf(i: number): number {
    return Math.log(1 + (this.docs + 1) / ((this.df[i] ?? 0) + 1));
  }
}

/**
 * Builds a unit-length TF-IDF vector. `boost` multiplies features by prefix (anchors such as
 * "E:" entities and "N:" numbers). Term frequency is dampened (1 + ln tf) so a word repeated in
 * a long text does not drown the rest.
 */
export function tfidf(
  features: Iterable<string>,
  vocab: Vocabulary,
  boost: (feature: string) => number = () => 1,
  maxFeatures = Infinity,
): SparseVector {
  const tf = new Map<string, number>();
  for (const f of features) tf.set(f, (tf.get(f) ?? 0) + 1);
  let entries: [number, number][] = [];
  for (const [f, n] of tf) {
    const i = vocab.lookup(f);
    if (i === undefined) continue;
    entries.push([i, (1 + Math.log(n)) * vocab.idf(i) * boost(f)]);
  }
  if (entries.length > maxFeatures) {
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    entries = entries.slice(0, maxFeatures);
  }
  return fromEntries(entries);
}

export function fromEntries(entries: [number, number][]): SparseVector {
  entries.sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const ids = new Int32Array(entries.length);
  const weights = new Float64Array(entries.length);
  entries.forEach(([i, w], k) => {
    ids[k] = i;
    weights[k] = w / norm;
  });
  return { ids, weights };
}

/** Cosine of two unit vectors, or 0 when they share fewer than `minShared` features. */
export function cosineShared(a: SparseVector, b: SparseVector, minShared: number): number {
  let i = 0;
  let j = 0;
  let s = 0;
  let shared = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      s += a.weights[i++]! * b.weights[j++]!;
      shared++;
    } else if (x < y) i++;
    else j++;
  }
  return shared >= minShared ? s : 0;
}
