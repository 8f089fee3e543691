import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/api/app.js';
import { ROUTES } from '../../src/api/routes.js';
import { stubStore } from './stub-store.js';

/** Asserts the one error shape and returns its `error` object. */
async function expectError(res: Response, status: number, code: string): Promise<Record<string, unknown>> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as { error: Record<string, unknown> };
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, code);
  assert.equal(body.error.status, status);
  assert.equal(typeof body.error.message, 'string');
  assert.equal(typeof body.error.hint, 'string');
  assert.ok((body.error.hint as string).length > 5, 'the hint says what to do');
  return body.error;
}

const app = () => createApp({ store: stubStore().store, openWrites: true });

test('the error shape: unknown parameter', async () => {
  const error = await expectError(await app().request('/api/events?limti=5'), 400, 'E_PARAM_UNKNOWN');
  assert.equal(error.param, 'limti');
  assert.match(error.hint as string, /limit/);
});

// [query, code, param]
const INVALID: [string, string, string][] = [
  ['limit=0', 'E_PARAM_INVALID', 'limit'],
  ['limit=5000', 'E_PARAM_INVALID', 'limit'],
  ['limit=ten', 'E_PARAM_INVALID', 'limit'],
  ['offset=-1', 'E_PARAM_INVALID', 'offset'],
  ['since=2022-13-01', 'E_PARAM_INVALID', 'since'],
  ['since=yesterday', 'E_PARAM_INVALID', 'since'],
  ['since=2022-01-09&until=2022-01-05', 'E_PARAM_INVALID', 'until'],
  ['country=Kazakhstan', 'E_PARAM_INVALID', 'country'],
  ['type=RIOT', 'E_PARAM_INVALID', 'type'],
  ['sort=title', 'E_PARAM_INVALID', 'sort'],
  ['limit=1&limit=2', 'E_PARAM_INVALID', 'limit'],
  ['q=', 'E_PARAM_INVALID', 'q'],
];

for (const [query, code, param] of INVALID) {
  test(`validation: /api/events?${query} → ${code} on ${param}`, async () => {
    const error = await expectError(await app().request(`/api/events?${query}`), 400, code);
    assert.equal(error.param, param);
  });
}

test('valid parameters reach the store normalised', async () => {
  const { store, queries } = stubStore();
  const res = await createApp({ store, openWrites: true }).request('/api/events?type=ARREST,VIOL_DEMONSTR&country=kz&since=2022-01-05&limit=5&offset=10&sort=-date');
  assert.equal(res.status, 200);
  assert.deepEqual(queries[0], { type: ['ARREST', 'VIOL_DEMONSTR'], country: 'KZ', since: '2022-01-05', sort: '-date', limit: 5, offset: 10 });
});

test('unknown endpoint and wrong method', async () => {
  await expectError(await app().request('/api/nothing'), 404, 'E_NOT_FOUND');
  const res = await app().request('/api/events', { method: 'DELETE' });
  await expectError(res, 405, 'E_METHOD');
  assert.equal(res.headers.get('allow'), 'GET');
});

test('missing resources are 404 in the error shape', async () => {
  await expectError(await app().request('/api/incidents/nope'), 404, 'E_NOT_FOUND');
  await expectError(await app().request('/api/documents/nope'), 404, 'E_NOT_FOUND');
  await expectError(await app().request('/api/events/nope/e1'), 404, 'E_NOT_FOUND');
});

test('an unexpected failure is a 500 in the error shape, without internals', async () => {
  const { store } = stubStore();
  const broken = new Proxy(store, { get: (t, n) => (n === 'listEvents' ? async () => { throw new Error('disk on fire'); } : Reflect.get(t, n)) });
  const original = console.error;
  console.error = () => {};
  try {
    const res = await createApp({ store: broken, openWrites: true }).request('/api/events');
    const error = await expectError(res, 500, 'E_INTERNAL');
    assert.doesNotMatch(JSON.stringify(error), /disk on fire/);
  } finally {
    console.error = original;
  }
});

test('every route is in the OpenAPI document with its parameters', async () => {
  const res = await app().request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string }[] }>> };
  assert.equal(doc.openapi, '3.1.0');
  for (const route of ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const operation = doc.paths[path]?.[route.method];
    assert.ok(operation, `${route.method} ${path} is documented`);
    const names = operation.parameters.map((p) => p.name);
    for (const p of route.params) assert.ok(names.includes(p.name), `${path} documents ${p.name}`);
  }
});

test('every answer carries the strict Content-Security-Policy', async () => {
  for (const path of ['/api/events', '/api/nothing', '/']) {
    const csp = (await app().request(path)).headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
  }
});

test('the page is served from its folder only', async () => {
  const { mkdtempSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const root = mkdtempSync(join(tmpdir(), 'sitrep-static-'));
  mkdirSync(join(root, 'web'));
  writeFileSync(join(root, 'secret.json'), '{"secret":1}');
  writeFileSync(join(root, 'web', 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(root, 'web', '.env'), 'TOKEN=1');
  try {
    const served = createApp({ store: stubStore().store, openWrites: true, webRoot: join(root, 'web') });
    const index = await served.request('/');
    assert.equal(index.status, 200);
    assert.match(await index.text(), /<title>page<\/title>/);
    assert.equal((await served.request('/#/incidents/x')).status, 200);
    assert.match(await (await served.request('/incidents/x')).text(), /<title>page/, 'unknown page paths fall back to the page');
    for (const path of ['/../secret.json', '/%2e%2e/secret.json', '/..%2fsecret.json', '/.env', '/nothing.js']) {
      const res = await served.request(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /"secret":1|TOKEN=1/, path);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
