import type { EventRecord, FigureRecord, Filters, IncidentRecord, IncidentSummary, ListBody, Stats } from '../api.js';
import { get } from '../api.js';
import { clear, h } from '../dom.js';
import { HISTORY_KINDS } from '../families.js';
import { renderHistory } from '../history.js';
import { renderMap, type MapPoint } from '../map.js';
import { renderTimeline } from '../timeline.js';
import { eventTable, failure, figuresByEvent, incidentLine } from './common.js';

const PAGE = 25;
const CASUALTY_KINDS = new Set(['killed', 'injured', 'casualties']);

/** Navigates the overview to other filters (kept in the hash, so the view can be linked). */
export type Navigate = (filters: Filters & { offset?: number }) => void;

/**
 * The overview (`#/`, JSON twins `/api/events`, `/api/places`, `/api/stats`, `/api/incidents`):
 * map, timeline with a brush, the incident with the richest figure histories (among the ten
 * most reported), the
 * incident list and the event list, all under the same filters.
 */
export async function renderHome(view: HTMLElement, filters: Filters & { offset?: number }, navigate: Navigate): Promise<void> {
  const base = { q: filters.q, type: filters.type, country: filters.country };
  const dated = { ...base, since: filters.since, until: filters.until };
  const [stats, mapEvents, figures, incidents, page] = await Promise.all([
    get<{ data: Stats }>('/api/stats', base),
    get<ListBody<EventRecord>>('/api/events', { ...dated, limit: 1000 }),
    get<ListBody<FigureRecord>>('/api/figures', { ...dated, kind: ['killed', 'injured', 'casualties', 'detained'], limit: 1000 }),
    get<ListBody<IncidentSummary>>('/api/incidents', { ...dated, sort: '-documents', limit: 10 }),
    get<ListBody<EventRecord>>('/api/events', { ...dated, limit: PAGE, offset: filters.offset ?? 0 }),
  ]);
  clear(view);
  const byEvent = figuresByEvent(figures.data);

  const mapBox = h('div', { class: 'map-box' });
  const timelineBox = h('div', { class: 'timeline-box' });
  const incidentBox = h('div', { class: 'incident-box' });
  const listBox = h('div', { class: 'list-box' });
  const range = filters.since && filters.until ? `${filters.since} – ${filters.until}` : null;
  view.append(
    h('section', { class: 'overview' }, [
      h('div', { class: 'col' }, [
        h('div', { class: 'panel' }, [h('h2', {}, ['Where']), mapBox]),
        h('div', { class: 'panel' }, [
          h('h2', {}, ['When ', h('span', { class: 'muted' }, ['events per day, drag to select a range'])]),
          timelineBox,
          range ? h('p', { class: 'range' }, [`Showing ${range} `, h('button', { class: 'link', onClick: () => navigate({ ...filters, since: undefined, until: undefined, offset: 0 }) }, ['clear range'])]) : null,
        ]),
      ]),
      h('div', { class: 'col' }, [h('div', { class: 'panel' }, [incidentBox])]),
    ]),
    h('section', { class: 'panel' }, [h('h2', {}, ['Incidents']), incidentList(incidents)]),
    h('section', { class: 'panel', attrs: { id: 'events' } }, [listBox]),
  );

  const points: MapPoint[] = mapEvents.data.map((event) => ({
    event,
    casualties: (byEvent.get(`${event.document}|${event.id}`) ?? []).filter((f) => CASUALTY_KINDS.has(f.kind)).reduce((s, f) => s + f.value, 0),
  }));
  const showList = (events: readonly EventRecord[] | null, label?: string) => {
    clear(listBox);
    if (events) {
      listBox.append(h('h2', {}, [label ?? 'Events', ' ', h('button', { class: 'link', onClick: () => showList(null) }, ['show all'])]), eventTable(events, byEvent));
      listBox.scrollIntoView({ behavior: 'smooth' });
      return;
    }
    const from = page.page.offset;
    listBox.append(
      h('h2', {}, [`Events `, h('span', { class: 'muted' }, [page.page.total ? `${from + 1}–${from + page.data.length} of ${page.page.total}` : 'none'])]),
      eventTable(page.data, byEvent),
      h('div', { class: 'pager' }, [
        from > 0 ? h('button', { onClick: () => navigate({ ...filters, offset: Math.max(0, from - PAGE) }) }, ['← previous']) : null,
        page.page.next !== null ? h('button', { onClick: () => navigate({ ...filters, offset: page.page.next! }) }, ['next →']) : null,
      ]),
    );
  };
  showList(null);
  renderMap(mapBox, points, (events, label) => showList(events, label));
  renderTimeline(timelineBox, stats.data.byDay, filters.since && filters.until ? [filters.since, filters.until] : null, (r) =>
    navigate({ ...filters, since: r?.[0], until: r?.[1], offset: 0 }),
  );

  const featured = richest(incidents.data);
  if (!featured) {
    incidentBox.append(h('h2', {}, ['Figures over time']), h('p', { class: 'muted' }, ['No incident yet: add reports to see how their figures evolve.']));
    return;
  }
  try {
    const full = await get<{ data: IncidentRecord }>(`/api/incidents/${encodeURIComponent(featured.id)}`);
    renderIncidentHistories(incidentBox, full.data, true);
  } catch (error) {
    incidentBox.append(failure(error));
  }
}

/** The figure histories of an incident under its title (on the overview: the main kinds only). */
export function renderIncidentHistories(box: HTMLElement, incident: IncidentRecord, mainOnly: boolean): void {
  box.append(
    h('h2', {}, [h('a', { href: `#/incidents/${encodeURIComponent(incident.id)}` }, [incident.title ?? 'Incident'])]),
    h('p', { class: 'muted' }, [incidentLine(incident)]),
  );
  const kinds = Object.keys(incident.figures).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const shown = mainOnly ? kinds.filter((k) => (HISTORY_KINDS as readonly string[]).includes(k)) : kinds;
  if (shown.length === 0) box.append(h('p', { class: 'muted' }, ['No figures reported for this incident.']));
  for (const kind of shown) {
    const holder = h('div', { class: 'history-holder' });
    box.append(holder);
    renderHistory(holder, kind, incident.figures[kind]!);
  }
}

/** The incident whose killed, injured and detained histories hold the most reports (ties: most documents). */
function richest(incidents: readonly IncidentSummary[]): IncidentSummary | undefined {
  const weight = (i: IncidentSummary) => HISTORY_KINDS.reduce((n, k) => n + (i.figures[k]?.reports ?? 0), 0);
  return [...incidents].sort((a, b) => weight(b) - weight(a) || b.documentCount - a.documentCount)[0];
}

function rank(kind: string): number {
  const i = (HISTORY_KINDS as readonly string[]).indexOf(kind);
  return i === -1 ? 99 : i;
}

function incidentList(incidents: ListBody<IncidentSummary>): HTMLElement {
  if (incidents.data.length === 0) return h('p', { class: 'muted' }, ['No incidents match.']);
  return h(
    'ul',
    { class: 'incidents' },
    incidents.data.map((i) => {
      const killed = i.figures.killed;
      return h('li', {}, [
        h('a', { href: `#/incidents/${encodeURIComponent(i.id)}` }, [i.title ?? i.id]),
        ' ',
        h('span', { class: 'muted' }, [incidentLine(i), killed ? ` · killed: best ${killed.best.toLocaleString('en-US')}` : '']),
      ]);
    }),
  );
}
