/** Builders of small hand-made results for the scorer tests. */
import type { Event, Figure, Location, Result } from '../../src/model/index.js';

export function place(country: string | null, admin1: string | null = null, city: string | null = null): Location {
  return {
    name: city ?? admin1 ?? country ?? '',
    country,
    admin1,
    city,
    lat: null,
    lon: null,
    geonameId: null,
    precision: city ? 'city' : admin1 ? 'admin1' : 'country',
  };
}

export function figure(kind: Figure['kind'], value: number, extra: Partial<Figure> = {}): Figure {
  return {
    id: extra.id ?? `f-${kind}-${value}`,
    event: null,
    kind,
    value,
    low: value,
    high: value,
    qualifier: 'exact',
    scope: 'incident',
    subject: null,
    location: null,
    attribution: [],
    evidence: [],
    ...extra,
  };
}

/** Attribution chain from names, origin first. */
export function chain(...names: string[]): Figure['attribution'] {
  return names.map((name) => ({ name, kind: 'other' as const }));
}

export function event(type: Event['type'], extra: Partial<Event> = {}): Event {
  return {
    id: extra.id ?? `e-${type}`,
    type,
    subtype: null,
    date: null,
    location: null,
    actors: [],
    figures: [],
    evidence: [],
    confidence: 1,
    ...extra,
  };
}

export function day(start: string | null, end: string | null = start): Event['date'] {
  return { start, end, precision: 'day' };
}

export function result(id: string, parts: Partial<Result> = {}): Result {
  return {
    id,
    document: { title: null, publishedAt: null, language: 'en', outlet: null, url: null, duplicateOf: null },
    events: [],
    figures: [],
    messages: [],
    ...parts,
  };
}

export function byId(...results: Result[]): Map<string, Result> {
  return new Map(results.map((r) => [r.id, r]));
}
