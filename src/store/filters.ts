import { cached } from './cache.js';
import type { Db, Param } from './db.js';
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

/** The `seq`s of the documents matching the search (SQLite: the FTS rowids themselves), as a subquery (one parameter). */
function matchingDocumentSeqs(dialect: Dialect): string {
  return dialect === 'sqlite'
    ? 'SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?'
    : "SELECT ds.seq FROM documents ds WHERE ds.tsv @@ plainto_tsquery('english', ?)";
}

/**
 * `column` as an operand SQLite will not look up through an index: a set is tested while the
 * list's own index is walked in page order, instead of reading every match and sorting.
 */
function walked(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? `+${column}` : column;
}

/**
 * A set of `seq`s as a byte map (byte n is 1 when n is in the set), bound as a blob: SQLite tests
 * `substr(?, seq + 1, 1) = x'01'` in constant time, without the b-tree probe of an `IN (…)` set
 * (100k events: 7 ms against 15). In cache keys (JSON) it stands as the search that made it.
 */
export class SeqMap extends Uint8Array {
  label = '';

  toJSON(): string {
    return this.label;
  }
}

/**
 * A text search, looked up once per request (remembered until the next write like a total) and
 * tested by each of its statements. `plan` says how counts over every match read the matches'
 * rows: `drive` seeks them through an index on the document (`events (doc_seq, …)`, `members
 * (doc_seq, …)`), a seek per matching document; `walk` reads a whole index and tests each entry,
 * the same cost whatever matches: cheaper once the matches are more than a fifth of the documents
 * (100k events, CPU, drive → walk: a word in half the documents, by day and type 30 → 16 ms, by
 * country 14 → 8; a word in an eighth, 9 → 11 and 4 → 7). Lists of events, documents and figures
 * always walk their page order.
 */
export interface Search {
  /** The words as the dialect's full-text search takes them (an FTS5 query; plain words for `plainto_tsquery`). */
  words: string;
  /** How many documents match. */
  documents: number;
  plan: SearchPlan;
  /** SQLite: the matching documents' `seq`s (null on PostgreSQL, whose planner takes the subquery as a hashed set). */
  map: SeqMap | null;
}

/**
 * The query's text search, looked up (null without one). The largest document `seq` stands for
 * the number of documents (an overestimate after deletions: the drive is kept longer).
 */
export function findSearch(db: Db, query: Query): Promise<Search | null> {
  if (!hasSearch(query)) return Promise.resolve(null);
  const words = db.dialect === 'sqlite' ? ftsQuery(query.q) : query.q;
  return cached(db, `search ${words}`, async () => {
    const all = Number((await db.get('SELECT max(seq) AS n FROM documents'))?.n ?? 0);
    let documents: number;
    let map: SeqMap | null = null;
    if (db.dialect === 'sqlite') {
      // one row: 13k rowids as objects cost 5.6 ms, as one string 1.2 ms
      const row = await db.get("SELECT count(*) AS n, string_agg(rowid, ',') AS seqs FROM documents_fts WHERE documents_fts MATCH ?", [words]);
      documents = Number(row?.n ?? 0);
      map = new SeqMap(all + 1);
      map.label = `documents matching ${words}`;
      if (documents > 0) for (const seq of String(row!.seqs).split(',')) map[Number(seq)] = 1;
    } else {
      documents = Number((await db.get(`SELECT count(*) AS n FROM (${matchingDocumentSeqs(db.dialect)}) m`, [words]))?.n ?? 0);
    }
    return { words, documents, plan: documents * 5 > all ? 'walk' : 'drive', map };
  });
}

/**
 * `column` (a document `seq`) is one of the search's documents: on SQLite, walking, a test of the
 * byte map; else `IN` the matching seqs (driving: SQLite seeks `column`'s index per match).
 */
