import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOf, readGva, scoreGva } from '../../src/eval/gva.js';
import type { GvaGold } from '../../src/eval/gold.js';
import { byId, day, event, figure, place, result } from './fixtures.js';

const record = (id: string, killed: number, injured: number, extra: Partial<GvaGold> = {}): GvaGold => ({
  id,
  incident: id,
  killed,
  injured,
  date: '2017-01-26',
  country: 'US',
  admin1: 'Missouri',
  city: 'Saint Louis',
  ...extra,
});

test('countOf: largest linked figure, else largest of all, running totals left out, none is 0', () => {
  const main = event('ATTACK', { id: 'e1', figures: ['f2'] });
  const cases: Array<[string, Parameters<typeof countOf>[0], number]> = [
    ['no result', undefined, 0],
    ['no figures', result('a'), 0],
    ['largest of all when none is linked', result('a', { figures: [figure('killed', 1, { id: 'f1' }), figure('killed', 3, { id: 'f2' })] }), 3],
    [
      'linked through figure.event wins over a larger unlinked one',
      result('a', { events: [event('ATTACK', { id: 'e1' })], figures: [figure('killed', 1, { event: 'e1' }), figure('killed', 45, { id: 'x' })] }),
      1,
    ],
    [
      'linked through events[0].figures',
      result('a', { events: [main], figures: [figure('killed', 2, { id: 'f2' }), figure('killed', 7, { id: 'f3' })] }),
      2,
    ],
    ['cumulative left out', result('a', { figures: [figure('killed', 45, { scope: 'cumulative' }), figure('killed', 1, { id: 'f9' })] }), 1],
    ['only cumulative is none', result('a', { figures: [figure('killed', 45, { scope: 'cumulative' })] }), 0],
    ['other kinds ignored', result('a', { figures: [figure('injured', 4)] }), 0],
  ];
  for (const [name, r, expected] of cases) assert.equal(countOf(r, 'killed'), expected, name);
});

test('readGva: place and date from events[0], city falling back to the name', () => {
  const r = result('a', {
    events: [
      event('ATTACK', { location: { ...place('US', 'Missouri', null), name: 'Ferguson', precision: 'city' }, date: day('2017-01-26') }),
      event('ARREST', { location: place('US', 'Texas', 'Dallas') }),
    ],
  });
  assert.deepEqual(readGva(r), { killed: 0, injured: 0, state: 'Missouri', city: 'Ferguson', date: '2017-01-26' });
  assert.deepEqual(readGva(undefined), { killed: 0, injured: 0, state: null, city: null, date: null });
  const regionOnly = result('b', { events: [event('ATTACK', { location: place('US', 'New York', null) })] });
  assert.equal(readGva(regionOnly).city, null);
});

test('scoreGva: counts, over/under, places, dates, baselines and misses', () => {
  const gold = [record('a', 1, 0), record('b', 0, 2, { city: 'Chicago (Englewood)', admin1: 'Illinois' }), record('c', 2, 1)];
  const preds = byId(
    result('a', {
      events: [event('ATTACK', { location: place('US', 'Missouri', 'St. Louis'), date: day('2017-01-26') })],
      figures: [figure('killed', 1)],
    }),
    result('b', {
      events: [event('ATTACK', { location: place('US', 'Illinois', 'Englewood'), date: day('2017-01-25') })],
      figures: [figure('injured', 3)],
    }),
  );
  const r = scoreGva(gold, preds);
  assert.equal(r.articles, 3);
  assert.deepEqual(r.missingPredictions, ['c']);
  assert.deepEqual([r.killed.right, r.killed.over, r.killed.under], [2, 0, 1]);
  assert.deepEqual([r.injured.right, r.injured.over, r.injured.under, r.injured.elsewhere], [1, 1, 1, 0]);
  assert.deepEqual([r.state.right, r.state.total, r.state.none], [2, 3, 1]);
  assert.deepEqual([r.city.right, r.city.none], [2, 1]);
  assert.deepEqual([r.date.right, r.date.none], [1, 1]);
  assert.deepEqual(r.dateOffsets, { '0': 1, '-1': 1, none: 1 });
  assert.deepEqual(r.baselines, { always0Killed: 1 / 3, always1Killed: 1 / 3, always0Injured: 1 / 3 });
  assert.deepEqual(
    r.misses.map((m) => [m.id, m.fields]),
    [
      ['b', ['injured', 'date']],
      ['c', ['killed', 'injured', 'state', 'city', 'date']],
    ],
  );
});

test('scoreGva: empty gold and empty predictions', () => {
  const empty = scoreGva([], new Map());
  assert.equal(empty.killed.rate, 0);
  assert.equal(empty.baselines.always0Killed, 0);
  const none = scoreGva([record('a', 0, 0, { admin1: null, city: null, date: null })], byId(result('a')));
  assert.deepEqual([none.killed.right, none.injured.right, none.state.total, none.date.total], [1, 1, 0, 0]);
  assert.equal(none.misses.length, 0);
});

test('scoreGva: a miss whose right value was among the figures is counted as elsewhere', () => {
  const r = scoreGva(
    [record('a', 2, 0)],
    byId(result('a', { events: [event('ATTACK', { id: 'e1' })], figures: [figure('killed', 1, { event: 'e1' }), figure('killed', 2, { id: 'x' })] })),
  );
  assert.deepEqual([r.killed.right, r.killed.under, r.killed.elsewhere], [0, 1, 1]);
});
