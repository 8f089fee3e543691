import type { InputDocument, Result } from '../model/index.js';
import type { Analysis } from '../analyse/analysis.js';
import { prepareDocument } from '../ingest/prepare.js';
import { splitSentences } from '../analyse/sentences.js';
import { findDates } from '../analyse/dates/index.js';
import { findPlaces, locate } from '../analyse/places/index.js';
import { extractFigures } from './figures/index.js';
import { extractEvents } from './events/index.js';
import { isError } from '../model/message.js';

/**
 * Extracts the result contract from one document. A pure function of its input: the publication
 * time found in the input or its byline is the only reference for relative dates.
 *
 * 1. prepare: metadata from the input or the text's header, paragraphs, repeated paragraphs ignored;
 * 2. analyse: sentences, dates, places;
 * 3. figures: numbers of people with kind, qualifier, scope, subject, attribution, evidence;
 * 4. events: typed events with actors, place and date; figures linked to them; `events[0]` the main one;
 * 5. figure places: where each figure happened.
 *
 * @example extract({ text: 'Police said 3 people were killed in Almaty on Monday.' })
 */
export function extract(input: InputDocument): Result {
  const doc = prepareDocument(input);
  const result: Result = { id: doc.id, document: doc.info, events: [], figures: [], messages: doc.messages };
  if (doc.messages.some(isError)) return result;

  const sentences = splitSentences(doc);
  const analysis: Analysis = { doc, sentences, dates: findDates(doc, sentences), places: findPlaces(doc, sentences) };

  result.figures = extractFigures(analysis);
  result.events = extractEvents(analysis, result.figures);
  for (const figure of result.figures) {
    figure.location ??= figure.evidence[0] ? locate(analysis, figure.evidence[0]) : null;
  }
  return result;
}
