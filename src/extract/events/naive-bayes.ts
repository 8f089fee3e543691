import { features } from './features.js';

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
  private readonly unseen: Float64Array;
  private readonly loglik = new Map<string, Float64Array>();

  /** Builds the model from counts, with add-`alpha` smoothing. */
  constructor(c: NaiveBayesCounts, alpha = 0.5) {
    this.classes = c.classes;
    const n = c.classes.length;
    const allDocs = c.docs.reduce((a, b) => a + b, 0);
    this.prior = Float64Array.from(c.docs, (d) => Math.log((d + 1) / (allDocs + n)));
    this.unseen = Float64Array.from(c.totals, (t) => Math.log(alpha / (t + alpha * c.vocabulary)));
    for (const [f, pairs] of Object.entries(c.counts)) {
      const row = Float64Array.from(this.unseen);
      for (let i = 0; i < pairs.length; i += 2) {
        const k = pairs[i]!;
        row[k] = Math.log((pairs[i + 1]! + alpha) / (c.totals[k]! + alpha * c.vocabulary));
      }
      this.loglik.set(f, row);
    }
  }

  /**
   * Class probabilities for `text`, softened by `temperature` (naive Bayes is over-confident);
   * null when no feature of the text was seen in training.
   */
  probabilities(text: string, temperature: number): Float64Array | null {
    const score = Float64Array.from(this.prior);
    let seen = 0;
    for (const f of features(text)) {
      const row = this.loglik.get(f);
      if (!row) continue;
      seen++;
      for (let k = 0; k < score.length; k++) score[k]! += row[k]!;
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
