import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_EVENT, scoreCase } from '../../src/eval/case.js';
import { byId, event, result } from './fixtures.js';

test('scoreCase: accuracy, per-label scores, macro and weighted F1, confusions', () => {
  const gold = [
    { id: '1', label: 'ARREST' },
    { id: '2', label: 'ARREST' },
    { id: '3', label: 'ARREST' },
    { id: '4', label: 'PEACE_PROTEST' },
    { id: '5', label: 'AIR_STRIKE' },
  ];
  const preds = byId(
    result('1', { events: [event('ARREST'), event('ATTACK')] }),
    result('2', { events: [event('ARREST')] }),
    result('3', { events: [event('PEACE_PROTEST')] }),
    result('4', { events: [event('PEACE_PROTEST')] }),
    result('5'),
  );
  const r = scoreCase(gold, preds);
  assert.equal(r.accuracy, 3 / 5);
  const arrest = r.labels.find((l) => l.label === 'ARREST')!;
  assert.deepEqual([arrest.precision, arrest.recall, arrest.support], [1, 2 / 3, 3]);
  assert.ok(Math.abs(arrest.f1 - 0.8) < 1e-12);
  const protest = r.labels.find((l) => l.label === 'PEACE_PROTEST')!;
  assert.deepEqual([protest.precision, protest.recall, protest.f1], [0.5, 1, 2 / 3]);
  const air = r.labels.find((l) => l.label === 'AIR_STRIKE')!;
  assert.equal(air.f1, 0);
  assert.ok(Math.abs(r.macroF1 - (0.8 + 2 / 3 + 0) / 3) < 1e-12);
  assert.ok(Math.abs(r.weightedF1 - (0.8 * 3 + 2 / 3) / 5) < 1e-12);
  assert.deepEqual(r.labels.map((l) => l.label), ['ARREST', 'AIR_STRIKE', 'PEACE_PROTEST', NO_EVENT]);
  assert.deepEqual(r.confusions, [
    { gold: 'AIR_STRIKE', predicted: NO_EVENT, count: 1 },
    { gold: 'ARREST', predicted: 'PEACE_PROTEST', count: 1 },
  ]);
});

test('scoreCase: no predictions at all', () => {
  const r = scoreCase([{ id: '1', label: 'ARREST' }], new Map());
  assert.deepEqual([r.accuracy, r.macroF1, r.weightedF1], [0, 0, 0]);
  assert.deepEqual(r.missingPredictions, ['1']);
  const empty = scoreCase([], new Map());
  assert.deepEqual([empty.accuracy, empty.macroF1, empty.weightedF1, empty.labels.length], [0, 0, 0, 0]);
});
