import { cached } from './cache.js';
import type { Db, Param, Row } from './db.js';
import { placeholders } from './db.js';
import { documentWhere, eventWhere, figureWhere, findSearch, hasSearch, incidentCount, incidentWhere, orderBy, pageOf, type Search } from './filters.js';
import { documentRecord, eventRecord, figureRecord, parse } from './rows.js';
import type {
  DocumentRecord,
  EventRecord,
  FigureHistory,
  FigureRecord,
  IncidentRecord,
  MergeRecord,
  Page,
  Query,
  Stats,
} from './store.js';
import type { DateValue, Location } from '../model/index.js';

const DOCUMENT_COLUMNS =
  'd.seq, d.id, d.title, d.url, d.outlet, d.published_at, d.language, d.duplicate_of, d.status, d.messages, d.event_count, d.ingested_at, d.content_hash';
const EVENT_FROM = 'FROM events e JOIN documents d ON d.id = e.document';
const FIGURE_FROM =
  'FROM figures f JOIN documents d ON d.id = f.document LEFT JOIN events e ON e.document = f.document AND e.id = f.event';

/** FROM for counting figures: joins only what the filter refers to. */
function figuresFrom(where: string): string {
  if (/\bd\./.test(where)) return FIGURE_FROM;
  return /\be\./.test(where) ? 'FROM figures f LEFT JOIN events e ON e.document = f.document AND e.id = f.event' : 'FROM figures f';
}

/** What {@link keyedPage} reads: the full row's SELECT … FROM, and the cheapest FROM the filter allows. */
interface KeyedPageSql {
  select: string;
  keysFrom: string;
  /** The table alias whose `seq` keys the rows (`d`, `e`, `f`, `i`). */
  alias: string;
  where: string;
  params: Param[];
  order: string;
  limit: number;
  offset: number;
  /** Count the total only up to this many (see {@link countCap}); null: exactly. */
  cap: number | null;
}

/**
 * A page of rows and the filter's total: the page's keys are chosen first (from indexes alone when
 * the filter allows), then only those rows are read and joined, so a deep page never reads the rows it skips.
 * With a count cap (a text search), one walk gives both: the keys of the matches up to the cap, in
 * order, are the page's keys and the (capped) total.
 */
async function keyedPage(db: Db, q: KeyedPageSql): Promise<{ rows: Row[]; total: number; capped: boolean }> {
  if (q.cap === null) {
    const rows = await db.all(
      `${q.select} WHERE ${q.alias}.seq IN (SELECT ${q.alias}.seq ${q.keysFrom} ${q.where} ${q.order} LIMIT ? OFFSET ?) ${q.order}`,
      [...q.params, q.limit, q.offset],
    );
    return { rows, total: await count(db, `SELECT count(*) AS n ${q.keysFrom} ${q.where}`, q.params), capped: false };
  }
  const sql = `SELECT ${q.alias}.seq AS k ${q.keysFrom} ${q.where} ${q.order} LIMIT ?`;
  const walk = async (): Promise<number[]> => (await db.all(sql, [...q.params, q.cap])).map((r) => Number(r.k));
  // remembered until the next write like a total (the next page reuses them), unless a deep page made the list long
  const keys = q.cap <= 10 * TEXT_COUNT_LIMIT ? await cached(db, `keys ${sql} ${JSON.stringify(q.params)} ${q.cap}`, walk) : await walk();
  const page = keys.slice(q.offset, q.offset + q.limit);
  const rows = page.length ? await db.all(`${q.select} WHERE ${q.alias}.seq IN (${placeholders(page.length)}) ${q.order}`, page) : [];
  return { rows, total: keys.length, capped: keys.length >= q.cap };
}

/**
 * With a text search, list totals are counted up to this many matches (or to one past the page
 * asked, if deeper): counting every match of a common word costs more than the page itself
 * (≈ 50 ms for 50k matching events). `Page.capped` says the total is a lower bound.
 */
export const TEXT_COUNT_LIMIT = 1000;

