/**
 * When what a span reports happened: the date mention of its sentence nearest to it (a date not
 * attached to a speech verb first: "said on Thursday" dates the saying), else one from the
 * sentences before it in the same paragraph, else a clock time of its sentence, else null.
 */
import type { DateValue, Span } from '../../model/index.js';
import type { Analysis, DateMention, PreparedDocument, Sentence } from '../analysis.js';
import { isoOf, parseReference } from './calendar.js';
import { FOLLOW_UP, SPEECH_AFTER, SPEECH_BEFORE, STAGE_BEFORE } from './lexicon.js';

/** How many sentences back in the same paragraph a date may be inherited from. */
const SENTENCES_BACK = 3;

// "by Correspondent - January 8, 2022, 8:21 am", "Posted: Jan 25, 2016"
const BYLINE_LINE = /^\s*(?:by[:\s]|posted|published|updated|last\s+updated|first\s+published|date:)/i;
// "… Updated: Mar 29, 2017 - 4:13 AM"
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
  return isSpeechDate(text, mention) || STAGE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}

/**
 * The date of what the text at `span` reports, or null when the text does not say (the caller
 * may fall back to `publicationDay`). In order of preference:
 * 1. a date of the span's sentence, nearest to the span, not one dating a saying ("said Monday")
 *    unless the span is that saying;
 * 2. a date of the sentences before it in the same paragraph (the story goes on);
 * 3. a date of the next sentences (up to the end of the next paragraph) that tell the same story,
 *    not a later stage of it (arrest, court, funeral) nor a future date;
 * 4. for a span of the lead (the first sentences of the body), the story's date (`storyDate`);
 * 5. a date dating a saying in the span's sentence, then a clock time of that sentence.
 * @example dateOf(analysis, spanOf('grew particularly violent')) // 'on Wednesday' → 2022-01-05
 */
export function dateOf(analysis: Analysis, span: Span): DateValue | null {
  const { doc, sentences } = analysis;
  const text = doc.text;
  const usable = analysis.dates.filter((d) => (d.value.start !== null || d.value.end !== null) && !isHeaderDate(doc, d));
  if (usable.length === 0) return null;
  const index = sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  const sentence: Span = sentences[index] ?? span;
  const within = (s: Span) => usable.filter((d) => s.start <= d.start && d.start < s.end);
  const inSentence = within(sentence);
  const dates = inSentence.filter((d) => d.rule !== 'clock');
  const plain = dates.filter((d) => !isAttachedDate(text, d) || distance(d, span) <= SAYING_DISTANCE);

  const here = nearest(plain, span);
  if (here) return here.value;
  if (index >= 0) {
    const paragraph = sentences[index]!.paragraph;
    for (let i = index - 1; i >= Math.max(0, index - SENTENCES_BACK); i--) {
      const previous = sentences[i]!;
      if (previous.paragraph !== paragraph) break;
      const inherited = nearest(within(previous).filter((d) => d.rule !== 'clock' && !isAttachedDate(text, d)), span);
      if (inherited) return inherited.value;
    }
    const ahead = followingDate(analysis, usable, index);
    if (ahead) return ahead.value;
    if (isLead(analysis, index)) {
      const story = storyMention(analysis, usable);
      if (story) return story.value;
    }
  }
  return (nearest(dates, span) ?? nearest(inSentence, span))?.value ?? null;
}

/** How many sentences of the body make its lead. */
const LEAD_SENTENCES = 3;

function isLead(analysis: Analysis, index: number): boolean {
  const { doc, sentences } = analysis;
  let body = 0;
  for (let i = 0; i < index; i++) {
    const s = sentences[i]!;
    if (!doc.ignored.some((g) => g.start <= s.start && s.start < g.end)) body++;
  }
  return body < LEAD_SENTENCES;
}

/**
 * The date of the story the document tells: its first date that is not in a header, not a clock
 * time alone, not dating a saying or a later stage (arrest, court, funeral), and not in the future.
 * @example storyDate(analysisOf('Police said Monday. … The shooting happened late Saturday night.')) // Saturday
 */
export function storyDate(analysis: Analysis): DateValue | null {
  const usable = analysis.dates.filter((d) => (d.value.start !== null || d.value.end !== null) && !isHeaderDate(analysis.doc, d));
  return storyMention(analysis, usable)?.value ?? null;
}

function storyMention(analysis: Analysis, usable: DateMention[]): DateMention | null {
  const { doc, sentences } = analysis;
  const reference = publicationDay(doc)?.start ?? null;
  let sentence = 0;
  for (const d of usable) {
    if (d.rule === 'clock' || d.value.start === null || (reference !== null && d.value.start > reference)) continue;
    if (isAttachedDate(doc.text, d)) continue;
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= d.start) sentence++;
    const s = sentences[sentence];
    if (s && s.start <= d.start && FOLLOW_UP.test(doc.text.slice(s.start, s.end))) continue;
    return d;
  }
  return null;
}

/** How close (in characters) a speech date must be to the span for the span to be that saying. */
const SAYING_DISTANCE = 20;

/** The first date of the next sentences that goes on with the same story. */
function followingDate(analysis: Analysis, usable: DateMention[], index: number): DateMention | null {
  const { doc, sentences } = analysis;
  const reference = publicationDay(doc)?.start ?? null;
  const lastParagraph = sentences[index]!.paragraph + 1;
  for (let i = index + 1; i <= index + SENTENCES_AHEAD && i < sentences.length; i++) {
    const next = sentences[i]!;
    if (next.paragraph > lastParagraph) break;
    if (FOLLOW_UP.test(doc.text.slice(next.start, next.end))) continue;
    for (const d of usable) {
      if (d.start < next.start || d.start >= next.end || d.rule === 'clock' || isAttachedDate(doc.text, d)) continue;
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
