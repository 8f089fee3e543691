import type { IncidentRecord, Page, Query, Store } from '../store/store.js';
import { ApiError, notFound } from './errors.js';
import type { IngestFn, IngestRequest } from './ingest.js';
import { FILTER_PARAMS, KIND_PARAM, PAGE_PARAMS, sortParam, type ParamSpec, type Params } from './params.js';

/** What a route handler gets: validated query parameters, decoded path parameters, the services. */
export interface RouteContext {
  query: Params;
  path: Record<string, string>;
  body?: IngestRequest;
  store: Store;
  ingest?: IngestFn;
}

/** A handler's answer: `data`, plus `page` for lists; the app wraps it in the success shape. */
export interface Payload {
  data: unknown;
  page?: PageInfo;
  status?: 200 | 201;
}

/**
 * Pagination of a list answer: `next` is the offset of the next page, null on the last.
 * `totalExact` is false when a text search stopped counting (`total` is then a lower bound).
 */
export interface PageInfo {
  total: number;
  totalExact: boolean;
  limit: number;
  offset: number;
  next: number | null;
}

/** One endpoint: its documentation and its handler, in one table row. */
export interface Route {
  method: 'get' | 'post';
  /** Hono path pattern (`:name` for path parameters). */
  path: string;
  summary: string;
  /** Path parameters, each described. */
  pathParams?: Record<string, string>;
  params: readonly ParamSpec[];
  /** The `data` schema name in the OpenAPI components (with `[]` for a list). */
  returns: string;
  /** The web page view this endpoint is the JSON twin of, if any. */
  page?: string;
  write?: boolean;
  handle(ctx: RouteContext): Promise<Payload>;
}

const EVENT_SORT = sortParam(['date', 'type', 'country', 'confidence', 'seq'], '-date');
const FIGURE_SORT = sortParam(['date', 'kind', 'value', 'seq'], '-date');
const INCIDENT_SORT = sortParam(['date', 'type', 'sources', 'documents', 'seq'], '-documents');
const DOCUMENT_SORT = sortParam(['publishedAt', 'ingestedAt', 'title', 'seq'], '-publishedAt');

/** Builds the store query from validated parameters (only the names the store knows). */
export function toQuery(p: Params): Query {
  const q: Query = {};
  if (Array.isArray(p.type)) q.type = p.type;
  if (Array.isArray(p.kind)) q.kind = p.kind;
  for (const key of ['country', 'admin1', 'since', 'until', 'q', 'incident', 'document', 'sort'] as const) {
    const value = p[key];
    if (typeof value === 'string') q[key] = value;
  }
  if (typeof p.limit === 'number') q.limit = p.limit;
  if (typeof p.offset === 'number') q.offset = p.offset;
  return q;
}

function pageOf<T>(page: Page<T>, limit: number, offset: number): Payload {
  const next = offset + page.items.length < page.total && page.items.length > 0 ? offset + page.items.length : null;
  return { data: page.items, page: { total: page.total, totalExact: !page.capped, limit, offset, next } };
}

async function list<T>(ctx: RouteContext, fetch: (q: Query) => Promise<Page<T>>): Promise<Payload> {
  const query = toQuery(ctx.query);
  const page = await fetch(query);
  return pageOf(page, query.limit ?? 0, query.offset ?? 0);
}

const id = (ctx: RouteContext, name: string): string => ctx.path[name] ?? '';

/** A figure kind of an incident in a list: the reconciled values and how many reports, no history. */
export interface FigureSummary {
  low: number;
  best: number;
  high: number;
  contradiction: boolean;
  sources: number;
  reports: number;
}

/** An incident in a list: counts instead of its document ids, figures without their histories. */
export type IncidentSummary = Omit<IncidentRecord, 'documents' | 'sourceDocuments' | 'figures' | 'merges'> & {
  documentCount: number;
  figures: Record<string, FigureSummary>;
};

