import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreFull } from '../../src/eval/full.js';
import type { FullGold } from '../../src/eval/gold.js';
import { byId, chain, day, event, figure, place, result } from './fixtures.js';

const gold: FullGold = {
  id: 'd1',
  document: { publishedAt: '2022-01-08' },
  figures: [
    { kind: 'killed', value: 26, country: 'KZ', origin: ['government'], chain: ['government', 'Tengrinews.kz', 'Sputnik'] },
    { kind: 'injured', value: 182, country: 'KZ', admin1: 'Kyzylorda', origin: ['Khabar 24'] },
    { kind: 'troops', value: 2500, country: 'KZ', origin: ['Stanislav Zas', 'CSTO'] },
  ],
  optionalFigures: [{ kinds: ['other'], value: 285 }, { kinds: ['casualties', 'killed'], text: 'hundreds' }],
  events: [
    { type: ['VIOL_DEMONSTR', 'MOB_VIOL'], country: 'KZ', date: '2022-01-05' },
    { type: ['VIOL_DEMONSTR'], country: 'KZ', admin1: 'Kyzylorda' },
    { type: ['OTHER'], subtype: 'state_of_emergency', country: 'KZ', end: '2022-01-19' },
    { type: ['DIPLO'], country: 'GB', alsoCountry: ['KZ'], date: '2022-01-06', dateTolerance: 1 },
  ],
  optionalEvents: [{ type: ['PROPERTY_DISTRUCT'], country: 'KZ' }],
};

test('full: empty predictions score zero, without dividing by zero', () => {
  const r = scoreFull([gold], byId(result('d1')));
  assert.deepEqual([r.figures.matched, r.figures.predicted, r.figures.precision, r.figures.recall], [0, 0, 0, 0]);
  assert.deepEqual([r.events.matched, r.events.recall], [0, 0]);
  assert.deepEqual([r.origin.right, r.origin.total, r.chain.total], [0, 3, 1]);
  assert.equal(r.misses.filter((m) => m.what === 'figure_missed').length, 3);
  assert.equal(r.misses.filter((m) => m.what === 'event_missed').length, 4);
  assert.equal(r.publishedAt.right, 0);
});

test('full: a missing result is listed and scored as empty', () => {
  const r = scoreFull([gold], new Map());
  assert.deepEqual(r.missingPredictions, ['d1']);
  assert.equal(r.figures.recall, 0);
});

test('full: figures matched by kind and value, with origin, chain and place', () => {
  const pred = result('d1', {
    document: { ...result('d1').document, publishedAt: '2022-01-08T08:21' },
    figures: [
      figure('killed', 26, { location: place('KZ'), attribution: chain('the government', 'Tengrinews.kz', 'Sputnik') }),
      figure('injured', 182, { location: place('KZ', 'Kyzylorda Region'), attribution: chain('Khabar 24', 'a global news agency') }),
      figure('troops', 2500, { location: place('RU'), attribution: chain('CSTO Secretary General Stanislav Zas') }),
      figure('injured', 26, { location: place('KZ') }),
    ],
  });
  const r = scoreFull([gold], byId(pred));
  assert.deepEqual([r.figures.matched, r.figures.gold, r.figures.predicted], [3, 3, 4]);
  assert.equal(r.figures.precision, 3 / 4);
  assert.equal(r.figures.recall, 1);
  assert.deepEqual([r.origin.right, r.origin.total], [3, 3]);
  assert.deepEqual([r.chain.right, r.chain.total], [1, 1]);
  assert.deepEqual([r.figurePlaces.country.right, r.figurePlaces.country.total], [2, 3]);
  assert.deepEqual([r.figurePlaces.admin1.right, r.figurePlaces.admin1.total], [1, 1]);
  assert.equal(r.publishedAt.right, 1);
  assert.deepEqual(
    r.misses.filter((m) => m.what.startsWith('figure_')).map((m) => m.what),
    ['figure_place_wrong', 'figure_false_positive'],
  );
});

