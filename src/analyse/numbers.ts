import type { Qualifier } from '../model/index.js';
import { isCapitalised, type Token } from './tokens.js';
import {
  HURT_RANK_MAX, MONTHS, NOT_PEOPLE_AFTER, NOT_PEOPLE_BEFORE, ORDINALS, QUALIFIER_WORDS, SCALES, TENS, UNITS, VAGUE, WEEKDAYS,
} from './numbers/lexicon.js';
import { AGE_TOKEN, PERSON_PLURALS, PERSON_SINGULARS } from './numbers/persons.js';

export { PERSON_PLURALS, PERSON_SINGULARS, AGE_TOKEN } from './numbers/persons.js';
export { VAGUE, QUALIFIER_WORDS, ORDINALS, HURT_RANK_MAX, WEEKDAYS } from './numbers/lexicon.js';

/** How a number was written. */
export type NumberRule = 'digits' | 'words' | 'range' | 'vague' | 'implicit' | 'anaphora' | 'reference' | 'name';

/**
 * A number of things found in a sentence's tokens. Token indices are half-open (`first` .. `last`
 * exclusive) over the token array given; `start`/`end` cover the qualifier too, `numStart`/`numEnd`
 * only the number. `value` is null for an anaphora ("an equivalent number") until resolved.
 */
export interface NumberMention {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** Token index of the first token of the qualifier or number. */
  first: number;
  /** Token index of the first token of the number proper. */
  core: number;
  /** Token index after the number. */
  last: number;
  value: number | null;
  low: number;
  high: number | null;
  qualifier: Qualifier;
  rule: NumberRule;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;
const DIGIT_RANGE = /^(\d{1,6})[-–](\d{1,6})$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Words that can start a number phrase (a cheap test before parsing). */
const START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...VAGUE.map((row) => row.words[0]!), 'a', 'an', 'the', 'another',
  'one', 'between', 'dozen', 'twin',
]);
/** Hyphenated tokens that can be numbers or ages: "twenty-six", "17-year-old". */
const HYPHENATED = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-|-old$/;
const VAGUE_FIRST: ReadonlySet<string> = new Set(VAGUE.map((row) => row.words[0]!));
const ANAPHORA_WORDS = ['equivalent', 'same', 'similar', 'equal', 'comparable'];
const IMPLICIT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);
/** Words that cannot stand between "a" and the person noun of an implicit count. */
const NOT_MODIFIER: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'was', 'were',
  'is', 'are', 'has', 'had', 'have', 'said', 'that', 'who', 'which', 'his', 'her', 'their', 'its', 'after', 'before',
  'when', 'while', 'as', 'than', 'be', 'been', 'being', 'not', 'no', 'into', 'near', 'outside', 'inside',
]);

/**
 * Finds the numbers in a sentence's tokens: digits ("3,811", "1.2 million"), words ("twenty-six",
 * "three thousand eight hundred and eleven", "a dozen"), ranges ("between 20 and 30", "20-30"),
 * vague quantifiers ("dozens", see {@link VAGUE}), implicit counts ("a man", "a 17-year-old boy" → 1)
 * and anaphora ("an equivalent number"), each with its qualifier ("at least", "nearly", "up to").
 * Years, dates, clock times, ages, addresses, ordinals, money, percentages, names with digits
 * ("Khabar 24"), "two-fold" and calibres ("9mm", ".40-caliber") are not returned.
 * @example findNumbers(tokenize('at least 26 people')) // [{ value: 26, qualifier: 'at_least', … }]
 */
export function findNumbers(tokens: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const c = w.charCodeAt(0);
    if ((c < 48 || c > 57) && !START_WORDS.has(w) && !(w.includes('-') && HYPHENATED.test(w))) {
      const byAges = PERSON_PLURALS.has(w) ? agesAfter(tokens, i) : null;
      if (byAges) out.push(byAges);
      continue;
    }
    const m = numberAt(tokens, i);
    if (!m) continue;
    out.push(m);
    i = m.last - 1;
  }
  return out;
}