/** How far a list's total is counted: null (exactly) unless the query has a text search. */
function countCap(query: Query, limit: number, offset: number): number | null {
  return hasSearch(query) ? Math.max(TEXT_COUNT_LIMIT, offset + limit + 1) : null;
}

/** A `count(*) AS n` query's value, remembered until the next write (every page repeats it). */
function count(db: Db, sql: string, params: Param[]): Promise<number> {
  return cached(db, `count ${sql} ${JSON.stringify(params)}`, async () => Number((await db.get(sql, params))?.n ?? 0));
}

/** Documents matching the query, a page of them, in ingest order unless sorted otherwise. */
export async function listDocuments(db: Db, query: Query): Promise<Page<DocumentRecord>> {
  const { limit, offset } = pageOf(query);
  const where = documentWhere(db.dialect, query, await findSearch(db, query));
  const columns = query.text ? `${DOCUMENT_COLUMNS}, d.text` : DOCUMENT_COLUMNS;
  const { rows, total, capped } = await keyedPage(db, {
    select: `SELECT ${columns} FROM documents d`,
    keysFrom: 'FROM documents d',
    alias: 'd',
    where: where.sql,
    params: where.params,
    order: orderBy('documents', query.sort, 'd'),
    limit,
    offset,
    cap: countCap(query, limit, offset),
  });
  return { items: rows.map(documentRecord), total, capped, limit, offset };
}

/** A document by its id or by another id the same content was ingested under (an alias). */
export async function getDocument(db: Db, id: string): Promise<DocumentRecord | null> {
  const row =
    (await db.get(`SELECT ${DOCUMENT_COLUMNS}, d.text FROM documents d WHERE d.id = ?`, [id])) ??
    (await db.get(`SELECT ${DOCUMENT_COLUMNS}, d.text FROM documents d JOIN aliases a ON a.document = d.id WHERE a.id = ?`, [id]));
  if (!row) return null;
  const record = documentRecord(row);
  record.aliases = (await db.all('SELECT id FROM aliases WHERE document = ? ORDER BY id', [record.id])).map((a) => String(a.id));
  return record;
}

/**
 * Events matching the query, a page of them (each with its document, incident and report time).
 * The page's keys are chosen first (from indexes alone when the filter allows), then only those
 * rows are read and joined: a filtered or deep page no longer reads every skipped row.
 */
export async function listEvents(db: Db, query: Query): Promise<Page<EventRecord>> {
  const { limit, offset } = pageOf(query);
  const where = eventWhere(db.dialect, query, await findSearch(db, query), 'walk');
  const { rows, total, capped } = await keyedPage(db, {
    select: `SELECT e.document, e.incident, e.data, d.published_at ${EVENT_FROM}`,
    keysFrom: 'FROM events e',
    alias: 'e',
    where: where.sql,
    params: where.params,
    order: orderBy('events', query.sort, 'e'),
    limit,
    offset,
    cap: countCap(query, limit, offset),
  });
  return { items: rows.map(eventRecord), total, capped, limit, offset };
}

/** One event by its document and event id. */
export async function getEvent(db: Db, documentId: string, eventId: string): Promise<EventRecord | null> {
  const row = await db.get(
    `SELECT e.document, e.incident, e.data, d.published_at ${EVENT_FROM} WHERE e.document = ? AND e.id = ?`,
    [documentId, eventId],
  );
  return row ? eventRecord(row) : null;
}

/** Figures matching the query, a page of them (each with its document, incident and report time). */
export async function listFigures(db: Db, query: Query): Promise<Page<FigureRecord>> {
  const { limit, offset } = pageOf(query);
  const where = figureWhere(db.dialect, query, await findSearch(db, query), 'walk');
  const { rows, total, capped } = await keyedPage(db, {
    select: `SELECT f.document, e.incident, f.data, d.published_at ${FIGURE_FROM}`,
    keysFrom: figuresFrom(where.sql),
    alias: 'f',
    where: where.sql,
    params: where.params,
    order: orderBy('figures', query.sort, 'f'),
    limit,
    offset,
    cap: countCap(query, limit, offset),
  });
  return { items: rows.map(figureRecord), total, capped, limit, offset };
}