/**
 * Slims an incident for lists: a big incident has thousands of documents and reports, which
 * belong to `GET /api/incidents/{id}`, not to every page of the list.
 */
export function summarizeIncident(incident: IncidentRecord): IncidentSummary {
  const { documents, sourceDocuments: _sources, figures, merges: _merges, ...rest } = incident;
  const slim: Record<string, FigureSummary> = {};
  for (const [kind, h] of Object.entries(figures)) {
    if (h) slim[kind] = { low: h.low, best: h.best, high: h.high, contradiction: h.contradiction, sources: h.sources, reports: h.reports ?? h.history.length };
  }
  return { ...rest, documentCount: incident.documentCount ?? documents.length, figures: slim };
}

/**
 * Every endpoint of the API. The app registers these rows and the OpenAPI document is generated
 * from them, so an endpoint cannot exist undocumented.
 */
export const ROUTES: readonly Route[] = [
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events, filtered, sorted and paginated.',
    params: [...FILTER_PARAMS, EVENT_SORT, ...PAGE_PARAMS],
    returns: 'Event[]',
    page: '#/ (event list, map, timeline)',
    handle: (ctx) => list(ctx, (q) => ctx.store.listEvents(q)),
  },
  {
    method: 'get',
    path: '/api/events/:document/:event',
    summary: 'One event with its document (text included) and its figures: the evidence view.',
    pathParams: { document: 'Document id (URL-encoded).', event: 'Event id within the document, e.g. `e1`.' },
    params: [],
    returns: 'EventView',
    page: '#/events/{document}/{event}',
    handle: async (ctx) => {
      const [documentId, eventId] = [id(ctx, 'document'), id(ctx, 'event')];
      const event = await ctx.store.getEvent(documentId, eventId);
      if (!event) throw notFound(`Event "${eventId}" of document "${documentId}"`, 'List events with GET /api/events; ids are per document.');
      const document = await ctx.store.getDocument(documentId);
      const figures = await ctx.store.listFigures({ document: documentId, limit: 1000 });
      const events = await ctx.store.listEvents({ document: documentId, limit: 1000 });
      return { data: { event, document, figures: figures.items, events: events.items } };
    },
  },
  {
    method: 'get',
    path: '/api/figures',
    summary: 'Figures (killed, injured, detained …) as reported, one row per report.',
    params: [...FILTER_PARAMS, KIND_PARAM, FIGURE_SORT, ...PAGE_PARAMS],
    returns: 'Figure[]',
    handle: (ctx) => list(ctx, (q) => ctx.store.listFigures(q)),
  },
  {
    method: 'get',
    path: '/api/incidents',
    summary: 'Incidents: events from many reports recognised as one, with reconciled figures.',
    params: [...FILTER_PARAMS.filter((p) => p.name !== 'incident'), INCIDENT_SORT, ...PAGE_PARAMS],
    returns: 'IncidentSummary[]',
    page: '#/ (incident list)',
    handle: async (ctx) => {
      const payload = await list(ctx, (q) => ctx.store.listIncidents({ ...q, brief: true }));
      return { ...payload, data: (payload.data as IncidentRecord[]).map(summarizeIncident) };
    },
  },
  {
    method: 'get',
    path: '/api/incidents/:id',
    summary: 'One incident with its figure histories and why its reports were merged.',
    pathParams: { id: 'Incident id.' },
    params: [],
    returns: 'Incident',
    page: '#/incidents/{id}',
    handle: async (ctx) => {
      const incident = await ctx.store.getIncident(id(ctx, 'id'));
      if (!incident) throw notFound(`Incident "${id(ctx, 'id')}"`, 'List incidents with GET /api/incidents.');
      return { data: incident };
    },
  },
  {
    method: 'get',
    path: '/api/incidents/:id/figures',
    summary: "An incident's figure histories by kind: every reported value with its date, source and evidence.",
    pathParams: { id: 'Incident id.' },
    params: [],
    returns: 'FigureHistories',
    page: '#/incidents/{id} (figure-history chart)',
    handle: async (ctx) => {
      const incident = await ctx.store.getIncident(id(ctx, 'id'));
      if (!incident) throw notFound(`Incident "${id(ctx, 'id')}"`, 'List incidents with GET /api/incidents.');
      return { data: incident.figures };
    },
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Documents (articles) ingested, without their text.',
    params: [...FILTER_PARAMS, DOCUMENT_SORT, ...PAGE_PARAMS],
    returns: 'Document[]',
    handle: (ctx) => list(ctx, (q) => ctx.store.listDocuments(q)),
  },
  {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'One document with its text, events and figures.',
    pathParams: { id: 'Document id (URL-encoded).' },
    params: [],
    returns: 'DocumentView',
    page: '#/documents/{id}',
    handle: async (ctx) => {
      const document = await ctx.store.getDocument(id(ctx, 'id'));
      if (!document) throw notFound(`Document "${id(ctx, 'id')}"`, 'List documents with GET /api/documents.');
      const events = await ctx.store.listEvents({ document: document.id, limit: 1000 });
      const figures = await ctx.store.listFigures({ document: document.id, limit: 1000 });
      return { data: { document, events: events.items, figures: figures.items } };
    },
  },
  {
    method: 'post',
    path: '/api/documents',
    summary: 'Ingests one document (text, HTML or a URL to fetch) and returns what was extracted.',
    params: [],
    returns: 'IngestResult',
    page: '#/ingest',
    write: true,
    handle: async (ctx) => {
      if (!ctx.ingest) throw new ApiError(503, 'E_INGEST_UNAVAILABLE', 'This server was started without an ingest pipeline.', 'Start it with `sitrep serve` to ingest over HTTP.');
      const outcome = await ctx.ingest(ctx.body!);
      const documentId = outcome.document;
      const document = documentId ? await ctx.store.getDocument(documentId) : null;
      const events = documentId ? (await ctx.store.listEvents({ document: documentId, limit: 1000 })).items : [];
      const figures = documentId ? (await ctx.store.listFigures({ document: documentId, limit: 1000 })).items : [];
      if (!document) {
        const first = outcome.messages[0];
        throw new ApiError(422, first?.code ?? 'E_INGEST_FAILED', first?.message ?? 'The document could not be ingested.', 'Check the URL or paste the article text instead.');
      }
      return { data: { inserted: outcome.inserted, messages: outcome.messages, document, events, figures }, status: outcome.inserted ? 201 : 200 };
    },
  },
  {
    method: 'get',
    path: '/api/places',
    summary: 'Places where the matching events happened, with event counts (map twin).',
    params: FILTER_PARAMS,
    returns: 'Place[]',
    page: '#/ (map)',
    handle: async (ctx) => {
      const places = await ctx.store.places(toQuery(ctx.query));
      return { data: places, page: { total: places.length, totalExact: true, limit: places.length, offset: 0, next: null } };
    },
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search: matching documents and events in one answer.',
    params: [{ name: 'q', type: 'string', maxLength: 500, description: 'Words to find (required).' }, ...PAGE_PARAMS],
    returns: 'SearchResult',
    page: '#/?q={q}',
    handle: async (ctx) => {
      const q = ctx.query.q;
      if (typeof q !== 'string') throw new ApiError(400, 'E_PARAM_MISSING', '"q" is required.', 'Give the words to search for, e.g. /api/search?q=detained.', 'q');
      const query = toQuery(ctx.query);
      const [documents, events] = await Promise.all([ctx.store.listDocuments(query), ctx.store.listEvents(query)]);
      const totals = { documents: documents.total, events: events.total, exact: !documents.capped && !events.capped };
      return { data: { documents: documents.items, events: events.items, totals } };
    },
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Counts by type, country and day for the matching events (timeline twin).',
    params: FILTER_PARAMS,
    returns: 'Stats',
    page: '#/ (timeline)',
    handle: async (ctx) => ({ data: await ctx.store.stats(toQuery(ctx.query)) }),
  },
];
