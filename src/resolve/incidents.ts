import { createHash } from 'node:crypto';
import { dayOf, MemoryIncidentIndex, type IncidentIndex, type Member } from './incident-index.js';
import { CRISIS_FAMILIES, type Observation } from './observation.js';
import { compatibleTypes, FAMILY } from './families.js';
import { DEFAULT_MATCH, scorePair, termVector, type MatchConfig, type MatchReason, type TermVector } from './score.js';

/**
 * Manual decisions that clustering must respect (from `sitrep incidents split|merge`): pairs of
 * documents (or observation keys `document#event`) that must be, or must never be, one incident.
 */
export interface Constraints {
  mustLink?: readonly (readonly [string, string])[];
  cannotLink?: readonly (readonly [string, string])[];
}

/** Where an observation went: its incident, whether that incident is new, and why. */
export interface Assignment {
  key: string;
  incident: string;
  created: boolean;
  /** Null for a new incident. */
  reason: MatchReason | null;
}

/** Options of {@link IncidentClusterer}. */
export interface ClustererOptions {
  index?: IncidentIndex;
  config?: Partial<MatchConfig>;
  constraints?: Constraints;
  /** Makes the id of a new incident from its first observation (default: `inc-` + 12 hex of its key's SHA-1). */
  newId?: (first: Observation) => string;
}

/**
 * Incremental incident clustering: observations arrive one document at a time, in ingest order,
 * and each joins the best-scoring earlier incident or starts a new one. Incidents are never
 * renamed or merged automatically, so an incident's id stays the same whatever arrives later;
 * every join records its reason (rule, score, matched member, shared terms, day gap, place).
 *
 * For each document:
 * 1. the main event (the first observation) is placed: a near-duplicate joins its original's
 *    incident; a must-link joins its partner's; else the best member among the candidates (shared
 *    rare terms within the window, and for crisis events the running crisis incidents of the same
 *    country) by {@link scorePair}, if it reaches the threshold; else a new incident;
 * 2. the document's other events join the main event's incident when compatible (same country,
 *    compatible types), else are placed on their own as in 1.
 * Cannot-link pairs veto any join.
 */
export class IncidentClusterer {
  readonly index: IncidentIndex;
  readonly config: MatchConfig;
  private readonly must = new Map<string, string[]>();
  private readonly cannot = new Map<string, Set<string>>();
  private readonly newId: (first: Observation) => string;
  /** Each document's term vector, computed once (see termVector). */
  private readonly vectors = new Map<string, TermVector>();
  /** Each document's heaviest terms (candidate look-up keys), from its vector, computed once. */
  private readonly queries = new Map<string, string[]>();

  constructor(options: ClustererOptions = {}) {
    this.index = options.index ?? new MemoryIncidentIndex();
    this.config = { ...DEFAULT_MATCH, ...options.config };
    this.newId = options.newId ?? ((o) => `inc-${createHash('sha1').update(o.key).digest('hex').slice(0, 12)}`);
    for (const [a, b] of options.constraints?.mustLink ?? []) {
      pushTo(this.must, a, b);
      pushTo(this.must, b, a);
    }
    for (const [a, b] of options.constraints?.cannotLink ?? []) {
      addTo(this.cannot, a, b);
      addTo(this.cannot, b, a);
    }
  }

  /** Places the observations of one document (main event first) and adds them to the index. */
  assignDocument(observations: readonly Observation[]): Assignment[] {
    const out: Assignment[] = [];
    const [main, ...rest] = observations;
    if (!main) return out;
    // the document's term vector is fixed on arrival, whichever way it is placed (see restore)
    this.vectorOf(main);
    const first = this.place(main);
    out.push(first);
    for (const o of rest) {
      const sibling = this.index.ofIncident(first.incident).find((m) => m.key === main.key)!;
      if (!this.vetoed(o, this.index.ofIncident(first.incident)) && sameIncidentAsSibling(o, sibling)) {
        out.push(this.commit(o, first.incident, false, { ...emptyReason('same-document'), matched: main.key }));
      } else {
        out.push(this.place(o));
      }
    }
    return out;
  }

  /** Places one observation (see the class comment, step 1). */
  place(o: Observation): Assignment {
    // 1a. a near-duplicate goes where its original went
    if (o.duplicateOf) {
      const original = this.index.ofDocument(o.duplicateOf)[0];
      if (original && !this.vetoed(o, this.index.ofIncident(original.incident))) {
        return this.commit(o, original.incident, false, { ...emptyReason('duplicate'), matched: original.key, score: 1 });
      }
    }
    // 1b. a manual must-link
    for (const partner of [...(this.must.get(o.key) ?? []), ...(this.must.get(o.document) ?? [])]) {
      const m = this.index.ofDocument(partner.split('#')[0]!)[0];
      if (m) return this.commit(o, m.incident, false, { ...emptyReason('must-link'), matched: m.key, score: 1 });
    }
    // 1c. the best candidate
    const best = this.best(o);
    if (best) return this.commit(o, best.incident, false, best.reason);
    return this.commit(o, this.newId(o), true, null);
  }