test('full: a wrong origin and a chain of the wrong length are misses', () => {
  const pred = result('d1', {
    figures: [figure('killed', 26, { attribution: chain('government', 'Sputnik') }), figure('troops', 2500, { attribution: chain('Kremlin') })],
  });
  const r = scoreFull([gold], byId(pred));
  assert.equal(r.origin.right, 1);
  assert.equal(r.chain.right, 0);
  assert.deepEqual(
    r.misses.filter((m) => m.what === 'origin_wrong' || m.what === 'chain_wrong').map((m) => m.what),
    ['chain_wrong', 'origin_wrong'],
  );
});

test('full: duplicate figures — one matches, the copy is a false positive', () => {
  const pred = result('d1', { figures: [figure('killed', 26, { id: 'a' }), figure('killed', 26, { id: 'b' })] });
  const r = scoreFull([gold], byId(pred));
  assert.deepEqual([r.figures.matched, r.figures.predicted], [1, 2]);
  assert.equal(r.misses.filter((m) => m.what === 'figure_false_positive').length, 1);
});

test('full: ties between copies go to the one with the right origin', () => {
  const pred = result('d1', {
    figures: [figure('killed', 26, { id: 'a', attribution: chain('Sputnik') }), figure('killed', 26, { id: 'b', attribution: chain('government') })],
  });
  const r = scoreFull([gold], byId(pred));
  assert.equal(r.origin.right, 1);
});

test('full: optional figures are neither rewarded nor penalised', () => {
  const pred = result('d1', {
    figures: [
      figure('other', 285),
      figure('casualties', 200, { qualifier: 'vague', evidence: [{ start: 0, end: 20, text: 'Hundreds of servicemen' }] }),
      figure('casualties', 200, { evidence: [{ start: 0, end: 5, text: 'dozen' }] }),
    ],
  });
  const r = scoreFull([gold], byId(pred));
  assert.deepEqual([r.figures.matched, r.figures.predicted, r.figures.ignored], [0, 1, 2]);
});

test('full: events by type, subtype and country; alsoCountry; place preferred; dates', () => {
  const pred = result('d1', {
    events: [
      event('VIOL_DEMONSTR', { id: 'a', location: place('KZ'), date: day('2022-01-05') }),
      event('VIOL_DEMONSTR', { id: 'b', location: place('KZ', 'Kyzylorda') }),
      event('OTHER', { id: 'c', subtype: 'state_of_emergency', location: place('KZ'), date: day('2022-01-06', '2022-01-19') }),
      event('DIPLO', { id: 'd', location: place('KZ'), date: day('2022-01-07') }),
      event('PROPERTY_DISTRUCT', { id: 'e', location: place('KZ') }),
      event('OTHER', { id: 'f', subtype: 'curfew', location: place('KZ') }),
    ],
  });
  const r = scoreFull([gold], byId(pred));
  assert.deepEqual([r.events.matched, r.events.gold, r.events.predicted, r.events.ignored], [4, 4, 5, 1]);
  assert.deepEqual([r.eventPlaces.admin1.right, r.eventPlaces.admin1.total], [1, 1]);
  assert.deepEqual([r.eventDates.date.right, r.eventDates.date.total], [2, 2]);
  assert.deepEqual([r.eventDates.end.right, r.eventDates.end.total], [1, 1]);
  assert.deepEqual(
    r.misses.filter((m) => m.what.startsWith('event_')).map((m) => m.what),
    ['event_false_positive'],
  );
  assert.match(r.misses.find((m) => m.what === 'event_false_positive')!.found, /OTHER\/curfew/);
});

test('full: an event in the wrong country does not match', () => {
  const pred = result('d1', { events: [event('DIPLO', { location: place('FR'), date: day('2022-01-06') })] });
  const r = scoreFull([gold], byId(pred));
  assert.equal(r.events.matched, 0);
  assert.equal(r.events.predicted, 1);
});

test('full: a wrong date and a wrong place on a matched event are listed', () => {
  const pred = result('d1', {
    events: [
      event('MOB_VIOL', { location: place('KZ'), date: day('2022-01-03') }),
      event('VIOL_DEMONSTR', { location: place('KZ', 'Mangystau') }),
    ],
  });
  const r = scoreFull([gold], byId(pred));
  assert.equal(r.events.matched, 2);
  assert.deepEqual(
    r.misses.filter((m) => m.what.startsWith('event_') && m.what !== 'event_missed').map((m) => m.what),
    ['event_date_wrong', 'event_place_wrong'],
  );
});
