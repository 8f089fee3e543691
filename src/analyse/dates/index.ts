import type { DateValue, Span } from '../../model/index.js';
import type { Analysis, DateMention, PreparedDocument, Sentence } from '../analysis.js';

/** Scaffold: replaced by date recognition (chrono-node with news refiners). */
export function findDates(_doc: PreparedDocument, _sentences: Sentence[]): DateMention[] {
  return [];
}

/** Scaffold: the date of what the text at `span` reports. */
export function dateOf(_analysis: Analysis, _span: Span): DateValue | null {
  return null;
}
