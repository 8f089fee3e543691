import type { DateValue, Event, Figure, Location, Result, InputDocument, Message } from '../model/index.js';
import type { FigureReport, Reconciled } from '../resolve/figures.js';

/**
 * The one storage interface; `sqlite/` (default, `./sitrep.db`) and `postgres/` implement it and
 * one test suite (test/store/store.suite.ts) runs against both. Every method is async so both fit.
 *
 * Life of a document: `addDocument` (status `pending`, idempotent by content hash) → `claimPending`
 * (a worker takes a batch) → `saveResult` (events and figures, one transaction, status `done`) or
 * `setStatus` (`failed`, `skipped`) → `pendingResolution` / `saveResolution` (near-duplicates,
 * incident assignment, figure histories; one transaction per batch).
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or upgrades the schema (idempotent; applied versions are kept in `migrations`). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Stores a document unless one with the same content hash exists; says which (and its id). */
  addDocument(doc: NewDocument): Promise<{ id: string; inserted: boolean }>;
  /** Stores many documents in one transaction, in order (ingest order is kept as `seq`). */
  addDocuments(docs: NewDocument[]): Promise<{ id: string; inserted: boolean }[]>;
  /**
   * Saves the extraction result of a document with its events and figures in one transaction,
   * replacing any earlier result, and sets its status to `done` (its resolution is then pending).
   */
  saveResult(documentId: string, result: Result, extra?: ResultExtra): Promise<void>;
  /**
   * Saves several results in one transaction (each as `saveResult` would): all or none. With
   * `resolve`, the same transaction then resolves one batch of what waits for resolution (this
   * batch included) as `pendingResolution` + `saveResolution` would; resolves to how many documents
   * that resolved, or null when the store's resolve version was not `resolve.expectedVersion`
   * (the results are saved, nothing is resolved, `resolve.resolve` is not called).
   */
  saveResults(items: { documentId: string; result: Result; extra?: ResultExtra }[], resolve?: ResolveStep): Promise<number | null>;
  /** Marks a document `failed` (with the error) or `skipped` (e.g. not English), or back to `pending`. */
  setStatus(documentId: string, status: DocumentStatus, message?: Message): Promise<void>;

  /**
   * Hands out up to `limit` pending documents (oldest first) to `worker`, marking them `processing`.
   * Claims older than `leaseSeconds` (a crashed worker) are handed out again. On PostgreSQL several
   * workers claim concurrently with `FOR UPDATE SKIP LOCKED`: a document goes to one worker only.
   */
  claimPending(limit: number, worker: string, leaseSeconds?: number): Promise<PendingDocument[]>;
  /** Puts every `processing` document back to `pending` (single-writer recovery after a crash). */
  releaseClaims(): Promise<number>;
  /** How many documents are in each status, and how many wait for resolution. */
  progress(): Promise<Progress>;

  /**
   * Documents extracted (or skipped) but not yet resolved, in ingest order, with their events and
   * figures. The features, events and figures of documents in `known` (what the caller has just
   * saved) are taken from there instead of being read back.
   */
  pendingResolution(limit: number, known?: ReadonlyMap<string, SavedForResolve>): Promise<ResolveInput[]>;
  /** The store's resolution counter: it changes with every `saveResolution` and correction. */
  resolveVersion(): Promise<number>;
  /** Everything a resolver needs to rebuild its state: incidents, signatures, corrections. */
  resolveState(): Promise<ResolveState>;
  /**
   * Writes one batch of resolution in one transaction: duplicates, event → incident assignments,
   * incident summaries (with figure histories), merge reasons; marks the documents resolved and
   * bumps the version. When `expectedVersion` is given and differs, nothing is written and false
   * is returned (another process resolved in between: reload and retry).
   */
  saveResolution(batch: Resolution, options: ResolutionOptions): Promise<boolean>;
  /** The figures of an incident's events, as history entries in report order. */
  incidentFigures(incidentId: string): Promise<HistoryEntry[]>;
  /**
   * Records and applies a manual correction in one transaction (figure histories of the touched
   * incidents recomputed with `summarize`); returns the incidents it touched. Throws a
   * `StoreError` when an incident or document named does not exist.
   */
  applyCorrection(correction: Correction, summarize: FigureSummarizer): Promise<string[]>;

  listDocuments(query: Query): Promise<Page<DocumentRecord>>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  listEvents(query: Query): Promise<Page<EventRecord>>;
  getEvent(documentId: string, eventId: string): Promise<EventRecord | null>;
  listFigures(query: Query): Promise<Page<FigureRecord>>;
  listIncidents(query: Query): Promise<Page<IncidentRecord>>;
  getIncident(id: string): Promise<IncidentRecord | null>;
  stats(query: Query): Promise<Stats>;
  /** The places of the matching events with how many each, most first (the map). */
  places(query: Query): Promise<PlaceSummary[]>;
}

