import type { Filters } from './api.js';
import { eventPath, get, queryString, type Stats } from './api.js';
import { clear, h } from './dom.js';
import { FAMILIES } from './families.js';
import { failure } from './views/common.js';
import { renderEvent } from './views/event.js';
import { renderHome } from './views/home.js';
import { renderIncident } from './views/incident.js';
import { renderIngest } from './views/ingest.js';

/**
 * The page: a hash router over five views, each with a JSON twin in the API (linked as "JSON" in
 * the header). Workflow of a navigation:
 * 1. parse the hash (`#/path?query`) into a route and filters;
 * 2. mirror the filters into the search form;
 * 3. render the view, which fetches its JSON and builds DOM from text nodes only.
 */
const view = document.getElementById('view')!;
const form = document.getElementById('search') as HTMLFormElement;
const qInput = document.getElementById('q') as HTMLInputElement;
const familySelect = document.getElementById('family') as HTMLSelectElement;
const countrySelect = document.getElementById('country') as HTMLSelectElement;
const twin = document.getElementById('json-twin') as HTMLAnchorElement;

type HomeFilters = Filters & { offset?: number };

function parseHash(): { path: string[]; params: URLSearchParams } {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  return { path: path.split('/').filter(Boolean).map((p) => safeDecode(p)), params: new URLSearchParams(query) };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function filtersOf(params: URLSearchParams): HomeFilters {
  const f: HomeFilters = {};
  const family = FAMILIES.find((x) => x.id === params.get('family'));
  if (family) f.type = [...family.types];
  for (const key of ['q', 'country', 'since', 'until'] as const) {
    const v = params.get(key);
    if (v) f[key] = v;
  }
  const offset = Number(params.get('offset'));
  if (offset > 0) f.offset = offset;
  return f;
}

function navigate(filters: HomeFilters): void {
  const family = FAMILIES.find((x) => filters.type && x.types.length === filters.type.length && x.types.every((t) => filters.type!.includes(t)));
  location.hash = `#/${queryString({ q: filters.q, family: family?.id, country: filters.country, since: filters.since, until: filters.until, offset: filters.offset || undefined })}`;
}

let countriesLoaded = false;
async function fillSelects(params: URLSearchParams): Promise<void> {
  if (familySelect.options.length === 0) {
    familySelect.append(h('option', { attrs: { value: '' } }, ['All types']), ...FAMILIES.map((f) => h('option', { attrs: { value: f.id } }, [f.label])));
  }
  if (!countriesLoaded) {
    countriesLoaded = true;
    const stats = await get<{ data: Stats }>('/api/stats').catch(() => null);
    const codes = Object.keys(stats?.data.byCountry ?? {}).sort();
    countrySelect.append(h('option', { attrs: { value: '' } }, ['All countries']), ...codes.map((c) => h('option', { attrs: { value: c } }, [c])));
  }
  qInput.value = params.get('q') ?? '';
  familySelect.value = params.get('family') ?? '';
  countrySelect.value = params.get('country') ?? '';
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const params = new URLSearchParams();
  if (qInput.value.trim()) params.set('q', qInput.value.trim());
  if (familySelect.value) params.set('family', familySelect.value);
  if (countrySelect.value) params.set('country', countrySelect.value);
  navigate(filtersOf(params));
});

async function route(): Promise<void> {
  const { path, params } = parseHash();
  await fillSelects(params);
  view.setAttribute('aria-busy', 'true');
  try {
    if (path[0] === 'incidents' && path[1]) {
      twin.href = `/api/incidents/${encodeURIComponent(path[1])}`;
      await renderIncident(view, path[1]);
    } else if (path[0] === 'events' && path[1] && path[2]) {
      twin.href = eventPath(path[1], path[2]);
      await renderEvent(view, path[1], path[2], params.get('figure'));
    } else if (path[0] === 'documents' && path[1]) {
      twin.href = `/api/documents/${encodeURIComponent(path[1])}`;
      await renderEvent(view, path[1], null, params.get('figure'));
    } else if (path[0] === 'ingest') {
      twin.href = '/api/openapi.json';
      renderIngest(view);
    } else {
      const filters = filtersOf(params);
      twin.href = `/api/events${queryString({ q: filters.q, type: filters.type, country: filters.country, since: filters.since, until: filters.until })}`;
      await renderHome(view, filters, navigate);
    }
  } catch (error) {
    clear(view);
    view.append(failure(error));
  } finally {
    view.setAttribute('aria-busy', 'false');
    document.body.dataset.ready = 'true';
  }
}

window.addEventListener('hashchange', () => void route());
void route();