function numberAt(tokens: readonly Token[], i: number): NumberMention | null {
  const t = tokens[i]!;
  const w = t.lower;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return digitsAt(tokens, i);
  if (w === 'between') return betweenAt(tokens, i);
  if (w in UNITS || w in TENS || w === 'dozen' || w.includes('-') || (w === 'a' && tokens[i + 1]?.lower === 'dozen')) {
    const n = wordsAt(tokens, i);
    if (n) return n;
  }
  if (w === 'an' || w === 'the' || w === 'a') {
    const ana = anaphoraAt(tokens, i);
    if (ana) return ana;
  }
  if (VAGUE_FIRST.has(w)) {
    const vague = vagueAt(tokens, i);
    if (vague) return vague;
  }
  if (IMPLICIT_ARTICLES.has(w) || isAge(w)) return implicitAt(tokens, i);
  if (w === 'twin') return twinsAt(tokens, i);
  return null;
}

function digitsAt(tokens: readonly Token[], i: number): NumberMention | null {
  const t = tokens[i]!;
  const range = DIGIT_RANGE.exec(t.lower);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (a >= b || isLabel(tokens, i, i + 1)) return null;
    return mention(tokens, i, i + 1, a, a, b, 'range');
  }
  if (!DIGITS.test(t.lower)) return null;
  let value = Number(t.lower.replace(/,/g, ''));
  let last = i + 1;
  const scale = SCALES[tokens[last]?.lower ?? ''];
  if (scale && scale >= 1000) {
    value = Math.round(value * scale);
    last++;
  } else if (!Number.isInteger(value)) return null;
  if (isLabel(tokens, i, last)) return null;
  if (YEAR.test(t.lower) && !t.lower.includes(',') && last === i + 1 && !PERSON_PLURALS.has(tokens[last]?.lower ?? '')) return null;
  // "20 to 30 people"
  const to = tokens[last];
  const other = tokens[last + 1];
  if (to && other && (to.lower === 'to' || to.text === '-' || to.text === '–') && DIGITS.test(other.lower) && to.start - tokens[last - 1]!.end <= 1) {
    const high = Number(other.lower.replace(/,/g, ''));
    if (high > value && !isLabel(tokens, last + 1, last + 2)) return mention(tokens, i, last + 2, value, value, high, 'range');
  }
  return mention(tokens, i, last, value, value, value, 'digits');
}

