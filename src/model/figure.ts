import type { Evidence } from './span.js';
import type { Location } from './place.js';
import type { Source } from './source.js';

/** The kinds of figure sitrep reports (the result contract). */
export const FIGURE_KINDS = [
  'killed',
  'injured',
  'casualties', // killed or injured, not separable
  'hospitalized',
  'critical',
  'detained', // arrested, detained, taken into custody
  'missing',
  'abducted',
  'displaced',
  'evacuated',
  'participants', // crowd size
  'troops',
  'other',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How the text qualifies a number: "at least 12" is at_least, "dozens" is vague. */
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'at_most', 'less_than', 'about', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** incident: this event; cumulative: a running total; other: statistics, history, comparisons. */
export const SCOPES = ['incident', 'cumulative', 'other'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * A reported number of people, with who reported it and the sentence it came from.
 * `value` is the conservative reading (for vague words, the documented low bound);
 * `low`/`high` bound it (`high` null when open-ended).
 */
export interface Figure {
  id: string;
  event: string | null;
  kind: FigureKind;
  value: number;
  low: number;
  high: number | null;
  qualifier: Qualifier;
  scope: Scope;
  subject: string | null;
  location: Location | null;
  attribution: Source[];
  evidence: Evidence[];
}
