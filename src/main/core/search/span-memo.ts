// A memo keyed by a span of text rather than a string: the stemmed index analyses every word of
// every imported article, and building each word's string only to look it up in a Map (slice,
// lower case, hash) cost more than anything else the import does to a plain-text article. Open
// addressing over the hashes scanTokenSpans() computes while scanning; a key is compared with
// the span character by character, in lower case.

const INITIAL_SLOTS = 1 << 12;

export class SpanMemo {
  private keys: (string | undefined)[] = Array.from({ length: INITIAL_SLOTS }, () => undefined);
  private values: (string | null)[] = Array.from({ length: INITIAL_SLOTS }, () => null);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  size = 0;

  /** The value stored for the lower case of text[start, end) (ASCII letters and digits), or undefined. */
  get(text: string, start: number, end: number, hash: number): string | null | undefined {
    const len = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === hash && key.length === len && sameLowerCase(key, text, start)) return this.values[slot];
    }
  }

  /** Stores `value` for `key` (a lower-case token, absent so far) under its scanTokenSpans() hash. */
  set(key: string, hash: number, value: string | null): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key, hash, value);
    this.size++;
  }

  private place(key: string, hash: number, value: string | null): void {
    let slot = hash & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    const slots = keys.length * 2;
    this.keys = Array.from({ length: slots }, () => undefined);
    this.values = Array.from({ length: slots }, () => null);
    this.hashes = new Int32Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.place(key, hashes[i]!, values[i]!);
    }
  }
}

/** Whether `key` equals text[start, start + key.length) with ASCII capitals lowered. */
function sameLowerCase(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (key.charCodeAt(i) !== c) return false;
  }
  return true;
}