const INCIDENT_COLUMNS = 'i.seq, i.id, i.type, i.subtype, i.title, i.location, i.date, i.figures';
/** Columns of a brief incident: the full figure histories only for rows without a summary. */
const BRIEF_COLUMNS =
  'i.seq, i.id, i.type, i.subtype, i.title, i.location, i.date, i.stale, i.document_count, i.source_count, i.figure_summary, CASE WHEN i.figure_summary IS NULL OR i.stale = 1 THEN i.figures END AS figures';

/** Incidents matching the query, a page of them, with documents, sources and figure histories. */
export async function listIncidents(db: Db, query: Query): Promise<Page<IncidentRecord>> {
  const { limit, offset } = pageOf(query);
  const search = await findSearch(db, query);
  const where = incidentWhere(db.dialect, query, search, search?.plan ?? 'walk');
  const { rows, total, capped } = await keyedPage(db, {
    select: `SELECT ${query.brief ? BRIEF_COLUMNS : INCIDENT_COLUMNS} FROM incidents i`,
    keysFrom: 'FROM incidents i',
    alias: 'i',
    where: where.sql,
    params: where.params,
    order: orderBy('incidents', query.sort, 'i'),
    limit,
    offset,
    cap: countCap(query, limit, offset),
  });
  return { items: query.brief ? await briefRecords(db, rows) : await incidentRecords(db, rows), total, capped, limit, offset };
}

/**
 * Incident rows → brief records: counts from the row and figure summaries without reports, so
 * no member rows are read and no history is parsed. Stale rows (a document re-extracted since the
 * last resolution) and rows written before `figure_summary` existed take the full path.
 */
async function briefRecords(db: Db, rows: Row[]): Promise<IncidentRecord[]> {
  const fresh = rows.filter((r) => !Number(r.stale) && typeof r.figure_summary === 'string');
  const full = new Map((await incidentRecords(db, rows.filter((r) => !fresh.includes(r)))).map((r) => [r.id, r]));
  const aliases = new Map<string, number>();
  const hasAliases = await cached(db, 'aliases exist', async () => Boolean(await db.get('SELECT 1 AS x FROM aliases LIMIT 1')));
  if (hasAliases && fresh.length) {
    const ids = fresh.map((r) => String(r.id));
    const counts = await db.all(
      `SELECT m.incident, count(*) AS n FROM (SELECT DISTINCT incident, document FROM members WHERE incident IN (${placeholders(ids.length)})) m
       JOIN aliases a ON a.document = m.document GROUP BY m.incident`,
      ids,
    );
    for (const row of counts) aliases.set(String(row.incident), Number(row.n));
  }
  return rows.map((row) => {
    const record = full.get(String(row.id));
    if (record) {
      const figures: IncidentRecord['figures'] = {};
      for (const [kind, h] of Object.entries(record.figures)) if (h) figures[kind] = { ...h, history: [], reports: h.history.length };
      return { ...record, documents: [], sourceDocuments: [], documentCount: record.documents.length, figures };
    }
    const summary = parse<Record<string, Omit<FigureHistory, 'history'> & { reports: number }>>(row.figure_summary, {});
    const figures: IncidentRecord['figures'] = {};
    for (const [kind, h] of Object.entries(summary)) figures[kind] = { ...h, history: [] };
    return {
      ...incidentHead(row),
      documents: [],
      documentCount: Number(row.document_count) + (aliases.get(String(row.id)) ?? 0),
      sources: Number(row.source_count),
      sourceDocuments: [],
      figures,
    };
  });
}

/** One incident with its merge reasons and manual corrections. */
export async function getIncident(db: Db, id: string): Promise<IncidentRecord | null> {
  const row = await db.get(`SELECT ${INCIDENT_COLUMNS} FROM incidents i WHERE i.id = ?`, [id]);
  if (!row) return null;
  const [record] = await incidentRecords(db, [row]);
  const merges = await db.all('SELECT incident, document, event, kind, reason, at FROM merges WHERE incident = ? ORDER BY seq', [id]);
  record!.merges = merges.map(
    (m): MergeRecord => ({
      incident: String(m.incident),
      document: m.document === null ? null : String(m.document),
      event: m.event === null ? null : String(m.event),
      kind: String(m.kind) as MergeRecord['kind'],
      reason: String(m.reason),
      at: String(m.at),
    }),
  );
  return record!;
}

