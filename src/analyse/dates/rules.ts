/**
 * The date rules, as a table: each scans the text for the head word of one kind of expression
 * with a precompiled regex (a fast scan: no look-behind at every position), reads the modifiers
 * before it from a short window, and resolves it against the reference. Order does not matter:
 * the refiners keep the longest match.
 */
import {
  addMonths, dayOf, monthBounds, partsOf, weekStart, weekdayOf, yearBounds,
} from './calendar.js';
import {
  COUNT_SOURCE, HOLIDAYS, MONTH_SOURCE, NUMBER_WORDS, PART_OF_DAY_SOURCE, WEEKDAY_SOURCE, monthNumber, weekdayNumber,
} from './lexicon.js';
import {
  UNRESOLVED, dayWithoutYear, futureCued, pickPeriod, range, single, weekdayDay,
  type DayValue, type Direction, type RuleContext, type RuleOutcome,
} from './resolve.js';

/** What a rule found: `date` resolves on its own, `clock` is a time of day, `anaphor` is relative to an earlier date. */
export type FoundKind = 'date' | 'clock' | 'anaphor';

/** A rule's match: its span (which may reach back before the head word) and value. */
export interface RuleMatch {
  start: number;
  end: number;
  value: DayValue | typeof UNRESOLVED;
  /** Overrides the rule's name ("day-month" found by the month rule). */
  rule?: string;
}

/**
 * A date rule: the head word that starts it (a regex source, tried at word boundaries by one
 * combined scan of the text), a sticky regex read from that head, and how to build the match.
 */
export interface DateRule {
  name: string;
  kind: FoundKind;
  head: string;
  pattern: RegExp;
  match: (m: RegExpExecArray, ctx: RuleContext) => RuleMatch | null;
}

/** The first letter either case: `ci('last')` → `[Ll]ast`. */
function ci(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
}

/** The text just before `index` (a short window, for reading modifiers). */
function before(ctx: RuleContext, index: number): string {
  return ctx.text.slice(Math.max(0, index - 48), index);
}

/** A match from `m.index - back` to the end of `m`, if the value is a date at all. */
function spanOf(m: RegExpExecArray, back: number, value: RuleOutcome, rule?: string): RuleMatch | null {
  if (value === null) return null;
  return { start: m.index - back, end: m.index + m[0].length, value, ...(rule ? { rule } : {}) };
}

