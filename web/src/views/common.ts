import type { EventRecord, FigureRecord, IncidentRecord, IncidentSummary } from '../api.js';
import { eventRoute } from '../api.js';
import { h, num } from '../dom.js';
import { familyOf, typeLabel } from '../families.js';
import { chain } from '../attribution.js';

/** "Almaty, KZ" from a location. */
export function placeName(location: EventRecord['location']): string {
  if (!location) return 'place unknown';
  const parts = [location.name];
  if (location.admin1 && location.admin1 !== location.name) parts.push(location.admin1);
  if (location.country && location.country !== location.name) parts.push(location.country);
  return parts.join(', ');
}

/** "2022-01-05" or "2022-01-02 – 2022-01-08" from a date value. */
export function dateText(date: EventRecord['date']): string {
  if (!date) return 'date unknown';
  if (date.start && date.end && date.start !== date.end) return `${date.start} – ${date.end}`;
  return date.start ?? (date.end ? `until ${date.end}` : 'date unknown');
}

/** A coloured type badge. */
export function typeBadge(type: string): HTMLElement {
  const badge = h('span', { class: `badge family-${familyOf(type).id}`, title: type }, [typeLabel(type)]);
  return badge;
}

/** "26 killed (at least) — Interior Ministry → Kazakh media". */
export function figureLine(figure: FigureRecord): string {
  const qualifier = figure.qualifier === 'exact' ? '' : ` (${figure.qualifier.replace('_', ' ')})`;
  const source = chain(figure.attribution);
  return `${num(figure.value)} ${figure.kind}${qualifier}${figure.subject ? ` ${figure.subject}` : ''}${source ? ` — ${source}` : ''}`;
}

/** A table of events, each row opening its evidence view. */
export function eventTable(events: readonly EventRecord[], figuresByEvent: Map<string, FigureRecord[]>): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, ['No events match.']);
  const rows = events.map((e) => {
    const figures = figuresByEvent.get(`${e.document}|${e.id}`) ?? [];
    const evidence = e.evidence[0]?.text ?? '';
    return h('tr', { class: 'event-row' }, [
      h('td', { class: 'nowrap' }, [dateText(e.date)]),
      h('td', {}, [typeBadge(e.type)]),
      h('td', {}, [placeName(e.location)]),
      h('td', {}, [figures.map((f) => `${num(f.value)} ${f.kind}`).join(', ')]),
      h('td', { class: 'evidence-cell' }, [h('a', { href: eventRoute(e.document, e.id) }, [evidence.length > 160 ? `${evidence.slice(0, 160)}…` : evidence || 'open'])]),
    ]);
  });
  return h('table', { class: 'events' }, [
    h('thead', {}, [h('tr', {}, [h('th', {}, ['Date']), h('th', {}, ['Type']), h('th', {}, ['Place']), h('th', {}, ['Figures']), h('th', {}, ['Evidence'])])]),
    h('tbody', {}, rows),
  ]);
}

/** Groups figures by `document|event`. */
export function figuresByEvent(figures: readonly FigureRecord[]): Map<string, FigureRecord[]> {
  const map = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    if (!f.event) continue;
    const key = `${f.document}|${f.event}`;
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
}

/** One line about an incident (full or as listed): type, place, dates, reports. */
export function incidentLine(incident: IncidentRecord | IncidentSummary): string {
  const count = 'documentCount' in incident ? incident.documentCount : incident.documents.length;
  return `${typeLabel(incident.type)} · ${placeName(incident.location)} · ${dateText(incident.date)} · ${count} reports, ${incident.sources} independent`;
}

/** A failure box in the error shape's words. */
export function failure(error: unknown): HTMLElement {
  const e = error as { code?: string; message?: string; hint?: string };
  return h('div', { class: 'failure', attrs: { role: 'alert' } }, [h('strong', {}, [e.code ?? 'Error']), ' ', e.message ?? String(error), e.hint ? h('p', {}, [e.hint]) : null]);
}
