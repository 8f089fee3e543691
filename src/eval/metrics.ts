/** Counts and ratios shared by the scorers' reports. */

/** How many of `total` were right; `rate` is right / total (0 when total is 0). */
export interface Tally {
  right: number;
  total: number;
  rate: number;
}

/** Builds a tally from its counts. */
export function tally(right: number, total: number): Tally {
  return { right, total, rate: total === 0 ? 0 : right / total };
}

/** Precision, recall and F1 of a matching: `matched` of `gold` found, `predicted` scored predictions. */
export interface Prf {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; an empty side gives 0, except that nothing expected and nothing predicted is perfect. */
export function prf(matched: number, gold: number, predicted: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : matched / gold;
  return { gold, predicted, matched, precision, recall, f1: f1(precision, recall) };
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Up to `n` items spread evenly over the list (all of them when there are no more than `n`), so a
 * sample of misses is not only the first file's.
 */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (n <= 0) return [];
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]!);
  return out;
}
