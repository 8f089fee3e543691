import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../../src/ingest/prepare.js';

const RAW = [
  'OVER 30 DETAINED IN A TOWN DURING UNREST',
  '',
  'Police detained 30 people during riots in the town, according to the ministry. Since Monday, 2 people have been killed, officials said. […]',
  '',
  'by Correspondent - January 8, 2022, 8:21 pm',
  '',
  'Police detained 30 people during riots in the town, according to the ministry.',
  '',
  'Since Monday, 2 people have been killed, officials said. Another 5 people were hurt.',
].join('\n');

test('prepare reads title, byline time, and ignores header lines and a repeated teaser', () => {
  const doc = prepareDocument({ text: RAW });
  assert.equal(doc.info.title, 'OVER 30 DETAINED IN A TOWN DURING UNREST');
  assert.equal(doc.info.publishedAt, '2022-01-08T20:21');
  assert.equal(doc.reference, '2022-01-08T20:21');
  const ignored = doc.ignored.map((s) => RAW.slice(s.start, s.end));
  assert.equal(ignored.length, 3);
  assert.ok(ignored[0]!.startsWith('OVER 30'));
  assert.ok(ignored[1]!.endsWith('[…]'));
  assert.ok(ignored[2]!.startsWith('by Correspondent'));
  assert.equal(doc.paragraphs.length, 5);
  assert.match(doc.id, /^doc-[0-9a-f]{16}$/);
});

test('prepare: input fields win over the header', () => {
  const doc = prepareDocument({ id: 'x', title: 'Given', publishedAt: '2022-01-09', text: RAW });
  assert.deepEqual([doc.id, doc.info.title, doc.info.publishedAt], ['x', 'Given', '2022-01-09']);
});

test('prepare: an exact repeated paragraph is ignored once', () => {
  const p = 'Two men were shot and killed on Main Street late on Monday night, police said.';
  const text = `${p}\n\nOther text here.\n\n${p}`;
  const doc = prepareDocument({ text });
  assert.deepEqual(doc.ignored, [{ start: text.lastIndexOf(p), end: text.length }]);
});

// [text, expected message code]
const BAD: [string, string][] = [
  ['', 'E_EMPTY_TEXT'],
  ['   \n  ', 'E_EMPTY_TEXT'],
  ['\u0000\u0001\u0002abc\u0003', 'E_INPUT_BINARY'],
  ['ok text \uFFFD\uFFFD\uFFFD\uFFFD', 'E_INPUT_BINARY'],
];

test('prepare: bad content becomes a message with a stable code', () => {
  for (const [text, code] of BAD) assert.deepEqual(prepareDocument({ text }).messages.map((m) => m.code), [code], JSON.stringify(text));
  assert.deepEqual(prepareDocument({ text: 'x'.repeat(20 * 1024 * 1024) }).messages.map((m) => m.code), ['E_INPUT_TOO_LARGE']);
  assert.deepEqual(prepareDocument({ text: 'A normal sentence.' }).messages, []);
});
