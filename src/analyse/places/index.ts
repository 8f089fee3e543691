import type { Location, Span } from '../../model/index.js';
import type { Analysis, PlaceMention, PreparedDocument, Sentence } from '../analysis.js';

/** Scaffold: replaced by place recognition and GeoNames resolution. */
export function findPlaces(_doc: PreparedDocument, _sentences: Sentence[]): PlaceMention[] {
  return [];
}

/** Scaffold: where what the text at `span` reports happened. */
export function locate(_analysis: Analysis, _span: Span): Location | null {
  return null;
}
