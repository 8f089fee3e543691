import type { Event } from '../model/index.js';
import type { Db } from './db.js';
import { placeholders } from './db.js';
import { independent } from './queries.js';
import { historyEntry, parse } from './rows.js';
import {
  StoreError,
  type Correction,
  type FigureHistory,
  type FigureSummarizer,
  type HistoryEntry,
  type IncidentState,
  type Resolution,
  type ResolutionOptions,
  type ResolveState,
} from './store.js';

/**
 * The resolution side of the SQL store: rebuilding a resolver's state, saving resolution batches
 * (incident summaries and figure histories recomputed in the same transaction), manual corrections.
 */

/** The day (`YYYY-MM-DD`) of an ISO date-time, or null. */
function dayOf(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** Everything a resolver rebuilds its state from (see `Store.resolveState`). */
export async function resolveState(db: Db): Promise<ResolveState> {
  return db.transaction(async (tx) => {
    const version = Number((await tx.get(`SELECT value FROM meta WHERE key = 'resolve_version'`))?.value ?? 0);
    const members = (
      await tx.all('SELECT m.document, m.event, m.incident FROM members m JOIN documents d ON d.id = m.document ORDER BY d.seq, m.main DESC, m.seq')
    ).map((row) => ({ document: String(row.document), event: row.event === '' ? null : String(row.event), incident: String(row.incident) }));
    const byIncident = new Map<string, string[]>();
    for (const m of members) {
      const list = byIncident.get(m.incident) ?? [];
      if (list[list.length - 1] !== m.document) list.push(m.document);
      byIncident.set(m.incident, list);
    }
    const incidents: IncidentState[] = (await tx.all('SELECT id, state FROM incidents ORDER BY seq')).map((row) => ({
      id: String(row.id),
      state: parse<unknown>(row.state, null),
      documents: byIncident.get(String(row.id)) ?? [],
    }));
    const documents = (await tx.all(`SELECT id, duplicate_of, signature FROM documents WHERE resolved = 1 AND status = 'done' ORDER BY seq`)).map((row) => ({
      document: String(row.id),
      duplicateOf: row.duplicate_of === null ? null : String(row.duplicate_of),
      features: parse<unknown>(row.signature, null),
    }));
    const corrections = (await tx.all('SELECT data FROM corrections ORDER BY seq')).map((row) => parse<Correction>(row.data, {} as Correction));
    return { version, incidents, members, documents, corrections };
  });
}

/** The store's resolve version, read in a transaction (PostgreSQL: locked until it ends). */
export async function lockedVersion(tx: Db): Promise<number> {
  const lock = tx.dialect === 'postgres' ? 'FOR UPDATE' : '';
  return Number((await tx.get(`SELECT value FROM meta WHERE key = 'resolve_version' ${lock}`))?.value ?? 0);
}

/** One batch of resolution in one transaction (see `Store.saveResolution`); nested in a running one, in that. */
export function saveResolution(db: Db, now: string, batch: Resolution, options: ResolutionOptions): Promise<boolean> {
  return db.transaction(async (tx) => {
    const version = await lockedVersion(tx);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) return false;
    const at = now;
    for (const d of batch.duplicates) await tx.run('UPDATE documents SET duplicate_of = ? WHERE id = ?', [d.duplicateOf, d.document]);
    for (const incident of batch.incidents) await upsertIncident(tx, incident);
    const touched = new Set(batch.incidents.map((i) => i.id));
    const documents = [...new Set(batch.assignments.map((a) => a.document))];
    for (let i = 0; i < documents.length; i += 500) {
      const ids = documents.slice(i, i + 500);
      for (const row of await tx.all(`SELECT DISTINCT incident FROM members WHERE document IN (${placeholders(ids.length)})`, ids)) {
        touched.add(String(row.incident));
      }
    }
    for (const a of batch.assignments) {
      if (a.event !== null) await tx.run('UPDATE events SET incident = ? WHERE document = ? AND id = ?', [a.incident, a.document, a.event]);
      // main: the document's first event, or the whole document; doc_seq and inc_seq: the integer keys text search reads
      await tx.run(
        `INSERT INTO members (incident, document, event, main, doc_seq, inc_seq)
         VALUES (?, ?, ?, coalesce((SELECT CASE WHEN ord = 0 THEN 1 ELSE 0 END FROM events WHERE document = ? AND id = ?), 1),
           (SELECT seq FROM documents WHERE id = ?), (SELECT seq FROM incidents WHERE id = ?))
         ON CONFLICT (document, event) DO UPDATE SET incident = excluded.incident, main = excluded.main, inc_seq = excluded.inc_seq`,
        [a.incident, a.document, a.event ?? '', a.document, a.event ?? '', a.document, a.incident],
      );
      await tx.run(`INSERT INTO merges (incident, document, event, kind, reason, at) VALUES (?, ?, ?, 'auto', ?, ?)`, [a.incident, a.document, a.event, a.reason, at]);
      touched.add(a.incident);
    }
    for (const row of await tx.all('SELECT id FROM incidents WHERE stale = 1')) touched.add(String(row.id));
    await refreshIncidents(tx, [...touched], options.summarize);
    for (let i = 0; i < batch.documents.length; i += 500) {
      const ids = batch.documents.slice(i, i + 500);
      await tx.run(`UPDATE documents SET resolved = 1 WHERE id IN (${placeholders(ids.length)})`, ids);
    }
    await tx.run(`UPDATE meta SET value = value + 1 WHERE key = 'resolve_version'`);
    return true;
  });
}

