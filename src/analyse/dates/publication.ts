/**
 * Reads a publication date written out in a byline, a dateline or a page's metadata into the ISO
 * local time the rest of sitrep uses as its reference (`2022-01-08T08:21` or `2022-01-08`).
 */
import { dayOf, isoOf } from './calendar.js';
import { MONTH_SOURCE, monthNumber } from './lexicon.js';

const TIME = String.raw`(?:[,\s]+(?:at\s+)?(?:\|\s*)?(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?)?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?`;

/** The forms read, each with an example. Groups: year, month, day, hour, minute, am/pm. */
const FORMS: Array<{ pattern: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }> = [
  // "2022-01-08T08:21:00+06:00", "2022-01-08 08:21"
  { pattern: /(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?()/, order: ['y', 'm', 'd'] },
  // "January 8, 2022, 8:21 am", "Sat, Jan. 8, 2022 at 8:21 a.m."
  { pattern: new RegExp(String.raw`${WEEKDAY}(${MONTH_SOURCE})\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`), order: ['m', 'd', 'y'] },
  // "8 January 2022 08:21"
  { pattern: new RegExp(String.raw`${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_SOURCE})\s*,?\s*(\d{4})${TIME}`), order: ['d', 'm', 'y'] },
  // "01/08/2022 5:30 PM" (US order)
  { pattern: new RegExp(String.raw`${WEEKDAY}(\d{1,2})/(\d{1,2})/(\d{4})${TIME}`), order: ['m', 'd', 'y'] },
];

/**
 * Parses a publication date string into ISO local time; null when no date is found in it.
 * The time is kept when written ("8:21 am" → `T08:21`); no time zone is applied.
 * @example parsePublicationDate('by Correspondent - January 8, 2022, 8:21 am') // '2022-01-08T08:21'
 * @example parsePublicationDate('Posted: Mon 1/25/2016 5:30 PM') // '2016-01-25T17:30'
 */
export function parsePublicationDate(text: string): string | null {
  for (const form of FORMS) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const parts: Record<string, number> = {};
    form.order.forEach((key, i) => {
      const raw = m[i + 1]!;
      parts[key] = key === 'm' && /[A-Za-z]/.test(raw) ? monthNumber(raw) : Number(raw);
    });
    const day = dayOf(parts.y!, parts.m!, parts.d!);
    if (day === null) continue;
    const date = isoOf(day);
    if (m[4] === undefined || m[4] === '') return date;
    let hour = Number(m[4]);
    const minute = Number(m[5]);
    const half = m[6]?.toLowerCase().replace(/\./g, '');
    if (half === 'pm' && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return date;
    return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  }
  return null;
}
