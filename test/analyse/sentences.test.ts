import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { tokenize } from '../../src/analyse/tokens.js';

function sentences(text: string): string[] {
  return splitSentences(prepareDocument({ text })).map((s) => text.slice(s.start, s.end));
}

// [text, expected sentences]
const CASES: [string, string[]][] = [
  ['Two died. Three were hurt.', ['Two died.', 'Three were hurt.']],
  ['Figures acquired by Tengrinews.kz were reported. Sputnik said so.', ['Figures acquired by Tengrinews.kz were reported.', 'Sputnik said so.']],
  ['The U.S. Attorney spoke. Gov. Smith agreed.', ['The U.S. Attorney spoke.', 'Gov. Smith agreed.']],
  ['Sgt. Jones lives on Main St. near the park. He left.', ['Sgt. Jones lives on Main St. near the park.', 'He left.']],
  ['Room No. 3 was empty. Police left.', ['Room No. 3 was empty.', 'Police left.']],
  ['“We are concerned,” he said. “We call for calm.” Then he left.', ['“We are concerned,” he said.', '“We call for calm.”', 'Then he left.']],
  ['CROSSVILLE (WATE) – A boy has died, police say. He was 7.', ['CROSSVILLE (WATE) – A boy has died, police say.', 'He was 7.']],
  ['It happened at 3 p.m. Monday in Memphis, Tenn. Police came.', ['It happened at 3 p.m. Monday in Memphis, Tenn.', 'Police came.']],
  ['First line\nSecond line', ['First line', 'Second line']],
];

test('sentences survive domains, abbreviations, quotes and datelines', () => {
  for (const [text, expected] of CASES) assert.deepEqual(sentences(text), expected, text);
});

test('sentences carry their paragraph index and offsets into the text', () => {
  const text = 'One.\n\nTwo. Three.';
  const got = splitSentences(prepareDocument({ text }));
  assert.deepEqual(got.map((s) => [s.paragraph, s.index, text.slice(s.start, s.end)]), [[0, 0, 'One.'], [1, 1, 'Two.'], [1, 2, 'Three.']]);
});

test('tokens keep numbers, domains and hyphenated words whole', () => {
  const s = 'Tengrinews.kz: 3,811 detained, twenty-six killed, a 17-year-old hurt.';
  assert.deepEqual(tokenize(s).map((t) => t.text), ['Tengrinews.kz', ':', '3,811', 'detained', ',', 'twenty-six', 'killed', ',', 'a', '17-year-old', 'hurt', '.']);
});
