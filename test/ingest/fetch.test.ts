import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl, isUrl } from '../../src/ingest/sources/fetch.js';
import { readUrl } from '../../src/ingest/sources/url.js';

const ARTICLE = `<html><head><title>Shooting on Elm Street</title><meta property="og:site_name" content="Local News"></head>
<body><article><p>Two men were shot on Elm Street late Saturday, police said. One of them died at the hospital.</p>
<p>Police have not made any arrests and asked witnesses to call the tip line.</p></article></body></html>`;

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title>
<item><title>Shooting on Elm Street</title><link>/article</link><guid>elm-1</guid><pubDate>Sun, 10 Jan 2021 09:00:00 -0500</pubDate><description>Two men were shot…</description></item>
</channel></rss>`;

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(url);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' }).end();
    } else if (url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    } else if (url === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from('Caf\xe9 shooting', 'latin1'));
    } else if (url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('x'.repeat(20_000));
    } else if (url === '/lying-length') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('y'.repeat(6000));
      res.end('y'.repeat(6000));
    } else if (url === '/slow') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 2000);
    } else if (url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
    } else if (url === '/to-ftp') {
      res.writeHead(301, { location: 'ftp://127.0.0.1/file' }).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('fetches a page and reports its media type and final URL', async () => {
  const r = await fetchUrl(`${base}/article`);
  assert.equal(r.ok, true);
  if (!r.ok) return;
  assert.equal(r.contentType, 'text/html');
  assert.match(r.body, /Elm Street/);
});

test('follows up to five redirects and reports where it ended', async () => {
  const r = await fetchUrl(`${base}/hop/4`);
  assert.equal(r.ok, true);
  if (r.ok) assert.equal(r.url, `${base}/article`);
});

test('decodes the charset named by the Content-Type header', async () => {
  const r = await fetchUrl(`${base}/latin1`);
  assert.ok(r.ok && r.body === 'Café shooting');
});

// [case, path or URL, options, expected code]
const FAILURES: [string, string, Parameters<typeof fetchUrl>[1], string][] = [
  ['too many redirects', '/hop/6', {}, 'E_FETCH_REDIRECTS'],
  ['a redirect to another scheme', '/to-ftp', {}, 'E_FETCH_SCHEME'],
  ['HTTP 404', '/missing', {}, 'E_FETCH_STATUS'],
  ['a declared length over the limit', '/big', { maxBytes: 10_000 }, 'E_FETCH_TOO_LARGE'],
  ['a streamed body over the limit', '/lying-length', { maxBytes: 10_000 }, 'E_FETCH_TOO_LARGE'],
  ['a server slower than the time limit', '/slow', { timeoutMs: 200 }, 'E_FETCH_TIMEOUT'],
  ['a media type not accepted', '/image', {}, 'E_FETCH_CONTENT_TYPE'],
  ['a file: URL', 'file:///etc/passwd', {}, 'E_FETCH_SCHEME'],
  ['an ftp: URL', 'ftp://127.0.0.1/x', {}, 'E_FETCH_SCHEME'],
  ['not a URL', 'http//nowhere', {}, 'E_FETCH_URL'],
  ['nobody listening', 'http://127.0.0.1:1/', {}, 'E_FETCH_NETWORK'],
];

for (const [name, target, options, code] of FAILURES) {
  test(`fetch failure is a message, not an exception: ${name}`, async () => {
    const r = await fetchUrl(target.startsWith('/') ? base + target : target, options);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.message.code, code, r.message.message);
  });
}

test('isUrl accepts only http(s) addresses', () => {
  assert.deepEqual(['http://a.b/', 'HTTPS://a.b', 'ftp://a.b', 'news/a.html', 'C:\\x'].map(isUrl), [true, true, false, false, false]);
});

test('readUrl reads an HTML page into one document whose id is the URL', async () => {
  const items = [];
  for await (const item of readUrl(`${base}/article`)) items.push(item);
  assert.equal(items.length, 1);
  const item = items[0]!;
  assert.ok('doc' in item);
  if (!('doc' in item)) return;
  assert.equal(item.doc.id, `${base}/article`);
  assert.equal(item.doc.title, 'Shooting on Elm Street');
  assert.equal(item.doc.outlet, 'Local News');
  assert.match(item.doc.text, /died at the hospital\.\n\nPolice have not/);
});

test('readUrl reads a feed URL into its items, fetching a summary-only item’s link', async () => {
  const items = [];
  for await (const item of readUrl(`${base}/feed`)) items.push(item);
  assert.equal(items.length, 1);
  const item = items[0]!;
  assert.ok('doc' in item);
  if (!('doc' in item)) return;
  assert.equal(item.doc.id, 'elm-1');
  assert.equal(item.doc.url, `${base}/article`);
  assert.equal(item.doc.publishedAt, '2021-01-10T09:00');
  assert.match(item.doc.text, /One of them died at the hospital/);
});

test('readUrl turns a failed fetch into one error item', async () => {
  const items = [];
  for await (const item of readUrl(`${base}/missing`)) items.push(item);
  assert.equal(items.length, 1);
  assert.ok('error' in items[0]! && items[0].error.code === 'E_FETCH_STATUS');
});
