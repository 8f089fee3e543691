/**
 * When what a span reports happened: the date mention of its sentence nearest to it (a date not
 * attached to a speech verb first: "said on Thursday" dates the saying), else one from the
 * sentences before it in the same paragraph, else a clock time of its sentence, else null.
 */
import type { DateValue, Span } from '../../model/index.js';
import type { Analysis, DateMention, PreparedDocument } from '../analysis.js';
import { isoOf, parseReference } from './calendar.js';
import { FOLLOW_UP, SPEECH_AFTER, SPEECH_BEFORE, STAGE_BEFORE } from './lexicon.js';

/** How many sentences back in the same paragraph a date may be inherited from. */
const SENTENCES_BACK = 3;

// "by Correspondent - January 8, 2022, 8:21 am", "Posted: Jan 25, 2016"
const BYLINE_LINE = /^\s*(?:by[:\s]|posted|published|updated|last\s+updated|first\s+published|date:)/i;
// "… Updated: Apr 12, 2018 - 6:05 AM"
const STAMP_BEFORE = /\b(?:updated|posted|published|created|modified)\s*:?\s*(?:on\s+)?$/i;
// "WASHINGTON, Jan. 5 (Reuters) –"
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]/;

/**
 * The publication day as a DateValue: what the caller falls back to when `dateOf` finds nothing.
 * @example publicationDay({ reference: '2022-01-08T08:21', … }) // { start: '2022-01-08', end: '2022-01-08', precision: 'day' }
 */
export function publicationDay(doc: Pick<PreparedDocument, 'reference'>): DateValue | null {
  const ref = parseReference(doc.reference);
  if (!ref) return null;
  const day = isoOf(ref.day);
  return { start: day, end: day, precision: 'day' };
}

/** True when a date mention sits in a byline, a dateline or an ignored header: not an event date. */
export function isHeaderDate(doc: PreparedDocument, mention: DateMention): boolean {
  if (doc.ignored.some((s) => s.start <= mention.start && mention.start < s.end)) return true;
  const lineStart = doc.text.lastIndexOf('\n', mention.start - 1) + 1;
  const line = doc.text.slice(lineStart, mention.start);
  if (BYLINE_LINE.test(line) || STAMP_BEFORE.test(line)) return true;
  return mention.start - lineStart < 40 && DATELINE_AFTER.test(doc.text.slice(mention.end, mention.end + 50));
}

/** True when the date dates a saying: "said on Thursday", "Police on Monday said". */
export function isSpeechDate(text: string, mention: Span): boolean {
  return SPEECH_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) || SPEECH_AFTER.test(text.slice(mention.end, mention.end + 20));
}

/**
 * True when the date dates something else than the story's event: a saying ("said Monday") or a
 * later stage of the story ("was arrested Monday", "indicted today", "in court on Wednesday").
 */
export function isAttachedDate(text: string, mention: Span): boolean {
  return isSpeechDate(text, mention) || isStageDate(text, mention);
}

/** True when the date dates a later stage of the story: "was arrested Monday", "in court on Wednesday". */
export function isStageDate(text: string, mention: Span): boolean {
  return STAGE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}

/**
 * The date of what the text at `span` reports, or null when the text does not say (the caller
 * may fall back to `publicationDay`). In order of preference:
 * 1. a date of the span's sentence, nearest to the span, not one dating a saying ("said Monday")
 *    unless the span is that saying;
 * 2. a date of the sentences before it in the same paragraph (the story goes on);
 * 3. a date of the next sentences (up to the end of the next paragraph) that tell the same story,
 *    not a later stage of it (arrest, court, funeral) nor a future date;
 * 4. a date of the span's sentence dating a saying or a stage ("…, media reported on Thursday");
 * 5. the last date of the story before it, up to eight sentences back across paragraphs;
 * 6. the story's date (`storyDate`): a sentence without any date near it tells the story;
 * 7. a clock time of the span's sentence (a time of the reference day).
 * @example dateOf(analysis, spanOf('grew particularly violent')) // 'on Wednesday' → 2022-01-05
 */
export function dateOf(analysis: Analysis, span: Span): DateValue | null {
  const { sentences } = analysis;
  const usable = usableDates(analysis);
  if (usable.length === 0) return null;
  const index = sentenceAt(sentences, span.start);
  const chosen = choose(analysis, usable, span, index);
  return chosen ? sharpen(analysis, usable, chosen).value : null;
}

