import { cached } from './cache.js';
import type { Db, Param, Row } from './db.js';
import { placeholders } from './db.js';
import { documentWhere, eventWhere, figureWhere, incidentWhere, orderBy, pageOf } from './filters.js';
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

/** FROM for counting events: without the documents join unless the filter needs it (10–50× faster). */
function eventsFrom(where: string): string {
  return /\bd\./.test(where) ? EVENT_FROM : 'FROM events e';
}

/** FROM for counting figures: joins only what the filter refers to. */
function figuresFrom(where: string): string {
  return /\b[de]\./.test(where) ? FIGURE_FROM : 'FROM figures f';
}

/** What {@link keyedPage} reads: the full row's SELECT … FROM, and the cheapest FROM the filter allows. */
interface KeyedPageSql {
  select: string;
  keysFrom: string;
  /** The table alias whose `seq` keys the rows (`e`, `f`). */
  alias: string;
  where: string;
  params: Param[];
  order: string;
  limit: number;
  offset: number;
}

/**
 * A page of rows and the filter's total: the page's keys are chosen first (from indexes alone when
 * the filter allows), then only those rows are read and joined, so a deep page never reads the rows it skips.
 */
async function keyedPage(db: Db, q: KeyedPageSql): Promise<{ rows: Row[]; total: number }> {
  const rows = await db.all(
    `${q.select} WHERE ${q.alias}.seq IN (SELECT ${q.alias}.seq ${q.keysFrom} ${q.where} ${q.order} LIMIT ? OFFSET ?) ${q.order}`,
    [...q.params, q.limit, q.offset],
  );
  const total = await count(db, `SELECT count(*) AS n ${q.keysFrom} ${q.where}`, q.params);
  return { rows, total };
}

/** A `count(*) AS n` query's value, remembered until the next write (every page repeats it). */
function count(db: Db, sql: string, params: Param[]): Promise<number> {
  return cached(db, `count ${sql} ${JSON.stringify(params)}`, async () => Number((await db.get(sql, params))?.n ?? 0));
}

/** Documents matching the query, a page of them, in ingest order unless sorted otherwise. */
export async function listDocuments(db: Db, query: Query): Promise<Page<DocumentRecord>> {
  const { limit, offset } = pageOf(query);
  const where = documentWhere(db.dialect, query);
  const columns = query.text ? `${DOCUMENT_COLUMNS}, d.text` : DOCUMENT_COLUMNS;
  const rows = await db.all(
    `SELECT ${columns} FROM documents d ${where.sql} ${orderBy('documents', query.sort, 'd')} LIMIT ? OFFSET ?`,
    [...where.params, limit, offset],
  );
  const total = await count(db, `SELECT count(*) AS n FROM documents d ${where.sql}`, where.params);
  return { items: rows.map(documentRecord), total, limit, offset };
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
  const where = eventWhere(db.dialect, query);
  const { rows, total } = await keyedPage(db, {
    select: `SELECT e.document, e.incident, e.data, d.published_at ${EVENT_FROM}`,
    keysFrom: eventsFrom(where.sql),
    alias: 'e',
    where: where.sql,
    params: where.params,
    order: orderBy('events', query.sort, 'e'),
    limit,
    offset,
  });
  return { items: rows.map(eventRecord), total, limit, offset };
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
  const where = figureWhere(db.dialect, query);
  const { rows, total } = await keyedPage(db, {
    select: `SELECT f.document, e.incident, f.data, d.published_at ${FIGURE_FROM}`,
    keysFrom: figuresFrom(where.sql),
    alias: 'f',
    where: where.sql,
    params: where.params,
    order: orderBy('figures', query.sort, 'f'),
    limit,
    offset,
  });
  return { items: rows.map(figureRecord), total, limit, offset };
}