async function upsertIncident(tx: Db, incident: Resolution['incidents'][number]): Promise<void> {
  const date = incident.date;
  const day = dayOf(date?.start) ?? dayOf(date?.end);
  await tx.run(
    `INSERT INTO incidents (id, type, subtype, day, day_end, country, admin1, title, location, date, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, subtype = excluded.subtype, day = excluded.day,
       day_end = excluded.day_end, country = excluded.country, admin1 = excluded.admin1, title = excluded.title,
       location = excluded.location, date = excluded.date, state = excluded.state`,
    [
      incident.id,
      incident.type,
      incident.subtype,
      day,
      dayOf(date?.end) ?? day,
      incident.location?.country ?? null,
      incident.location?.admin1 ?? null,
      incident.title,
      JSON.stringify(incident.location),
      JSON.stringify(incident.date),
      JSON.stringify(incident.state ?? null),
    ],
  );
}

/** Figure histories without their reports, for incident lists: the reconciled values and how many reports. */
function figureSummary(figures: Partial<Record<string, FigureHistory>>): Record<string, Omit<FigureHistory, 'history'> & { reports: number }> {
  const out: Record<string, Omit<FigureHistory, 'history'> & { reports: number }> = {};
  for (const [kind, h] of Object.entries(figures)) {
    if (h) out[kind] = { low: h.low, best: h.best, high: h.high, contradiction: h.contradiction, sources: h.sources, reports: h.history.length };
  }
  return out;
}

/** Recomputes counts and figure histories of incidents; drops incidents left without events. */
async function refreshIncidents(tx: Db, ids: string[], summarize: FigureSummarizer): Promise<void> {
  for (const id of ids) {
    const docs = await tx.all(
      'SELECT DISTINCT d.id, d.seq, d.duplicate_of FROM members m JOIN documents d ON d.id = m.document WHERE m.incident = ? ORDER BY d.seq',
      [id],
    );
    if (docs.length === 0) {
      await tx.run('DELETE FROM incidents WHERE id = ?', [id]);
      continue;
    }
    const sources = independent(docs.map((d) => ({ id: String(d.id), duplicateOf: d.duplicate_of as string | null })));
    const figures = summarize(await historyOf(tx, id));
    await tx.run('UPDATE incidents SET document_count = ?, source_count = ?, figures = ?, figure_summary = ?, stale = 0 WHERE id = ?', [
      docs.length,
      sources.length,
      JSON.stringify(figures),
      JSON.stringify(figureSummary(figures)),
      id,
    ]);
  }
}

