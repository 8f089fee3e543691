import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/api/app.js';
import type { IngestFn } from '../../src/api/ingest.js';
import { isLoopback } from '../../src/api/security.js';
import { stubStore } from './stub-store.js';

// The stub store has no documents, so an accepted write ends in 422 (ingest found nothing):
// what these tests check is whether the write got past the access check at all.
const ingest: IngestFn = async () => ({ document: null, inserted: false, messages: [{ code: 'E_TEST', message: 'stub' }] });
const post = (headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ text: 'Police detained 12 people in Almaty on Monday.' }),
});
async function code(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

test('loopback without a token: writes are open', async () => {
  const app = createApp({ store: stubStore().store, openWrites: true, ingest });
  const res = await app.request('/api/documents', post());
  assert.equal(res.status, 422);
  assert.equal(await code(res), 'E_TEST');
});

test('beyond loopback without a token: writes are refused, reads stay open', async () => {
  const app = createApp({ store: stubStore().store, openWrites: false, ingest });
  const res = await app.request('/api/documents', post());
  assert.equal(res.status, 403);
  assert.equal(await code(res), 'E_WRITES_DISABLED');
  assert.equal((await app.request('/api/events')).status, 200);
});

test('with a token: writes need the right bearer token, reads stay open', async () => {
  const app = createApp({ store: stubStore().store, openWrites: false, token: 's3cret', ingest });
  let res = await app.request('/api/documents', post());
  assert.equal(res.status, 401);
  assert.equal(await code(res), 'E_TOKEN_MISSING');
  res = await app.request('/api/documents', post({ authorization: 'Bearer wrong' }));
  assert.equal(res.status, 403);
  assert.equal(await code(res), 'E_TOKEN_INVALID');
  res = await app.request('/api/documents', post({ authorization: 'Bearer s3cret' }));
  assert.equal(res.status, 422, 'past the access check');
  assert.equal((await app.request('/api/events')).status, 200);
});

test('protected reads need the token too', async () => {
  const app = createApp({ store: stubStore().store, openWrites: false, token: 's3cret', protectReads: true });
  const res = await app.request('/api/events');
  assert.equal(res.status, 401);
  assert.equal((await app.request('/api/events', { headers: { authorization: 'Bearer s3cret' } })).status, 200);
});

test('a write from another site is refused even on loopback', async () => {
  const app = createApp({ store: stubStore().store, openWrites: true, ingest });
  const res = await app.request('http://127.0.0.1:8080/api/documents', post({ origin: 'https://evil.example', host: '127.0.0.1:8080' }));
  assert.equal(res.status, 403);
  assert.equal(await code(res), 'E_CROSS_ORIGIN');
  const same = await app.request('http://127.0.0.1:8080/api/documents', post({ origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' }));
  assert.equal(same.status, 422);
});

// [host, loopback]
const HOSTS: [string, boolean][] = [
  ['127.0.0.1', true],
  ['127.1.2.3', true],
  ['localhost', true],
  ['::1', true],
  ['0.0.0.0', false],
  ['192.168.1.10', false],
  ['::', false],
];
for (const [host, loopback] of HOSTS) {
  test(`isLoopback(${host}) is ${loopback}`, () => assert.equal(isLoopback(host), loopback));
}

// [content-type, body, status, code]
const BODIES: [string, string, number, string][] = [
  ['application/json', '{not json', 400, 'E_BODY_JSON'],
  ['application/json', '[]', 400, 'E_BODY_JSON'],
  ['application/json', '{}', 400, 'E_BODY_CONTENT'],
  ['application/json', '{"text":"a","url":"https://x.org"}', 400, 'E_BODY_CONTENT'],
  ['application/json', '{"url":"file:///etc/passwd"}', 400, 'E_BODY_FIELD'],
  ['application/json', '{"url":"javascript:alert(1)"}', 400, 'E_BODY_FIELD'],
  ['application/json', '{"text":"a","publishedAt":"last week"}', 400, 'E_BODY_FIELD'],
  ['application/json', '{"text":42}', 400, 'E_BODY_FIELD'],
  ['application/json', '{"txt":"a"}', 400, 'E_BODY_FIELD'],
  ['application/xml', '<a/>', 415, 'E_BODY_TYPE'],
];
for (const [type, body, status, errorCode] of BODIES) {
  test(`POST /api/documents ${type} ${body} → ${status} ${errorCode}`, async () => {
    const app = createApp({ store: stubStore().store, openWrites: true, ingest });
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': type }, body });
    assert.equal(res.status, status);
    assert.equal(await code(res), errorCode);
  });
}

test('a body over the limit is 413', async () => {
  const app = createApp({ store: stubStore().store, openWrites: true, ingest });
  const res = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(2 * 1024 * 1024 + 1) });
  assert.equal(res.status, 413);
  assert.equal(await code(res), 'E_BODY_TOO_LARGE');
});