/** True when the number at tokens [i, last) is a date, time, age, address, money, label or name. */
function isLabel(tokens: readonly Token[], i: number, last: number): boolean {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[last];
  if (next && NOT_PEOPLE_AFTER.has(next.lower)) return true;
  if (next && (MONTHS.has(next.lower) || next.lower.endsWith('-fold'))) return true;
  // "17 years old", "a 16 and 17-year-old", "ages 11 and 12", "both 16,"
  if (next && (next.lower === 'years' || next.lower === 'year') && tokens[last + 1]?.lower === 'old') return true;
  if (next && (next.lower === 'and' || next.lower === 'or' || next.text === ',') && AGE_TOKEN.test(tokens[last + 1]?.lower ?? '')) return true;
  // "17 and 23 years old"
  if (next && (next.lower === 'and' || next.lower === 'or' || next.lower === 'to') && /^\d{1,2}$/.test(tokens[last + 1]?.lower ?? '') && /^years?$/.test(tokens[last + 2]?.lower ?? '')) return true;
  // "two teenagers, one 16 and the other 17,", "one 29, another 52, two others 37 —"
  // ("Another 53 were wounded" is a count)
  if (prev && /^(?:one|other)$/.test(prev.lower) && Number(tokens[i]!.lower) < 110 && (!next || /^(?:[,;)—–]|and|were|was)$/.test(next.lower))) return true;
  if (prev && /^(?:another|others)$/.test(prev.lower) && Number(tokens[i]!.lower) < 110 && (!next || /^[,;)—–]$/.test(next.text))) return true;
  if (appositionAge(tokens, i, last)) return true;
  // "an 8- and 9-year-old boy"
  if (next && next.text === '-' && (tokens[last + 1]?.lower === 'and' || tokens[last + 1]?.lower === 'or')) return true;
  for (let k = Math.max(0, i - 9); k < i; k++) {
    const w = tokens[k]!.lower;
    if (w === 'age' || w === 'ages' || w === 'aged') return true;
  }
  // "both 16,", "both 31 and of Jackson"
  if (prev && prev.lower === 'both' && next && (next.text === ',' || next.text === ')' || (next.lower === 'and' && /^\d{1,2}$/.test(tokens[i]!.lower)))) return true;
  // "1200 North Main Street", "3500 West"
  if (next && isCapitalised(next) && !PERSON_PLURALS.has(next.lower)) {
    const after = tokens[last + 1];
    if (/^(?:north|south|east|west|n|s|e|w|ne|nw|se|sw)$/.test(next.lower) || (after && STREETS.has(after.lower))) return true;
  }
  if (!prev) return false;
  // "Khabar 24", "Channel 4" — a capitalised word that is not a weekday or a sentence-initial function word
  if (isCapitalised(prev) && /^\p{L}/u.test(prev.text) && !WEEKDAYS.has(prev.lower) && !FUNCTION_WORDS.has(prev.lower)) {
    if (!isSentenceStartWord(tokens, i - 1) || !PERSON_PLURALS.has(next?.lower ?? '')) return true;
  }
  if (MONTHS.has(prev.lower) || NOT_PEOPLE_BEFORE.has(prev.lower)) return true;
  // "a father of three": his children, not the people of the story
  if (prev.lower === 'of' && prev2 && PARENTS.has(prev2.lower)) return true;
  // "Image 18 of 40", "Image 1 of / 44": a place in a photo gallery
  const of = prev.text === '/' ? i - 2 : i - 1;
  if (tokens[of]?.lower === 'of' && /^\d+$/.test(tokens[of - 1]?.lower ?? '') && /^(?:image|photo|slide|picture|page)$/.test(tokens[of - 2]?.lower ?? '')) return true;
  // "Feb. 19", "Dec. 29, 2013"
  if (prev.text === '.' && prev2 && MONTHS.has(prev2.lower)) return true;
  // ".22", "$5"
  if ((prev.text === '.' || prev.text === '$' || prev.text === '#') && prev.end === tokens[i]!.start) return true;
  // "No. 3"
  if (prev.text === '.' && prev2 && (prev2.lower === 'no' || prev2.lower === 'nos')) return true;
  // "John Smith, 25, was shot", "Smith (25)", "Amos McGhee Jr., 55,", "a fourth man, 31, was shot"
  // "John Roe, 34 who were shot"
  if (prev.text === ',' && prev2 && isCapitalised(prev2) && !WEEKDAYS.has(prev2.lower) && !MONTHS.has(prev2.lower) && Number(tokens[i]!.lower) < 110 && (!next || !PERSON_PLURALS.has(next.lower))) return true;
  if ((prev.text === ',' || prev.text === '(') && prev2 && next && (next.text === ',' || next.text === ')')) {
    if (isCapitalised(prev2) || prev2.text === '.' || PERSON_SINGULARS.has(prev2.lower) || Number(tokens[i]!.lower) < 110) return true;
  }
  return false;
}

/** Nouns after "minor" that make it an adjective: "a minor injury", "a minor hand wound". */
const MINOR_THINGS = /^(?:injury|injuries|wound|wounds|gunshot|graze|cut|cuts|hand|head|leg|arm|foot|face|scrape|scrapes|abrasion|abrasions|laceration|lacerations|burn|burns|damage|offense|offence|role|part|accident|incident|crash|collision|fire|charge|charges|traffic|league|surgery)$/;

const PARENTS: ReadonlySet<string> = new Set(['father', 'mother', 'mom', 'dad', 'parent', 'parents', 'grandmother', 'grandfather']);

