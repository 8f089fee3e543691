import type { Event, Figure } from '../../model/index.js';
import type { Analysis } from '../../analyse/analysis.js';

/** Scaffold: replaced by event typing. */
export function extractEvents(_analysis: Analysis, _figures: Figure[]): Event[] {
  return [];
}
