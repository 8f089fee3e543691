import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconcile, figureHistories, type FigureReport } from '../../src/resolve/figures.js';

let n = 0;
/** A report: [kind, value, published, document, options]. */
function r(kind: string, value: number, reportedAt: string | null, document: string, extra: Partial<FigureReport> = {}): FigureReport {
  n++;
  return { kind, value, low: value, high: value, qualifier: 'exact', scope: 'cumulative', reportedAt, document, duplicateOf: null, figure: `f${n}`, event: 'e1', attribution: [], evidence: [], ...extra };
}

// The death toll of a national crisis as reported over ten days (modelled on January 2022 reports).
const KILLED: FigureReport[] = [
  r('killed', 8, '2022-01-05', 'cxtv', { qualifier: 'at_least', high: null }),
  r('killed', 18, '2022-01-06', 'pledge'),
  r('killed', 26, '2022-01-07', 'tass'),
  r('killed', 26, '2022-01-07', 'urdupoint', { duplicateOf: 'tass' }),
  r('killed', 164, '2022-01-09', 'novichok'),
  r('killed', 225, '2022-01-15', 'click2houston'),
  r('killed', 164, '2022-01-15', 'click2houston', { scope: 'other' }),
];

test('best is the most recent independent report; low and high span the sources', () => {
  const view = reconcile(KILLED)!;
  assert.equal(view.best, 225);
  assert.equal(view.low, 8);
  assert.equal(view.high, 225);
  assert.equal(view.sources, 5, 'the duplicate counts with its original');
});

test('a source’s own update supersedes its earlier report', () => {
  const view = reconcile([r('killed', 2, '2016-01-01', 'a'), r('killed', 3, '2016-01-02', 'a'), r('killed', 1, '2016-01-01', 'b')])!;
  assert.equal(view.best, 3);
  assert.equal(view.low, 1);
  assert.equal(view.sources, 2);
});

test('statistics and comparisons (scope other) are history, not estimates', () => {
  assert.equal(reconcile([r('killed', 45, '2016-01-01', 'a', { scope: 'other' })]), null);
});

test('a ceiling never becomes best when a count exists', () => {
  const view = reconcile([r('killed', 3, '2016-01-01', 'a'), r('killed', 10, '2016-01-02', 'b', { qualifier: 'at_most', low: 0 })])!;
  assert.equal(view.best, 3);
  assert.equal(view.low, 0);
  assert.equal(view.high, 10);
});

// [case, reports, contradiction?]
const CONTRADICTIONS: [string, FigureReport[], boolean][] = [
  ['two sources on the same day disagree', [r('killed', 164, '2022-01-09', 'a'), r('killed', 26, '2022-01-09', 'b')], true],
  ['a toll that grows over a week is not a contradiction', [r('killed', 26, '2022-01-07', 'a'), r('killed', 225, '2022-01-15', 'b')], false],
  ['ranges that overlap agree', [r('killed', 40, '2022-01-08', 'a', { qualifier: 'more_than', high: null }), r('killed', 44, '2022-01-08', 'b')], false],
  ['a duplicate cannot contradict its original', [r('killed', 5, '2022-01-08', 'a'), r('killed', 5, '2022-01-08', 'b', { duplicateOf: 'a' })], false],
  ['one driver killed in a city is not the national toll', [r('killed', 1, '2022-01-08', 'a', { subject: 'driver', location: { precision: 'city', name: 'Almaty' } }), r('killed', 26, '2022-01-08', 'b', { subject: 'people', location: { precision: 'country', name: 'Kazakhstan' } })], false],
  ['a group (police officers) is not everyone', [r('killed', 8, '2022-01-08', 'a', { subject: 'police officers' }), r('killed', 26, '2022-01-08', 'b', { subject: 'people' })], false],
  ['the same group counted twice on one day', [r('killed', 8, '2022-01-08', 'a', { subject: 'Police officers' }), r('killed', 18, '2022-01-08', 'b', { subject: 'police officers' })], true],
  ['no subject and "people" both count everyone', [r('injured', 317, '2022-01-05', 'a', { subject: null }), r('injured', 24, '2022-01-05', 'b', { subject: 'people' })], true],
  ['two cities are two quantities', [r('killed', 12, '2022-01-06', 'a', { location: { precision: 'city', name: 'Almaty' } }), r('killed', 3, '2022-01-06', 'b', { location: { precision: 'city', name: 'Aktobe' } })], false],
  ['a report without a place may be about any', [r('killed', 12, '2022-01-06', 'a', { location: { precision: 'city', name: 'Almaty' } }), r('killed', 3, '2022-01-06', 'b', { location: null })], true],
];
for (const [name, reports, expected] of CONTRADICTIONS) {
  test(`contradiction: ${name}`, () => assert.equal(reconcile(reports)!.contradiction, expected));
}

test('figureHistories groups by kind and orders each history by report time', () => {
  const detained = [r('detained', 5969, '2022-01-09', 'x'), r('detained', 2298, '2022-01-06', 'y'), r('detained', 3811, '2022-01-07', 'z')];
  const out = figureHistories([...KILLED, ...detained]);
  assert.deepEqual(Object.keys(out).sort(), ['detained', 'killed']);
  assert.deepEqual(out.detained!.history.map((h) => h.value), [2298, 3811, 5969]);
  assert.equal(out.detained!.best, 5969);
  assert.equal(out.killed!.history.length, KILLED.length, 'the history keeps every report, scope other included');
});

test('an unknown report time sorts first and never wins over a dated report', () => {
  const view = reconcile([r('injured', 9, null, 'a'), r('injured', 4, '2016-05-01', 'b')])!;
  assert.equal(view.best, 4);
});

test('a later count for one city does not replace the nationwide count', () => {
  const view = reconcile([
    r('detained', 5969, '2022-01-09', 'a', { location: { precision: 'country' } }),
    r('detained', 2402, '2022-01-17', 'b', { location: { precision: 'city' } }),
    r('detained', 7939, '2022-01-10', 'c', { location: null }),
  ])!;
  assert.equal(view.best, 7939);
  assert.equal(view.low, 2402);
  const cityOnly = reconcile([r('killed', 2, '2016-01-01', 'a', { location: { precision: 'city' } }), r('killed', 3, '2016-01-02', 'b', { location: { precision: 'city' } })])!;
  assert.equal(cityOnly.best, 3);
});

test('low and high bound the quantity best counts, not a group of it', () => {
  const view = reconcile([
    r('killed', 8, '2022-01-05', 'a', { subject: 'police officers', location: { precision: 'country', name: 'Kazakhstan' } }),
    r('killed', 26, '2022-01-08', 'b', { subject: 'people', location: { precision: 'country', name: 'Kazakhstan' } }),
    r('killed', 1, '2022-01-08', 'c', { subject: 'driver', location: { precision: 'city', name: 'Almaty' } }),
    r('killed', 225, '2022-01-15', 'd', { subject: 'people', location: { precision: 'country', name: 'Kazakhstan' } }),
  ])!;
  assert.deepEqual([view.low, view.best, view.high, view.contradiction, view.sources], [26, 225, 225, false, 4]);
});
