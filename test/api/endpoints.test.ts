import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES } from '../../src/api/routes.js';
import { getJson, sampleFixture, type Fixture } from './fixture.js';

// Every endpoint, whole stack (app → store → SQLite) without a socket, on the bundled sample.
let fx: Fixture;
before(async () => {
  fx = await sampleFixture();
});
after(async () => {
  await fx.close();
});

/** The success shape: `data`, plus `page` for lists, nothing else. */
function assertSuccess(body: Record<string, unknown>, list: boolean): void {
  assert.deepEqual(Object.keys(body).sort(), list ? ['data', 'page'] : ['data']);
  if (list) {
    const page = body.page as Record<string, unknown>;
    assert.deepEqual(Object.keys(page).sort(), ['limit', 'next', 'offset', 'total', 'totalExact']);
    assert.equal(typeof page.totalExact, 'boolean');
    assert.ok(Array.isArray(body.data));
  }
}

test('GET /api lists every route', async () => {
  const { status, body } = await getJson(fx.app, '/api');
  assert.equal(status, 200);
  assertSuccess(body, false);
  assert.equal(body.data.endpoints.length, ROUTES.length);
});

test('GET /api/documents: pagination walks every document once', async () => {
  const first = await getJson(fx.app, '/api/documents?limit=10');
  assert.equal(first.status, 200);
  assertSuccess(first.body, true);
  const total = first.body.page.total;
  assert.equal(total, 29, 'the seed and 28 restatements');
  const seen = new Set<string>();
  for (let offset: number | null = 0; offset !== null; ) {
    const { body } = await getJson(fx.app, `/api/documents?limit=10&offset=${offset}&sort=seq`);
    assert.equal(body.page.offset, offset);
    assert.ok(body.data.length <= 10);
    for (const d of body.data) {
      assert.ok(!seen.has(d.id), `${d.id} seen once`);
      assert.equal(d.text, undefined, 'lists leave the text out');
      seen.add(d.id);
    }
    offset = body.page.next;
  }
  assert.equal(seen.size, total);
  const past = await getJson(fx.app, '/api/documents?offset=1000');
  assert.deepEqual(past.body.data, []);
  assert.equal(past.body.page.next, null);
});

test('GET /api/documents sorts by publication date', async () => {
  const { body } = await getJson(fx.app, '/api/documents?sort=publishedAt&limit=100');
  const dates = body.data.map((d: { publishedAt: string | null }) => d.publishedAt ?? '').filter(Boolean);
  assert.deepEqual(dates, [...dates].sort());
  const desc = await getJson(fx.app, '/api/documents?sort=-publishedAt&limit=100');
  const back = desc.body.data.map((d: { publishedAt: string | null }) => d.publishedAt ?? '').filter(Boolean);
  assert.deepEqual(back, [...back].sort().reverse());
});

test('GET /api/documents/:id has the text, events and figures', async () => {
  const { status, body } = await getJson(fx.app, '/api/documents/kz2022-r20');
  assert.equal(status, 200);
  assertSuccess(body, false);
  assert.match(body.data.document.text, /^Restatement of a report by AP/);
  assert.ok(Array.isArray(body.data.events));
  for (const f of body.data.figures) {
    for (const e of f.evidence) assert.equal(body.data.document.text.slice(e.start, e.end), e.text);
  }
});

test('GET /api/events: list, filters and the event view', async () => {
  const all = await getJson(fx.app, '/api/events?limit=1000');
  assert.equal(all.status, 200);
  assertSuccess(all.body, true);
  assert.ok(all.body.page.total > 0, 'the sample has events');
  const kz = await getJson(fx.app, '/api/events?country=KZ&limit=1000');
  assert.ok(kz.body.data.every((e: { location: { country: string } | null }) => e.location?.country === 'KZ'));
  const range = await getJson(fx.app, '/api/events?since=2022-01-06&until=2022-01-09&limit=1000');
  for (const e of range.body.data) {
    const start = e.date?.start ?? e.reportedAt?.slice(0, 10); // filed on its start, else the report's day
    if (start) assert.ok(start <= '2022-01-09', `${e.document}/${e.id} starts by the end of the range`);
  }
  const type = all.body.data[0].type;
  const typed = await getJson(fx.app, `/api/events?type=${type}&limit=1000`);
  assert.ok(typed.body.data.length > 0 && typed.body.data.every((e: { type: string }) => e.type === type));

  const one = all.body.data[0];
  const view = await getJson(fx.app, `/api/events/${encodeURIComponent(one.document)}/${encodeURIComponent(one.id)}`);
  assert.equal(view.status, 200);
  assert.equal(view.body.data.event.id, one.id);
  const text: string = view.body.data.document.text;
  for (const ev of view.body.data.event.evidence) assert.equal(text.slice(ev.start, ev.end), ev.text);
});