function inSearch(dialect: Dialect, search: Search, column: string, plan: SearchPlan, params: Param[]): string {
  if (search.map && plan === 'walk') {
    params.push(search.map);
    return `substr(?, ${column} + 1, 1) = x'01'`;
  }
  params.push(search.words);
  return `${column} IN (${matchingDocumentSeqs(dialect)})`;
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

/** How a text search is applied to counts: see {@link Search}. */
export type SearchPlan = 'walk' | 'drive';

/** Conditions on an `events` row `e` (none needs its document row). */
function eventConditions(dialect: Dialect, query: Query, params: Param[], search: Search | null, plan: SearchPlan): string[] {
  const where: string[] = [];
  if (query.type?.length) where.push(inList('e.type', query.type, params));
  if (query.country) add(where, params, 'e.country = ?', query.country.toUpperCase());
  if (query.admin1) add(where, params, 'e.admin1 = ?', query.admin1);
  if (query.since) add(where, params, 'e.day_end >= ?', query.since);
  if (query.until) add(where, params, 'e.day <= ?', query.until.slice(0, 10));
  if (query.incident) add(where, params, 'e.incident = ?', query.incident);
  if (query.document) add(where, params, 'e.document = ?', query.document);
  if (search) where.push(inSearch(dialect, search, 'e.doc_seq', plan, params));
  return where;
}

function clause(where: string[], params: Param[]): Where {
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** WHERE for `FROM events e` (no join needed); `search`: the query's, from {@link findSearch}. */
export function eventWhere(dialect: Dialect, query: Query, search: Search | null, plan: SearchPlan): Where {
  const params: Param[] = [];
  return clause(eventConditions(dialect, query, params, search, plan), params);
}

/**
 * WHERE for `FROM documents d`. A condition on the documents' events is a set of `doc_seq`s read
 * from a covering index, tested while walking (a page in its order, a count over the smallest
 * index: seeking each matching document's large row cost 30 ms for 6k documents).
 */
export function documentWhere(dialect: Dialect, query: Query, search: Search | null): Where {
  const params: Param[] = [];
  const where: string[] = [];
  if (query.status) add(where, params, 'd.status = ?', query.status);
  if (query.document) add(where, params, 'd.id = ?', query.document);
  if (query.since) add(where, params, 'substr(d.published_at, 1, 10) >= ?', query.since.slice(0, 10));
  if (query.until) add(where, params, 'substr(d.published_at, 1, 10) <= ?', query.until.slice(0, 10));
  // tested while walking (a count scans the smallest covering index; seeking 13k big document rows cost 50 ms)
  if (search) where.push(inSearch(dialect, search, 'd.seq', 'walk', params));
  const onEvents: Query = { type: query.type, country: query.country, admin1: query.admin1, incident: query.incident };
  const eventParams: Param[] = [];
  const conditions = eventConditions(dialect, onEvents, eventParams, null, 'walk');
  if (conditions.length) {
    where.push(`${walked(dialect, 'd.seq')} IN (SELECT e.doc_seq FROM events e WHERE ${conditions.join(' AND ')})`);
    params.push(...eventParams);
  }
  return clause(where, params);
}

/** WHERE for `FROM figures f JOIN documents d ON d.id = f.document LEFT JOIN events e ON …`. */
export function figureWhere(dialect: Dialect, query: Query, search: Search | null, plan: SearchPlan): Where {
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
  if (search) where.push(inSearch(dialect, search, 'f.doc_seq', plan, params));
  return clause(where, params);
}

/** WHERE for `FROM incidents i`. */
export function incidentWhere(dialect: Dialect, query: Query, search: Search | null, plan: SearchPlan): Where {
  const params: Param[] = [];
  const where: string[] = [];
  if (query.type?.length) where.push(inList('i.type', query.type, params));
  if (query.country) add(where, params, 'i.country = ?', query.country.toUpperCase());
  if (query.admin1) add(where, params, 'i.admin1 = ?', query.admin1);
  if (query.since) add(where, params, 'i.day_end >= ?', query.since.slice(0, 10));
  if (query.until) add(where, params, 'i.day <= ?', query.until.slice(0, 10));
  if (query.incident) add(where, params, 'i.id = ?', query.incident);
  if (query.document) add(where, params, 'EXISTS (SELECT 1 FROM members m WHERE m.incident = i.id AND m.document = ?)', query.document);
  // Through members' integer keys. Walking (SQLite, a common word): each incident of the walk has a
  // member in the byte map, so a page stops after its matches (0.8 ms for 1,000 of a word in half
  // the documents; building the set first cost 8). Else a set of incident seqs built once (a rare
  // word: a seek per match) and tested while walking, seqs so no incident row is read.
  if (search?.map && plan === 'walk') {
    where.push(`EXISTS (SELECT 1 FROM members m WHERE m.inc_seq = i.seq AND ${inSearch(dialect, search, 'm.doc_seq', plan, params)})`);
  } else if (search) {
    where.push(`${walked(dialect, 'i.seq')} IN (SELECT m.inc_seq FROM members m WHERE ${inSearch(dialect, search, 'm.doc_seq', 'drive', params)})`);
  }
  return clause(where, params);
}

/**
 * `SELECT … AS n`: how many incidents match (stats). A search alone counts its documents' members'
 * distinct incidents (100k members, a word in half the documents: 6 ms; walking every incident
 * and seeking its members in the byte map: 9).
 */
export function incidentCount(dialect: Dialect, query: Query, search: Search | null, plan: SearchPlan): Where {
  if (search && !incidentWhere(dialect, query, null, plan).sql) {
    const params: Param[] = [];
    return { sql: `SELECT count(DISTINCT m.inc_seq) AS n FROM members m WHERE ${inSearch(dialect, search, 'm.doc_seq', plan, params)}`, params };
  }
  const where = incidentWhere(dialect, query, search, plan);
  return { sql: `SELECT count(*) AS n FROM incidents i ${where.sql}`, params: where.params };
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