  /** The best incident for an observation and the reason, or null when none reaches its threshold. */
  best(o: Observation): { incident: string; reason: MatchReason } | null {
    // a restated crisis toll names its incident more surely than shared words do
    const restated = this.restatement(o);
    if (restated) return restated;
    const c = this.config;
    const ov = this.vectorOf(o);
    const day = dayOf(o);
    let rare = this.queries.get(o.document);
    if (!rare) this.queries.set(o.document, (rare = [...ov.weights].sort((a, b) => b[1] - a[1]).slice(0, c.queryTerms).map(([t]) => t)));
    let best: { incident: string; reason: MatchReason } | null = null;
    const consider = (m: Member, rule: 'similar' | 'crisis', threshold: number): void => {
      const mv = this.vectorOf(m);
      const reason = scorePair(o, ov, m, mv, c, rule === 'crisis');
      if (!reason || reason.score < threshold) return;
      if (best && reason.score <= best.reason.score) return;
      if (this.vetoed(o, this.index.ofIncident(m.incident))) return;
      best = { incident: m.incident, reason };
    };
    for (const m of this.index.byTerms(rare, day, c.window, c.maxPostings)) consider(m, 'similar', c.threshold);
    // a country-wide event, or a local riot or protest (in Almaty during the national unrest)
    if (o.country && (o.crisis || (o.type !== null && LOCAL_CRISIS_FAMILIES.has(FAMILY[o.type])))) {
      for (const m of this.index.crisisIn(o.country, day, c.crisisWindow)) consider(m, 'crisis', c.crisisThreshold);
    }
    return best;
  }

  /**
   * A report that restates a national crisis's toll weeks or months later ("230 people were
   * killed in the January unrest", said in March): an unrest, conflict or measures observation
   * whose count (incident or cumulative scope, at least `restatementMin`) is within
   * `restatementTolerance` of the largest reading of the same kind in a crisis incident of the same
   * country whose latest day is within `restatementWindow`. Large counts that agree this closely
   * name one toll; small ones (1, 2, 3 killed) are shared by too many events to tell. The closest
   * agreement wins, before any text match.
   */
  private restatement(o: Observation): { incident: string; reason: MatchReason } | null {
    const c = this.config;
    if (!o.country || o.type === null || !RESTATING_FAMILIES.has(FAMILY[o.type])) return null;
    const counts = o.figures.filter((f) => f.scope !== 'other' && f.value >= c.restatementMin);
    if (counts.length === 0) return null;
    const largest = new Map<string, Map<string, { value: number; key: string }>>();
    for (const m of this.index.crisisIn(o.country, dayOf(o), c.restatementWindow)) {
      if (!compatibleTypes(o.type, m.type)) continue;
      let kinds = largest.get(m.incident);
      if (!kinds) largest.set(m.incident, (kinds = new Map()));
      for (const f of m.figures) {
        if (f.scope === 'other') continue;
        const current = kinds.get(f.kind);
        if (!current || f.value > current.value) kinds.set(f.kind, { value: f.value, key: m.key });
      }
    }
    let best: { incident: string; reason: MatchReason } | null = null;
    for (const [incident, kinds] of largest) {
      if (this.vetoed(o, this.index.ofIncident(incident))) continue;
      for (const f of counts) {
        const reading = kinds.get(f.kind);
        if (!reading) continue;
        const off = Math.abs(f.value - reading.value) / reading.value;
        if (off > c.restatementTolerance) continue;
        const score = 1 - off;
        if (best && score <= best.reason.score) continue;
        const day = dayOf(o);
        const last = dayOf(this.index.ofIncident(incident).at(-1)!);
        best = { incident, reason: { ...emptyReason('restatement'), matched: reading.key, score, gapDays: day === null || last === null ? null : Math.abs(day - last), sharedTerms: [`${f.kind}:${f.value}~${reading.value}`] } };
      }
    }
    return best;
  }

  /**
   * Puts back one document's observations as placed by an earlier run (a resolver rebuilding its
   * state from the store, documents in ingest order): its term vector is computed first, against
   * the documents before it, as `assignDocument` did on its arrival — so a rebuilt clusterer
   * places later documents exactly as the one that ran on would.
   */
  restore(members: readonly Member[]): void {
    if (members.length === 0) return;
    this.vectorOf(members[0]!);
    for (const m of members) this.index.add(m);
  }

  /** Moves observations to another incident by hand (a split or merge); the caller keeps the decision as a constraint. */
  move(keys: readonly string[], incident: string): void {
    this.index.move(keys, incident);
  }

  private vectorOf(o: Observation): TermVector {
    let v = this.vectors.get(o.document);
    if (!v) this.vectors.set(o.document, (v = termVector(o, this.index, this.config)));
    return v;
  }

  private vetoed(o: Observation, members: readonly Member[]): boolean {
    const against = new Set([...(this.cannot.get(o.key) ?? []), ...(this.cannot.get(o.document) ?? [])]);
    if (against.size === 0) return false;
    return members.some((m) => against.has(m.key) || against.has(m.document));
  }

  private commit(o: Observation, incident: string, created: boolean, reason: MatchReason | null): Assignment {
    this.index.add({ ...o, incident });
    return { key: o.key, incident, created, reason };
  }
}

/** Families of local events that may join a running national crisis (arrests alone are too common). */
const LOCAL_CRISIS_FAMILIES: ReadonlySet<string> = new Set(['unrest', 'conflict']);
/** Families of events whose counts may restate a crisis's toll (a shooting's count is never a national toll). */
const RESTATING_FAMILIES: ReadonlySet<string> = CRISIS_FAMILIES;

/** Another event of the same document stays with the main one unless its country or type family says otherwise. */
function sameIncidentAsSibling(o: Observation, main: Observation): boolean {
  if (o.country && main.country && o.country !== main.country) return false;
  if (!compatibleTypes(o.type, main.type)) return false;
  const a = dayOf(o);
  const b = dayOf(main);
  if (a !== null && b !== null && Math.abs(a - b) > 31 && !(o.crisis && main.crisis)) return false;
  return true;
}

function emptyReason(rule: MatchReason['rule']): MatchReason {
  return { rule, matched: null, score: 0, cosine: 0, gapDays: null, place: 'unknown', sharedTerms: [] };
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
