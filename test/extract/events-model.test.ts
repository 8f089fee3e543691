import { test } from 'node:test';
import assert from 'node:assert/strict';
import { features, modelWords } from '../../src/extract/events/features.js';
import { countFeatures, NaiveBayes, type NaiveBayesCounts } from '../../src/extract/events/naive-bayes.js';

test('the model reads stemmed words without function words, then adjacent pairs', () => {
  const table: [string, string[], string[]][] = [
    ['Warplanes bombed the town', ['warplan', 'bomb', 'town'], ['warplan bomb', 'bomb town']],
    ['The 3 rioters were dispersed', ['rioter', 'dispers'], ['rioter dispers']],
    ['of the and', [], []],
  ];
  for (const [text, words, pairs] of table) {
    assert.deepEqual(modelWords(text), words, text);
    assert.deepEqual(features(text), [...words, ...pairs], text);
  }
});

/** The plain reading: one look-up per feature string, in the order of `features`. */
function reference(c: NaiveBayesCounts, text: string, temperature: number, alpha = 0.5): number[] | null {
  const n = c.classes.length;
  const allDocs = c.docs.reduce((a, b) => a + b, 0);
  const score = c.docs.map((d) => Math.log((d + 1) / (allDocs + n)));
  let seen = 0;
  for (const f of features(text)) {
    const counts = c.counts[f];
    if (!counts) continue;
    seen++;
    const row = c.totals.map((t) => Math.log(alpha / (t + alpha * c.vocabulary)));
    for (let i = 0; i < counts.length; i += 2) row[counts[i]!] = Math.log((counts[i + 1]! + alpha) / (c.totals[counts[i]!]! + alpha * c.vocabulary));
    for (let k = 0; k < n; k++) score[k]! += row[k]!;
  }
  if (seen === 0) return null;
  const max = Math.max(...score);
  const e = score.map((s) => Math.exp((s - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

test('naive Bayes reads word pairs by their words and scores as one look-up per feature string would', () => {
  // invented training texts; then counts by hand with pairs whose words are no features of their own
  const trained = countFeatures(
    ['Riot police fired tear gas at protesters', 'Gunmen attacked a village at night', 'Protesters marched peacefully to parliament', 'Rebels shelled the town'],
    [0, 1, 0, 1],
    ['DEMO', 'FIGHT'],
  );
  const byHand: NaiveBayesCounts = {
    classes: ['A', 'B', 'C'], docs: [3, 1, 2], totals: [40, 12, 25], vocabulary: 30,
    counts: { riot: [0, 4], 'tear gas': [0, 3, 2, 1], 'stone throw': [1, 2], 'riot polic': [0, 2, 2, 1] },
  };
  const texts = ['Riot police fired tear gas', 'Gunmen attacked the village; protesters marched', 'Youths threw stones at riot police', 'Tear gas, tear gas', 'Nothing known here', ''];
  for (const counts of [trained, byHand]) {
    const model = new NaiveBayes(counts);
    for (const text of texts) {
      const got = model.probabilities(text, 4);
      const want = reference(counts, text, 4);
      assert.deepEqual(got && [...got], want, text);
    }
  }
  assert.equal(new NaiveBayes(byHand).probabilities('Nothing known here', 4), null);
});
