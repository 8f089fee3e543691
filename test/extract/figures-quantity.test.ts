import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { extractFigures } from '../../src/extract/figures/index.js';

function summary(text: string): string[] {
  const doc = prepareDocument({ text });
  return extractFigures({ doc, sentences: splitSentences(doc), dates: [], places: [] }).map((f) => `${f.kind} ${f.value}`);
}

// a noun that only measures the count ("a total of") does not govern it as "the sister of" does
const CASES: [string, string[]][] = [
  ['A total of 164 people have been killed in the unrest.', ['killed 164']],
  ['A group of 30 protesters were detained outside the court.', ['detained 30']],
  ['The death toll rose to a total of 12 people killed.', ['killed 12']],
  // negatives: a preposition that governs the count names someone else
  ['The families of 12 victims met the mayor on Monday.', []],
  ['Police spoke with 40 witnesses after the shooting.', []],
];

test('figures: a count measured by "a total of", "a group of" is a count', () => {
  for (const [text, expected] of CASES) assert.deepEqual(summary(text), expected, text);
});