/** The mention `dateOf` stands on (see there for the order). */
function choose(analysis: Analysis, usable: DateMention[], span: Span, index: number): DateMention | null {
  const { doc, sentences } = analysis;
  const text = doc.text;
  const { bySentence } = memoOf(analysis);
  const inSentence = index >= 0 ? bySentence[index]! : usable.filter((d) => span.start <= d.start && d.start < span.end);
  const dates = inSentence.filter((d) => d.rule !== 'clock');
  const plain = dates.filter((d) => !attached(text, d) || distance(d, span) <= SAYING_DISTANCE);

  // "treated in hospital today for gunshot wounds suffered late Friday": "today" is the reporting day
  const here = nearest(plain.filter((d) => !REPORTING_DAY.test(d.text)), span) ?? nearest(plain, span);
  if (here || index < 0) return here ?? nearest(dates, span) ?? nearest(inSentence, span);
  // a date inherited from another sentence must be a start, not a saying's nor a stage's date
  const inheritable = (i: number) => bySentence[i]!.filter((d) => d.rule !== 'clock' && d.value.start !== null && !OPEN_RANGE.test(d.rule) && !attached(text, d));
  const paragraph = sentences[index]!.paragraph;
  for (let i = index - 1; i >= Math.max(0, index - SENTENCES_BACK); i--) {
    if (sentences[i]!.paragraph !== paragraph) break;
    const inherited = nearest(inheritable(i), span);
    if (inherited) return inherited;
  }
  const ahead = followingDate(analysis, index);
  if (ahead) return ahead;
  // "a driver was killed …, media reported on Thursday": the report's day, when nothing nearer says
  const reported = nearest(dates.filter((d) => d.value.start !== null && !attachment(text, d).stage), span);
  if (reported) return reported;
  for (let i = index - 1; i >= Math.max(0, index - STORY_BACK); i--) {
    if (sentences[i]!.paragraph === paragraph || tellsLaterStage(analysis, i)) continue;
    const inherited = nearest(inheritable(i), span);
    if (inherited) return inherited;
  }
  return storyMention(analysis, usable) ?? nearest(inSentence, span);
}

/**
 * A period made precise by the day the story gives next: "over the weekend … Sunday evening" →
 * that Sunday; "last week … on Feb. 7" → Feb 7. A weekend takes its Friday night in.
 */
function sharpen(analysis: Analysis, usable: DateMention[], chosen: DateMention): DateMention {
  const { start, end, precision } = chosen.value;
  if (precision === 'day' || start === null || end === null) return chosen;
  const from = chosen.rule === 'relative-period' && /weekend/i.test(chosen.text) ? shift(start, -1) : start;
  const { sentences, doc } = analysis;
  const first = sentenceAt(sentences, chosen.start);
  let last = first;
  while (first >= 0 && last + 1 < sentences.length && last + 1 <= first + SHARPEN_AHEAD && sentences[last + 1]!.paragraph <= sentences[first]!.paragraph + 2) last++;
  // a week or a weekend is made precise nearby; a month or a year anywhere after it
  // ("shot last month" … "on March 26"; "in August" … "Aug. 12")
  const long = precision === 'month' || precision === 'year' || (parseReference(end)!.day - parseReference(start)!.day) > 10;
  const limit = long ? doc.text.length : first >= 0 ? sentences[last]!.end : chosen.end + 300;
  for (const d of usable) {
    if (d.start < chosen.end || d.start >= limit || d.value.precision !== 'day' || d.rule === 'clock' || d.value.start === null) continue;
    if (d.value.start >= from && d.value.start <= end && !attached(doc.text, d)) return d;
  }
  return chosen;
}

/** How many sentences after a period (within the two next paragraphs) the day that makes it precise may come. */
const SHARPEN_AHEAD = 4;

/** An ISO day moved by `days`. */
function shift(iso: string, days: number): string {
  const ref = parseReference(iso)!;
  return isoOf(ref.day + days);
}

/** Words that usually date the report rather than the event when another date is at hand. */
const REPORTING_DAY = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;

/** Rules of ranges running to the publication or from it: "since 1965", "until January 19" date no event but their own sentence's. */
const OPEN_RANGE = /^(?:since|until)-/;