/** Capitalised words that may stand before a count at a sentence start: "Another 56 people". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'another', 'about', 'over', 'nearly', 'almost', 'some', 'only', 'all', 'the', 'at', 'more', 'and', 'but', 'of',
  'those', 'these', 'with', 'when', 'after', 'about', 'around', 'roughly', 'approximately', 'just', 'least', 'than',
  'up', 'to', 'between', 'estimated', 'an', 'while', 'of', 'as', 'in', 'on', 'including', 'among', 'leaving',
]);

const STREETS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way', 'court',
  'ct', 'place', 'pl', 'highway', 'hwy', 'parkway', 'pkwy', 'circle', 'terrace', 'trail', 'pike',
]);

function isSentenceStartWord(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return i === 0 || prev === undefined || /^[“"‘'(\[–—-]$/.test(prev.text);
}

function betweenAt(tokens: readonly Token[], i: number): NumberMention | null {
  const a = numberAt(tokens, i + 1);
  if (!a || a.value === null || a.rule === 'implicit' || a.rule === 'vague') return null;
  if (tokens[a.last]?.lower !== 'and') return null;
  const b = numberAt(tokens, a.last + 1);
  if (!b || b.value === null || b.rule === 'implicit' || b.rule === 'vague' || b.value <= a.value) return null;
  return mention(tokens, i, b.last, a.value, a.value, b.value, 'range', i);
}

/** Parses number words from token i: "twenty-six", "three thousand eight hundred and eleven", "a dozen". */
function wordsAt(tokens: readonly Token[], i: number): NumberMention | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  if (tokens[j]?.lower === 'a' && tokens[j + 1]?.lower === 'dozen') {
    current = 12;
    j += 2;
    seen = true;
  }
  // what the last word was: a unit (1–19 or tens+unit) takes no other unit; tens take only a unit
  let lastWord: 'none' | 'unit' | 'tens' | 'scale' = seen ? 'scale' : 'none';
  for (; j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    const v = wordValue(w);
    if (v !== null) {
      const tens = v >= 20 && v % 10 === 0 && !w.includes('-');
      if (lastWord === 'unit' || (lastWord === 'tens' && (tens || v >= 10))) break;
      current += v;
      seen = true;
      lastWord = tens ? 'tens' : 'unit';
      continue;
    }
    if (!seen) return null;
    if (w === 'dozen') {
      current = (current || 1) * 12;
      lastWord = 'scale';
      continue;
    }
    if (w === 'hundred') {
      current = (current || 1) * 100;
      lastWord = 'scale';
      continue;
    }
    const scale = SCALES[w];
    if (scale && scale >= 1000) {
      total += (current || 1) * scale;
      current = 0;
      lastWord = 'scale';
      continue;
    }
    // "three thousand eight hundred and eleven"
    if (w === 'and' && (total > 0 || current >= 100) && wordValue(tokens[j + 1]?.lower ?? '') !== null) continue;
    break;
  }
  if (!seen) return null;
  const value = total + current;
  if (isLabel(tokens, i, j)) return null;
  // "two or three people"
  const or = tokens[j];
  if (or && (or.lower === 'or' || or.lower === 'to')) {
    const high = wordValue(tokens[j + 1]?.lower ?? '');
    if (high !== null && high > value) return mention(tokens, i, j + 2, value, value, high, 'range');
  }
  return mention(tokens, i, j, value, value, value, 'words');
}

function wordValue(w: string): number | null {
  const u = UNITS[w] ?? TENS[w];
  if (u !== undefined) return u;
  const dash = w.indexOf('-');
  if (dash > 0) {
    const tens = TENS[w.slice(0, dash)];
    const unit = UNITS[w.slice(dash + 1)];
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return null;
}

function vagueAt(tokens: readonly Token[], i: number): NumberMention | null {
  for (const row of VAGUE) {
    if (row.words.every((w, k) => tokens[i + k]?.lower === w)) {
      return mention(tokens, i, i + row.words.length, row.low, row.low, row.high, 'vague');
    }
  }
  return null;
}

/** "an equivalent number", "the same number" — the value of the number just given. */
function anaphoraAt(tokens: readonly Token[], i: number): NumberMention | null {
  const adj = tokens[i + 1]?.lower ?? '';
  if (!ANAPHORA_WORDS.includes(adj) || tokens[i + 2]?.lower !== 'number') return null;
  const m = mention(tokens, i, i + 3, 0, 0, null, 'anaphora');
  m.value = null;
  return m;
}

/** "two females, 28 and 27, were …", "her sons, 7 and 8,": ages set off by commas after the people they belong to. */
function appositionAge(tokens: readonly Token[], i: number, last: number): boolean {
  if (last !== i + 1 || !/^\d{1,2}$/.test(tokens[i]!.lower)) return false;
  // the second of two ages: "28 and 27" (the closing comma may be missing: "two males, 30 and 42 were hurt")
  const k = tokens[i - 1]?.lower === 'and' && /^\d{1,2}$/.test(tokens[i - 2]?.lower ?? '') ? i - 2 : i;
  if (k === i && !/^(?:,|and|\))$/.test(tokens[last]?.lower ?? '')) return false;
  // "two men, believed to be 40 and 55,": the ages may be hedged
  const c = tokens[k - 1]?.lower === 'be' && tokens[k - 2]?.lower === 'to' && /^(?:believed|thought)$/.test(tokens[k - 3]?.lower ?? '') ? k - 3 : k;
  const noun = tokens[c - 2]?.lower ?? '';
  return tokens[c - 1]?.text === ',' && (PERSON_PLURALS.has(noun) || PERSON_SINGULARS.has(noun));
}

