/**
 * Day arithmetic on plain day numbers (days since 1970-01-01) in the proleptic Gregorian
 * calendar, by integer arithmetic only (no Date objects): the machine's time zone can never shift
 * a day, and it is fast. Weekdays: 0 = Sunday … 6 = Saturday.
 */

/** The publication time as the date rules see it: a day number, and the minutes past midnight when given. */
export interface Reference {
  day: number;
  minutes: number | null;
}

/** Day number of a calendar date; null when the date does not exist (Feb 30, month 13). */
export function dayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** Day number of a valid date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  const { year, month, date } = partsOf(day);
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOf(day: number): { year: number; month: number; date: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, date };
}

/** Weekday of a day number, 0 = Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday starting the week (ISO weeks) that holds `day`. */
export function weekStart(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** First and last day of a month. */
export function monthBounds(year: number, month: number): [number, number] {
  const first = daysFromCivil(year, month, 1);
  return [first, first + daysInMonth(year, month) - 1];
}

/** First and last day of a year. */
export function yearBounds(year: number): [number, number] {
  return [daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)];
}

/** Adds `count` months to (year, month), returning the new (year, month). */
export function addMonths(year: number, month: number, count: number): [number, number] {
  const index = year * 12 + (month - 1) + count;
  return [Math.floor(index / 12), (index % 12) + 1];
}

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * Reads the document's reference time (ISO local time, `2022-01-08T08:21` or `2022-01-08`). The
 * local date as written is the reference day: an offset or `Z` suffix does not move it.
 * @example parseReference('2022-01-08T08:21') // { day: 18999, minutes: 501 }
 */
export function parseReference(reference: string | null): Reference | null {
  const m = reference ? REFERENCE.exec(reference.trim()) : null;
  if (!m) return null;
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  const minutes = m[4] !== undefined ? Number(m[4]) * 60 + Number(m[5]) : null;
  return { day, minutes: minutes !== null && minutes < 24 * 60 ? minutes : null };
}

/** nth (1-based) `weekday` of a month; a negative n counts from the end (-1 = last). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const [first, last] = monthBounds(year, month);
  if (n > 0) return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  return last - ((weekdayOf(last) - weekday + 7) % 7) + (n + 1) * 7;
}

/** Easter Sunday of a year (anonymous Gregorian algorithm). */
export function easterOf(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, date);
}
