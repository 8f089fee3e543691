import type { Event, Figure, Result } from '../../src/model/index.js';
import { contentHash } from '../../src/store/open.js';
import type { FigureHistory, FigureSummarizer, NewDocument } from '../../src/store/store.js';

/** A document to store, its hash from its text. */
export function newDoc(sourceId: string, text: string, publishedAt: string | null = '2022-01-08', title: string | null = null): NewDocument {
  return { sourceId, text, publishedAt, title, contentHash: contentHash(text) };
}

/** An event with one evidence span of `text`. */
export function event(id: string, type: Event['type'], text: string, quote: string, over: Partial<Event> = {}): Event {
  const start = text.indexOf(quote);
  return {
    id,
    type,
    subtype: null,
    date: { start: '2022-01-05', end: '2022-01-05', precision: 'day' },
    location: { name: 'Almaty', country: 'KZ', admin1: 'Almaty', city: 'Almaty', lat: 43.25, lon: 76.9, geonameId: 1526384, precision: 'city' },
    actors: [],
    figures: [],
    evidence: [{ start, end: start + quote.length, text: quote }],
    confidence: 0.9,
    ...over,
  };
}

export function figure(id: string, eventId: string | null, kind: Figure['kind'], value: number, text: string, quote: string): Figure {
  const start = text.indexOf(quote);
  return {
    id,
    event: eventId,
    kind,
    value,
    low: value,
    high: value,
    qualifier: 'exact',
    scope: 'incident',
    subject: null,
    location: null,
    attribution: [{ name: 'police', kind: 'police' }],
    evidence: [{ start, end: start + quote.length, text: quote }],
  };
}

export function result(id: string, events: Event[], figures: Figure[], publishedAt = '2022-01-08'): Result {
  return {
    id,
    document: { title: null, publishedAt, language: 'en', outlet: null, url: null, duplicateOf: null },
    events,
    figures,
    messages: [],
  };
}

/** A summarizer for tests: the largest value per kind, every entry kept. */
export const maxSummarizer: FigureSummarizer = (history) => {
  const out: Partial<Record<string, FigureHistory>> = {};
  for (const entry of history) {
    const current = out[entry.kind];
    if (!current) {
      out[entry.kind] = { low: entry.value, best: entry.value, high: entry.value, contradiction: false, sources: 1, history: [entry] };
      continue;
    }
    current.history.push(entry);
    current.low = Math.min(current.low, entry.value);
    current.high = Math.max(current.high, entry.value);
    current.best = current.high;
    current.contradiction = current.low !== current.high;
    current.sources = new Set(current.history.map((h) => h.duplicateOf ?? h.document)).size;
  }
  return out;
};
