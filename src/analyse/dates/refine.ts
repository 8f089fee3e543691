/**
 * Refiners over the rules' matches, in order: keep the longest of overlapping matches, join a
 * weekday or a clock time to the date beside it, make ranges ("from Jan 5 to Jan 19", "since
 * Sunday", "until January 19"), and resolve anaphors ("the next day") against the date before.
 */
import type { Reference } from './calendar.js';
import { SINCE_BEFORE, UNTIL_BEFORE } from './lexicon.js';
import { UNRESOLVED, range, type DayValue } from './resolve.js';
import type { FoundKind } from './rules.js';

/** A match of a rule, before conversion to a DateMention. */
export interface Found {
  start: number;
  end: number;
  kind: FoundKind;
  rule: string;
  value: DayValue | typeof UNRESOLVED;
}

/** Keeps, of overlapping matches, the one starting first, then the longest. */
// "January 8, 2022" (month-day) over "January" (month) and "8, 2022"
export function removeOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}

// "Monday, Jan. 5": the weekday is a check on the written date
const WEEKDAY_DATE_GAP = /^,?\s*(?:the\s+)?$/;
// "Saturday at about 3 p.m.", "11:30 p.m. on Friday"
const CLOCK_GAP = /^\s*,?\s*(?:(?:at|on|around|about|approximately|near|shortly|just|after|before|sometime|some\s+time)\s+)*$/i;
// "from Jan. 5 to Jan. 19", "Jan. 5 through 19"
const RANGE_GAP = /^\s*(?:to|through|thru|until|till|-|–|—)\s*$/;
const BETWEEN_GAP = /^\s*and\s*$/;

/** Joins a weekday to the written date beside it and a clock time to its day. */
export function mergeNeighbours(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && prev.value !== UNRESOLVED && f.value !== UNRESOLVED) {
      const gap = text.slice(prev.end, f.start);
      if (prev.rule === 'weekday' && f.rule !== 'weekday' && f.kind === 'date' && f.value.precision === 'day' && WEEKDAY_DATE_GAP.test(gap)) {
        out[out.length - 1] = { ...f, start: prev.start, rule: `weekday+${f.rule}` };
        continue;
      }
      if ((prev.kind === 'clock') !== (f.kind === 'clock') && prev.kind !== 'anaphor' && f.kind !== 'anaphor' && CLOCK_GAP.test(gap)) {
        const date = prev.kind === 'clock' ? f : prev;
        out[out.length - 1] = { ...date, start: prev.start, end: f.end };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/** Makes ranges from two dates: "from Jan 5 to Jan 19", "between Monday and Wednesday". */
export function mergeRanges(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'date' && f.kind === 'date' && prev.value !== UNRESOLVED && f.value !== UNRESOLVED) {
      const gap = f.start - prev.end < 12 ? text.slice(prev.end, f.start) : '';
      const before = gap ? text.slice(Math.max(0, prev.start - 10), prev.start) : '';
      const between = /\b[Bb]etween\s+$/.test(before) && BETWEEN_GAP.test(gap);
      // "between Monday and Wednesday" in a Monday article: the Monday of the week before
      if (between && prev.rule === 'weekday' && prev.value.start !== null && f.value.end !== null && prev.value.start > f.value.end) {
        prev.value = { ...prev.value, start: prev.value.start - 7, end: prev.value.start - 7 };
      }
      if (gap && (RANGE_GAP.test(gap) || between) && prev.value.start !== null && f.value.end !== null && prev.value.start <= f.value.end) {
        const lead = between ? /[Bb]etween\s+$/.exec(before)! : /[Ff]rom\s+$/.exec(before);
        const start = lead ? prev.start - lead[0].length : prev.start;
        out[out.length - 1] = { start, end: f.end, kind: 'date', rule: 'range', value: range(prev.value.start, f.value.end) };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/**
 * "since Sunday" → from Sunday to the publication day; "until January 19" → an end date with an
 * open start. The keyword joins the span.
 */
export function applyBounds(text: string, ref: Reference | null, found: Found[]): Found[] {
  return found.map((f) => {
    if (f.kind !== 'date' || f.rule === 'range') return f;
    const before = text.slice(Math.max(0, f.start - 24), f.start);
    const since = SINCE_BEFORE.exec(before);
    if (since) {
      if (f.value === UNRESOLVED || !ref) return { ...f, start: f.start - since[0].length, rule: `since-${f.rule}`, value: UNRESOLVED };
      return { ...f, start: f.start - since[0].length, rule: `since-${f.rule}`, value: range(f.value.start, ref.day) };
    }
    const until = UNTIL_BEFORE.exec(before);
    if (until) {
      const keyword = /[A-Za-z]/.exec(until[0])!;
      const start = f.start - until[0].length + keyword.index;
      if (f.value === UNRESOLVED) return { ...f, start, rule: `until-${f.rule}` };
      return { ...f, start, rule: `until-${f.rule}`, value: range(null, f.value.end) };
    }
    return f;
  });
}

// "the day after Thanksgiving": relative to the date that follows; "the day after the shooting": to no date
const BEFORE_OR_AFTER = /(?:after|before)$/i;
const WORD_AFTER = /^\s+[A-Za-z]/;

/**
 * Resolves "the next day", "two days later" against the last single-day date before them, and
 * "the day after Thanksgiving" against the date right after; drops those without one.
 */
export function resolveAnaphors(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  let anchor: number | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.kind === 'anaphor') {
      if (f.value === UNRESOLVED || f.value.start === null) continue;
      if (BEFORE_OR_AFTER.test(text.slice(f.start, f.end)) && WORD_AFTER.test(text.slice(f.end, f.end + 3))) {
        const next = found[i + 1];
        if (!next || next.kind !== 'date' || next.value === UNRESOLVED || next.value.start === null || !/^\s+$/.test(text.slice(f.end, next.start))) continue;
        const day = next.value.start + f.value.start;
        out.push({ start: f.start, end: next.end, kind: 'date', rule: `anaphor+${next.rule}`, value: { start: day, end: day, precision: 'day' } });
        anchor = day;
        i++;
        continue;
      }
      if (anchor === null) continue;
      const day = anchor + f.value.start;
      out.push({ ...f, value: { start: day, end: day, precision: 'day' } });
      continue;
    }
    if (f.kind === 'date' && f.value !== UNRESOLVED && f.value.precision === 'day' && f.value.start !== null) anchor = f.value.start;
    out.push(f);
  }
  return out;
}
