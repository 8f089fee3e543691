import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contains, evidenceOf, overlaps } from '../../src/model/index.js';

test('evidenceOf keeps the surface text equal to the slice', () => {
  const text = 'Kazakhstan’s police detained 3,811 individuals';
  assert.deepEqual(evidenceOf(text, { start: 29, end: 34 }), { start: 29, end: 34, text: '3,811' });
});

test('spans are half-open', () => {
  assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
  assert.equal(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 }), true);
  assert.equal(contains({ start: 0, end: 9 }, { start: 5, end: 9 }), true);
  assert.equal(contains({ start: 0, end: 8 }, { start: 5, end: 9 }), false);
});