/** One place events happened at, named and located as its first event has it, with how many events. */
export interface PlaceSummary {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: Location['precision'];
  geonameId: number | null;
  events: number;
}

/** A document to store: the input plus where it came from and its content hash. */
export interface NewDocument extends InputDocument {
  /** The id given at ingest: a `.jsonl` line's id, else the file path or URL. */
  sourceId: string;
  contentHash: string;
  /** `skipped` stores it without extracting (e.g. not English); default `pending`. */
  status?: DocumentStatus;
  /** Messages to keep with it from the start (the reason it is skipped). */
  messages?: Message[];
}

/**
 * Per-document work done beside extraction (stateless, so parallel): what the resolver needs of a
 * document (near-duplicate signature, matching observations), opaque to the store.
 */
export interface ResultExtra {
  /** JSON-able resolve features, kept for the resolver (`ResolveInput.features`). */
  features?: unknown;
}

/** A document handed to a worker. */
export interface PendingDocument extends InputDocument {
  id: string;
  seq: number;
}

/** How many documents are in each status, and how many extracted ones wait for resolution. */
export interface Progress {
  pending: number;
  processing: number;
  done: number;
  failed: number;
  skipped: number;
  unresolved: number;
}

/** Filters shared by every list; all optional, combined with AND. */
export interface Query {
  /** Event types (events, incidents, documents with such an event). */
  type?: string[];
  country?: string;
  admin1?: string;
  /** ISO date: on or after it. */
  since?: string;
  /** ISO date: on or before it. */
  until?: string;
  /** Full-text search: the document's title or text has every word (evidence is a span of that text). */
  q?: string;
  incident?: string;
  document?: string;
  /** Figure kinds (figures only). */
  kind?: string[];
  status?: DocumentStatus;
  /** Default 100, at most {@link MAX_LIMIT}. */
  limit?: number;
  offset?: number;
  /** A field name, `-` in front for descending: `-date`. Unknown fields are ignored. */
  sort?: string;
  /** Include document text (documents only). */
  text?: boolean;
  /**
   * Incidents only: leave out the document ids and the figure reports (`documents` and
   * `sourceDocuments` empty, each figure's `history` empty with `reports` set, `documentCount`
   * set), which lists do not show and which cost most of a page's time.
   */
  brief?: boolean;
}

/** The largest page a list returns. */
export const MAX_LIMIT = 10_000;
/** The page size when none is asked for. */
export const DEFAULT_LIMIT = 100;

/** Fields each list can be sorted by. */
export const SORT_FIELDS = {
  documents: ['seq', 'id', 'publishedAt', 'ingestedAt', 'title'],
  events: ['seq', 'date', 'type', 'country', 'confidence'],
  figures: ['seq', 'date', 'kind', 'value'],
  incidents: ['seq', 'date', 'type', 'sources', 'documents'],
} as const;

/** One page of a list: its items, how many match in all, and the bounds asked for. */
export interface Page<T> {
  items: T[];
  /** Rows matching the query; with a text search counted only up to a limit (then `capped`). */
  total: number;
  limit: number;
  offset: number;
  /** True when `total` is a lower bound: a text search's count stopped at its limit (`TEXT_COUNT_LIMIT`, or one past the page). */
  capped?: boolean;
}

/** pending → processing (claimed) → done | failed; skipped: stored, not extracted (not English). */
export type DocumentStatus = 'pending' | 'processing' | 'done' | 'failed' | 'skipped';

/** A stored document as lists and the API give it. */
export interface DocumentRecord {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  duplicateOf: string | null;
  status: DocumentStatus;
  /** Messages of the extraction (and the failure or skip reason). */
  messages: Message[];
  /** Number of events extracted. */
  events: number;
  /** Only with `Query.text` (lists) and always from `getDocument`. */
  text?: string;
  ingestedAt: string;
  contentHash: string;
  /** Other ids the same content was ingested under (`getDocument` only). */
  aliases?: string[];
}

/** An event of the contract with where it is stored: its document, its incident, when it was reported. */
export interface EventRecord extends Event {
  document: string;
  incident: string | null;
  /** When the document reporting it was published. */
  reportedAt: string | null;
}

/** A figure of the contract with its document, incident and report time. */
export interface FigureRecord extends Figure {
  document: string;
  incident: string | null;
  reportedAt: string | null;
}

/** One reported value of a figure in an incident's history: the resolver's report, as stored. */
export type HistoryEntry = FigureReport;

