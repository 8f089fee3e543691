import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeHref } from '../../web/src/dom.js';
import { contradicted, reportTimeScale } from '../../web/src/history.js';

// [href, what the page may link to (null: not linked)]
const HREFS: [string | null, string | null][] = [
  ['https://tass.com/world/1384901', 'https://tass.com/world/1384901'],
  ['http://jenimedia.com/2022/01/09/x', 'http://jenimedia.com/2022/01/09/x'],
  ['#/events/kz2022-r01/e1', '#/events/kz2022-r01/e1'],
  ['/api/events', '/api/events'],
  ['javascript:alert(1)', null],
  ['JavaScript:alert(1)', null],
  [' javascript:alert(1)', null],
  ['data:text/html,<script>alert(1)</script>', null],
  ['vbscript:msgbox(1)', null],
  ['//evil.example/x', null],
  ['relative/path', null],
  ['', null],
  [null, null],
];
for (const [href, expected] of HREFS) {
  test(`safeHref(${JSON.stringify(href)}) → ${expected}`, () => assert.equal(safeHref(href), expected));
}

// [values in report order, contradicted flags]
const HISTORIES: [number[], boolean[]][] = [
  [[8, 18, 26, 164, 225], [false, false, false, false, false]],
  [[26, 164, 26, 225], [false, false, true, false]],
  [[40, 26, 1, 164], [false, true, true, false]],
  [[164, 164], [false, false]],
];
for (const [values, flags] of HISTORIES) {
  test(`contradicted(${values.join(' → ')})`, () => assert.deepEqual(contradicted(values.map((value, t) => ({ value, t }))), flags));
}

test('history axis: a long quiet spell between reports is drawn short, with a break', () => {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const times = ['2022-01-05', '2022-01-08', '2022-01-09', '2022-01-15', '2022-03-14'].map(day);
  const { x, breaks, ticks } = reportTimeScale(times, 0, 1000);
  // the eight weeks from Jan 15 to Mar 14 take no more room than three days
  assert.ok(x(day('2022-03-14')) - x(day('2022-01-15')) <= x(day('2022-01-08')) - x(day('2022-01-05')) + 1e-9);
  assert.equal(breaks.length, 2, 'Jan 9 → 15 and Jan 15 → Mar 14 are shortened');
  assert.ok(x(day('2022-01-05')) > 0 && x(day('2022-03-14')) < 1000, 'a day of margin on each side');
  for (let i = 1; i < ticks.length; i++) assert.ok(x(ticks[i]!.getTime()) - x(ticks[i - 1]!.getTime()) >= 56);
  // reports close together keep the plain time scale: no break
  assert.deepEqual(reportTimeScale([day('2022-01-05'), day('2022-01-06')], 0, 500).breaks, []);
});
