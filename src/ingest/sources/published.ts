/** Month names and abbreviations as they appear in feeds and meta tags. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// "2022-01-08T08:21:00+06:00", "2022-01-08 08:21", "2022-01-08"
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
// RFC 822 as in RSS: "Sat, 08 Jan 2022 08:21:00 +0600", also "8 January 2022"
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/;
// "January 8, 2022 08:21", "Jan. 8, 2022"
const MDY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2}))?/;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A publication time from a meta tag, JSON-LD or a feed, as ISO 8601 local time as written
 * (`2022-01-08T08:21`, or `2022-01-08` when no time is given): the clock time the outlet printed,
 * its UTC offset dropped, so the date is the one the outlet's readers saw. Null when unreadable.
 * @example normalisePublished('Sat, 08 Jan 2022 08:21:00 +0600') // '2022-01-08T08:21'
 */
export function normalisePublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = ISO.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5]);
  m = RFC822.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (month) return build(+m[3]!, month, +m[1]!, m[4], m[5]);
  }
  m = MDY.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    if (month) return build(+m[3]!, month, +m[2]!, m[4], m[5]);
  }
  return null;
}

function build(year: number, month: number, day: number, hour?: string, minute?: string): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour !== undefined && minute !== undefined ? `${date}T${pad(+hour)}:${minute}` : date;
}
