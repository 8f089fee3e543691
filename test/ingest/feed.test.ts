import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, readFeed, isFullText, bodyText } from '../../src/ingest/sources/feed.js';
import type { ReadItem } from '../../src/ingest/sources/item.js';

const LONG = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: protesters gathered in the main square of the city and police used tear gas to disperse them, witnesses said.</p>`).join('');

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Full &amp; complete</title><link>https://wire.example/a</link><guid isPermaLink="false">wire-a</guid>
<pubDate>Sat, 08 Jan 2022 08:21:00 +0600</pubDate><dc:creator>Jane Roe</dc:creator>
<content:encoded><![CDATA[${LONG}]]></content:encoded><description>Short teaser</description></item>
<item><title>Teaser only</title><link>https://wire.example/b</link><pubDate>Sun, 09 Jan 2022 10:00:00 GMT</pubDate>
<description>Police said 164 people were killed…</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><link href="https://atom.example/"/>
<entry><title>Atom entry</title><id>tag:atom.example,2022:1</id>
<link rel="related" href="https://elsewhere.example/"/><link rel="alternate" href="https://atom.example/1"/>
<published>2022-01-15T12:00:00Z</published><author><name>A. Writer</name></author>
<content type="html">${LONG.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
</feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link></channel>
<item rdf:about="https://rdf.example/1"><title>RDF item</title><link>https://rdf.example/1</link><dc:date>2022-01-06</dc:date><description>Short.</description></item>
</rdf:RDF>`;

async function collect(it: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('RSS 2.0: items with guid, link, date, author and the richest body', () => {
  const { feed, messages } = parseFeed(RSS);
  assert.deepEqual(messages, []);
  assert.equal(feed?.format, 'rss');
  assert.equal(feed?.title, 'Example Wire');
  assert.equal(feed?.items.length, 2);
  const [a, b] = feed!.items;
  assert.equal(a!.guid, 'wire-a');
  assert.equal(a!.title, 'Full & complete');
  assert.equal(a!.author, 'Jane Roe');
  assert.match(a!.content!, /^<p>Paragraph 1/);
  assert.equal(b!.guid, null);
  assert.equal(b!.content, 'Police said 164 people were killed…');
});

test('Atom: the alternate link, the entry id, the published time', () => {
  const item = parseFeed(ATOM).feed!.items[0]!;
  assert.equal(item.link, 'https://atom.example/1');
  assert.equal(item.guid, 'tag:atom.example,2022:1');
  assert.equal(item.published, '2022-01-15T12:00:00Z');
  assert.equal(item.author, 'A. Writer');
});

test('RSS 1.0 (RDF) items', () => {
  const { feed } = parseFeed(RDF);
  assert.equal(feed?.format, 'rdf');
  assert.equal(feed?.items[0]?.guid, 'https://rdf.example/1');
  assert.equal(feed?.items[0]?.published, '2022-01-06');
});

// [case, input, expected code]
const BAD: [string, string, string][] = [
  ['plain text', 'Police said two people were shot.', 'E_FEED_NOT_XML'],
  ['broken XML', '<rss><channel><item></channel></rss>', 'E_FEED_NOT_XML'],
  ['HTML that is not XML', '<html><body><p>One<br>two</body></html>', 'E_FEED_NOT_XML'],
  ['XML that is not a feed', '<?xml version="1.0"?><catalog><book/></catalog>', 'E_FEED_UNKNOWN_FORMAT'],
];

for (const [name, input, code] of BAD) {
  test(`not a feed → ${code}: ${name}`, async () => {
    assert.equal(parseFeed(input).messages[0]?.code, code);
    const items = await collect(readFeed(input, { source: 'x.xml' }));
    assert.equal(items.length, 1);
    assert.ok('error' in items[0]! && items[0].error.code === code);
  });
}

test('full-text items become documents with their own body, paragraphs kept', async () => {
  const items = await collect(readFeed(RSS, { source: 'wire.xml', fetchLinks: false }));
  assert.equal(items.length, 2);
  const first = items[0]!;
  assert.ok('doc' in first);
  if (!('doc' in first)) return;
  assert.equal(first.source, 'wire.xml#wire-a');
  assert.equal(first.doc.id, 'wire-a');
  assert.equal(first.doc.publishedAt, '2022-01-08T08:21');
  assert.equal(first.doc.outlet, 'Example Wire');
  assert.equal(first.doc.text.split('\n\n').length, 6);
  assert.equal(first.messages, undefined);
});

test('a summary-only item without fetching keeps the summary and says so', async () => {
  const second = (await collect(readFeed(RSS, { source: 'wire.xml', fetchLinks: false })))[1]!;
  assert.ok('doc' in second);
  if (!('doc' in second)) return;
  assert.equal(second.doc.id, 'https://wire.example/b');
  assert.equal(second.doc.text, 'Police said 164 people were killed…');
  assert.equal(second.messages?.[0]?.code, 'W_FEED_SUMMARY_ONLY');
});

test('Atom HTML content is decoded to text', async () => {
  const [item] = await collect(readFeed(ATOM, { source: 'atom.xml', fetchLinks: false }));
  assert.ok(item && 'doc' in item && item.doc.text.startsWith('Paragraph 1: protesters'));
});

// [body, full text?]
const FULL: [string, boolean][] = [
  ['x'.repeat(700), true],
  ['x'.repeat(700) + ' Read more', false],
  ['x'.repeat(700) + '…', false],
  ['x'.repeat(700) + ' The post Shooting on Elm appeared first on Local News.', false],
  ['x'.repeat(200), false],
];
for (const [body, expected] of FULL) {
  test(`isFullText(${body.length} chars ending ${JSON.stringify(body.slice(-12))}) = ${expected}`, () => assert.equal(isFullText(body), expected));
}

test('bodyText leaves plain text alone and blocks HTML into paragraphs', () => {
  assert.equal(bodyText('  plain  '), 'plain');
  assert.equal(bodyText('<p>a</p><p>b <b>c</b></p>'), 'a\n\nb c');
  assert.equal(bodyText('A &amp; B'), 'A & B');
});

test('feed files are read through the dispatcher by extension; a non-XML .xml file is E_FEED_NOT_XML', async () => {
  const { READERS } = await import('../../src/ingest/sources/index.js');
  for (const ext of ['.xml', '.rss', '.atom']) assert.ok(READERS[ext], ext);
  const good = await collect(READERS['.atom']!(new TextEncoder().encode(ATOM), 'news.atom') as AsyncIterable<ReadItem>);
  assert.equal(good.length, 1);
  assert.ok('doc' in good[0]! && good[0].source === 'news.atom#tag:atom.example,2022:1');
  const bad = await collect(READERS['.xml']!(new TextEncoder().encode('just words'), 'x.xml') as AsyncIterable<ReadItem>);
  assert.ok('error' in bad[0]! && bad[0].error.code === 'E_FEED_NOT_XML');
});