/** Nouns of age that also modify a person noun: "a teen boy", "a baby girl". */
const AGE_NOUNS: ReadonlySet<string> = new Set(['teen', 'baby', 'infant', 'toddler', 'newborn', 'kid', 'child', 'youth', 'juvenile', 'teenager']);

/** "a man", "another 17-year-old boy", "a 17-year-old" → 1. */
function implicitAt(tokens: readonly Token[], i: number): NumberMention | null {
  const t = tokens[i]!;
  if (isAge(t.lower)) {
    // a bare age as a noun: "a 17-year-old was shot" (the article before makes it one person)
    return null;
  }
  // "killing one man and wounding another."
  if (t.lower === 'another' && (!tokens[i + 1] || /^(?:[.,;]|in|at|on|who|during|before|after|and|was|is|were|injured|wounded|hurt|shot|critically|seriously)$/.test(tokens[i + 1]!.lower))) {
    return mention(tokens, i, i + 1, 1, 1, 1, 'implicit', i, i);
  }
  // "three are dead and a fourth was wounded": one more person, told by rank alone
  if (/^an?$/.test(t.lower) && (ORDINALS.get(tokens[i + 1]?.lower ?? '') ?? Infinity) <= HURT_RANK_MAX && /^(?:was|is|were|wounded|injured|hurt|critically|seriously)$/.test(tokens[i + 2]?.lower ?? '')) {
    return mention(tokens, i + 1, i + 2, 1, 1, 1, 'implicit', i, i);
  }
  // "a 16 and 17-year-old", "an 18 and 15 year old": two people by their ages
  if (/^\d{1,2}$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'and') {
    const second = tokens[i + 3]?.lower ?? '';
    const end = isAge(second) ? i + 4 : /^\d{1,2}$/.test(second) && tokens[i + 4]?.lower === 'year' && tokens[i + 5]?.lower === 'old' ? i + 6 : -1;
    if (end > 0) return mention(tokens, i, end, 2, 2, 2, 'implicit', i, i);
  }
  for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    // ("a minor hand injury", "a minor wound": an adjective, not a juvenile; "a teen boy", "a baby girl": a
    // noun of age as a modifier of the next person noun)
    if (PERSON_SINGULARS.has(w)) {
      const next = tokens[j + 1]?.lower ?? '';
      if (w === 'minor' && MINOR_THINGS.test(next)) return null;
      return mention(tokens, i, AGE_NOUNS.has(w) && PERSON_SINGULARS.has(next) ? j + 2 : j + 1, 1, 1, 1, 'implicit', i, i);
    }
    // the word tests below are regexes: most words after "a" start with a letter and hold no hyphen
    const digit = isDigit(w.charCodeAt(0));
    // "a 16-year old", "an 18-month old"
    if (digit && /^\d{1,2}-(?:year|month)$/.test(w) && tokens[j + 1]?.lower === 'old') {
      const next = tokens[j + 2]?.lower ?? '';
      return mention(tokens, i, PERSON_SINGULARS.has(next) ? j + 3 : j + 2, 1, 1, 1, 'implicit', i, i);
    }
    // "an 18 year-old male", "a 2 month-old"
    if (/^\d{1,2}$/.test(w) && /^(?:year|month)-old$/.test(tokens[j + 1]?.lower ?? '')) {
      return mention(tokens, i, PERSON_SINGULARS.has(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2, 1, 1, 1, 'implicit', i, i);
    }
    // "a 14 year old boy"
    if (digit && /^\d{1,2}$/.test(w) && tokens[j + 1]?.lower === 'year' && (tokens[j + 2]?.lower === 'old' || tokens[j + 2]?.lower === '-')) {
      const k = tokens[j + 2]!.lower === 'old' ? j + 2 : j + 3;
      const next = tokens[k + 1]?.lower ?? '';
      if (PERSON_SINGULARS.has(next)) return mention(tokens, i, k + 2, 1, 1, 1, 'implicit', i, i);
      return mention(tokens, i, k + 1, 1, 1, 1, 'implicit', i, i);
    }
    if (isAge(w)) {
      const next = tokens[j + 1]?.lower ?? '';
      if (!PERSON_SINGULARS.has(next) && !/^[a-z]/.test(next)) return mention(tokens, i, j + 1, 1, 1, 1, 'implicit', i, i);
      if (!PERSON_SINGULARS.has(next) && !/^(?:black|white|hispanic|african|local|unidentified)$/.test(next)) {
        return mention(tokens, i, j + 1, 1, 1, 1, 'implicit', i, i);
      }
      continue;
    }
    // "an unborn child" is not counted among the people of a figure
    if (NOT_MODIFIER.has(w) || w === 'unborn' || !/^\p{L}/u.test(tokens[j]!.text)) return null;
  }
  return null;
}