test('GET /api/figures filters by kind', async () => {
  const { status, body } = await getJson(fx.app, '/api/figures?kind=killed&limit=1000');
  assert.equal(status, 200);
  assertSuccess(body, true);
  assert.ok(body.data.length > 0, 'the sample reports killed');
  assert.ok(body.data.every((f: { kind: string }) => f.kind === 'killed'));
});

test('GET /api/incidents, one incident and its figure histories', async () => {
  const list = await getJson(fx.app, '/api/incidents?sort=-documents');
  assert.equal(list.status, 200);
  assertSuccess(list.body, true);
  assert.ok(list.body.data.length > 0);
  const top = list.body.data[0];
  const one = await getJson(fx.app, `/api/incidents/${encodeURIComponent(top.id)}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.data.id, top.id);
  // The list carries counts; the incident itself carries the documents and every report.
  assert.equal(top.documents, undefined);
  assert.equal(top.documentCount, one.body.data.documents.length);
  for (const [kind, summary] of Object.entries(top.figures) as [string, { best: number; reports: number; history?: unknown }][]) {
    assert.equal(summary.history, undefined);
    assert.equal(summary.best, one.body.data.figures[kind].best);
    assert.equal(summary.reports, one.body.data.figures[kind].history.length);
  }
  const figures = await getJson(fx.app, `/api/incidents/${encodeURIComponent(top.id)}/figures`);
  assert.equal(figures.status, 200);
  assert.deepEqual(Object.keys(figures.body.data).sort(), Object.keys(one.body.data.figures).sort());
  const events = await getJson(fx.app, `/api/events?incident=${encodeURIComponent(top.id)}&limit=1000`);
  assert.ok(events.body.data.every((e: { incident: string }) => e.incident === top.id));
});

test('GET /api/places counts events per place', async () => {
  const { status, body } = await getJson(fx.app, '/api/places');
  assert.equal(status, 200);
  assertSuccess(body, true);
  const events = await getJson(fx.app, '/api/events?limit=1000');
  const located = events.body.data.filter((e: { location: unknown }) => e.location).length;
  assert.equal(body.data.reduce((s: number, p: { events: number }) => s + p.events, 0), located);
});

test('GET /api/search finds documents and events; q is required', async () => {
  const { status, body } = await getJson(fx.app, '/api/search?q=Prosecutor');
  assert.equal(status, 200);
  assert.ok(body.data.totals.documents >= 5, 'the Prosecutor General reports');
  assert.equal(body.data.totals.exact, true, 'far fewer matches than the count limit');
  const listed = await getJson(fx.app, '/api/documents?q=Prosecutor&limit=2');
  assert.deepEqual([listed.body.page.total, listed.body.page.totalExact, listed.body.page.next], [body.data.totals.documents, true, 2]);
  const missing = await getJson(fx.app, '/api/search');
  assert.equal(missing.status, 400);
  assert.equal(missing.body.error.code, 'E_PARAM_MISSING');
});

test('GET /api/stats counts the sample', async () => {
  const { status, body } = await getJson(fx.app, '/api/stats');
  assert.equal(status, 200);
  assertSuccess(body, false);
  assert.equal(body.data.documents, 29);
  assert.ok(body.data.byDay.length > 0);
});

test('POST /api/documents ingests text once; ids with slashes round-trip', async () => {
  const text = 'Police in Almaty detained 41 people on Monday, the city police department said.';
  const post = () => fx.app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'desk/a b.txt', text, publishedAt: '2022-01-10' }) });
  const first = await post();
  assert.equal(first.status, 201);
  const body = (await first.json()) as { data: { inserted: boolean; document: { id: string } } };
  assert.equal(body.data.inserted, true);
  assert.equal(body.data.document.id, 'desk/a b.txt');
  const again = await post();
  assert.equal(again.status, 200);
  assert.equal(((await again.json()) as { data: { inserted: boolean } }).data.inserted, false);
  const got = await getJson(fx.app, `/api/documents/${encodeURIComponent('desk/a b.txt')}`);
  assert.equal(got.status, 200);
  assert.equal(got.body.data.document.text, text);
});
