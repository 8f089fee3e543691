import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webAddresses } from '../../src/analyse/addresses.js';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { extractEvents } from '../../src/extract/events/index.js';

test('web addresses: scheme or www. up to a space, the sentence full stop left out', () => {
  const text = 'Report by AP, https://example.org/riots-in-x/. See www.example.com, or (http://a.b/c).';
  const spans = webAddresses(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['https://example.org/riots-in-x/', 'www.example.com', 'http://a.b/c']);
  assert.deepEqual(webAddresses('No address here: e.g. Tengrinews.kz reported.'), []);
});

test('events: the words of a link are no cues', () => {
  const text = 'Restatement of a report by AP, https://example.org/protesters-clash-with-police-in-the-capital/. The ministry published the figures on Sunday.';
  const doc = prepareDocument({ id: 't', text, publishedAt: '2022-01-09' });
  assert.deepEqual(extractEvents({ doc, sentences: splitSentences(doc), dates: [], places: [] }, []), []);
  const plain = text.replace('https://example.org/protesters-clash-with-police-in-the-capital/', 'example.org') + ' Protesters clashed with police in the capital.';
  const again = prepareDocument({ id: 't', text: plain, publishedAt: '2022-01-09' });
  assert.ok(extractEvents({ doc: again, sentences: splitSentences(again), dates: [], places: [] }, []).length > 0, 'the same words in the text are cues');
});
