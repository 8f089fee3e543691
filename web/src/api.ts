import type { DocumentRecord, EventRecord, FigureRecord, IncidentRecord, Stats } from '../../src/store/store.js';

export type { DocumentRecord, EventRecord, FigureRecord, IncidentRecord, Stats };
export type { FigureHistory, HistoryEntry } from '../../src/store/store.js';
export type { IncidentSummary } from '../../src/api/routes.js';
export type { Evidence, Source } from '../../src/model/index.js';

/** A list answer: the success shape with its page. */
export interface ListBody<T> {
  data: T[];
  page: { total: number; limit: number; offset: number; next: number | null };
}

/** The API's error shape, as an exception on the page. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** The filters of the overview, kept in the URL hash. */
export interface Filters {
  q?: string;
  type?: string[];
  country?: string;
  since?: string;
  until?: string;
}

/** Query string of `params`, dropping empty values; lists are comma-joined. */
export function queryString(params: Record<string, string | number | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  const body = (await res.json().catch(() => null)) as { data?: unknown; error?: { code: string; message: string; hint: string } } | null;
  if (!res.ok || !body || body.error) {
    const e = body?.error;
    throw new ApiFailure(res.status, e?.code ?? 'E_HTTP', e?.message ?? `HTTP ${res.status}`, e?.hint ?? '');
  }
  return body as T;
}

/** GET a JSON endpoint of the API. */
export function get<T>(path: string, params: Record<string, string | number | string[] | undefined> = {}): Promise<T> {
  return request<T>(`${path}${queryString(params)}`);
}

/** The JSON body of POST /api/documents. */
export interface IngestAnswer {
  data: { inserted: boolean; messages: { code: string; message: string }[]; document: DocumentRecord; events: EventRecord[]; figures: FigureRecord[] };
}

/** Ingests pasted text or a URL. */
export function ingest(body: { text?: string; url?: string; title?: string; publishedAt?: string }): Promise<IngestAnswer> {
  return request<IngestAnswer>('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** The API path of one event, ids URL-encoded (document ids may hold slashes). */
export function eventPath(document: string, event: string): string {
  return `/api/events/${encodeURIComponent(document)}/${encodeURIComponent(event)}`;
}

/** The page route of one event. */
export function eventRoute(document: string, event: string): string {
  return `#/events/${encodeURIComponent(document)}/${encodeURIComponent(event)}`;
}
