import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeHref } from '../../web/src/dom.js';
import { contradicted } from '../../web/src/history.js';

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
