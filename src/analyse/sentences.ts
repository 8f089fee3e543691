import type { Span } from '../model/index.js';
import type { PreparedDocument, Sentence } from './analysis.js';
import { LETTER_OR_DIGIT, SPACE, kindOf, runAfter, runBefore } from './tokens.js';

/**
 * Words that end with a full stop without ending the sentence ("Gov.", "Sgt.", "St.", "No. 3",
 * "Jan."), lower case, without the stop. Dotted initialisms ("U.S.", "a.m.") and single-letter
 * initials ("John F. Kennedy") are recognised by shape, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles: "Gov. Smith", "Sgt. Jones", "Det. Lt. Brown"
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'maj',
  'det', 'insp', 'supt', 'cmdr', 'adm', 'pvt', 'ofc', 'dep', 'atty', 'asst', 'rev', 'hon', 'pres', 'sec',
  'cmsr', 'messrs', 'jr', 'sr', 'st', 'mt', 'ft',
  // streets and places: "Main St.", "Fifth Ave."
  'ave', 'blvd', 'rd', 'hwy', 'twp', 'dept', 'co', 'corp', 'inc', 'ltd', 'bros', 'univ',
  // numbering: "No. 3", "vs. Texas"
  'no', 'nos', 'vs', 'approx', 'est', 'fig', 'etc',
  // months: "Jan. 8"
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // US states: "Memphis, Tenn."
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
  'vt', 'wash', 'wis', 'wyo',
]);

/** Words after "a.m."/"p.m." that show the sentence goes on: "at 3 p.m. Monday". */
const AFTER_CLOCK: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'et', 'est', 'edt', 'ct',
  'cst', 'cdt', 'pt', 'pst', 'pdt', 'mt', 'mst', 'mdt', 'gmt', 'utc', 'local',
]);

/** Words that usually open a sentence, so an abbreviation before them ends the previous one. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'he', 'she', 'they', 'it', 'police', 'officers', 'authorities', 'officials', 'a', 'an', 'his', 'her',
  'their', 'no', 'there', 'this', 'that', 'witnesses', 'investigators', 'deputies', 'according', 'in', 'on', 'at',
]);

const CANDIDATE = /[.!?…]+["”’'»)\]]*(?=\s)/g;
/** The characters that may stand between the white space after a mark and the next word. */
const OPENING = '"“‘\'«([';

/**
 * Splits every paragraph of the document into sentences. A sentence ends at `.`, `!`, `?` or `…`
 * (with any closing quotes) followed by space, unless the full stop ends an abbreviation or
 * initial, or the next word starts in lower case. Paragraph ends always end a sentence.
 * Offsets point into `doc.text`; sentence spans are trimmed of surrounding space.
 * @example splitSentences(prepareDocument({ text: 'Gov. Smith spoke. Two died.' })).length // 2
 */
export function splitSentences(doc: PreparedDocument): Sentence[] {
  const out: Sentence[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    for (const { start, end } of splitSpan(doc.text, paragraph)) out.push({ start, end, index: out.length, paragraph: p });
  });
  return out;
}

/**
 * Splits `text[span)` into trimmed sentence spans (the rules of {@link splitSentences}).
 * @example splitSpan('He left. She stayed.', { start: 0, end: 20 }) // [{0,8}, {9,20}]
 */
export function splitSpan(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  let from = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m !== null; m = CANDIDATE.exec(slice)) {
    const end = m.index + m[0].length;
    if (!endsSentence(slice, m.index, m[0], end)) continue;
    pushTrimmed(out, slice, from, end, span.start);
    from = end;
  }
  pushTrimmed(out, slice, from, slice.length, span.start);
  return out;
}

/**
 * The word after the white space that follows `end`, looked for within 40 characters, after an
 * opening quote or bracket (what `/^\s+["“‘'«(\[]?([\p{L}\p{N}]+)/u` finds there); null when none.
 */
function nextWordAfter(slice: string, end: number): string | null {
  const limit = Math.min(slice.length, end + 40);
  let i = end;
  while (i < limit && kindOf(slice.charCodeAt(i)) === SPACE) i++;
  if (i === end) return null;
  if (i < limit && OPENING.includes(slice[i]!)) i++;
  const to = runAfter(slice, i, limit, LETTER_OR_DIGIT);
  return to > i ? slice.slice(i, to) : null;
}

function endsSentence(slice: string, at: number, mark: string, end: number): boolean {
  const nextWord = nextWordAfter(slice, end);
  if (nextWord === null) return true;
  const first = nextWord[0]!;
  // "… said the police. and" — a lower-case continuation is not a new sentence
  if (first !== first.toUpperCase()) return false;
  if (mark[0] !== '.' || mark.length > 1 && mark[1] === '.') return true;
  // the letters, digits and full stops before the mark, within 30 characters
  const from = runBefore(slice, Math.max(0, at - 30), at, LETTER_OR_DIGIT, '.');
  if (from === at) return true;
  const before = slice.slice(from, at);
  const word = before.toLowerCase();
  // "at 3 p.m. Monday" / "at 3 p.m. Police said"
  if (word === 'a.m' || word === 'p.m') return !AFTER_CLOCK.has(nextWord.toLowerCase());
  // "U.S. Attorney", "John F. Kennedy"
  if (word.includes('.') || (word.length === 1 && /\p{Lu}/u.test(before))) return false;
  // "No. 3" — but "said no." ends
  if (word === 'no') return !/^\d/.test(nextWord) || before !== 'No';
  // "… in Memphis, Tenn. Police said" — an abbreviation followed by a usual sentence opener
  return !ABBREVIATIONS.has(word) || SENTENCE_OPENERS.has(nextWord.toLowerCase());
}

function pushTrimmed(out: Span[], slice: string, from: number, to: number, offset: number): void {
  while (from < to && kindOf(slice.charCodeAt(from)) === SPACE) from++;
  while (to > from && kindOf(slice.charCodeAt(to - 1)) === SPACE) to--;
  if (to > from) out.push({ start: offset + from, end: offset + to });
}
