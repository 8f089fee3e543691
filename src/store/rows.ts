import type { Event, Figure, Message } from '../model/index.js';
import type { Row } from './db.js';
import type { DocumentRecord, DocumentStatus, EventRecord, FigureRecord, HistoryEntry } from './store.js';

/** Column text → value, for the JSON columns. */
export function parse<T>(value: unknown, fallback: T): T {
  return typeof value === 'string' && value !== '' ? (JSON.parse(value) as T) : fallback;
}

function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A `documents` row → its record (text only when selected). */
export function documentRecord(row: Row): DocumentRecord {
  const record: DocumentRecord = {
    id: String(row.id),
    title: str(row.title),
    url: str(row.url),
    outlet: str(row.outlet),
    publishedAt: str(row.published_at),
    language: str(row.language),
    duplicateOf: str(row.duplicate_of),
    status: String(row.status) as DocumentStatus,
    messages: parse<Message[]>(row.messages, []),
    events: Number(row.event_count ?? 0),
    ingestedAt: String(row.ingested_at),
    contentHash: String(row.content_hash),
  };
  if (typeof row.text === 'string') record.text = row.text;
  return record;
}

/** An `events` row joined with its document's `published_at` → its record. */
export function eventRecord(row: Row): EventRecord {
  const event = parse<Event>(row.data, {} as Event);
  return { ...event, document: String(row.document), incident: str(row.incident), reportedAt: str(row.published_at) };
}

/** A `figures` row joined with its event's incident and document's date → its record. */
export function figureRecord(row: Row): FigureRecord {
  const figure = parse<Figure>(row.data, {} as Figure);
  return { ...figure, document: String(row.document), incident: str(row.incident), reportedAt: str(row.published_at) };
}

/** A figure row of an incident → one entry of its history. */
export function historyEntry(row: Row): HistoryEntry {
  const figure = parse<Figure>(row.data, {} as Figure);
  return {
    value: figure.value,
    low: figure.low,
    high: figure.high,
    qualifier: figure.qualifier,
    scope: figure.scope,
    kind: figure.kind,
    reportedAt: str(row.published_at),
    document: String(row.document),
    duplicateOf: str(row.duplicate_of),
    figure: figure.id,
    event: figure.event,
    attribution: figure.attribution,
    evidence: figure.evidence,
    // what the reconciliation compares like with like on (src/resolve/figures.ts, sameQuantity)
    location: figure.location ? { precision: figure.location.precision, name: figure.location.name } : null,
    subject: figure.subject ?? null,
  };
}