/** "his sons, ages 3 and 4": a plural noun with no number before it counts the ages after it. */
function agesAfter(tokens: readonly Token[], i: number): NumberMention | null {
  const prev = tokens[i - 1]?.lower ?? '';
  if (tokens[i + 1]?.text !== ',' || tokens[i + 2]?.lower !== 'ages' || /^\d/.test(prev) || wordValue(prev) !== null) return null;
  let n = 0;
  for (let k = i + 3; k < tokens.length && k < i + 12; k++) {
    const w = tokens[k]!.lower;
    if (/^\d{1,2}$/.test(w)) n++;
    else if (w === 'and') {
      if (!/^\d{1,2}$/.test(tokens[k + 1]?.lower ?? '')) break;
    } else if (w !== ',') break;
  }
  return n >= 2 ? mention(tokens, i, i + 1, n, n, n, 'implicit', i, i) : null;
}

/** "twin daughters", "twin 15-year-old sisters" → 2 (not "twin beds", "a twin brother"). */
function twinsAt(tokens: readonly Token[], i: number): NumberMention | null {
  if (IMPLICIT_ARTICLES.has(tokens[i - 1]?.lower ?? '')) return null;
  for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (PERSON_PLURALS.has(w)) return mention(tokens, i, j + 1, 2, 2, 2, 'implicit', i, i);
    if (!isAge(w)) return null;
  }
  return null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** {@link AGE_TOKEN}, tested only on words with a hyphen (every age token has one). */
function isAge(w: string): boolean {
  return w.includes('-') && AGE_TOKEN.test(w);
}

function mention(
  tokens: readonly Token[], core: number, last: number, value: number, low: number, high: number | null,
  rule: NumberRule, numFirst = core, qualifierFrom = core,
): NumberMention {
  let first = qualifierFrom;
  let qualifier: Qualifier = rule === 'vague' ? 'vague' : rule === 'range' ? 'about' : 'exact';
  if (rule !== 'implicit' && rule !== 'anaphora') {
    for (const row of QUALIFIER_WORDS) {
      const n = row.words.length;
      if (qualifierFrom - n >= 0 && row.words.every((w, k) => tokens[qualifierFrom - n + k]!.lower === w)) {
        first = qualifierFrom - n;
        qualifier = rule === 'vague' ? 'vague' : row.qualifier;
        break;
      }
    }
  }
  let lo = low;
  let hi = high;
  if (qualifier === 'at_least' || qualifier === 'more_than') hi = null;
  if (qualifier === 'at_most' || qualifier === 'less_than') lo = 0;
  return {
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    numStart: tokens[numFirst]!.start,
    numEnd: tokens[last - 1]!.end,
    first,
    core: numFirst,
    last,
    value,
    low: lo,
    high: hi,
    qualifier,
    rule,
  };
}
