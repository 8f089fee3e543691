/**
 * Words of English date expressions, as data: month and weekday names, number words, holidays,
 * and the cue words that turn a bare weekday towards the future or attach a date to a saying.
 */
import { easterOf, nthWeekday, dayOf } from './calendar.js';

/** Month names and abbreviations as a regex source (capitalised: "may" and "march" are verbs). */
// "Jan. 19", "January 19", "Sept. 3", "Dec 28"
export const MONTH_SOURCE =
  String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])`;

/** Month number (1–12) of a month word, read from its first three letters. */
export function monthNumber(word: string): number {
  return MONTHS[word.slice(0, 3).toLowerCase()] ?? 0;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Full weekday names (AP style writes them out; "Sun." and "Sat." would be newspapers and verbs). */
// "Monday", "Sunday's shooting"
export const WEEKDAY_SOURCE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])`;

/** Weekday number (0 = Sunday) of a weekday name. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.slice(0, 2).toLowerCase());
}

const WEEKDAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** Counts written as words, for "two days ago". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};

/** A regex source matching one of the number words or digits. */
export const COUNT_SOURCE = String.raw`(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** A holiday: its names (regex source) and its day in a given year. */
export interface Holiday {
  source: string;
  day: (year: number) => number | null;
}

/** Holidays that news uses as dates. */
export const HOLIDAYS: Holiday[] = [
  // "on Christmas Eve"
  { source: String.raw`Christmas\s+Eve`, day: (y) => dayOf(y, 12, 24) },
  // "on Christmas Day", "Christmas morning", "on Christmas"
  { source: String.raw`Christmas(?:\s+Day)?`, day: (y) => dayOf(y, 12, 25) },
  // "on New Year's Eve"
  { source: String.raw`New\s+Year[’']?s\s+Eve`, day: (y) => dayOf(y, 12, 31) },
  // "on New Year's Day"
  { source: String.raw`New\s+Year[’']?s(?:\s+Day)?`, day: (y) => dayOf(y, 1, 1) },
  // "on Independence Day", "the Fourth of July"
  { source: String.raw`(?:Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth)`, day: (y) => dayOf(y, 7, 4) },
  // "on Halloween"
  { source: String.raw`Halloween`, day: (y) => dayOf(y, 10, 31) },
  // "on Valentine's Day"
  { source: String.raw`Valentine[’']?s\s+Day`, day: (y) => dayOf(y, 2, 14) },
  // "on Thanksgiving", "Thanksgiving Day": fourth Thursday of November
  { source: String.raw`Thanksgiving(?:\s+Day)?`, day: (y) => nthWeekday(y, 11, 4, 4) },
  // "on Memorial Day": last Monday of May
  { source: String.raw`Memorial\s+Day`, day: (y) => nthWeekday(y, 5, 1, -1) },
  // "on Labor Day": first Monday of September
  { source: String.raw`Labou?r\s+Day`, day: (y) => nthWeekday(y, 9, 1, 1) },
  // "on Mother's Day": second Sunday of May
  { source: String.raw`Mother[’']?s\s+Day`, day: (y) => nthWeekday(y, 5, 0, 2) },
  // "on Father's Day": third Sunday of June
  { source: String.raw`Father[’']?s\s+Day`, day: (y) => nthWeekday(y, 6, 0, 3) },
  // "on Easter Sunday"
  { source: String.raw`Easter(?:\s+Sunday)?`, day: (y) => easterOf(y) },
];

/** Parts of the day after a weekday or a relative day: "Saturday night", "yesterday morning". */
export const PART_OF_DAY_SOURCE = String.raw`(?:morning|afternoon|evening|night|overnight)`;

/**
 * Words shortly before a date that point to the future ("is scheduled to be arraigned Monday"):
 * such a date is taken as upcoming instead of past. Read within the clause before the date.
 */
// "He will be arraigned Monday", "a hearing is set for Jan. 19"
export const FUTURE_CUE =
  /\b(?:will|shall|[’']ll|scheduled|slated|set\s+(?:for|to)|expected\s+to|plans?\s+to|planned\s+for|is\s+to|are\s+to|due\s+(?:in|back)|upcoming|postponed|adjourned|continued\s+(?:to|until))\b/i;

/** Words right before a date that make it an end: "until January 19", "through Sunday". */
// "a state of emergency until January 19"
export const UNTIL_BEFORE = /\b(?:[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hru|[Uu]p\s+to)\s+(?:at\s+least\s+)?$/;

/** Words right before a date that make it a start of a range to the publication: "since Sunday". */
// "protests have continued since Sunday"
export const SINCE_BEFORE = /\b[Ss]ince\s+$/;

/** Speech verbs right before a date: "said on Thursday", "police said Monday", "told reporters Friday". */
// "media reported on Thursday"
export const SPEECH_BEFORE =
  /\b(?:said|says|say|reported|reports|announced|stated|confirmed|added|noted|tweeted|wrote|declared|told\s+(?:\S+\s+){0,3}?)\s*(?:on\s+|late\s+|early\s+)?$/i;

/** Speech verbs right after a date: "Police on Monday said". */
// "Police on Monday said"
export const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|reported|announced|confirmed|told|stated)\b/i;

/**
 * Words of the later stages of a story (arrest, charges, court, funeral, identification): a date
 * in such a sentence dates that stage, so it is not inherited by an event told before it.
 */
// "A man was arraigned Monday in the shooting", "A vigil was held Sunday"
export const FOLLOW_UP =
  /\b(?:arrest(?:ed|s)?|charged|charges|arraign(?:ed|ment)|court|sentenc(?:ed|ing)|funeral|vigil|memorial|booked|indict(?:ed|ment)|hearing|identified|autopsy|trial|pleaded|convicted|bond|bail|press\s+conference|released\s+the\s+name)\b/i;

/** Stage verbs right before a date: "was arrested Monday", "indicted today", "in court on Wednesday", "Date of Birth: 01/6/1992", "(DOB 07/19/98)". */
// "A man was arrested Monday in connection with the shooting"
export const STAGE_BEFORE =
  /\b(?:arrested|charged|arraigned|indicted|sentenced|booked|identified|court|hearing|waived|released|convicted|pleaded\s+\w+|appeared|extradited|jailed|buried|investigate|investigating|searching|searched|met\s+with\s+\w+)\s+(?:on\s+|late\s+|early\s+|this\s+)?$|\b(?:born|birth|DOB|D\.O\.B\.)\W*(?:on\s+|in\s+)?$/i;
