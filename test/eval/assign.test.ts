import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assign } from '../../src/eval/assign.js';

test('assign: nothing to match', () => {
  assert.deepEqual(assign(0, 3, () => 0), []);
  assert.deepEqual(assign(2, 0, () => 0), [-1, -1]);
  assert.deepEqual(assign(2, 2, () => null), [-1, -1]);
});

test('assign: as many pairs as possible before preferences', () => {
  // Row 0 accepts both columns and prefers column 0; row 1 accepts only column 0.
  const allowed = [
    [900, 0],
    [0, null],
  ];
  assert.deepEqual(
    assign(2, 2, (i, j) => allowed[i]![j]!),
    [1, 0],
  );
});

test('assign: preferences decide among equally large matchings', () => {
  const scores = [
    [1, 5],
    [5, 1],
  ];
  assert.deepEqual(assign(2, 2, (i, j) => scores[i]![j]!), [1, 0]);
});

test('assign: more rows than columns, and more columns than rows', () => {
  assert.deepEqual(assign(3, 1, (i) => (i === 2 ? 0 : null)), [-1, -1, 0]);
  assert.deepEqual(assign(1, 3, (_i, j) => (j === 0 ? null : j)), [2]);
});

test('assign: ties are deterministic and one-to-one', () => {
  const a = assign(2, 3, () => 0);
  assert.deepEqual(a, assign(2, 3, () => 0));
  assert.equal(new Set(a).size, 2);
  assert.ok(a.every((j) => j >= 0 && j < 3));
});
