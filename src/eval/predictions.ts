/**
 * Predictions as `sitrep eval` reads them: results of `sitrep extract --format jsonl` and incidents
 * of `sitrep incidents --format jsonl`. Files may come from other versions or other tools, so each
 * line is brought to the contract's shape here (missing lists become empty) and the scorers can
 * trust the types.
 */
import type { Event, Figure, Location, Result, Source } from '../model/index.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function location(v: unknown): Location | null {
  if (!isObj(v)) return null;
  const precision = v.precision === 'city' || v.precision === 'admin1' || v.precision === 'country' ? v.precision : 'country';
  return {
    name: str(v.name) ?? '',
    country: str(v.country),
    admin1: str(v.admin1),
    city: str(v.city),
    lat: num(v.lat),
    lon: num(v.lon),
    geonameId: num(v.geonameId),
    precision,
  };
}

function source(v: unknown): Source {
  if (isObj(v)) return { name: str(v.name) ?? '', kind: (str(v.kind) ?? 'other') as Source['kind'] };
  return { name: str(v) ?? '', kind: 'other' };
}

function evidence(v: unknown): Figure['evidence'] {
  return list(v)
    .filter(isObj)
    .map((e) => ({ start: num(e.start) ?? 0, end: num(e.end) ?? 0, text: str(e.text) ?? '' }));
}

function figure(v: Obj, i: number): Figure {
  const value = num(v.value) ?? 0;
  return {
    id: str(v.id) ?? `f${i + 1}`,
    event: str(v.event),
    kind: (str(v.kind) ?? 'other') as Figure['kind'],
    value,
    low: num(v.low) ?? value,
    high: v.high === null ? null : (num(v.high) ?? value),
    qualifier: (str(v.qualifier) ?? 'exact') as Figure['qualifier'],
    scope: (str(v.scope) ?? 'incident') as Figure['scope'],
    subject: str(v.subject),
    location: location(v.location),
    attribution: list(v.attribution).map(source),
    evidence: evidence(v.evidence),
  };
}

function event(v: Obj, i: number): Event {
  const date = isObj(v.date)
    ? { start: str(v.date.start), end: str(v.date.end), precision: (str(v.date.precision) ?? 'day') as 'day' }
    : null;
  return {
    id: str(v.id) ?? `e${i + 1}`,
    type: (str(v.type) ?? 'OTHER') as Event['type'],
    subtype: str(v.subtype),
    date,
    location: location(v.location),
    actors: [],
    figures: list(v.figures).map(str).filter((x): x is string => x !== null),
    evidence: evidence(v.evidence),
    confidence: num(v.confidence) ?? 0,
  };
}

/** Brings one parsed result line to the contract's shape; null when it has no `id` to join on. */
export function toResult(v: unknown): Result | null {
  if (!isObj(v)) return null;
  const id = str(v.id);
  if (id === null) return null;
  const doc = isObj(v.document) ? v.document : {};
  return {
    id,
    document: {
      title: str(doc.title),
      publishedAt: str(doc.publishedAt),
      language: str(doc.language),
      outlet: str(doc.outlet),
      url: str(doc.url),
      duplicateOf: str(doc.duplicateOf),
    },
    events: list(v.events).filter(isObj).map(event),
    figures: list(v.figures).filter(isObj).map(figure),
    messages: [],
  };
}

/** One incident of `sitrep incidents --format jsonl`, as the clustering evaluation needs it. */
export interface PredictedIncident {
  id: string;
  documents: string[];
  /** Reconciled best value per figure kind (absent kinds are missing). */
  best: Partial<Record<string, number>>;
}

/** Brings one parsed incident line to the shape the clustering scorer reads; null without `documents`. */
export function toIncident(v: unknown, index: number): PredictedIncident | null {
  if (!isObj(v) || !Array.isArray(v.documents)) return null;
  const best: Partial<Record<string, number>> = {};
  if (isObj(v.figures)) {
    for (const [kind, f] of Object.entries(v.figures)) {
      const b = isObj(f) ? num(f.best) : num(f);
      if (b !== null) best[kind] = b;
    }
  }
  return {
    id: str(v.id) ?? `incident-${index + 1}`,
    documents: v.documents.map(str).filter((x): x is string => x !== null),
    best,
  };
}
