/** How precisely a date is known: one day, a range of days, a month, or a year. */
export type DatePrecision = 'day' | 'range' | 'month' | 'year';

/**
 * When something happened or holds: ISO dates (`YYYY-MM-DD`); `end` is inclusive and equals `start`
 * for a single day; either side may be null when open ("until January 19" has only an end).
 */
export interface DateValue {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}