const INCIDENT_COLUMNS = 'i.seq, i.id, i.type, i.subtype, i.title, i.location, i.date, i.figures';
/** Columns of a brief incident: the full figure histories only for rows without a summary. */
const BRIEF_COLUMNS =
  'i.seq, i.id, i.type, i.subtype, i.title, i.location, i.date, i.stale, i.document_count, i.source_count, i.figure_summary, CASE WHEN i.figure_summary IS NULL OR i.stale = 1 THEN i.figures END AS figures';

/** Incidents matching the query, a page of them, with documents, sources and figure histories. */
export async function listIncidents(db: Db, query: Query): Promise<Page<IncidentRecord>> {
  const { limit, offset } = pageOf(query);
  const where = incidentWhere(db.dialect, query);
  const columns = query.brief ? BRIEF_COLUMNS : INCIDENT_COLUMNS;
  const rows = await db.all(
    `SELECT ${columns} FROM incidents i ${where.sql} ${orderBy('incidents', query.sort, 'i')} LIMIT ? OFFSET ?`,
    [...where.params, limit, offset],
  );
  const total = await count(db, `SELECT count(*) AS n FROM incidents i ${where.sql}`, where.params);
  return { items: query.brief ? await briefRecords(db, rows) : await incidentRecords(db, rows), total, limit, offset };
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
      id: String(row.id),
      type: String(row.type),
      subtype: row.subtype === null ? null : String(row.subtype),
      location: parse<Location | null>(row.location, null),
      date: parse<DateValue | null>(row.date, null),
      title: row.title === null ? null : String(row.title),
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
      id: String(row.id),
      type: String(row.type),
      subtype: row.subtype === null ? null : String(row.subtype),
      location: parse<Location | null>(row.location, null),
      date: parse<DateValue | null>(row.date, null),
      title: row.title === null ? null : String(row.title),
      documents: docs.flatMap((d) => [d.id, ...(aliases.get(d.id) ?? [])]),
      sources: sourceDocuments.length,
      sourceDocuments,
      figures: parse<Partial<Record<string, FigureHistory>>>(row.figures, {}),
    };
  });
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
  const events = eventWhere(db.dialect, query);
  const byType: Record<string, number> = {};
  for (const row of await db.all(`SELECT e.type, count(*) AS n ${eventsFrom(events.sql)} ${events.sql} GROUP BY e.type ORDER BY e.type`, events.params)) {
    byType[String(row.type)] = Number(row.n);
  }
  const byCountry: Record<string, number> = {};
  const countryWhere = events.sql ? `${events.sql} AND e.country IS NOT NULL` : 'WHERE e.country IS NOT NULL';
  for (const row of await db.all(`SELECT e.country, count(*) AS n ${eventsFrom(countryWhere)} ${countryWhere} GROUP BY e.country ORDER BY e.country`, events.params)) {
    byCountry[String(row.country)] = Number(row.n);
  }
  const dayWhere = events.sql ? `${events.sql} AND e.day IS NOT NULL` : 'WHERE e.day IS NOT NULL';
  const byDay = (
    await db.all(`SELECT e.day, e.type, count(*) AS n ${eventsFrom(dayWhere)} ${dayWhere} GROUP BY e.day, e.type ORDER BY e.day, e.type`, events.params)
  ).map((row) => ({ day: String(row.day), type: String(row.type), count: Number(row.n) }));
  const documents = documentWhere(db.dialect, query);
  const figures = figureWhere(db.dialect, query);
  const incidents = incidentWhere(db.dialect, query);
  return {
    documents: await count(db, `SELECT count(*) AS n FROM documents d ${documents.sql}`, documents.params),
    events: Object.values(byType).reduce((a, b) => a + b, 0),
    incidents: await count(db, `SELECT count(*) AS n FROM incidents i ${incidents.sql}`, incidents.params),
    figures: await count(db, `SELECT count(*) AS n ${figuresFrom(figures.sql)} ${figures.sql}`, figures.params),
    byType,
    byCountry,
    byDay,
  };
}
