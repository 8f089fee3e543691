import type { Param } from './db.js';
import { DEFAULT_LIMIT, MAX_LIMIT, SORT_FIELDS, type Query } from './store.js';

type Dialect = 'sqlite' | 'postgres';
type List = keyof typeof SORT_FIELDS;

/** A WHERE clause with its parameters, built once for both dialects. */
export interface Where {
  sql: string;
  params: Param[];
}

/** A user's search words → an FTS5 query: every word must occur (quoted, so no syntax leaks in). */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/** The document text matches the search (alias: a `documents` row). */
function documentMatch(dialect: Dialect, alias: string): string {
  return dialect === 'sqlite'
    ? `${alias}.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`
    : `${alias}.tsv @@ plainto_tsquery('english', ?)`;
}

/** The evidence of the event matches the search (alias: an `events` row). */
function evidenceMatch(dialect: Dialect, alias: string): string {
  return dialect === 'sqlite'
    ? `${alias}.seq IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)`
    : `${alias}.tsv @@ plainto_tsquery('english', ?)`;
}

function searchParam(dialect: Dialect, q: string): string {
  return dialect === 'sqlite' ? ftsQuery(q) : q;
}

/** Adds one condition and its parameter. */
function add(where: string[], params: Param[], condition: string, value: Param): void {
  where.push(condition);
  params.push(value);
}

function inList(column: string, values: string[], params: Param[]): string {
  params.push(...values);
  return `${column} IN (${values.map(() => '?').join(', ')})`;
}

function hasSearch(query: Query): query is Query & { q: string } {
  return typeof query.q === 'string' && /[\p{L}\p{N}]/u.test(query.q);
}

/** Conditions on an `events` row `e` joined with its document `d`. */
function eventConditions(dialect: Dialect, query: Query, params: Param[]): string[] {
  const where: string[] = [];
  if (query.type?.length) where.push(inList('e.type', query.type, params));
  if (query.country) add(where, params, 'e.country = ?', query.country.toUpperCase());
  if (query.admin1) add(where, params, 'e.admin1 = ?', query.admin1);
  if (query.since) add(where, params, 'e.day_end >= ?', query.since);
  if (query.until) add(where, params, 'e.day <= ?', query.until.slice(0, 10));
  if (query.incident) add(where, params, 'e.incident = ?', query.incident);
  if (query.document) add(where, params, 'e.document = ?', query.document);
  if (hasSearch(query)) {
    const term = searchParam(dialect, query.q);
    where.push(`(${documentMatch(dialect, 'd')} OR ${evidenceMatch(dialect, 'e')})`);
    params.push(term, term);
  }
  return where;
}

function clause(where: string[], params: Param[]): Where {
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** WHERE for `FROM events e JOIN documents d ON d.id = e.document`. */
export function eventWhere(dialect: Dialect, query: Query): Where {
  const params: Param[] = [];
  return clause(eventConditions(dialect, query, params), params);
}

/** WHERE for `FROM documents d`. */
export function documentWhere(dialect: Dialect, query: Query): Where {
  const params: Param[] = [];
  const where: string[] = [];
  if (query.status) add(where, params, 'd.status = ?', query.status);
  if (query.document) add(where, params, 'd.id = ?', query.document);
  if (query.since) add(where, params, 'substr(d.published_at, 1, 10) >= ?', query.since.slice(0, 10));
  if (query.until) add(where, params, 'substr(d.published_at, 1, 10) <= ?', query.until.slice(0, 10));
  if (hasSearch(query)) add(where, params, documentMatch(dialect, 'd'), searchParam(dialect, query.q));
  const onEvents: Query = { type: query.type, country: query.country, admin1: query.admin1, incident: query.incident };
  const eventParams: Param[] = [];
  const conditions = eventConditions(dialect, onEvents, eventParams);
  if (conditions.length) {
    where.push(`d.id IN (SELECT e.document FROM events e WHERE ${conditions.join(' AND ')})`);
    params.push(...eventParams);
  }
  return clause(where, params);
}

/** WHERE for `FROM figures f JOIN documents d ON d.id = f.document LEFT JOIN events e ON …`. */
export function figureWhere(dialect: Dialect, query: Query): Where {
  const params: Param[] = [];
  const where: string[] = [];
  if (query.kind?.length) where.push(inList('f.kind', query.kind, params));
  if (query.type?.length) where.push(inList('e.type', query.type, params));
  if (query.country) add(where, params, 'f.country = ?', query.country.toUpperCase());
  if (query.admin1) add(where, params, 'e.admin1 = ?', query.admin1);
  if (query.since) add(where, params, 'f.day >= ?', query.since.slice(0, 10));
  if (query.until) add(where, params, 'f.day <= ?', query.until.slice(0, 10));
  if (query.incident) add(where, params, 'e.incident = ?', query.incident);
  if (query.document) add(where, params, 'f.document = ?', query.document);
  if (hasSearch(query)) add(where, params, documentMatch(dialect, 'd'), searchParam(dialect, query.q));
  return clause(where, params);
}

/** WHERE for `FROM incidents i`. */
export function incidentWhere(dialect: Dialect, query: Query): Where {
  const params: Param[] = [];
  const where: string[] = [];
  if (query.type?.length) where.push(inList('i.type', query.type, params));
  if (query.country) add(where, params, 'i.country = ?', query.country.toUpperCase());
  if (query.admin1) add(where, params, 'i.admin1 = ?', query.admin1);
  if (query.since) add(where, params, 'i.day_end >= ?', query.since.slice(0, 10));
  if (query.until) add(where, params, 'i.day <= ?', query.until.slice(0, 10));
  if (query.incident) add(where, params, 'i.id = ?', query.incident);
  if (query.document) add(where, params, 'EXISTS (SELECT 1 FROM members m WHERE m.incident = i.id AND m.document = ?)', query.document);
  if (hasSearch(query)) {
    const term = searchParam(dialect, query.q);
    where.push(
      `(EXISTS (SELECT 1 FROM members m JOIN documents d ON d.id = m.document WHERE m.incident = i.id AND ${documentMatch(dialect, 'd')})
        OR EXISTS (SELECT 1 FROM events e WHERE e.incident = i.id AND ${evidenceMatch(dialect, 'e')}))`,
    );
    params.push(term, term);
  }
  return clause(where, params);
}

const SORT_COLUMNS: Record<List, Record<string, string>> = {
  documents: { seq: 'd.seq', id: 'd.id', publishedAt: 'd.published_at', ingestedAt: 'd.seq', title: 'd.title' },
  events: { seq: 'e.seq', date: 'e.day', type: 'e.type', country: 'e.country', confidence: 'e.confidence' },
  figures: { seq: 'f.seq', date: 'f.day', kind: 'f.kind', value: 'f.value' },
  incidents: { seq: 'i.seq', date: 'i.day', type: 'i.type', sources: 'i.source_count', documents: 'i.document_count' },
};

/** ORDER BY for a list: the asked field (nulls last in both dialects), then ingest order. */
export function orderBy(list: List, sort: string | undefined, alias: string): string {
  const descending = sort?.startsWith('-') ?? false;
  const column = SORT_COLUMNS[list][(sort ?? '').replace(/^-/, '')];
  const tie = `${alias}.seq${descending ? ' DESC' : ''}`;
  if (!column || column.endsWith('.seq')) return `ORDER BY ${tie}`;
  return `ORDER BY ${column}${descending ? ' DESC' : ''} NULLS LAST, ${tie}`;
}

/** The page bounds asked for, clamped. */
export function pageOf(query: Query): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? DEFAULT_LIMIT), 0), MAX_LIMIT);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  return { limit, offset };
}
