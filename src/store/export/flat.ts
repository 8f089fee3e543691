import type { DocumentRecord, EventRecord, FigureRecord, IncidentRecord } from '../store.js';

/** A record flattened to named cells, for tables and CSV. */
export type FlatRow = Record<string, string | number | null>;

function clip(text: string | null | undefined, n: number): string | null {
  if (!text) return null;
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function dateText(date: { start: string | null; end: string | null } | null | undefined): string | null {
  if (!date) return null;
  if (date.start === date.end) return date.start;
  return `${date.start ?? ''}..${date.end ?? ''}`;
}

/** The columns of each list, in order (the CSV header). */
export const COLUMNS = {
  documents: ['id', 'status', 'publishedAt', 'language', 'events', 'duplicateOf', 'outlet', 'url', 'title'],
  events: ['document', 'id', 'type', 'subtype', 'date', 'country', 'admin1', 'place', 'lat', 'lon', 'incident', 'confidence', 'evidence'],
  figures: ['document', 'id', 'event', 'kind', 'value', 'low', 'high', 'qualifier', 'scope', 'incident', 'reportedAt', 'attribution', 'evidence'],
  incidents: ['id', 'type', 'subtype', 'date', 'country', 'admin1', 'place', 'documents', 'sources', 'killed', 'injured', 'detained', 'title'],
} as const;

/** A document as a table or CSV row (`width` clips the title). */
export function flatDocument(d: DocumentRecord, width = 80): FlatRow {
  return { id: d.id, status: d.status, publishedAt: d.publishedAt, language: d.language, events: d.events, duplicateOf: d.duplicateOf, outlet: d.outlet, url: d.url, title: clip(d.title, width) };
}

/** An event as a row: place, date, incident and its first evidence sentence (clipped to `width`). */
export function flatEvent(e: EventRecord, width = 200): FlatRow {
  return {
    document: e.document,
    id: e.id,
    type: e.type,
    subtype: e.subtype,
    date: dateText(e.date),
    country: e.location?.country ?? null,
    admin1: e.location?.admin1 ?? null,
    place: e.location?.name ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    incident: e.incident,
    confidence: e.confidence,
    evidence: clip(e.evidence[0]?.text, width),
  };
}

/** An attribution chain in words, origin first: `Interior Ministry > Kazakh media`. */
export function chain(sources: { name: string }[]): string | null {
  return sources.length ? sources.map((s) => s.name).join(' > ') : null;
}

/** A figure as a row, its attribution chain in words. */
export function flatFigure(f: FigureRecord, width = 200): FlatRow {
  return {
    document: f.document,
    id: f.id,
    event: f.event,
    kind: f.kind,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    scope: f.scope,
    incident: f.incident,
    reportedAt: f.reportedAt,
    attribution: chain(f.attribution),
    evidence: clip(f.evidence[0]?.text, width),
  };
}

/** An incident as a row: best killed, injured and detained, counts of documents and sources. */
export function flatIncident(i: IncidentRecord, width = 80): FlatRow {
  return {
    id: i.id,
    type: i.type,
    subtype: i.subtype,
    date: dateText(i.date),
    country: i.location?.country ?? null,
    admin1: i.location?.admin1 ?? null,
    place: i.location?.name ?? null,
    documents: i.documents.length,
    sources: i.sources,
    killed: i.figures.killed?.best ?? null,
    injured: i.figures.injured?.best ?? null,
    detained: i.figures.detained?.best ?? null,
    title: clip(i.title, width),
  };
}

/**
 * The `sitrep incidents --format jsonl` line: id, type, subtype, location, date {start, end},
 * documents (ingest ids), sources (the independent ones), figures by kind with their history.
 */
export function incidentLine(i: IncidentRecord): Record<string, unknown> {
  const figures: Record<string, unknown> = {};
  for (const [kind, f] of Object.entries(i.figures)) {
    if (!f) continue;
    figures[kind] = {
      low: f.low,
      best: f.best,
      high: f.high,
      contradiction: f.contradiction,
      sources: f.sources,
      history: f.history.map((h) => ({ value: h.value, reportedAt: h.reportedAt, document: h.document, attribution: h.attribution })),
    };
  }
  return {
    id: i.id,
    type: i.type,
    subtype: i.subtype,
    location: i.location,
    date: { start: i.date?.start ?? null, end: i.date?.end ?? null },
    title: i.title,
    documents: i.documents,
    sources: i.sourceDocuments,
    figures,
  };
}
