import type { DateValue, Location } from '../../model/index.js';

/** Subtypes that may name the same real-world event (a statement that condemns is one statement). */
const COMPATIBLE_SUBTYPES: string[][] = [
  ['statement', 'condemnation'],
  ['troop_deployment', 'peacekeeping'],
];

/** True when two subtypes can describe one event: equal, either unknown, or listed together. */
export function subtypesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  return COMPATIBLE_SUBTYPES.some((set) => set.includes(a) && set.includes(b));
}

/** True when two places can be one event's: either unknown, or in the same country. */
export function locationsCompatible(a: Location | null, b: Location | null): boolean {
  if (!a || !b) return true;
  return a.country === b.country;
}

/** True when two places are both more precise than a country and differ ("Kyzylorda" vs "Almaty"). */
export function distinctPlaces(a: Location | null, b: Location | null): boolean {
  if (!a || !b || a.precision === 'country' || b.precision === 'country') return false;
  return a.admin1 !== b.admin1 || a.city !== b.city;
}

/** Days since 1970-01-01 of an ISO date (`YYYY-MM-DD…`), without making a Date object. */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Days two reports of one event may differ by: shot on Sunday, died on Monday. */
const SLACK = 1;

/** True when two dates can be one event's: either unknown, or ranges that overlap within SLACK days. */
export function datesCompatible(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return true;
  const aStart = a.start ?? a.end;
  const bStart = b.start ?? b.end;
  if (!aStart || !bStart) return true;
  const aEnd = a.end ?? a.start!;
  const bEnd = b.end ?? b.start!;
  return dayNumber(aStart) - SLACK <= dayNumber(bEnd) && dayNumber(bStart) - SLACK <= dayNumber(aEnd);
}