const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`;

// "19 January", "the 5th of January" (read before a month name)
const DAY_BEFORE = /(?<![\d.,:$])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
// "in March", "since early December", "mid-July"
const MONTH_PREP = /(?:\b(?:in|since|until|till|through|during|by|of|from|early|late|last|this|next|before|after|between|and|to)\s+|\bmid-)$/i;
// "last Monday", "early Sunday", "this past Friday", "late on Friday"
const WEEKDAY_MODIFIERS = /(?:\b(this\s+past|this\s+coming|last|this|next|past|coming)\s+)?(?:\b(?:early|late|earlier|later)\s+(?:on\s+)?)?$/i;
// "Black Friday", "Good Friday", "Super Tuesday", "Bloody Sunday" are names, not dates
const WEEKDAY_NAME_BEFORE = /\b(?:Black|Good|Super|Cyber|Bloody|Holy|Ash|Palm|Easter|Maundy)\s+$/;
// "Sunday school", "the Sunday Times", "Monday Night Football"
const WEEKDAY_NAME_AFTER = /^\s+(?:[Ss]chool|Times|Night\s+Football|Mirror|Telegraph|Herald|Post|Express)\b/;
// "late yesterday", "early this morning"
const EDGE_BEFORE = /\b(?:early|late|earlier|later)\s+$/i;
// "the day before yesterday"
const DAY_BEFORE_YESTERDAY = /\b[Tt]he\s+day\s+before\s+$/;
// "earlier this week", "earlier in the week", "over the weekend", "the past month"
const PERIOD_MODIFIERS =
  /(?:\b(earlier|later|early|late)\s+(?:in\s+|during\s+)?)?\b(this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+last|this|last|past|next|over\s+the|during\s+the|on\s+the|the)\s+$/i;
// "two days ago", "a week ago"
const COUNT_BEFORE = new RegExp(String.raw`(?<![A-Za-z\d])(${COUNT_SOURCE})\s+$`, 'i');
// "on 1/5", "since 1/5"
const SHORT_NUMERIC_PREP = /\b(?:on|since|until|from|through)\s$/i;
// "in 2015", "since 2019", "mid-2020"
const YEAR_PREP = /(?:\b(?:in|since|during|until|by|early|late|spring|summer|fall|autumn|winter|before|after|between|from)\s+|\bmid-)$/i;
// "from 2002 to 2004", "in 2002 and 2003": a second year after a first
const YEAR_BEFORE = /\b(?:19|20)\d{2}\s*(?:-|–|to|through|and|or)\s*$/;
// "on Christmas", "before Thanksgiving"
const HOLIDAY_PREP = /\b(?:on|before|after|since|until|over|during|at)\s+$/i;

function direction(ctx: RuleContext, index: number, modifier: string | undefined): Direction {
  const mod = modifier?.toLowerCase().replace(/\s+/g, ' ');
  if (mod === 'last' || mod === 'past' || mod === 'this past') return 'last';
  if (mod === 'next' || mod === 'this coming' || mod === 'coming') return 'next';
  return futureCued(ctx.text, index) ? 'future' : 'past';
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

/** Month + day (+ year): explicit when the year is written, else placed near the reference. */
function monthDay(ctx: RuleContext, index: number, month: number, date: number, year: string | undefined, to?: number): RuleOutcome {
  if (month === 0 || date < 1 || date > 31) return null;
  let start: number | null;
  if (year) start = dayOf(Number(year), month, date);
  else if (!ctx.ref) return UNRESOLVED;
  else start = dayWithoutYear(ctx.ref.day, partsOf(ctx.ref.day).year, month, date, direction(ctx, index, undefined));
  if (start === null) return null;
  if (to === undefined) return single(start);
  return to > date && to <= 31 ? range(start, start + (to - date)) : null;
}

/** A month without a day: its whole month, in the year news most likely means. */
function wholeMonth(ctx: RuleContext, index: number, month: number, year: string | undefined): RuleOutcome {
  if (year) {
    const [start, end] = monthBounds(Number(year), month);
    return { start, end, precision: 'month' };
  }
  if (!ctx.ref) return UNRESOLVED;
  const y = partsOf(ctx.ref.day).year;
  const modifier = /\b(last|next)\s+$/i.exec(before(ctx, index))?.[1];
  const period = pickPeriod([y - 1, y, y + 1].map((c) => monthBounds(c, month)), ctx.ref.day, direction(ctx, index, modifier));
  return period && { start: period[0], end: period[1], precision: 'month' };
}

/** Every date rule, each with an example of what it reads; where two heads start alike, the more specific comes first. */
export const DATE_RULES: DateRule[] = [
  {
    // "on Christmas Eve", "Thanksgiving night", "on Memorial Day"
    name: 'holiday',
    head: String.raw`(?:Christmas|New\s+Year|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Halloween|Valentine|Thanksgiving|Memorial\s+Day|Labou?r\s+Day|Mother|Father|Easter)`,
    kind: 'date',
    pattern: new RegExp(
      String.raw`\b(?:${HOLIDAYS.map((h) => `(${h.source})`).join('|')})(?:\s+${PART_OF_DAY_SOURCE})?(?![A-Za-z])(?:,?\s+${YEAR})?`,
      'y',
    ),
    match: (m, ctx) => {
      const i = m.slice(1).findIndex((g) => g !== undefined);
      const holiday = HOLIDAYS[i];
      if (!holiday) return null;
      // "Christmas shopping" is no date; "on Christmas" is
      const bare = m[0] === m[i + 1] && !/\s(?:Day|Eve|Sunday)$/.test(m[0]);
      if (bare && !HOLIDAY_PREP.test(before(ctx, m.index))) return null;
      // "on Valentine's Day, 2011"
      const written = m[HOLIDAYS.length + 1];
      if (written) return spanOf(m, 0, single(holiday.day(Number(written))));
      if (!ctx.ref) return spanOf(m, 0, UNRESOLVED);
      const year = partsOf(ctx.ref.day).year;
      const candidates = [year - 1, year, year + 1].map((y): [number, number] | null => {
        const d = holiday.day(y);
        return d === null ? null : [d, d];
      });
      return spanOf(m, 0, single(pickPeriod(candidates, ctx.ref.day, direction(ctx, m.index, undefined))?.[0] ?? null));
    },
  },
  {
    // "Jan. 19", "January 8, 2022", "Jan 5-7", "19 January 2022", "January 2022", "May of 2014", "in March"
    name: 'month-day',
    head: String.raw`${MONTH_SOURCE}`,
    kind: 'date',
    pattern: new RegExp(String.raw`\b(${MONTH_SOURCE})(?:\s*${DAY}(?:\s*(?:-|–|to|through)\s*${DAY})?)?(?:,?\s*(?:of\s+)?${YEAR})?`, 'y'),
    match: (m, ctx) => {
      const month = monthNumber(m[1]!);
      if (m[2]) return spanOf(m, 0, monthDay(ctx, m.index, month, Number(m[2]), m[4], m[3] ? Number(m[3]) : undefined));
      const pre = before(ctx, m.index);
      const day = DAY_BEFORE.exec(pre);
      if (day) return spanOf(m, day[0].length, monthDay(ctx, m.index, month, Number(day[1]), m[4]), 'day-month');
      if (m[4]) return spanOf(m, 0, wholeMonth(ctx, m.index, month, m[4]), 'month-year');
      return MONTH_PREP.test(pre) ? spanOf(m, 0, wholeMonth(ctx, m.index, month, undefined), 'month') : null;
    },
  },
  {
    // "on Wednesday", "late Friday night", "last Monday", "Sunday's shooting"
    name: 'weekday',
    head: WEEKDAY_SOURCE,
    kind: 'date',
    pattern: new RegExp(String.raw`\b(${WEEKDAY_SOURCE})(?:\s+${PART_OF_DAY_SOURCE}(?![A-Za-z]))?`, 'y'),
    match: (m, ctx) => {
      const pre = before(ctx, m.index);
      if (WEEKDAY_NAME_BEFORE.test(pre) || WEEKDAY_NAME_AFTER.test(ctx.text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 24))) return null;
      const mod = WEEKDAY_MODIFIERS.exec(pre)!;
      if (!ctx.ref) return spanOf(m, mod[0].length, UNRESOLVED);
      const day = weekdayDay(ctx.ref.day, weekdayNumber(m[1]!), direction(ctx, m.index - mod[0].length, mod[1]));
      return spanOf(m, mod[0].length, single(day));
    },
  },
  {
    // "yesterday", "last night", "this morning", "late yesterday afternoon", "tonight"
    name: 'relative-day',
    head: String.raw`(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+(?:night|evening)|[Tt]his\s+(?:morning|afternoon|evening))(?![A-Za-z])`,
    kind: 'date',
    pattern: new RegExp(
      String.raw`\b(${ci('yesterday')}|${ci('today')}|${ci('tonight')}|${ci('last')}\s+(?:night|evening)|${ci('this')}\s+(?:morning|afternoon|evening))(?![A-Za-z])(?:\s+${PART_OF_DAY_SOURCE}(?![A-Za-z]))?`,
      'y',
    ),
    match: (m, ctx) => {
      const pre = before(ctx, m.index);
      const word = m[1]!.toLowerCase();
      const dayBefore = word === 'yesterday' ? DAY_BEFORE_YESTERDAY.exec(pre) : null;
      const edge = EDGE_BEFORE.exec(dayBefore ? pre.slice(0, pre.length - dayBefore[0].length) : pre);
      const back = (dayBefore?.[0].length ?? 0) + (edge?.[0].length ?? 0);
      if (!ctx.ref) return spanOf(m, back, UNRESOLVED);
      const offset = dayBefore ? -2 : word === 'yesterday' || word.startsWith('last') ? -1 : 0;
      return spanOf(m, back, single(ctx.ref.day + offset));
    },
  },
  {
    // "two days ago", "a week ago", "3 years ago"
    name: 'ago',
    head: String.raw`(?:day|week|month|year)s?\s+ago\b`,
    kind: 'date',
    pattern: /\b(day|week|month|year)s?\s+ago\b/y,
    match: (m, ctx) => {
      const count = COUNT_BEFORE.exec(before(ctx, m.index));
      if (!count) return null;
      if (!ctx.ref) return spanOf(m, count[0].length, UNRESOLVED);
      const n = NUMBER_WORDS[count[1]!.toLowerCase()] ?? Number(count[1]);
      return spanOf(m, count[0].length, ago(ctx.ref.day, n, m[1]!));
    },
  },
  {
    // "earlier this week", "earlier in the week", "last week", "over the weekend", "last month", "this year"
    name: 'relative-period',
    head: String.raw`(?:week|weekend|month|year)(?![A-Za-z-])`,
    kind: 'date',
    pattern: /\b(week|weekend|month|year)(?![A-Za-z-])/y,
    match: (m, ctx) => {
      if (ctx.text[m.index - 1] === '-') return null;
      const mod = PERIOD_MODIFIERS.exec(before(ctx, m.index));
      if (!mod) return null;
      const edge = mod[1]?.toLowerCase();
      const modifier = mod[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[1]!;
      // "the week" alone is no date; "earlier in the week" and "the weekend" are
      if (modifier === 'the' && !(edge === 'earlier' || edge === 'later') && unit !== 'weekend') return null;
      if (!ctx.ref) return spanOf(m, mod[0].length, UNRESOLVED);
      return spanOf(m, mod[0].length, relativePeriod(ctx, m.index, ctx.ref.day, edge, modifier, unit));
    },
  },
  {
    // "2022-01-05"
    name: 'iso',
    head: String.raw`(?:19|20)\d{2}-\d{2}-\d{2}`,
    kind: 'date',
    pattern: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/y,
    match: (m) => spanOf(m, 0, single(dayOf(Number(m[1]), Number(m[2]), Number(m[3])))),
  },
  {
    // "1/5/2022", "01/05/22" (US order: month first); "on 1/5" (but not "24/7" nor "9/11")
    name: 'numeric',
    head: String.raw`\d{1,2}\/\d{1,2}`,
    kind: 'date',
    pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/y,
    match: (m, ctx) => {
      if (ctx.text[m.index - 1] === '/' || ctx.text[m.index - 1] === '.') return null;
      if (m[3]) return spanOf(m, 0, single(dayOf(twoDigitYear(m[3]), Number(m[1]), Number(m[2]))));
      if (m[0] === '9/11' || Number(m[1]) > 12 || !SHORT_NUMERIC_PREP.test(before(ctx, m.index))) return null;
      return spanOf(m, 0, monthDay(ctx, m.index, Number(m[1]), Number(m[2]), undefined), 'numeric-short');
    },
  },
  {
    // "in 2015", "since 2019", "mid-2020"
    name: 'year',
    head: String.raw`(?:19|20)\d{2}(?!\d)`,
    kind: 'date',
    pattern: /\b((?:19|20)\d{2})\b(?![,.]\d)(?!\s*(?:%|percent|people|persons|of\b))/y,
    match: (m, ctx) => {
      const pre = before(ctx, m.index);
      if (!YEAR_PREP.test(pre) && !YEAR_BEFORE.test(pre)) return null;
      const [start, end] = yearBounds(Number(m[1]));
      return spanOf(m, 0, { start, end, precision: 'year' });
    },
  },
  {
    // "at 3:15 p.m.", "around 11 pm", "shortly after midnight": a time of the reference day
    name: 'clock',
    head: String.raw`(?:\d{1,2}(?::[0-5]\d)?\s*[AaPp]\.?[Mm]|[Nn]oon\b|[Mm]idnight\b)`,
    kind: 'clock',
    pattern: /\b(?:(\d{1,2})(?::([0-5]\d))?\s*(a\.m\.?|p\.m\.?|[ap]m\b)|(noon|midnight)\b)/iy,
    match: (m, ctx) => {
      const previous = ctx.text[m.index - 1];
      if (previous === ':' || previous === '.' || previous === ',' || previous === '$') return null;
      const hour = m[1] ? Number(m[1]) : null;
      if (hour !== null && (hour < 1 || hour > 12)) return null;
      if (!ctx.ref) return spanOf(m, 0, UNRESOLVED);
      const pm = m[3]?.toLowerCase().startsWith('p') ?? false;
      const minutes = hour === null ? (m[4]!.toLowerCase() === 'noon' ? 720 : 0) : ((hour % 12) + (pm ? 12 : 0)) * 60 + Number(m[2] ?? 0);
      // "at 11 p.m." in an article published at 08:21 → the evening before
      const day = ctx.ref.minutes !== null && minutes > ctx.ref.minutes ? ctx.ref.day - 1 : ctx.ref.day;
      return spanOf(m, 0, single(day));
    },
  },
  {
    // "the next day", "the day before", "two days later": relative to the date mentioned before it
    name: 'anaphor',
    head: String.raw`(?:[Tt]he\s+(?:next|following|previous|day|night)\s|days?\s+(?:later|earlier)\b)`,
    kind: 'anaphor',
    pattern: /\b(?:[Tt]he\s+(?:(next|following|previous)\s+(?:day|morning|afternoon|evening|night)|(?:day|night)\s+(after|before))|days?\s+(later|earlier))\b/y,
    match: (m, ctx) => {
      const word = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
      const count = m[3] ? COUNT_BEFORE.exec(before(ctx, m.index)) : null;
      if (m[3] && !count) return null;
      const n = count ? (NUMBER_WORDS[count[1]!.toLowerCase()] ?? Number(count[1])) : 1;
      const sign = word === 'previous' || word === 'before' || word === 'earlier' ? -1 : 1;
      return spanOf(m, count?.[0].length ?? 0, { start: sign * n, end: sign * n, precision: 'day' });
    },
  },
];

/** The value of "two days ago", "a week ago", "three months ago", "a year ago". */
function ago(r: number, n: number, unit: string): DayValue {
  if (unit === 'day') return single(r - n)!;
  if (unit === 'week') return single(r - 7 * n)!;
  const { year, month } = partsOf(r);
  if (unit === 'month') {
    const [start, end] = monthBounds(...addMonths(year, month, -n));
    return { start, end, precision: 'month' };
  }
  const [start, end] = yearBounds(year - n);
  return { start, end, precision: 'year' };
}

/** The value of "this week", "last month", "earlier this year", "over the weekend", … */
function relativePeriod(ctx: RuleContext, index: number, r: number, edge: string | undefined, mod: string, unit: string): DayValue | null {
  const earlier = edge === 'earlier';
  const later = edge === 'later';
  const past = mod === 'the past' || mod === 'the last' || mod === 'past';
  const last = mod === 'last' || mod === 'the previous' || mod === 'this past';
  const next = mod === 'next' || mod === 'this coming';
  const { year, month } = partsOf(r);
  if (unit === 'weekend') {
    const wd = weekdayOf(r);
    const current = wd === 6 ? r : wd === 0 ? r - 1 : null;
    const previous = current !== null ? current - 7 : r - ((wd + 1) % 7);
    const coming = current !== null ? current + 7 : r + (6 - wd);
    const future = next || (!last && !past && futureCued(ctx.text, index));
    const saturday = last || past ? previous : future ? (current ?? coming) : (current ?? previous);
    return range(saturday, saturday + 1);
  }
  if (unit === 'week') {
    const ws = weekStart(r);
    if (past) return range(r - 7, r);
    if (last) return range(ws - 7, ws - 1);
    if (next) return range(ws + 7, ws + 13);
    return later ? range(r, ws + 6) : range(ws, r);
  }
  if (unit === 'month') {
    if (past) return range(r - 30, r);
    const [first, lastDay] = monthBounds(year, month);
    if (last || next) {
      const [start, end] = monthBounds(...addMonths(year, month, last ? -1 : 1));
      return { start, end, precision: 'month' };
    }
    if (earlier) return range(first, r);
    if (later) return range(r, lastDay);
    return { start: first, end: lastDay, precision: 'month' };
  }
  if (past) return range(r - 365, r);
  const [first, lastDay] = yearBounds(year + (last ? -1 : next ? 1 : 0));
  if (earlier && !last && !next) return range(first, r);
  if (later && !last && !next) return range(r, lastDay);
  return { start: first, end: lastDay, precision: 'year' };
}
