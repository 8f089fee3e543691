/**
 * Near-duplicate detection (syndicated wire copy, the same story republished): word 5-shingles of
 * the normalised text, a 64-bin one-permutation MinHash signature, LSH banding (16 bands of 4 rows) to find
 * candidates, and the estimated Jaccard similarity of the signatures to confirm them (with the
 * titles agreeing, see {@link TITLE_CONTAINMENT}).
 *
 * With 16×4 banding a pair at Jaccard 0.8 is a candidate with probability 1-(1-0.8⁴)¹⁶ ≈ 0.9995,
 * a pair at 0.3 with probability 0.12 (and is then rejected by the threshold).
 */

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity of shingle sets at or above which a text is a near-duplicate. */
export const DUPLICATE_THRESHOLD = 0.8;
/** Texts with fewer words than this are never called duplicates (too little to tell). */
export const MIN_WORDS = 25;
/**
 * When both documents have titles, at least this share of the shorter title's words must be in the
 * other: scraped pages that are only a site's sign-in or newsletter boilerplate have the same text
 * but different headlines, and are different stories. (A syndicated copy keeps the headline; the
 * outlet's suffix "- KCBD NewsChannel 11" differs.)
 */
export const TITLE_CONTAINMENT = 0.6;

const TITLE_STOP = new Set(['the', 'and', 'for', 'after', 'with', 'from', 'into', 'news', 'police']);

function titleWords(title: string): Set<string> {
  return new Set(normaliseForShingles(title).filter((w) => w.length > 2 && !TITLE_STOP.has(w)));
}

/** The share of the shorter title's words (of 3 letters or more, a few function words left out) found in the other title (1 when either is missing). */
export function titleContainment(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return 1;
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.size === 0 || wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
}

/** Lower case, punctuation and quotes dropped, whitespace collapsed: what stays the same across republications. */
export function normaliseForShingles(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').match(WORD_CHARS) ?? [];
}

const WORD_CHARS = /[\p{L}\p{N}]+/gu;

const EMPTY = 0xffffffff;

/** A 32-bit integer finaliser (from MurmurHash3): spreads a shingle hash over all bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** What a code unit is to {@link wordHashes}: 0 not yet known, 1 part of a word, 2 a word break, 3 dropped (apostrophes). */
const UNIT_KIND = new Uint8Array(0x10000);
UNIT_KIND[0x27] = 3;
UNIT_KIND[0x2019] = 3;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The 32-bit FNV-1a hash (over UTF-16 code units) of each word of {@link normaliseForShingles}, in
 * order, read in one pass over the lower-cased text without making the words (this runs on every
 * ingested document).
 */
export function wordHashes(text: string): Int32Array {
  const lower = text.toLowerCase();
  const out = new Int32Array(lower.length);
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let kind = UNIT_KIND[c]!;
    let width = 1;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < lower.length) {
      // a pair of surrogates: one code point, a letter or digit (or not) as a whole
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        kind = WORD_CHAR.test(lower.slice(i, i + 2)) ? 1 : 2;
        width = 2;
      }
    }
    if (kind === 0) kind = UNIT_KIND[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (kind === 3) continue;
    if (kind === 1) {
      if (!inWord) h = 0x811c9dc5;
      inWord = true;
      for (let k = 0; k < width; k++) h = Math.imul(h ^ lower.charCodeAt(i + k), 0x01000193);
    } else if (inWord) {
      out[n++] = h | 0;
      inWord = false;
    }
    i += width - 1;
  }
  if (inWord) out[n++] = h | 0;
  return out.subarray(0, n);
}

/**
 * The MinHash signature of a text, or null when it has fewer than {@link MIN_WORDS} words.
 * One-permutation hashing: each shingle's hash picks one of the 64 bins by its top 6 bits and
 * competes for the bin's minimum with its other 26; empty bins borrow the next filled bin's value
 * (rotation densification). One hash per shingle instead of 64, with the same estimator.
 */