/** Figures linked to the incident's events, and unlinked figures of documents whose main event is in it. */
export async function historyOf(db: Db, incidentId: string): Promise<HistoryEntry[]> {
  const rows = await db.all(
    `SELECT f.document, f.data, d.published_at, d.duplicate_of FROM figures f
     JOIN members m ON m.document = f.document AND (m.event = f.event OR (f.event IS NULL AND m.main = 1))
     JOIN documents d ON d.id = f.document
     WHERE m.incident = ? ORDER BY (d.published_at IS NULL), d.published_at, d.seq, f.seq`,
    [incidentId],
  );
  return rows.map(historyEntry);
}

/** Records and applies a manual correction (see `Store.applyCorrection`). */
export function applyCorrection(db: Db, now: string, correction: Correction, summarize: FigureSummarizer): Promise<string[]> {
  return db.transaction(async (tx) => {
    const at = correction.at ?? now;
    const incident = await tx.get('SELECT id, type, subtype, title, location, date, state FROM incidents WHERE id = ?', [correction.incident]);
    if (!incident) throw new StoreError('E_NO_INCIDENT', `No incident ${correction.incident}: list them with \`sitrep incidents\`.`);
    let touched: string[];
    if (correction.kind === 'merge') {
      if (!(await tx.get('SELECT 1 AS x FROM incidents WHERE id = ?', [correction.other]))) {
        throw new StoreError('E_NO_INCIDENT', `No incident ${correction.other}: list them with \`sitrep incidents\`.`);
      }
      await tx.run('UPDATE events SET incident = ? WHERE incident = ?', [correction.incident, correction.other]);
      await tx.run('UPDATE members SET incident = ? WHERE incident = ?', [correction.incident, correction.other]);
      await tx.run(`INSERT INTO merges (incident, document, event, kind, reason, at) VALUES (?, NULL, NULL, 'merge', ?, ?)`, [
        correction.incident,
        `merged ${correction.other} into ${correction.incident} by hand`,
        at,
      ]);
      touched = [correction.incident, correction.other];
    } else {
      const moved = await tx.run('UPDATE members SET incident = ? WHERE incident = ? AND document = ?', [correction.into, correction.incident, correction.document]);
      await tx.run('UPDATE events SET incident = ? WHERE incident = ? AND document = ?', [correction.into, correction.incident, correction.document]);
      if (moved === 0) {
        throw new StoreError('E_NOT_IN_INCIDENT', `Document ${correction.document} is not in incident ${correction.incident}: see \`sitrep incidents --incident ${correction.incident}\`.`);
      }
      const first = await tx.get('SELECT data FROM events WHERE incident = ? ORDER BY ord LIMIT 1', [correction.into]);
      const event = parse<Event | null>(first?.data, null);
      await upsertIncident(tx, {
        id: correction.into,
        type: event?.type ?? String(incident.type),
        subtype: event?.subtype ?? null,
        location: event?.location ?? null,
        date: event?.date ?? null,
        title: String((await tx.get('SELECT title FROM documents WHERE id = ?', [correction.document]))?.title ?? '') || null,
        state: null,
      });
      for (const id of [correction.incident, correction.into]) {
        await tx.run(`INSERT INTO merges (incident, document, event, kind, reason, at) VALUES (?, ?, NULL, 'split', ?, ?)`, [
          id,
          correction.document,
          `split ${correction.document} out of ${correction.incident} into ${correction.into} by hand`,
          at,
        ]);
      }
      await tx.run('UPDATE incidents SET state = NULL WHERE id = ?', [correction.incident]);
      touched = [correction.incident, correction.into];
    }
    await tx.run('INSERT INTO corrections (data) VALUES (?)', [JSON.stringify({ ...correction, at })]);
    // the moved members' incident seq (a split's new incident exists only since the upsert above)
    await tx.run(`UPDATE members SET inc_seq = (SELECT i.seq FROM incidents i WHERE i.id = members.incident) WHERE incident IN (${placeholders(touched.length)})`, touched);
    await refreshIncidents(tx, touched, summarize);
    await tx.run(`UPDATE meta SET value = value + 1 WHERE key = 'resolve_version'`);
    return touched;
  });
}
