/**
 * Scores event typing against labelled snippets (`kind: case`): the main event's type
 * (`events[0].type`) against the label; a result without events is wrong.
 */
import type { Result } from '../model/index.js';
import type { CaseGold } from './gold.js';
import { f1 } from './metrics.js';

/** What is predicted when a result has no event. */
export const NO_EVENT = '(none)';

/** Precision, recall, F1 and support of one label. */
export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

/** The scores of a `case` evaluation; macro and weighted F1 are over the labels present in gold. */
export interface CaseReport {
  kind: 'case';
  snippets: number;
  missingPredictions: string[];
  accuracy: number;
  macroF1: number;
  weightedF1: number;
  /** Gold labels, most frequent first, then labels only predicted (support 0). */
  labels: LabelScore[];
  /** Gold label → predicted label, most frequent errors first. */
  confusions: Array<{ gold: string; predicted: string; count: number }>;
}

/** The label a result predicts: the type of its main event, or NO_EVENT. */
export function labelOf(result: Result | undefined): string {
  return result?.events[0]?.type ?? NO_EVENT;
}

/** Scores predicted main-event types against gold labels. */
export function scoreCase(gold: readonly CaseGold[], predictions: ReadonlyMap<string, Result>): CaseReport {
  const support = new Map<string, number>();
  const predicted = new Map<string, number>();
  const correct = new Map<string, number>();
  const confusions = new Map<string, number>();
  const missing: string[] = [];
  let right = 0;

  for (const g of gold) {
    const result = predictions.get(g.id);
    if (!result) missing.push(g.id);
    const p = labelOf(result);
    support.set(g.label, (support.get(g.label) ?? 0) + 1);
    predicted.set(p, (predicted.get(p) ?? 0) + 1);
    if (p === g.label) {
      right++;
      correct.set(p, (correct.get(p) ?? 0) + 1);
    } else {
      const key = `${g.label}\u0000${p}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  }

  const score = (label: string): LabelScore => {
    const tp = correct.get(label) ?? 0;
    const s = support.get(label) ?? 0;
    const n = predicted.get(label) ?? 0;
    const precision = n === 0 ? 0 : tp / n;
    const recall = s === 0 ? 0 : tp / s;
    return { label, precision, recall, f1: f1(precision, recall), support: s, predicted: n };
  };
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const goldLabels = [...support.entries()].sort(byCount).map(([label]) => score(label));
  const extra = [...predicted.entries()]
    .filter(([label]) => !support.has(label))
    .sort(byCount)
    .map(([label]) => score(label));
  const n = gold.length;
  const macroF1 = goldLabels.length === 0 ? 0 : goldLabels.reduce((s, l) => s + l.f1, 0) / goldLabels.length;
  const weightedF1 = n === 0 ? 0 : goldLabels.reduce((s, l) => s + l.f1 * l.support, 0) / n;

  return {
    kind: 'case',
    snippets: n,
    missingPredictions: missing,
    accuracy: n === 0 ? 0 : right / n,
    macroF1,
    weightedF1,
    labels: [...goldLabels, ...extra],
    confusions: [...confusions.entries()]
      .sort(byCount)
      .map(([key, count]) => {
        const [g, p] = key.split('\u0000');
        return { gold: g!, predicted: p!, count };
      }),
  };
}
