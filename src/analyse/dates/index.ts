/**
 * Dates: every date expression of a document resolved against its publication time, and the date
 * of what a span reports. See docs/dates.md.
 */
import type { DateMention, PreparedDocument, Sentence } from '../analysis.js';
import { findDatesIn } from './find.js';

export { dateOf, isAttachedDate, isHeaderDate, isSpeechDate, publicationDay, storyDate } from './date-of.js';
export { findDatesIn, NO_REFERENCE } from './find.js';
export { parsePublicationDate } from './publication.js';
export { parseReference } from './calendar.js';

/**
 * Finds and resolves every date expression of the document against `doc.reference`. Without a
 * reference, relative dates stay open (null start and end) and one W_DATE_NO_REFERENCE message is
 * added to `doc.messages`; absolute dates resolve all the same.
 * @example findDates(docOfSaturdayJan8, sentences) // "on Wednesday" → { start: '2022-01-05', end: '2022-01-05', precision: 'day' }
 */
export function findDates(doc: PreparedDocument, _sentences: Sentence[]): DateMention[] {
  const { mentions, messages } = findDatesIn(doc.text, doc.reference);
  for (const message of messages) {
    if (!doc.messages.some((m) => m.code === message.code)) doc.messages.push(message);
  }
  return mentions;
}
