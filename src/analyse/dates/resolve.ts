/**
 * Shared resolution helpers for the date rules: the context a rule sees, the value it returns, and
 * the choices news makes (past preferred, future when the clause says so).
 */
import type { DatePrecision } from '../../model/index.js';
import { dayOf, weekdayOf, type Reference } from './calendar.js';
import { FUTURE_CUE, UNTIL_BEFORE } from './lexicon.js';

/** What a rule sees: the whole text and the reference (null when unknown). */
export interface RuleContext {
  text: string;
  ref: Reference | null;
}

/** A resolved date as day numbers; the rule layer converts it to ISO dates at the end. */
export interface DayValue {
  start: number | null;
  end: number | null;
  precision: DatePrecision;
}

/** What a rule returns: a value, `UNRESOLVED` (relative, no reference), or null (not a date after all). */
export type RuleOutcome = DayValue | typeof UNRESOLVED | null;

/** Marker for a relative expression that cannot be resolved without a reference time. */
export const UNRESOLVED = 'unresolved' as const;

/** A single day. */
export function single(day: number | null): DayValue | null {
  return day === null ? null : { start: day, end: day, precision: 'day' };
}

/** A range of days. */
export function range(start: number | null, end: number | null): DayValue {
  return { start, end, precision: 'range' };
}

/** The clause before `index` (back to the previous sentence end or line break, at most 80 characters). */
export function clauseBefore(text: string, index: number): string {
  const floor = Math.max(0, index - 80);
  let i = index - 1;
  for (; i > floor; i--) {
    const c = text.charCodeAt(i);
    // a line break, or ". " "? " "! " ending the sentence before
    if (c === 10) break;
    if (c === 32 && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p === 46 || p === 63 || p === 33) break;
    }
  }
  return text.slice(i > floor ? i + 1 : floor, index);
}

/** True when the clause before `index` points to the future ("will", "scheduled", "until"). */
export function futureCued(text: string, index: number): boolean {
  const before = clauseBefore(text, index);
  return UNTIL_BEFORE.test(before) || FUTURE_CUE.test(before.slice(-FUTURE_WINDOW));
}

/** How far before a date (in characters) a future cue counts: "will spend 20 years … for the Easter shooting" is too far. */
const FUTURE_WINDOW = 40;

/** Which way an underspecified date may go: news prefers the past; cues and "next"/"last" force a side. */
export type Direction = 'past' | 'future' | 'last' | 'next';

/**
 * Picks among candidate periods (one per year, say) the one news most likely means: the nearest,
 * with future candidates counted three times as far (half as far after a future cue).
 * "last" keeps only periods ending before the reference, "next" only those starting after it.
 * @example "Dec. 28" in an article of Jan 3 → the Dec 28 six days before, not the one in 51 weeks.
 */
export function pickPeriod(candidates: Array<[number, number] | null>, ref: number, direction: Direction): [number, number] | null {
  let best: [number, number] | null = null;
  let bestCost = Infinity;
  for (const c of candidates) {
    if (!c) continue;
    const [start, end] = c;
    if (direction === 'last' && end >= ref) continue;
    if (direction === 'next' && start <= ref) continue;
    const cost = end < ref ? ref - end : start > ref ? (start - ref) * (direction === 'future' ? 0.5 : 3) : 0;
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  return best;
}

/** The day of `weekday` that news means relative to the reference day. */
// "on Wednesday" in an article of Saturday → three days before; "Monday" in a Monday article → that day
export function weekdayDay(ref: number, weekday: number, direction: Direction): number {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (direction === 'past') return ref - back;
  if (direction === 'last') return ref - (back || 7);
  if (direction === 'future') return ref + ahead;
  return ref + (ahead || 7);
}

/** A month and day without a year, placed in the year news most likely means. */
// "Dec. 28" in an article of Jan 3, 2022 → 2021-12-28
export function dayWithoutYear(ref: number, year: number, month: number, date: number, direction: Direction): number | null {
  const candidates = [year - 1, year, year + 1].map((y): [number, number] | null => {
    const d = dayOf(y, month, date);
    return d === null ? null : [d, d];
  });
  return pickPeriod(candidates, ref, direction)?.[0] ?? null;
}
