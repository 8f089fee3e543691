import type { DateValue, Event, Result } from '../model/index.js';
import { DuplicateIndex } from '../resolve/duplicates.js';
import { IncidentClusterer, type Assignment, type Constraints } from '../resolve/incidents.js';
import { observationsOf, type Observation } from '../resolve/observation.js';
import type { MatchConfig, MatchReason } from '../resolve/score.js';
import type { FigureSummarizer, IncidentSummary, Resolution, ResolveInput, ResolveState, ResultExtra, SavedForResolve, Store } from '../store/store.js';
import { featuresOf } from './features.js';
import { summarizeFigures } from './summarize.js';

/** Options of {@link Resolver}. */
export interface ResolverOptions {
  /** Documents resolved per transaction (default 500). */
  batchSize?: number;
  summarize?: FigureSummarizer;
  config?: Partial<MatchConfig>;
}

/** What the resolver keeps of an incident in the store's `state` column. */
type Summary = Omit<IncidentSummary, 'id' | 'state'>;

/**
 * Cross-document resolution over a store: near-duplicates, incident assignment and figure
 * histories, for documents in ingest order. The algorithms (src/resolve) run in memory; this
 * class keeps their state in step with the store so that several processes can share one store:
 *
 * 1. if the store's resolve version is not the one this process last saw, rebuild the state from
 *    the store (signatures, incident members in ingest order, manual corrections as constraints);
 * 2. take the next batch of extracted, unresolved documents (ingest order);
 * 3. for each: near-duplicate lookup by MinHash, then its observations placed by the clusterer;
 * 4. save the batch in one transaction, on condition the version has not moved (else back to 1);
 *    the store recomputes the figure histories of every incident touched.
 */
export class Resolver {
  private version = -1;
  private duplicates = new DuplicateIndex();
  private clusterer = new IncidentClusterer();
  private summaries = new Map<string, Summary>();
  /** Results handed over by the pipeline as it saved them: not read back from the store. */
  private saved = new Map<string, SavedForResolve>();
  private readonly summarize: FigureSummarizer;

  constructor(
    private readonly store: Store,
    private readonly options: ResolverOptions = {},
  ) {
    this.summarize = options.summarize ?? summarizeFigures;
  }

  /**
   * Saves a batch of extraction results and resolves what waits for resolution, this batch
   * included: in the results' transaction when this resolver's state is the store's (one commit,
   * nothing read back: the results are handed over as they are saved), else by {@link run} after
   * it. Resolves to how many documents were resolved.
   */
  async save(items: { documentId: string; result: Result; extra: ResultExtra }[]): Promise<number> {
    for (const { documentId, result, extra } of items) {
      this.saved.set(documentId, { features: extra.features ?? null, events: result.events, figures: result.figures });
    }
    if (this.version < 0) {
      await this.store.saveResults(items);
      return this.run();
    }
    const limit = this.options.batchSize ?? 500;
    let resolved: number | null;
    try {
      resolved = await this.store.saveResults(items, {
        expectedVersion: this.version,
        limit,
        known: this.saved,
        summarize: this.summarize,
        resolve: (docs) => this.resolveBatch(docs),
      });
    } catch (error) {
      // the in-memory state may hold a batch that was not committed: rebuild it next time
      this.version = -1;
      throw error;
    }
    if (resolved === null) this.version = -1;
    else if (resolved > 0) this.version++;
    // fewer than a batch: nothing else was waiting when the transaction ran
    if (resolved !== null && resolved < limit) {
      this.saved.clear();
      return resolved;
    }
    return (resolved ?? 0) + (await this.run());
  }

  /** Resolves every document waiting for it; resolves to how many were resolved by this call. */
  async run(): Promise<number> {
    let resolved = 0;
    for (;;) {
      if ((await this.store.resolveVersion()) !== this.version) this.load(await this.store.resolveState());
      const docs = await this.store.pendingResolution(this.options.batchSize ?? 500, this.saved);
      if (docs.length === 0) {
        // all handed-over documents are resolved now (by this process or another)
        this.saved.clear();
        return resolved;
      }
      let batch: Resolution;
      try {
        batch = this.resolveBatch(docs);
      } catch (error) {
        this.version = -1;
        throw error;
      }
      if (await this.store.saveResolution(batch, { expectedVersion: this.version, summarize: this.summarize })) {
        this.version++;
        resolved += docs.length;
      } else {
        this.version = -1;
      }
    }
  }

  /** Step 1: rebuilds the in-memory state from what the store holds. */
  private load(state: ResolveState): void {
    this.version = state.version;
    this.duplicates = new DuplicateIndex();
    this.clusterer = new IncidentClusterer({ config: this.options.config, constraints: constraintsOf(state) });
    const placed = new Map(state.members.map((m) => [`${m.document}#${m.event ?? ''}`, m.incident]));
    for (const doc of state.documents) {
      const features = featuresOf(doc.features);
      if (features.minhash) this.duplicates.load({ id: doc.document, signature: Uint32Array.from(features.minhash), duplicateOf: doc.duplicateOf });
      const members = [];
      for (const o of features.observations) {
        const incident = placed.get(o.key);
        if (incident) members.push({ ...o, duplicateOf: doc.duplicateOf, incident });
      }
      this.clusterer.restore(members);
    }
    this.summaries = new Map();
    for (const incident of state.incidents) {
      if (incident.state) this.summaries.set(incident.id, incident.state as Summary);
    }
  }