/** Incident rows → records, with their documents (ingest order) and independent sources. */
async function incidentRecords(db: Db, rows: Row[]): Promise<IncidentRecord[]> {
  const ids = rows.map((r) => String(r.id));
  const members = new Map<string, { id: string; duplicateOf: string | null }[]>();
  const aliases = new Map<string, string[]>();
  if (ids.length) {
    const docs = await db.all(
      `SELECT DISTINCT m.incident, d.id, d.seq, d.duplicate_of FROM members m JOIN documents d ON d.id = m.document
       WHERE m.incident IN (${placeholders(ids.length)}) ORDER BY d.seq`,
      ids,
    );
    for (const doc of docs) {
      const list = members.get(String(doc.incident)) ?? [];
      list.push({ id: String(doc.id), duplicateOf: doc.duplicate_of === null ? null : String(doc.duplicate_of) });
      members.set(String(doc.incident), list);
    }
    const documents = [...new Set(docs.map((d) => String(d.id)))];
    for (let i = 0; i < documents.length; i += 500) {
      const some = documents.slice(i, i + 500);
      for (const a of await db.all(`SELECT id, document FROM aliases WHERE document IN (${placeholders(some.length)}) ORDER BY id`, some)) {
        const list = aliases.get(String(a.document)) ?? [];
        list.push(String(a.id));
        aliases.set(String(a.document), list);
      }
    }
  }
  return rows.map((row) => {
    const docs = members.get(String(row.id)) ?? [];
    const sourceDocuments = independent(docs);
    return {
      ...incidentHead(row),
      documents: docs.flatMap((d) => [d.id, ...(aliases.get(d.id) ?? [])]),
      sources: sourceDocuments.length,
      sourceDocuments,
      figures: parse<Partial<Record<string, FigureHistory>>>(row.figures, {}),
    };
  });
}

/** The fields an incident row gives as they are, brief or full: id, type, subtype, place, date, title. */
function incidentHead(row: Row): Pick<IncidentRecord, 'id' | 'type' | 'subtype' | 'location' | 'date' | 'title'> {
  return {
    id: String(row.id),
    type: String(row.type),
    subtype: row.subtype === null ? null : String(row.subtype),
    location: parse<Location | null>(row.location, null),
    date: parse<DateValue | null>(row.date, null),
    title: row.title === null ? null : String(row.title),
  };
}

/** The documents that are independent sources: one per original (a duplicate counts for its original). */
export function independent(docs: { id: string; duplicateOf: string | null }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const doc of docs) {
    const root = doc.duplicateOf ?? doc.id;
    if (seen.has(root)) continue;
    seen.add(root);
    out.push(doc.id);
  }
  return out;
}

/** Counts for a summary (remembered until the next write; the result is shared, do not mutate it): documents, events, incidents, figures; events by type, country and day. */
export function stats(db: Db, query: Query): Promise<Stats> {
  return cached(db, `stats ${JSON.stringify(query)}`, () => computeStats(db, query));
}

