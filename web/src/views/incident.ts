import type { EventRecord, HistoryEntry, IncidentRecord, ListBody } from '../api.js';
import { eventRoute, get } from '../api.js';
import { chain } from '../attribution.js';
import { clear, h, num } from '../dom.js';
import { eventTable } from './common.js';
import { renderIncidentHistories } from './home.js';

/**
 * One incident (`#/incidents/{id}`, JSON twin `/api/incidents/{id}`): every figure kind's history
 * chart, then each report as a row with its source chain and evidence, the events, and why the
 * reports were merged.
 */
export async function renderIncident(view: HTMLElement, id: string): Promise<void> {
  const [incident, events] = await Promise.all([
    get<{ data: IncidentRecord }>(`/api/incidents/${encodeURIComponent(id)}`),
    get<ListBody<EventRecord>>('/api/events', { incident: id, limit: 500, sort: 'date' }),
  ]);
  clear(view);
  const top = h('section', { class: 'panel incident-view' });
  view.append(top);
  renderIncidentHistories(top, incident.data, false);

  const reports = h('section', { class: 'panel' }, [h('h2', {}, ['Every report'])]);
  for (const [kind, history] of Object.entries(incident.data.figures)) {
    if (!history) continue;
    reports.append(h('h3', {}, [kind]), reportTable(history.history));
  }
  view.append(reports, h('section', { class: 'panel' }, [h('h2', {}, ['Events']), eventTable(events.data, new Map())]));
  const merges = incident.data.merges ?? [];
  if (merges.length > 0) {
    view.append(
      h('section', { class: 'panel' }, [
        h('h2', {}, ['Why these reports were merged']),
        h('ul', { class: 'merges' }, merges.map((m) => h('li', {}, [`${m.kind}: `, m.document ?? '', m.event ? ` ${m.event}` : '', ' — ', m.reason]))),
      ]),
    );
  }
}

function reportTable(entries: readonly HistoryEntry[]): HTMLElement {
  const sorted = [...entries].sort((a, b) => (a.reportedAt ?? '').localeCompare(b.reportedAt ?? ''));
  return h('table', { class: 'reports' }, [
    h('thead', {}, [h('tr', {}, [h('th', {}, ['Reported']), h('th', {}, ['Value']), h('th', {}, ['Source chain']), h('th', {}, ['Evidence'])])]),
    h(
      'tbody',
      {},
      sorted.map((e) =>
        h('tr', { class: e.duplicateOf ? 'duplicate' : '' }, [
          h('td', { class: 'nowrap' }, [e.reportedAt?.slice(0, 10) ?? '–']),
          h('td', { class: 'num' }, [num(e.value), e.qualifier === 'exact' ? '' : ` (${e.qualifier.replace('_', ' ')})`]),
          h('td', {}, [chain(e.attribution) || 'not named', e.duplicateOf ? ' (near-duplicate)' : '']),
          h('td', {}, [
            h('a', { href: e.event ? `${eventRoute(e.document, e.event)}?figure=${encodeURIComponent(e.figure)}` : `#/documents/${encodeURIComponent(e.document)}` }, [
              e.evidence[0]?.text ?? 'open the document',
            ]),
          ]),
        ]),
      ),
    ),
  ]);
}
