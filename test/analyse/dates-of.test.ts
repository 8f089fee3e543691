import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, PreparedDocument, Sentence } from '../../src/analyse/analysis.js';
import { dateOf, findDates, parsePublicationDate, publicationDay, storyDate } from '../../src/analyse/dates/index.js';

/** A prepared document with paragraphs split at line breaks and sentences at ". " (enough for these texts). */
function analyse(text: string, reference: string | null, ignored: Array<[number, number]> = []): Analysis {
  const doc: PreparedDocument = {
    id: 't', text, reference, paragraphs: [], messages: [],
    ignored: ignored.map(([start, end]) => ({ start, end })),
    info: { title: null, publishedAt: reference, language: 'en', outlet: null, url: null, duplicateOf: null },
  };
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const p of text.matchAll(/[^\n]+/g)) {
    doc.paragraphs.push({ start: p.index, end: p.index + p[0].length });
    for (const s of p[0].matchAll(/[^.!?]+(?:[.!?]+|$)\s*/g)) {
      sentences.push({ start: p.index + s.index, end: p.index + s.index + s[0].length, index: sentences.length, paragraph });
    }
    paragraph++;
  }
  return { doc, sentences, dates: findDates(doc, sentences), places: [] };
}

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return { start, end: start + phrase.length };
}

const SEED = [
  'by Correspondent - January 8, 2022, 8:21 am',
  'Since the start of the turmoil, which grew particularly violent on Wednesday, 26 people have been killed. President Tokayev said on Friday he expressed his condolences.',
  'Mass protests began earlier in the week as residents opposed a rise in gas prices. Tokayev declared a state of emergency until January 19 and invited CSTO forces.',
  'Peacekeeping contingents from Russia and Belarus have arrived in Kazakhstan to protect strategic infrastructure facilities.',
  'Also during a shootout, a driver of a camera crew was killed near the presidential residence in Almaty, media reported on Thursday.',
  'The UK government on Thursday voiced concern over violent clashes. "We call for calm," a spokesperson said in a statement.',
  'Armenian Prime Minister John Roe also spoke with Russian President Vladimir Putin over the phone. "They discussed the situation," Sputnik quoted, according to the Armenian Cabinet statement on Friday.',
  'Meanwhile, Turkish Airlines has decided to suspend flights to Kazakhstan until January 9, media reported.',
].join('\n');

// [span phrase in SEED, expected start, expected end]
const SEED_EVENTS: Array<[string, string | null, string | null]> = [
  ['grew particularly violent', '2022-01-05', '2022-01-05'],
  ['declared a state of emergency', null, '2022-01-19'],
  ['was killed near the presidential residence', '2022-01-06', '2022-01-06'],
  ['voiced concern', '2022-01-06', '2022-01-06'],
  ['spoke with Russian President', '2022-01-07', '2022-01-07'],
  ['suspend flights', null, '2022-01-09'],
  ['Mass protests began', '2022-01-03', '2022-01-08'],
];

for (const [phrase, start, end] of SEED_EVENTS) {
  test(`dateOf "${phrase}" in the seed-like article`, () => {
    const analysis = analyse(SEED, parsePublicationDate('January 8, 2022, 8:21 am'), [[0, SEED.indexOf('\n')]]);
    const value = dateOf(analysis, at(SEED, phrase));
    assert.equal(value?.start ?? null, start);
    assert.equal(value?.end ?? null, end);
  });
}

test('a date in the same sentence beats a speech date, and a speech date dates the saying', () => {
  const text = 'Police said Monday that a man was shot Saturday night in the park.';
  const analysis = analyse(text, '2016-04-11');
  assert.equal(dateOf(analysis, at(text, 'was shot'))?.start, '2016-04-09');
  assert.equal(dateOf(analysis, at(text, 'said'))?.start, '2016-04-11');
});