async function computeStats(db: Db, query: Query): Promise<Stats> {
  const search = await findSearch(db, query);
  // a search alone: its documents were counted when it was looked up
  const documentFilter = documentWhere(db.dialect, query, search);
  const documents =
    search && !documentWhere(db.dialect, query, null).sql
      ? search.documents
      : await count(db, `SELECT count(*) AS n FROM documents d ${documentFilter.sql}`, documentFilter.params);
  const events = eventCounts(db, query, search);
  // by day and type in one row per day, its types and counts as text ("ARREST 3,RIOT 1"): 730 rows
  // read instead of 21,635 at 100k events (reading rows, not counting, was most of the time); a
  // type can come twice in a day (events ending on different days). By type is their sum, with the
  // undated events (day '' or null) that byDay leaves out.
  const typeCounts = new Map<string, number>();
  const byDay: Stats['byDay'] = [];
  for (const row of await db.all(events.byDay, events.params)) {
    const day = row.day === null || row.day === '' ? null : String(row.day);
    const pairs = String(row.types).split(',');
    const first = byDay.length;
    // sorted as text, "TYPE n" sorts by type (' ' before '_' and letters), a repeated type next to itself
    for (const pair of pairs.length > 1 ? pairs.sort() : pairs) {
      const space = pair.indexOf(' ');
      const type = pair.slice(0, space);
      const n = Number(pair.slice(space + 1));
      typeCounts.set(type, (typeCounts.get(type) ?? 0) + n);
      if (day === null) continue;
      const previous = byDay.length > first ? byDay[byDay.length - 1]! : null;
      if (previous?.type === type) previous.count += n;
      else byDay.push({ day, type, count: n });
    }
  }
  const byType: Record<string, number> = {};
  for (const type of [...typeCounts.keys()].sort()) byType[type] = typeCounts.get(type)!;
  const byCountry: Record<string, number> = {};
  for (const row of await db.all(events.byCountry, events.params)) {
    byCountry[String(row.country)] = Number(row.n);
  }
  const figures = figureWhere(db.dialect, query, search, search?.plan ?? 'drive');
  const incidents = incidentCount(db.dialect, query, search, search?.plan ?? 'drive');
  return {
    documents,
    events: Object.values(byType).reduce((a, b) => a + b, 0),
    incidents: await count(db, incidents.sql, incidents.params),
    figures: await count(db, `SELECT count(*) AS n ${figuresFrom(figures.sql)} ${figures.sql}`, figures.params),
    byType,
    byCountry,
    byDay,
  };
}

/**
 * The statements stats count events with: the per-day count tables (see counts.ts) when the
 * filter is only on type, country and dates, each from the narrowest table that has the filter's
 * columns; else the events. `byDay` gives one row per day (`day`, `types`: "TYPE n,TYPE n").
 */
function eventCounts(db: Db, query: Query, search: Search | null): { byCountry: string; byDay: string; params: Param[] } {
  const from = (table: string, where: string[], condition: string | null = null): string => {
    const all = condition ? [...where, condition] : where;
    return `${table}${all.length ? ` WHERE ${all.join(' AND ')}` : ''}`;
  };
  const perDay = (rows: string): string => `SELECT day, string_agg(type || ' ' || n, ',') AS types FROM ${rows} GROUP BY day ORDER BY day`;
  if (query.admin1 || query.incident || query.document || search) {
    const events = eventWhere(db.dialect, query, search, query.incident || query.document ? 'drive' : (search?.plan ?? 'drive'));
    const where = events.sql ? [events.sql.replace(/^WHERE /, '')] : [];
    return {
      byCountry: `SELECT country, count(*) AS n FROM ${from('events e', where, 'e.country IS NOT NULL')} GROUP BY country ORDER BY country`,
      // ordered inside, so the outer GROUP BY day reads the groups in order (no second sort)
      byDay: perDay(`(SELECT day, type, count(*) AS n FROM ${from('events e', where)} GROUP BY day, type ORDER BY day, type) c`),
      params: events.params,
    };
  }
  const params: Param[] = [];
  const where: string[] = [];
  if (query.type?.length) {
    where.push(`type IN (${placeholders(query.type.length)})`);
    params.push(...query.type);
  }
  if (query.country) {
    where.push('country = ?');
    params.push(query.country.toUpperCase());
  }
  if (query.since) {
    where.push('day_end >= ?');
    params.push(query.since.slice(0, 10));
  }
  if (query.until) {
    where.push("day <> '' AND day <= ?");
    params.push(query.until.slice(0, 10));
  }
  const countries = query.country || query.type?.length ? 'event_counts' : 'event_country_days';
  return {
    byCountry: `SELECT country, sum(n) AS n FROM ${from(countries, where, "country <> ''")} GROUP BY country ORDER BY country`,
    // the count tables are read in key order, (day, …) first: one group per day, no sort
    byDay: perDay(from(query.country ? 'event_counts' : 'event_type_days', where)),
    params,
  };
}
