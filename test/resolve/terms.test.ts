import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctiveTerms } from '../../src/resolve/terms.js';

// [text, terms that must be there, terms that must not]
const CASES: [string, string[], string[]][] = [
  ['Jane Doe, 27, was shot on Elm Street in Millbrook. Doe died.', ['jane', 'doe', 'jane doe', 'elm street', 'elm', 'millbrook'], ['street']],
  ['Police said the 7-year-old boy was hit in the 1600 block of North 8th Street.', ['age:7', 'block:1600'], ['police', 'north']],
  ['Officials said on Monday that nobody was hurt.', [], ['officials', 'monday']],
  ['He was taken to Mount Sinai Hospital, police said.', ['mount sinai hospital', 'mount', 'sinai'], ['hospital', 'he']],
];

for (const [text, present, absent] of CASES) {
  test(`distinctiveTerms: ${text.slice(0, 40)}…`, () => {
    const terms = distinctiveTerms(text);
    for (const t of present) assert.ok(terms.has(t), `missing ${t} in ${[...terms.keys()].join(', ')}`);
    for (const t of absent) assert.ok(!terms.has(t), `unexpected ${t}`);
  });
}

test('a name repeated counts each time', () => {
  assert.equal(distinctiveTerms('Officers found Smith. Later Smith and Jones left; Smith returned.').get('smith'), 3);
});
