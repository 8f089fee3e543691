import type { Figure } from '../../model/index.js';
import type { Analysis } from '../../analyse/analysis.js';

/** Scaffold: replaced by figure extraction. */
export function extractFigures(_analysis: Analysis): Figure[] {
  return [];
}