/** The reconciled view of one figure kind in an incident (UCDP-style low / best / high) with its reports. */
export interface FigureHistory extends Reconciled {
  history: HistoryEntry[];
  /** How many reports the history holds, set when the history is left out (`Query.brief`). */
  reports?: number;
}

/** One real-world incident: events of many documents merged, with reconciled figure histories. */
export interface IncidentRecord {
  id: string;
  type: string;
  subtype: string | null;
  location: Location | null;
  date: DateValue | null;
  title: string | null;
  /** The ids (given at ingest) of the documents reporting it, in ingest order; aliases follow their document. */
  documents: string[];
  /** Number of independent sources (near-duplicates count once). */
  sources: number;
  /** The ids of the documents that are independent sources. */
  sourceDocuments: string[];
  figures: Partial<Record<string, FigureHistory>>;
  /** Number of document ids (aliases included), set when `documents` is left out (`Query.brief`). */
  documentCount?: number;
  /** Why documents were merged into it, and manual corrections (`getIncident` only). */
  merges?: MergeRecord[];
}

/** Why an event joined an incident, or a manual correction. */
export interface MergeRecord {
  incident: string;
  document: string | null;
  event: string | null;
  kind: 'auto' | 'split' | 'merge';
  reason: string;
  at: string;
}

/** Summary counts (the API's stats endpoint and the web page's timeline). */
export interface Stats {
  documents: number;
  events: number;
  incidents: number;
  figures: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  byDay: { day: string; type: string; count: number }[];
}

/** One document ready for resolution, in ingest order. */
export interface ResolveInput {
  id: string;
  seq: number;
  title: string | null;
  publishedAt: string | null;
  status: DocumentStatus;
  /** What `saveResult` was given as `extra.features` (null when none). */
  features: unknown;
  events: Event[];
  figures: Figure[];
}

/** What a document's saved result gives its resolution (see `Store.pendingResolution`'s `known`). */
export type SavedForResolve = Pick<ResolveInput, 'features' | 'events' | 'figures'>;

/** A stored incident as the resolver sees it. */
export interface IncidentState {
  id: string;
  /** The resolver's own summary of the incident (opaque to the store, JSON-able; null after a correction). */
  state: unknown;
  documents: string[];
}

/** An event (or a whole document, `event` null) placed in an incident. */
export interface Membership {
  document: string;
  event: string | null;
  incident: string;
}

/** What a resolver rebuilds its in-memory state from. */
export interface ResolveState {
  version: number;
  incidents: IncidentState[];
  /** Every placement, documents in ingest order. */
  members: Membership[];
  /** Resolved documents in ingest order: their features and the original they duplicate. */
  documents: { document: string; duplicateOf: string | null; features: unknown }[];
  corrections: Correction[];
}

/** One batch of resolution results. */
export interface Resolution {
  /** Documents resolved by this batch (marked resolved even when nothing else changed). */
  documents: string[];
  duplicates: { document: string; duplicateOf: string }[];
  /** Placements of events (or of a document without events: `event` null) with the reason. */
  assignments: (Membership & { reason: string })[];
  /** New or changed incidents: their summary (figures included). */
  incidents: IncidentSummary[];
}

/**
 * Reconciles an incident's figure histories (a pure function from the resolve algorithms): all
 * history entries of one incident, in report order → the reconciled view per figure kind.
 */
export type FigureSummarizer = (history: HistoryEntry[]) => Partial<Record<string, FigureHistory>>;

/** How `saveResolution` writes a batch. */
export interface ResolutionOptions {
  /** Write nothing and resolve to false when the store's resolve version is not this one. */
  expectedVersion?: number;
  /** Recomputes the figures of every incident the batch touches, inside the transaction. */
  summarize: FigureSummarizer;
}

/** One batch of resolution done in `saveResults`' transaction. */
export interface ResolveStep extends ResolutionOptions {
  expectedVersion: number;
  /** Documents resolved at most. */
  limit: number;
  /** As `pendingResolution`'s `known`. */
  known?: ReadonlyMap<string, SavedForResolve>;
  /** The resolution of the documents waiting for it (in ingest order), computed in memory. */
  resolve(docs: ResolveInput[]): Resolution;
}

/** An error the user caused (an unknown incident or document in a correction): a stable code. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The stored summary of an incident (its figures are computed by the store with the summarizer). */
export interface IncidentSummary {
  id: string;
  type: string;
  subtype: string | null;
  location: Location | null;
  date: DateValue | null;
  title: string | null;
  state: unknown;
}

/** A manual correction: split a document's events out of an incident, or merge two incidents. */
export type Correction =
  | { kind: 'split'; incident: string; document: string; into: string; at?: string }
  | { kind: 'merge'; incident: string; other: string; at?: string };
