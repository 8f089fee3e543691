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

/**
 * The ids of the documents matching the search, as a subquery (one parameter). Rows are tested
 * against this set, built once: joining `documents` instead made SQLite re-run the search per row.
 * An event's evidence is a span of its document's text, so this also covers "the evidence matches".
 */
function matchingDocumentIds(dialect: Dialect): string {
  return dialect === 'sqlite'
    ? 'SELECT ds.id FROM documents ds WHERE +ds.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)'
    : `SELECT ds.id FROM documents ds WHERE ${documentMatch(dialect, 'ds')}`;
}

/** The `seq`s of the documents matching the search (SQLite: the FTS rowids themselves), as a subquery (one parameter). */
function matchingDocumentSeqs(dialect: Dialect): string {
  return dialect === 'sqlite'
    ? 'SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?'
    : `SELECT ds.seq FROM documents ds WHERE ${documentMatch(dialect, 'ds')}`;
}

/**
 * `column` as an operand SQLite will not look up through an index: a text search's set is tested
 * while the list's own index is walked in page order, instead of reading every match and sorting.
 */
function walked(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? `+${column}` : column;
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

/** The query has a text search (its totals are counted up to a limit). */
export function hasSearch(query: Query): query is Query & { q: string } {
  return typeof query.q === 'string' && /[\p{L}\p{N}]/u.test(query.q);
}

/**
 * How a text search is applied to events (figures alike): `walk` tests each row of the list's own
 * index walk against the set (pages); `drive` reads the matching documents' rows through an index
 * on the document (`events (doc_seq, …)`, `figures (document, event)`): counts over every match (stats, places).
 */
export type SearchPlan = 'walk' | 'drive';

/** Conditions on an `events` row `e` (none needs its document row). */
function eventConditions(dialect: Dialect, query: Query, params: Param[], search: SearchPlan = 'walk'): string[] {
  const where: string[] = [];
  if (query.type?.length) where.push(inList('e.type', query.type, params));
  if (query.country) add(where, params, 'e.country = ?', query.country.toUpperCase());
  if (query.admin1) add(where, params, 'e.admin1 = ?', query.admin1);
  if (query.since) add(where, params, 'e.day_end >= ?', query.since);
  if (query.until) add(where, params, 'e.day <= ?', query.until.slice(0, 10));
  if (query.incident) add(where, params, 'e.incident = ?', query.incident);
  if (query.document) add(where, params, 'e.document = ?', query.document);
  if (hasSearch(query)) {
    const column = search === 'walk' ? walked(dialect, 'e.doc_seq') : 'e.doc_seq';
    add(where, params, `${column} IN (${matchingDocumentSeqs(dialect)})`, searchParam(dialect, query.q));
  }
  return where;
}

function clause(where: string[], params: Param[]): Where {
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** WHERE for `FROM events e` (no join needed). */
export function eventWhere(dialect: Dialect, query: Query, search: SearchPlan = 'walk'): Where {
  const params: Param[] = [];
  return clause(eventConditions(dialect, query, params, search), params);
}

/**
 * WHERE for `FROM documents d`. A condition on the documents' events is a set of `doc_seq`s read
 * from a covering index, tested while walking (a page in its order, a count over the smallest
 * index: seeking each matching document's large row cost 30 ms for 6k documents).
 */
export function documentWhere(dialect: Dialect, query: Query): Where {
  const params: Param[] = [];
  const where: string[] = [];
  if (query.status) add(where, params, 'd.status = ?', query.status);
  if (query.document) add(where, params, 'd.id = ?', query.document);
  if (query.since) add(where, params, 'substr(d.published_at, 1, 10) >= ?', query.since.slice(0, 10));
  if (query.until) add(where, params, 'substr(d.published_at, 1, 10) <= ?', query.until.slice(0, 10));
  // tested while walking (a count scans the smallest covering index; seeking 13k big document rows cost 50 ms)
  if (hasSearch(query)) add(where, params, `${walked(dialect, 'd.seq')} IN (${matchingDocumentSeqs(dialect)})`, searchParam(dialect, query.q));
  const onEvents: Query = { type: query.type, country: query.country, admin1: query.admin1, incident: query.incident };
  const eventParams: Param[] = [];
  const conditions = eventConditions(dialect, onEvents, eventParams);
  if (conditions.length) {
    where.push(`${walked(dialect, 'd.seq')} IN (SELECT e.doc_seq FROM events e WHERE ${conditions.join(' AND ')})`);
    params.push(...eventParams);
  }
  return clause(where, params);
}

/** WHERE for `FROM figures f JOIN documents d ON d.id = f.document LEFT JOIN events e ON …`. */
export function figureWhere(dialect: Dialect, query: Query, search: SearchPlan = 'walk'): Where {
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
  if (hasSearch(query)) {
    const column = search === 'walk' ? walked(dialect, 'f.document') : 'f.document';
    add(where, params, `${column} IN (${matchingDocumentIds(dialect)})`, searchParam(dialect, query.q));
  }
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
  // a set of incident seqs, built once (a correlated EXISTS ran the search once per incident); seqs,
  // not ids, so walking any incident index tests them without reading the (large) incident rows
  if (hasSearch(query)) {
    const ids = `SELECT m.incident FROM members m WHERE m.document IN (${matchingDocumentIds(dialect)})`;
    add(where, params, `${walked(dialect, 'i.seq')} IN (SELECT ii.seq FROM incidents ii WHERE ii.id IN (${ids}))`, searchParam(dialect, query.q));
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
