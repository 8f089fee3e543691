/** Weight of the model's probabilities against the rule scores (set by cross-validation). */
export const MODEL_WEIGHT = 0;

/** Scaffold until the model is trained. */
export function modelScores(_text: string): Float64Array | null {
  return null;
}
