import type { Event, Figure, Message, Result } from '../model/index.js';
import type { Db } from './db.js';
import { placeholders } from './db.js';
import { CountChanges } from './counts.js';
import type { Migration } from './migrations/index.js';
import { listPlaces, placeKey } from './places.js';
import * as read from './queries.js';
import * as resolution from './resolution.js';
import { parse } from './rows.js';
import type {
  Correction,
  DocumentRecord,
  DocumentStatus,
  EventRecord,
  FigureRecord,
  FigureSummarizer,
  HistoryEntry,
  IncidentRecord,
  NewDocument,
  Page,
  PendingDocument,
  PlaceSummary,
  Progress,
  Query,
  Resolution,
  ResolutionOptions,
  ResolveInput,
  ResolveState,
  ResolveStep,
  ResultExtra,
  SavedForResolve,
  Stats,
  Store,
} from './store.js';

/** The day (`YYYY-MM-DD`) of an ISO date-time, or null. */
function dayOf(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** Where and when an event is filed: its own date, else the report's day. */
function eventDays(event: Event, published: string | null): { day: string | null; end: string | null } {
  const day = dayOf(event.date?.start) ?? published ?? dayOf(event.date?.end);
  const end = dayOf(event.date?.end) ?? day;
  return { day, end: end && day && end < day ? day : end };
}

/**
 * The store written once over a `Db` runner; `sqlite/` and `postgres/` give it their runner and
 * the few statements that differ (full-text rows, row locks).
 */
export class SqlStore implements Store {
  constructor(
    protected readonly db: Db,
    private readonly migrations: Migration[],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.db.dialect;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  async migrate(): Promise<void> {
    await this.db.transaction(async (tx) => {
      // several processes may open a fresh database at once (`sitrep worker` ×3): one migrates, the
      // others wait; PostgreSQL's CREATE … IF NOT EXISTS is not safe against a concurrent twin
      if (tx.dialect === 'postgres') await tx.exec("SELECT pg_advisory_xact_lock(hashtext('sitrep.migrations'))");
      await tx.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const applied = new Set((await tx.all('SELECT version FROM migrations')).map((r) => Number(r.version)));
      for (const migration of this.migrations) {
        if (applied.has(migration.version)) continue;
        await tx.exec(migration.sql);
        await migration.backfill?.(tx);
        await tx.run('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, this.now()]);
      }
    });
    // statistics for the query planner: tables never analysed, or grown a lot since (cheap: sampled)
    if (this.db.dialect === 'sqlite') await this.db.exec('PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;');
  }

  close(): Promise<void> {
    return this.db.close();
  }

  addDocument(doc: NewDocument): Promise<{ id: string; inserted: boolean }> {
    return this.db.transaction((tx) => this.insertDocument(tx, doc));
  }

  addDocuments(docs: NewDocument[]): Promise<{ id: string; inserted: boolean }[]> {
    return this.db.transaction(async (tx) => {
      const out: { id: string; inserted: boolean }[] = [];
      for (const doc of docs) out.push(await this.insertDocument(tx, doc));
      return out;
    });
  }

  private async insertDocument(tx: Db, doc: NewDocument): Promise<{ id: string; inserted: boolean }> {
    const existing = await tx.get('SELECT id FROM documents WHERE content_hash = ?', [doc.contentHash]);
    if (existing) {
      if (doc.sourceId !== existing.id && !(await tx.get('SELECT 1 AS x FROM documents WHERE id = ?', [doc.sourceId]))) {
        await tx.run('INSERT INTO aliases (id, document) VALUES (?, ?) ON CONFLICT DO NOTHING', [doc.sourceId, existing.id as string]);
      }
      return { id: String(existing.id), inserted: false };
    }
    let id = doc.sourceId;
    if (await tx.get('SELECT 1 AS x FROM documents WHERE id = ?', [id])) id = `${doc.sourceId}#${doc.contentHash.slice(0, 12)}`;
    const seq = await tx.insert(
      `INSERT INTO documents (id, content_hash, title, url, outlet, published_at, language, text, status, messages, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [id, doc.contentHash, doc.title, doc.url, doc.outlet, doc.publishedAt, doc.language, doc.text, doc.status ?? 'pending', JSON.stringify(doc.messages ?? []), this.now()],
    );
    if (seq === null) {
      const again = await tx.get('SELECT id FROM documents WHERE content_hash = ?', [doc.contentHash]);
      if (again) return { id: String(again.id), inserted: false };
      throw new Error(`document id ${id} was taken concurrently`);
    }
    if (tx.dialect === 'sqlite') {
      await tx.run('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)', [seq, doc.title ?? '', doc.text]);
    }
    return { id, inserted: true };
  }

  async saveResult(documentId: string, result: Result, extra: ResultExtra = {}): Promise<void> {
    await this.saveResults([{ documentId, result, extra }]);
  }

  saveResults(items: { documentId: string; result: Result; extra?: ResultExtra }[], resolve?: ResolveStep): Promise<number | null> {
    return this.db.transaction(async (tx) => {
      // the resolve version first (locked on PostgreSQL until commit): nothing resolved is in doubt
      if (resolve && (await resolution.lockedVersion(tx)) !== resolve.expectedVersion) resolve = undefined;
      const counts = new CountChanges();
      for (const item of items) await this.writeResult(tx, item.documentId, item.result, item.extra ?? {}, counts);
      await counts.apply(tx);
      if (!resolve) return null;
      const docs = await pendingResolution(tx, resolve.limit, resolve.known);
      if (docs.length === 0) return 0;
      await resolution.saveResolution(tx, this.now(), resolve.resolve(docs), resolve);
      return docs.length;
    });
  }

  /** Writes one result; the per-day event counts it changes are gathered in `counts` (applied by the caller, once per transaction). */
  private async writeResult(tx: Db, documentId: string, result: Result, extra: ResultExtra, counts: CountChanges): Promise<void> {
    {
      const doc = await tx.get('SELECT seq, published_at FROM documents WHERE id = ?', [documentId]);
      if (!doc) throw new Error(`saveResult: no document ${documentId}`);
      await this.deleteResult(tx, documentId, counts);
      const published = dayOf((doc.published_at as string | null) ?? result.document.publishedAt);
      const days = new Map<string, { day: string | null; country: string | null }>();
      for (const [ord, event] of result.events.entries()) {
        const { day, end } = eventDays(event, published);
        const country = event.location?.country ?? null;
        days.set(event.id, { day, country });
        counts.add(event.type, country, day, end);
        await tx.run(
          'INSERT INTO events (document, doc_seq, id, ord, type, subtype, day, day_end, country, admin1, confidence, place, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [documentId, Number(doc.seq), event.id, ord, event.type, event.subtype, day, end, country, event.location?.admin1 ?? null, event.confidence, placeKey(event.location), JSON.stringify(event)],
        );
      }
      for (const figure of result.figures) {
        const of = figure.event ? days.get(figure.event) : undefined;
        await tx.run('INSERT INTO figures (document, doc_seq, id, event, kind, value, day, country, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          documentId,
          Number(doc.seq),
          figure.id,
          figure.event,
          figure.kind,
          figure.value,
          of?.day ?? published,
          figure.location?.country ?? of?.country ?? null,
          JSON.stringify(figure),
        ]);
      }
      const info = result.document;
      await tx.run(
        `UPDATE documents SET status = 'done', resolved = 0, duplicate_of = NULL, messages = ?, event_count = ?, signature = ?,
           title = coalesce(title, ?), published_at = coalesce(published_at, ?), language = coalesce(language, ?),
           outlet = coalesce(outlet, ?), url = coalesce(url, ?), claimed_by = NULL, claimed_at = NULL
         WHERE id = ?`,
        [
          JSON.stringify(result.messages),
          result.events.length,
          extra.features === undefined ? null : JSON.stringify(extra.features),
          info.title,
          info.publishedAt,
          info.language,
          info.outlet,
          info.url,
          documentId,
        ],
      );
    }
  }

  /** Removes an earlier result of the document (nothing to do, and nothing done, the first time); its events leave `counts`. */
  private async deleteResult(tx: Db, documentId: string, counts: CountChanges): Promise<void> {
    const earlier = await tx.get(
      'SELECT EXISTS (SELECT 1 FROM events WHERE document = ?) AS e, EXISTS (SELECT 1 FROM figures WHERE document = ?) AS f, EXISTS (SELECT 1 FROM members WHERE document = ?) AS m',
      [documentId, documentId, documentId],
    );
    if (!earlier || (!Number(earlier.e) && !Number(earlier.f) && !Number(earlier.m))) return;
    const removed = await tx.all('SELECT type, country, day, day_end, count(*) AS n FROM events WHERE document = ? GROUP BY type, country, day, day_end', [documentId]);
    for (const r of removed) counts.add(String(r.type), r.country as string | null, r.day as string | null, r.day_end as string | null, -Number(r.n));
    await tx.run('DELETE FROM events WHERE document = ?', [documentId]);
    await tx.run('DELETE FROM figures WHERE document = ?', [documentId]);
    await tx.run('UPDATE incidents SET stale = 1 WHERE id IN (SELECT incident FROM members WHERE document = ?)', [documentId]);
    await tx.run('DELETE FROM members WHERE document = ?', [documentId]);
  }

  async setStatus(documentId: string, status: DocumentStatus, message?: Message): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await tx.get('SELECT messages FROM documents WHERE id = ?', [documentId]);
      if (!row) throw new Error(`setStatus: no document ${documentId}`);
      const messages = parse<Message[]>(row.messages, []);
      if (message && !messages.some((m) => m.code === message.code && m.message === message.message)) messages.push(message);
      await tx.run('UPDATE documents SET status = ?, messages = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ?', [
        status,
        JSON.stringify(messages),
        documentId,
      ]);
    });
  }

  async claimPending(limit: number, worker: string, leaseSeconds = 300): Promise<PendingDocument[]> {
    const now = this.clock().getTime();
    const lock = this.db.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
    const rows = await this.db.transaction((tx) =>
      tx.all(
        `UPDATE documents SET status = 'processing', claimed_by = ?, claimed_at = ?
         WHERE seq IN (SELECT seq FROM documents WHERE status = 'pending' OR (status = 'processing' AND claimed_at < ?)
                       ORDER BY seq LIMIT ? ${lock})
         RETURNING seq, id, title, url, outlet, published_at, language, text`,
        [worker, now, now - leaseSeconds * 1000, limit],
      ),
    );
    return rows
      .map((r) => ({
        seq: Number(r.seq),
        id: String(r.id),
        title: r.title as string | null,
        url: r.url as string | null,
        outlet: r.outlet as string | null,
        publishedAt: r.published_at as string | null,
        language: r.language as string | null,
        text: String(r.text),
      }))
      .sort((a, b) => a.seq - b.seq);
  }

  releaseClaims(): Promise<number> {
    return this.db.run(`UPDATE documents SET status = 'pending', claimed_by = NULL, claimed_at = NULL WHERE status = 'processing'`);
  }

  async progress(): Promise<Progress> {
    const out: Progress = { pending: 0, processing: 0, done: 0, failed: 0, skipped: 0, unresolved: 0 };
    for (const row of await this.db.all('SELECT status, count(*) AS n FROM documents GROUP BY status')) {
      const status = String(row.status) as DocumentStatus;
      if (status in out) out[status] = Number(row.n);
    }
    const unresolved = await this.db.get(`SELECT count(*) AS n FROM documents WHERE resolved = 0 AND status = 'done'`);
    out.unresolved = Number(unresolved?.n ?? 0);
    return out;
  }

  pendingResolution(limit: number, known?: ReadonlyMap<string, SavedForResolve>): Promise<ResolveInput[]> {
    return pendingResolution(this.db, limit, known);
  }

  async resolveVersion(): Promise<number> {
    const row = await this.db.get(`SELECT value FROM meta WHERE key = 'resolve_version'`);
    return Number(row?.value ?? 0);
  }

  resolveState(): Promise<ResolveState> {
    return resolution.resolveState(this.db);
  }

  saveResolution(batch: Resolution, options: ResolutionOptions): Promise<boolean> {
    return resolution.saveResolution(this.db, this.now(), batch, options);
  }

  incidentFigures(incidentId: string): Promise<HistoryEntry[]> {
    return resolution.historyOf(this.db, incidentId);
  }

  applyCorrection(correction: Correction, summarize: FigureSummarizer): Promise<string[]> {
    return resolution.applyCorrection(this.db, this.now(), correction, summarize);
  }

  listDocuments(query: Query): Promise<Page<DocumentRecord>> {
    return read.listDocuments(this.db, query);
  }
  getDocument(id: string): Promise<DocumentRecord | null> {
    return read.getDocument(this.db, id);
  }
  listEvents(query: Query): Promise<Page<EventRecord>> {
    return read.listEvents(this.db, query);
  }
  getEvent(documentId: string, eventId: string): Promise<EventRecord | null> {
    return read.getEvent(this.db, documentId, eventId);
  }
  listFigures(query: Query): Promise<Page<FigureRecord>> {
    return read.listFigures(this.db, query);
  }
  listIncidents(query: Query): Promise<Page<IncidentRecord>> {
    return read.listIncidents(this.db, query);
  }
  getIncident(id: string): Promise<IncidentRecord | null> {
    return read.getIncident(this.db, id);
  }
  stats(query: Query): Promise<Stats> {
    return read.stats(this.db, query);
  }
  places(query: Query): Promise<PlaceSummary[]> {
    return listPlaces(this.db, query);
  }
}

/** See `Store.pendingResolution`. */
async function pendingResolution(db: Db, limit: number, known: ReadonlyMap<string, SavedForResolve> = new Map()): Promise<ResolveInput[]> {
  const docs = await db.all(
    `SELECT seq, id, title, published_at, status FROM documents WHERE resolved = 0 AND status = 'done' ORDER BY seq LIMIT ?`,
    [limit],
  );
  if (docs.length === 0) return [];
  // what the caller does not hold is read back: features, events, figures
  const ids = docs.map((d) => String(d.id)).filter((id) => !known.has(id));
  const features = new Map<string, unknown>();
  const events = new Map<string, Event[]>();
  const figures = new Map<string, Figure[]>();
  if (ids.length > 0) {
    for (const row of await db.all(`SELECT id, signature FROM documents WHERE id IN (${placeholders(ids.length)})`, ids)) {
      features.set(String(row.id), parse<unknown>(row.signature, null));
    }
    for (const row of await db.all(`SELECT document, data FROM events WHERE document IN (${placeholders(ids.length)}) ORDER BY document, ord`, ids)) {
      const list = events.get(String(row.document)) ?? [];
      list.push(parse<Event>(row.data, {} as Event));
      events.set(String(row.document), list);
    }
    for (const row of await db.all(`SELECT document, data FROM figures WHERE document IN (${placeholders(ids.length)}) ORDER BY seq`, ids)) {
      const list = figures.get(String(row.document)) ?? [];
      list.push(parse<Figure>(row.data, {} as Figure));
      figures.set(String(row.document), list);
    }
  }
  return docs.map((d) => {
    const id = String(d.id);
    const saved = known.get(id);
    return {
      id,
      seq: Number(d.seq),
      title: d.title as string | null,
      publishedAt: d.published_at as string | null,
      status: String(d.status) as DocumentStatus,
      features: saved ? saved.features : (features.get(id) ?? null),
      events: saved ? saved.events : (events.get(id) ?? []),
      figures: saved ? saved.figures : (figures.get(id) ?? []),
    };
  });
}
