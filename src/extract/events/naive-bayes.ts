import { features, modelWords } from './features.js';

/** Multinomial naive Bayes counts, as the training script writes them (model-weights.ts). */
export interface NaiveBayesCounts {
  classes: string[];
  /** Documents per class. */
  docs: number[];
  /** Feature occurrences per class. */
  totals: number[];
  /** feature → [class index, count, class index, count, …] */
  counts: Record<string, number[]>;
  /** Distinct features seen in training. */
  vocabulary: number;
}

/** A trained model ready to score: log priors and per-feature log likelihoods. */
export class NaiveBayes {
  readonly classes: string[];
  private readonly prior: Float64Array;
  /** Per feature (row), the log likelihood of each class: row·classes + class. */
  private readonly loglik: Float64Array;
  /** Each word any feature holds → its number; a word pair is read by the two numbers, not as a string. */
  private readonly wordIds = new Map<string, number>();
  /** Per word number, the row of the word as a feature of its own, or -1. */
  private readonly wordRows: Int32Array;
  /** Word pair (first number · words + second number) → its row. */
  private readonly pairRows = new Map<number, number>();

  /** Builds the model from counts, with add-`alpha` smoothing. */
  constructor(c: NaiveBayesCounts, alpha = 0.5) {
    this.classes = c.classes;
    const n = c.classes.length;
    const allDocs = c.docs.reduce((a, b) => a + b, 0);
    this.prior = Float64Array.from(c.docs, (d) => Math.log((d + 1) / (allDocs + n)));
    const unseen = Float64Array.from(c.totals, (t) => Math.log(alpha / (t + alpha * c.vocabulary)));
    const entries = Object.entries(c.counts);
    this.loglik = new Float64Array(entries.length * n);
    const rowOfWord = new Map<string, number>();
    const pairs: [string, string, number][] = [];
    entries.forEach(([f, counts], r) => {
      this.loglik.set(unseen, r * n);
      for (let i = 0; i < counts.length; i += 2) {
        const k = counts[i]!;
        this.loglik[r * n + k] = Math.log((counts[i + 1]! + alpha) / (c.totals[k]! + alpha * c.vocabulary));
      }
      const space = f.indexOf(' ');
      if (space < 0) rowOfWord.set(f, r);
      else pairs.push([f.slice(0, space), f.slice(space + 1), r]);
    });
    const id = (w: string) => {
      let x = this.wordIds.get(w);
      if (x === undefined) this.wordIds.set(w, (x = this.wordIds.size));
      return x;
    };
    for (const w of rowOfWord.keys()) id(w);
    for (const [a, b] of pairs) {
      id(a);
      id(b);
    }
    this.wordRows = new Int32Array(this.wordIds.size).fill(-1);
    for (const [w, r] of rowOfWord) this.wordRows[this.wordIds.get(w)!] = r;
    for (const [a, b, r] of pairs) this.pairRows.set(this.wordIds.get(a)! * this.wordIds.size + this.wordIds.get(b)!, r);
  }

  /**
   * Class probabilities for `text`, softened by `temperature` (naive Bayes is over-confident);
   * null when no feature of the text was seen in training. The features are read in the order
   * of {@link features}: every word, then every pair of adjacent words.
   */
  probabilities(text: string, temperature: number): Float64Array | null {
    const { loglik, wordIds, wordRows, pairRows } = this;
    const score = Float64Array.from(this.prior);
    const n = score.length;
    const words = modelWords(text);
    const ids = new Int32Array(words.length);
    let seen = 0;
    for (let i = 0; i < words.length; i++) {
      const x = wordIds.get(words[i]!);
      ids[i] = x ?? -1;
      const row = x === undefined ? -1 : wordRows[x]!;
      if (row < 0) continue;
      seen++;
      for (let k = 0, at = row * n; k < n; k++) score[k]! += loglik[at + k]!;
    }
    for (let i = 1; i < words.length; i++) {
      if (ids[i - 1]! < 0 || ids[i]! < 0) continue;
      const row = pairRows.get(ids[i - 1]! * wordRows.length + ids[i]!);
      if (row === undefined) continue;
      seen++;
      for (let k = 0, at = row * n; k < n; k++) score[k]! += loglik[at + k]!;
    }
    if (seen === 0) return null;
    let max = -Infinity;
    for (const s of score) max = Math.max(max, s);
    let sum = 0;
    for (let k = 0; k < score.length; k++) {
      score[k] = Math.exp((score[k]! - max) / temperature);
      sum += score[k]!;
    }
    for (let k = 0; k < score.length; k++) score[k]! /= sum;
    return score;
  }
}

/** Counts features per class over labelled texts (the training step). */
export function countFeatures(texts: string[], labels: number[], classes: string[]): NaiveBayesCounts {
  const docs = classes.map(() => 0);
  const totals = classes.map(() => 0);
  const table = new Map<string, Map<number, number>>();
  texts.forEach((t, i) => {
    const k = labels[i]!;
    docs[k]!++;
    for (const f of features(t)) {
      totals[k]!++;
      let row = table.get(f);
      if (!row) table.set(f, (row = new Map()));
      row.set(k, (row.get(k) ?? 0) + 1);
    }
  });
  const counts: Record<string, number[]> = {};
  for (const [f, row] of table) counts[f] = [...row].flat();
  return { classes, docs, totals, counts, vocabulary: table.size };
}
