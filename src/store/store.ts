import type { DateValue, Event, Figure, Location, Result, Source, Evidence, InputDocument } from '../model/index.js';

/**
 * The one storage interface; `sqlite/` (default, `./sitrep.db`) and `postgres/` implement it and
 * one test suite runs against both. Every method is async so both fit.
 * (Draft by the integrator: the store's owner refines it; keep API and CLI callers in step.)
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or upgrades the schema (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Stores a document unless one with the same content hash exists; says which. */
  addDocument(doc: NewDocument): Promise<{ id: string; inserted: boolean }>;
  /** Saves the extraction result of a document and its events and figures, in one transaction. */
  saveResult(documentId: string, result: Result): Promise<void>;

  listDocuments(query: Query): Promise<Page<DocumentRecord>>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  listEvents(query: Query): Promise<Page<EventRecord>>;
  getEvent(documentId: string, eventId: string): Promise<EventRecord | null>;
  listFigures(query: Query): Promise<Page<FigureRecord>>;
  listIncidents(query: Query): Promise<Page<IncidentRecord>>;
  getIncident(id: string): Promise<IncidentRecord | null>;
  stats(query: Query): Promise<Stats>;
}

/** A document to store: the input plus where it came from and its content hash. */
export interface NewDocument extends InputDocument {
  /** The id given at ingest: a `.jsonl` line's id, else the file path or URL. */
  sourceId: string;
  contentHash: string;
}

/** Filters shared by every list; all optional, combined with AND. */
export interface Query {
  type?: string[];
  country?: string;
  admin1?: string;
  /** ISO date: events on or after it. */
  since?: string;
  /** ISO date: events on or before it. */
  until?: string;
  /** Full-text search over document text and evidence. */
  q?: string;
  incident?: string;
  document?: string;
  kind?: string[];
  limit?: number;
  offset?: number;
  /** A field name, `-` in front for descending: `-date`. */
  sort?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export type DocumentStatus = 'pending' | 'done' | 'failed' | 'skipped';

export interface DocumentRecord {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  duplicateOf: string | null;
  status: DocumentStatus;
  text?: string;
  ingestedAt: string;
}

export interface EventRecord extends Event {
  document: string;
  incident: string | null;
  reportedAt: string | null;
}

export interface FigureRecord extends Figure {
  document: string;
  incident: string | null;
  reportedAt: string | null;
}

/** One reported value of a figure in an incident's history. */
export interface HistoryEntry {
  value: number;
  low: number;
  high: number | null;
  qualifier: string;
  reportedAt: string | null;
  document: string;
  figure: string;
  attribution: Source[];
  evidence: Evidence[];
}

/** The reconciled view of one figure kind in an incident (UCDP-style low / best / high). */
export interface FigureHistory {
  low: number;
  best: number;
  high: number;
  contradiction: boolean;
  sources: number;
  history: HistoryEntry[];
}

export interface IncidentRecord {
  id: string;
  type: string;
  subtype: string | null;
  location: Location | null;
  date: DateValue | null;
  title: string | null;
  documents: string[];
  /** Number of independent sources (near-duplicates count once). */
  sources: number;
  figures: Partial<Record<string, FigureHistory>>;
}

export interface Stats {
  documents: number;
  events: number;
  incidents: number;
  figures: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  byDay: { day: string; type: string; count: number }[];
}
