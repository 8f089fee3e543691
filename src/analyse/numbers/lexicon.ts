import type { Qualifier } from '../../model/index.js';

/** Number words: "three thousand eight hundred and eleven", "twenty-six". */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** "1.2 million", "three thousand": scale words multiply what comes before. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};

/** One row of the vague-quantifier table: the words, then the documented bounds. */
export interface VagueRow {
  words: readonly string[];
  low: number;
  high: number | null;
}

/**
 * Vague quantifiers and their documented bounds; a figure's `value` is the conservative `low`.
 * Longest match first, so "tens of thousands" wins over "thousands".
 */
export const VAGUE: readonly VagueRow[] = [
  // "hundreds of thousands of people fled"
  { words: ['hundreds', 'of', 'thousands'], low: 200_000, high: 999_999 },
  // "tens of thousands of protesters"
  { words: ['tens', 'of', 'thousands'], low: 20_000, high: 99_999 },
  // "millions of people"
  { words: ['millions'], low: 2_000_000, high: null },
  // "thousands of protesters"
  { words: ['thousands'], low: 2_000, high: 9_999 },
  // "hundreds of civilians"
  { words: ['hundreds'], low: 200, high: 999 },
  // "scores of people"
  { words: ['scores'], low: 40, high: 199 },
  // "dozens were arrested"
  { words: ['dozens'], low: 24, high: 99 },
  // "a handful of protesters"
  { words: ['a', 'handful'], low: 2, high: 6 },
  // "a couple of men"
  { words: ['a', 'couple'], low: 2, high: 3 },
  // "a few people"
  { words: ['a', 'few'], low: 2, high: 5 },
  // "several people were hurt"
  { words: ['several'], low: 3, high: 9 },
  // "numerous people"
  { words: ['numerous'], low: 3, high: null },
  // "multiple people were shot"
  { words: ['multiple'], low: 2, high: null },
];

/** One row of the qualifier table: the words before a number and what they say about it. */
export interface QualifierRow {
  words: readonly string[];
  qualifier: Qualifier;
}

/** Words before a number that qualify it; longest match first. */
export const QUALIFIER_WORDS: readonly QualifierRow[] = [
  // "no more than 5"
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  // "as many as 40"
  { words: ['as', 'many', 'as'], qualifier: 'at_most' },
  // "in excess of 100"
  { words: ['in', 'excess', 'of'], qualifier: 'more_than' },
  // "at least 12"
  { words: ['at', 'least'], qualifier: 'at_least' },
  // "at most 3"
  { words: ['at', 'most'], qualifier: 'at_most' },
  // "more than 3,800"
  { words: ['more', 'than'], qualifier: 'more_than' },
  // "upwards of 200"
  { words: ['upwards', 'of'], qualifier: 'more_than' },
  // "fewer than 10"
  { words: ['fewer', 'than'], qualifier: 'less_than' },
  // "less than 10"
  { words: ['less', 'than'], qualifier: 'less_than' },
  // "up to 300"
  { words: ['up', 'to'], qualifier: 'at_most' },
  // "close to 100"
  { words: ['close', 'to'], qualifier: 'about' },
  // "an estimated 2,000"
  { words: ['an', 'estimated'], qualifier: 'about' },
  // "over 3,800"
  { words: ['over'], qualifier: 'more_than' },
  // "nearly 300", "almost 300"
  { words: ['nearly'], qualifier: 'about' },
  { words: ['almost'], qualifier: 'about' },
  // "about 285", "around 50", "some 40", "roughly 10", "approximately 9"
  { words: ['about'], qualifier: 'about' },
  { words: ['around'], qualifier: 'about' },
  { words: ['some'], qualifier: 'about' },
  { words: ['roughly'], qualifier: 'about' },
  { words: ['approximately'], qualifier: 'about' },
  { words: ['estimated'], qualifier: 'about' },
  // "under 50"
  { words: ['under'], qualifier: 'less_than' },
];

/** Month names and abbreviations: a number beside one is a date ("January 8", "8 Jan"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Weekdays: "Monday 3 people" is not a name with a digit. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words after a number that make it something else than a count of people. */
export const NOT_PEOPLE_AFTER: ReadonlySet<string> = new Set([
  // clock times: "3 p.m."
  'a.m', 'p.m', 'am', 'pm', "o'clock",
  // money: "5 million dollars"
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'cents', 'tenge', 'rubles', 'roubles', 'yuan', 'rupees', 'usd', 'eur',
  // percentages: "20 percent"
  '%', 'percent', 'per', 'pct',
  // addresses: "3500 block"
  'block',
  // calibres: "40 caliber", "12 gauge"
  'mm', 'caliber', 'calibre', 'gauge', 'millimeter',
  // time spans and distances: "3 years", "10 miles"
  'years', 'year', 'year-old', 'months', 'month', 'month-old', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute',
  'seconds', 'second', 'miles', 'mile', 'feet', 'foot', 'yards', 'meters', 'metres', 'kilometers', 'kilometres', 'km',
  'inches', 'pounds', 'kg', 'mph', 'times', 'degrees',
]);

/** Words before a number that make it a label: "No. 3", "Route 66", "aged 17". */
export const NOT_PEOPLE_BEFORE: ReadonlySet<string> = new Set([
  'no', 'nos', 'number', '#', 'aged', 'age', 'ages', 'route', 'interstate', 'highway', 'channel', 'room',
  'apartment', 'apt', 'unit', 'suite', 'page', 'section', 'chapter', 'article', 'district', 'ward', 'precinct',
  'gate', 'exit', 'floor', 'level', 'grade', 'class', 'size', 'mile', 'category', 'phase', 'stage', 'code', 'flight',
  '$', '€', '£', '¥', 'us$', 'usd', 'eur',
  // "called 911", "who turns 4 on Friday"
  'called', 'calling', 'call', 'dialed', 'dialled', 'dialing', 'turns', 'turned', 'turning',
]);

/** Ordinals that rank people: "a third victim", "a fifth person has died". */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
/** The highest rank told of one more person hurt ("a fourth was wounded"): higher ranks are running tallies ("the eighth child shot this year"). */
export const HURT_RANK_MAX = 6;