/** Index of the sentence holding `offset`, or -1. */
function sentenceAt(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** How many sentences of the body make its lead. */
const LEAD_SENTENCES = 3;

/** How many sentences back (across paragraphs) the story's last date may be inherited from. */
const STORY_BACK = 8;

/**
 * The date of the story the document tells: its first date that is not in a header, not a clock
 * time alone, not dating a saying or a later stage (arrest, court, funeral), and not in the future.
 * @example storyDate(analysisOf('Police said Monday. … The shooting happened late Saturday night.')) // Saturday
 */
export function storyDate(analysis: Analysis): DateValue | null {
  return storyMention(analysis, usableDates(analysis))?.value ?? null;
}

// dateOf is called for every event candidate of a document: what depends only on the document is
// computed once per analysis (keyed by its dates array) and per mention
interface DocumentMemo {
  usable: DateMention[];
  /** The usable mentions of each sentence, by sentence index. */
  bySentence: DateMention[][];
  /** The publication day, ISO. */
  reference: string | null;
  /** Per sentence: 0 not yet known, 1 no, 2 tells a later stage of the story. */
  later: Int8Array;
  story: DateMention | null | undefined;
}

const MEMO = new WeakMap<DateMention[], DocumentMemo>();
const ATTACHED = new WeakMap<DateMention, { speech: boolean; stage: boolean }>();

function memoOf(analysis: Analysis): DocumentMemo {
  let memo = MEMO.get(analysis.dates);
  if (!memo) {
    const usable = analysis.dates.filter((d) => (d.value.start !== null || d.value.end !== null) && !isHeaderDate(analysis.doc, d));
    const bySentence: DateMention[][] = analysis.sentences.map(() => []);
    let i = 0;
    for (const d of usable) {
      while (i < analysis.sentences.length && analysis.sentences[i]!.end <= d.start) i++;
      if (i < analysis.sentences.length && analysis.sentences[i]!.start <= d.start) bySentence[i]!.push(d);
    }
    const reference = publicationDay(analysis.doc)?.start ?? null;
    memo = { usable, bySentence, reference, later: new Int8Array(analysis.sentences.length), story: undefined };
    MEMO.set(analysis.dates, memo);
  }
  return memo;
}

/** The document's dates that may date an event: resolved, not in a header, byline or dateline. */
function usableDates(analysis: Analysis): DateMention[] {
  return memoOf(analysis).usable;
}

function attachment(text: string, d: DateMention): { speech: boolean; stage: boolean } {
  let flags = ATTACHED.get(d);
  if (!flags) {
    flags = { speech: isSpeechDate(text, d), stage: isStageDate(text, d) };
    ATTACHED.set(d, flags);
  }
  return flags;
}

/** True when sentence `i` tells a later stage of the story (arrest, charges, court, funeral). */
function tellsLaterStage(analysis: Analysis, i: number): boolean {
  const later = memoOf(analysis).later;
  if (later[i] === 0) {
    const s = analysis.sentences[i]!;
    later[i] = FOLLOW_UP.test(analysis.doc.text.slice(s.start, s.end)) ? 2 : 1;
  }
  return later[i] === 2;
}

function attached(text: string, d: DateMention): boolean {
  const flags = attachment(text, d);
  return flags.speech || flags.stage;
}

function storyMention(analysis: Analysis, usable: DateMention[]): DateMention | null {
  const memo = memoOf(analysis);
  if (memo.story === undefined) memo.story = findStoryMention(analysis, usable);
  return memo.story;
}

function findStoryMention(analysis: Analysis, usable: DateMention[]): DateMention | null {
  const { doc, sentences } = analysis;
  const reference = parseReference(doc.reference)?.day ?? null;
  const referenceIso = reference === null ? null : isoOf(reference);
  let recent: DateMention | null = null;
  let day: DateMention | null = null;
  let any: DateMention | null = null;
  let sentence = 0;
  for (const d of usable) {
    if (d.rule === 'clock' || d.value.start === null || d.value.precision === 'year' || OPEN_RANGE.test(d.rule)) continue;
    if (referenceIso !== null && d.value.start > referenceIso) continue;
    if (attached(doc.text, d)) continue;
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= d.start) sentence++;
    const s = sentences[sentence];
    // "A man was arrested after he shot into an apartment Tuesday night": used only when nothing better
    const followUp = s !== undefined && s.start <= d.start && tellsLaterStage(analysis, sentence);
    if (!followUp && d.value.precision === 'day' && reference !== null && !recent && reference - parseReference(d.value.start)!.day <= RECENT_DAYS) recent = d;
    if (!followUp && d.value.precision === 'day') day ??= d;
    any ??= d;
  }
  // "Two men were charged in the March 9 shooting": a story of a later stage goes back to an older date
  return (laterStage(analysis) ? day ?? recent : recent ?? day) ?? any;
}

/** True when the lead of the document tells a later stage of a story (arrest, charges, court). */
function laterStage(analysis: Analysis): boolean {
  const { doc, sentences } = analysis;
  let body = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (doc.ignored.some((g) => g.start <= s.start && s.start < g.end)) continue;
    if (tellsLaterStage(analysis, i)) return true;
    if (++body >= LEAD_SENTENCES - 1) break;
  }
  return false;
}

/** A story date this close to the publication is preferred to older ones (background, earlier cases). */
const RECENT_DAYS = 14;

/** How close (in characters) a speech date must be to the span for the span to be that saying. */
const SAYING_DISTANCE = 20;

/** The first date of the next sentences that goes on with the same story. */
function followingDate(analysis: Analysis, index: number): DateMention | null {
  const { doc, sentences } = analysis;
  const { bySentence, reference } = memoOf(analysis);
  const lastParagraph = sentences[index]!.paragraph + 1;
  for (let i = index + 1; i <= index + SENTENCES_AHEAD && i < sentences.length; i++) {
    if (sentences[i]!.paragraph > lastParagraph) break;
    if (tellsLaterStage(analysis, i)) continue;
    for (const d of bySentence[i]!) {
      if (d.rule === 'clock' || d.value.start === null || OPEN_RANGE.test(d.rule) || attached(doc.text, d)) continue;
      if (reference !== null && d.value.start !== null && d.value.start > reference) continue;
      return d;
    }
  }
  return null;
}

/** How many sentences ahead a date may be taken from. */
const SENTENCES_AHEAD = 4;

function distance(d: Span, span: Span): number {
  return d.end <= span.start ? span.start - d.end : d.start >= span.end ? d.start - span.end : 0;
}

/** The mention nearest to `span`. */
function nearest(mentions: DateMention[], span: Span): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of mentions) {
    const gap = distance(d, span);
    if (gap < bestDistance) {
      best = d;
      bestDistance = gap;
    }
  }
  return best;
}
