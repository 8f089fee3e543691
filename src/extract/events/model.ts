import { NaiveBayes } from './naive-bayes.js';
import { MODEL_COUNTS } from './model-weights.js';
import { EVENT_TYPES } from '../../model/index.js';

/** Weight of the model's probabilities against the rule scores (chosen by cross-validation). */
export const MODEL_WEIGHT = 2;
/** Temperature that softens naive Bayes's over-confident probabilities (cross-validation). */
export const MODEL_TEMPERATURE = 4;

let model: NaiveBayes | null = null;

/**
 * The trained model's probability for each of EVENT_TYPES (in that order) given `text`, or null
 * when it has no opinion (untrained, or no known word). The backoff and tie-breaker of the rules.
 */
export function modelScores(text: string): Float64Array | null {
  if (MODEL_COUNTS.classes.length === 0) return null;
  model ??= new NaiveBayes(MODEL_COUNTS);
  const p = model.probabilities(text, MODEL_TEMPERATURE);
  if (!p) return null;
  const out = new Float64Array(EVENT_TYPES.length);
  model.classes.forEach((c, i) => {
    const k = (EVENT_TYPES as readonly string[]).indexOf(c);
    if (k >= 0) out[k] = p[i]!;
  });
  return out;
}