  /** Step 3 for a batch: duplicates and placements, and the summaries of the incidents touched. */
  private resolveBatch(docs: ResolveInput[]): Resolution {
    const batch: Resolution = { documents: [], duplicates: [], assignments: [], incidents: [] };
    const touched = new Set<string>();
    for (const doc of docs) {
      batch.documents.push(doc.id);
      const features = featuresOf(doc.features);
      let duplicateOf: string | null = null;
      if (features.minhash) {
        const signature = Uint32Array.from(features.minhash);
        duplicateOf = this.duplicates.find(signature, doc.id)?.duplicateOf ?? null;
        this.duplicates.load({ id: doc.id, signature, duplicateOf });
      }
      if (duplicateOf) batch.duplicates.push({ document: doc.id, duplicateOf });
      const observations = (doc.features ? features.observations : fallbackObservations(doc)).map((o) => ({ ...o, duplicateOf }));
      const events = new Map(doc.events.map((e) => [e.id, e]));
      for (const a of this.clusterer.assignDocument(observations)) {
        const event = eventOf(a.key);
        batch.assignments.push({ document: doc.id, event, incident: a.incident, reason: describe(a) });
        this.note(a, event === null ? null : (events.get(event) ?? null), doc);
        touched.add(a.incident);
      }
    }
    for (const id of touched) {
      const summary = this.summaries.get(id)!;
      batch.incidents.push({ id, ...summary, state: summary });
    }
    return batch;
  }

  /** Keeps the incident's summary: from its first event; later events widen its dates. */
  private note(a: Assignment, event: Event | null, doc: ResolveInput): void {
    const current = this.summaries.get(a.incident);
    if (!current) {
      this.summaries.set(a.incident, {
        type: event?.type ?? 'OTHER',
        subtype: event?.subtype ?? null,
        location: event?.location ?? null,
        date: event?.date ?? (doc.publishedAt ? { start: doc.publishedAt.slice(0, 10), end: doc.publishedAt.slice(0, 10), precision: 'day' } : null),
        title: doc.title,
      });
      return;
    }
    if (event?.date) current.date = widen(current.date, event.date);
    if (!current.location && event?.location) current.location = event.location;
    if (!current.title && doc.title) current.title = doc.title;
  }
}

/** The event id of an observation key `document#event` (null for a whole document). */
function eventOf(key: string): string | null {
  const event = key.slice(key.lastIndexOf('#') + 1);
  return event === '' ? null : event;
}

/** A date range covering both. */
function widen(a: DateValue | null, b: DateValue): DateValue {
  if (!a) return b;
  const start = [a.start, b.start].filter((d): d is string => d !== null).sort()[0] ?? null;
  const end = [a.end, b.end].filter((d): d is string => d !== null).sort().pop() ?? null;
  return { start, end, precision: start === end && a.precision === 'day' ? 'day' : 'range' };
}

/** Observations from the stored events alone (a document saved without features): no text terms. */
function fallbackObservations(doc: ResolveInput): Observation[] {
  const result = {
    id: doc.id,
    document: { title: doc.title, publishedAt: doc.publishedAt, language: null, outlet: null, url: null, duplicateOf: null },
    events: doc.events,
    figures: doc.figures,
    messages: [],
  };
  return observationsOf(result, doc.title ?? '');
}

/** Manual corrections as clustering constraints: a split-off document never rejoins its old incident. */
function constraintsOf(state: ResolveState): Constraints {
  const cannotLink: [string, string][] = [];
  const membersOf = new Map<string, string[]>();
  for (const m of state.members) {
    const list = membersOf.get(m.incident) ?? [];
    list.push(m.document);
    membersOf.set(m.incident, list);
  }
  for (const c of state.corrections) {
    if (c.kind !== 'split') continue;
    for (const other of membersOf.get(c.incident) ?? []) if (other !== c.document) cannotLink.push([c.document, other]);
  }
  return { cannotLink };
}

/** A merge reason in words: `similar 0.42 to d7#e1 (same-city, 2 days; terms: elm street, doe)`. */
function describe(a: Assignment): string {
  const r: MatchReason | null = a.reason;
  if (!r) return 'new incident';
  const parts = [r.place, r.gapDays === null ? null : `${r.gapDays} days`, r.sharedTerms.length ? `terms: ${r.sharedTerms.join(', ')}` : null].filter(Boolean);
  return `${r.rule} ${r.score.toFixed(2)}${r.matched ? ` to ${r.matched}` : ''}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}