test('a date of a later stage is not the date of the event; the story goes on in the next sentences', () => {
  const text = 'A man was arrested Monday in connection with a shooting in Detroit.\nThe shooting happened about 11 p.m. Saturday near a gas station.';
  const analysis = analyse(text, '2017-04-04');
  assert.equal(dateOf(analysis, at(text, 'shooting in Detroit'))?.start, '2017-04-01');
});

test('a later sentence of the same paragraph inherits the date of the one before', () => {
  const text = 'Two men were shot late Friday outside a bar. One of them died at the hospital.';
  const analysis = analyse(text, '2016-05-09');
  assert.equal(dateOf(analysis, at(text, 'died'))?.start, '2016-05-06');
});

test('no date in the text: null, and the publication day to fall back on', () => {
  const text = 'Officials are investigating.\nThey asked for calm.\nThe city mourned.\nNothing else was said.\nA march is planned.';
  const analysis = analyse(text, '2022-01-08T08:21');
  assert.equal(dateOf(analysis, at(text, 'mourned')), null);
  assert.deepEqual(publicationDay(analysis.doc), { start: '2022-01-08', end: '2022-01-08', precision: 'day' });
  assert.equal(storyDate(analysis), null);
});

test('bylines and datelines are not event dates', () => {
  const text = 'Posted: Jan. 6, 2016 4:15 pm\nA man was shot in the leg, police said.';
  const analysis = analyse(text, '2016-01-06');
  assert.equal(dateOf(analysis, at(text, 'was shot')), null);
});

test('"today" dates the report when another date is in the sentence', () => {
  const text = 'Two women were treated in hospital today for gunshot wounds suffered late Friday, police said.';
  const analysis = analyse(text, '2014-11-08');
  assert.equal(dateOf(analysis, at(text, 'gunshot wounds'))?.start, '2014-11-07');
});

test('a period is made precise by the day that follows it', () => {
  const text = 'A man was shot over the weekend in Arkadelphia.\nDeputies were called to a home Sunday evening.';
  const analysis = analyse(text, '2016-07-25');
  assert.deepEqual(dateOf(analysis, at(text, 'was shot')), { start: '2016-07-24', end: '2016-07-24', precision: 'day' });
});

test('an open "until" date is not inherited by the next sentence', () => {
  const text = 'A curfew was imposed until January 19. Shops were looted in the city.';
  const analysis = analyse(text, '2022-01-08');
  assert.equal(dateOf(analysis, at(text, 'looted'))?.start ?? null, null);
});

test('the story date: the first recent date, unless the lead tells a later stage', () => {
  const fresh = 'The victim was a father of two.\nHe was shot Saturday night outside his home.\nA vigil was held Monday.';
  assert.equal(storyDate(analyse(fresh, '2016-04-11'))?.start, '2016-04-09');
  const followUp = 'Two men were charged Friday in the killing of a teenager.\nThe teen was shot March 9 outside a store.\nHis family spoke to reporters on Saturday.';
  assert.equal(storyDate(analyse(followUp, '2016-05-28'))?.start, '2016-03-09');
});

// [byline or metadata string, ISO local time]
const PUBLICATION: Array<[string, string | null]> = [
  ['by Correspondent - January 8, 2022, 8:21 am', '2022-01-08T08:21'],
  ['Posted: Mon 1/25/2016 5:30 PM', '2016-01-25T17:30'],
  ['Updated: Sunday, March 9, 2014 11:42 AM EDT', '2014-03-09T11:42'],
  ['Published 8 January 2022', '2022-01-08'],
  ['Jan. 6, 2016 12:15 am', '2016-01-06T00:15'],
  ['2022-01-08T08:21:00+06:00', '2022-01-08T08:21'],
  ['Posted 4:12 AM, June 14, 2015, by Jane Doe', '2015-06-14'],
  ['by Staff Writer', null],
  ['February 30, 2020', null],
];

for (const [input, expected] of PUBLICATION) {
  test(`parsePublicationDate("${input}")`, () => {
    assert.equal(parsePublicationDate(input), expected);
  });
}