export function minhash(text: string): Uint32Array | null {
  const hashes = wordHashes(text);
  if (hashes.length < MIN_WORDS) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0x811c9dc5 | 0;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = Math.imul(h ^ hashes[i + j]!, 0x01000193);
    h = mix(h);
    const bin = h >>> 26;
    const value = h & 0x3ffffff;
    if (value < sig[bin]!) sig[bin] = value;
  }
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    if (sig[k] !== EMPTY) continue;
    for (let step = 1; step < SIGNATURE_SIZE; step++) {
      const v = sig[(k + step) % SIGNATURE_SIZE]!;
      if (v !== EMPTY && v < 0x4000000) {
        sig[k] = v + step * 0x4000000;
        break;
      }
    }
  }
  return sig;
}

/** The share of equal positions of two signatures: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** A document found to be a near-duplicate: of which original, how similar. */
export interface DuplicateMatch {
  /** The original: the earliest document of the group (itself never a duplicate). */
  duplicateOf: string;
  /** The document actually matched (may itself be a duplicate of `duplicateOf`). */
  matched: string;
  similarity: number;
}

/** A stored signature (what a store keeps to rebuild the index after a restart). */
export interface SignatureRecord {
  id: string;
  signature: Uint32Array;
  /** The original this document duplicates, or null when it is an original. */
  duplicateOf: string | null;
  title?: string | null;
}

/**
 * An incremental near-duplicate index: documents are added in ingest order; each is checked
 * against everything added before it, so the original is always the one that arrived first.
 * @example const index = new DuplicateIndex(); index.add('a', text); index.add('b', sameText) // { duplicateOf: 'a', … }
 */
export class DuplicateIndex {
  private readonly bands: Map<string, string[]>[] = Array.from({ length: BANDS }, () => new Map());
  private readonly records = new Map<string, SignatureRecord>();

  /** Restores a document added in an earlier run (no check). */
  load(record: SignatureRecord): void {
    this.records.set(record.id, record);
    this.index(record);
  }

  /**
   * Checks a document against the index and adds it. Returns the match when it is a near-duplicate
   * of an earlier document (similarity ≥ {@link DUPLICATE_THRESHOLD}), else null.
   */
  add(id: string, text: string, title: string | null = null): DuplicateMatch | null {
    const signature = minhash(text);
    if (!signature) return null;
    const match = this.find(signature, id, title);
    const record: SignatureRecord = { id, signature, duplicateOf: match?.duplicateOf ?? null, title };
    this.records.set(id, record);
    this.index(record);
    return match;
  }

  /** The best earlier match of a signature above the threshold (titles agreeing), without adding it. */
  find(signature: Uint32Array, self?: string, title: string | null = null): DuplicateMatch | null {
    let best: DuplicateMatch | null = null;
    const seen = new Set<string>();
    for (let b = 0; b < BANDS; b++) {
      for (const other of this.bands[b]!.get(bandKey(signature, b)) ?? []) {
        if (other === self || seen.has(other)) continue;
        seen.add(other);
        const record = this.records.get(other)!;
        const sim = similarity(signature, record.signature);
        if (sim >= DUPLICATE_THRESHOLD && (!best || sim > best.similarity) && titleContainment(title, record.title) >= TITLE_CONTAINMENT) {
          best = { duplicateOf: record.duplicateOf ?? record.id, matched: record.id, similarity: sim };
        }
      }
    }
    return best;
  }

  private index(record: SignatureRecord): void {
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(record.signature, b);
      const bucket = this.bands[b]!.get(key);
      if (bucket) bucket.push(record.id);
      else this.bands[b]!.set(key, [record.id]);
    }
  }
}

function bandKey(signature: Uint32Array, band: number): string {
  let key = '';
  for (let r = 0; r < ROWS; r++) key += signature[band * ROWS + r]!.toString(36) + ',';
  return key;
}
