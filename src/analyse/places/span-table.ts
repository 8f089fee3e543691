/**
 * A per-process table from short stretches of text to what was learnt about them, probed in place:
 * the characters are hashed where they stand in the text, so a word seen before costs no slice
 * and no string hash (a `Map` keyed by fresh slices spent a fifth of recognition's time hashing
 * and missing the processor's cache). Cleared when full; what it holds is only a cache.
 */
export class SpanTable<T> {
  private slots: Int32Array;
  private readonly mask: number;
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: T[] = [];

  /** `bits`: log2 of the slot count; at most half the slots are filled before a clear. */
  constructor(bits: number) {
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** The value stored for `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): T | undefined {
    const h = hashSpan(text, start, end);
    const len = end - start;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const e = this.slots[i]! - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] === h) {
        const key = this.keys[e]!;
        if (key.length === len && sameText(key, text, start)) return this.values[e];
      }
    }
  }

  /** Stores a value for `key` (not yet in the table). */
  set(key: string, value: T): void {
    if (this.keys.length * 2 >= this.slots.length) {
      this.slots.fill(0);
      this.keys = [];
      this.hashes = [];
      this.values = [];
    }
    const h = hashSpan(key, 0, key.length);
    let i = h & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.keys.push(key);
    this.hashes.push(h);
    this.values.push(value);
    this.slots[i] = this.keys.length;
  }
}

/** FNV-1a over UTF-16 code units. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h ^ (h >>> 15);
}

function sameText(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
