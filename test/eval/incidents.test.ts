import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bCubed, scoreIncidents } from '../../src/eval/incidents.js';
import type { GvaGold } from '../../src/eval/gold.js';
import type { PredictedIncident } from '../../src/eval/predictions.js';

const article = (id: string, incident: string | null, killed: number, injured = 0): GvaGold => ({
  id,
  incident,
  killed,
  injured,
  date: null,
  admin1: null,
  city: null,
});
const incident = (id: string, documents: string[], killed?: number, injured?: number): PredictedIncident => ({
  id,
  documents,
  best: { ...(killed === undefined ? {} : { killed }), ...(injured === undefined ? {} : { injured }) },
});

// Gold: A = {a1, a2, a3}, B = {b1}, C = {c1, c2}.
const gold = [article('a1', 'A', 2), article('a2', 'A', 2), article('a3', 'A', 2), article('b1', 'B', 0, 1), article('c1', 'C', 1), article('c2', 'C', 1)];

test('bCubed: textbook cases', () => {
  assert.deepEqual(bCubed([]), { precision: 0, recall: 0, f1: 0 });
  const perfect = bCubed([['g', 'p'], ['g', 'p'], ['h', 'q']]);
  assert.deepEqual([perfect.precision, perfect.recall, perfect.f1], [1, 1, 1]);
  const lumped = bCubed([['g', 'p'], ['h', 'p']]);
  assert.deepEqual([lumped.precision, lumped.recall], [0.5, 1]);
  const split = bCubed([['g', 'p'], ['g', 'q']]);
  assert.deepEqual([split.precision, split.recall], [1, 0.5]);
});

test('scoreIncidents: no predicted incidents is the every-article-alone baseline', () => {
  const r = scoreIncidents(gold, []);
  const recall = (3 * (1 / 3) + 1 + 2 * (1 / 2)) / 6;
  assert.equal(r.b3.precision, 1);
  assert.ok(Math.abs(r.b3.recall - recall) < 1e-12);
  assert.equal(r.b3.f1, r.baselineAloneF1);
  assert.equal(r.articlesAlone, 6);
  // Missing figures read as 0: only B (killed 0) is right on killed; A and C (injured 0) on injured.
  assert.deepEqual([r.killed.right, r.injured.right, r.killed.total], [1, 2, 3]);
});

test('scoreIncidents: perfect clustering and figures', () => {
  const r = scoreIncidents(gold, [
    incident('x', ['a1', 'a2', 'a3'], 2),
    incident('y', ['b1'], 0, 1),
    incident('z', ['c1', 'c2', 'unknown-article'], 1, 0),
  ]);
  assert.deepEqual([r.b3.precision, r.b3.recall, r.b3.f1], [1, 1, 1]);
  assert.deepEqual([r.killed.right, r.injured.right], [3, 3]);
  assert.deepEqual([r.split, r.merged, r.articlesAlone], [0, 0, 0]);
});

test('scoreIncidents: a wrong merge, a split, and the majority incident for figures', () => {
  const r = scoreIncidents(gold, [incident('x', ['a1', 'a2'], 2), incident('y', ['a3', 'b1', 'c1', 'c2'], 5, 1)]);
  assert.ok(r.b3.precision < 1 && r.b3.recall < 1);
  // A's majority is x (killed 2: right); B's and C's is y (killed 5: wrong).
  assert.deepEqual([r.killed.right, r.injured.right], [1, 2]);
  assert.deepEqual([r.split, r.merged], [1, 1]);
});

test('scoreIncidents: an article in several incidents belongs to the largest; ties go to the first', () => {
  const r = scoreIncidents([article('c1', 'C', 1), article('c2', 'C', 1)], [incident('x', ['c1'], 1), incident('y', ['c2', 'c1'], 9)]);
  assert.equal(r.articlesInSeveral, 1);
  assert.deepEqual([r.b3.precision, r.b3.recall], [1, 1]);
  assert.equal(r.killed.right, 0);
  const tie = scoreIncidents([article('c1', 'C', 1), article('c2', 'C', 1)], [incident('x', ['c1', 'c2'], 1), incident('y', ['c2', 'c1'], 9)]);
  assert.equal(tie.killed.right, 1);
});

test('scoreIncidents: articles without a gold incident are each alone', () => {
  const r = scoreIncidents([article('u', null, 0), article('v', null, 0)], [incident('x', ['u', 'v'])]);
  assert.deepEqual([r.b3.precision, r.b3.recall], [0.5, 1]);
  assert.equal(r.goldIncidents, 2);
});
