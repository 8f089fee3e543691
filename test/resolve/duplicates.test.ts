import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateIndex, minhash, normaliseForShingles, similarity, titleContainment, wordHashes } from '../../src/resolve/duplicates.js';
import { seeded } from '../analyse/seeded.js';

const STORY =
  'The Millbrook Police Department says a 7-year-old boy was shot at the same home where, about 14 hours afterwards, ' +
  'a drive-by shooting peppered the front windows with bullets. Police said that while looking into the drive-by, ' +
  'which took place around 1:10 a.m. on Feb. 4, officers found out the boy had been shot near 10:45 a.m. on Feb. 3. Officers ' +
  'called for an ambulance, but relatives drove the boy to the hospital in their own car, according to police.';
const OTHER =
  'Two men were wounded in a shooting outside a bar on Elm Street late Saturday, and police arrested a 23-year-old man a few hours ' +
  'later. Investigators said the men had argued inside the bar before the shooting. Both victims were taken to a hospital in stable ' +
  'condition. The suspect faces two counts of aggravated assault and is being held at the county jail without bond.';

test('a republished copy with a different site footer is a duplicate of the first', () => {
  const index = new DuplicateIndex();
  assert.equal(index.add('kxyz', STORY, 'Police: 7-year-old shot hours before drive-by shooting in Millbrook - KXYZ News 4'), null);
  const match = index.add('wxyz', `${STORY} Copyright 2018 WXYZ. All rights reserved.`, 'Police: 7-year-old shot hours before drive-by shooting in Millbrook - WXYZ 7 News');
  assert.equal(match?.duplicateOf, 'kxyz');
  assert.ok(match!.similarity >= 0.8);
});

test('a copy of a copy points at the earliest original', () => {
  const index = new DuplicateIndex();
  index.add('a', STORY);
  index.add('b', `${STORY} Updated.`);
  const match = index.add('c', `${STORY} Updated again later.`);
  assert.equal(match?.duplicateOf, 'a');
});

test('different stories are not duplicates', () => {
  const index = new DuplicateIndex();
  index.add('a', STORY);
  assert.equal(index.add('b', OTHER), null);
});

test('same boilerplate text under different headlines is not a duplicate', () => {
  const boilerplate = 'Sign in using your profile. By submitting your registration information, you agree to our Terms of Service and Privacy Policy. Already have an account? We have sent a confirmation email to your address, please click the link to finish.';
  const index = new DuplicateIndex();
  index.add('a', boilerplate, 'Teen in critical condition after accidental shooting');
  assert.equal(index.add('b', boilerplate, 'Sheriff: 11-year-old in custody after shooting brother'), null);
  assert.equal(index.add('c', boilerplate, 'Teen in critical condition after accidental shooting - WHBQ')?.duplicateOf, 'a');
});

test('texts under 25 words have no signature and are never duplicates', () => {
  assert.equal(minhash('Two people were shot on Monday.'), null);
  const index = new DuplicateIndex();
  index.add('a', 'Two people were shot on Monday.');
  assert.equal(index.add('b', 'Two people were shot on Monday.'), null);
});

test('signatures are deterministic and similarity estimates overlap', () => {
  assert.deepEqual(minhash(STORY), minhash(STORY));
  assert.equal(similarity(minhash(STORY)!, minhash(STORY)!), 1);
  assert.ok(similarity(minhash(STORY)!, minhash(OTHER)!) < 0.2);
});

test('a restored index finds duplicates of documents loaded from the store', () => {
  const index = new DuplicateIndex();
  index.load({ id: 'stored', signature: minhash(STORY)!, duplicateOf: null });
  assert.equal(index.add('new', STORY)?.duplicateOf, 'stored');
});

// [a, b, expected containment]
const TITLES: [string | null, string, number][] = [
  [null, 'Anything', 1],
  ['Man shot on Elm Street', 'Man shot on Elm Street - Local 4 News', 1],
  ['Teen in critical condition after accidental shooting', 'MPD: Teen arrested after shooting 18-year-old girl in chest', 0.4],
];
for (const [a, b, expected] of TITLES) {
  test(`titleContainment(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => assert.equal(titleContainment(a, b), expected));
}

/** FNV-1a over a word's UTF-16 code units: the word hash the signatures are built from. */
function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h | 0;
}

test('word hashes are the hashes of the normalised words, whatever the characters', () => {
  const table: [string, string[]][] = [
    ["Don't SHOOT, o’neil!", ['dont', 'shoot', 'oneil']],
    ['“Quoted” words—dashed 42-year-old', ['quoted', 'words', 'dashed', '42', 'year', 'old']],
    ['Café ŞEHİR Σοφία ٣٤', ['café', 'şehi', 'r', 'σοφία', '٣٤']], // İ lower-cases to i and a combining dot: a break
    ["'' ’ '", []],
    ['𝒜lpha 😀 beta', ['𝒜lpha', 'beta']],
  ];
  for (const [text, words] of table) {
    assert.deepEqual(normaliseForShingles(text), words, text);
    assert.deepEqual([...wordHashes(text)], words.map(fnv1a), text);
  }
  const alphabet = ['a', 'Z', '7', ' ', "'", '’', '-', '.', 'é', 'İ', 'Σ', 'ß', '\u0301', '٣', '“', '𝒜', '😀', '\ud800', '\udc00', '\n'];
  const random = seeded(11);
  for (let i = 0; i < 2000; i++) {
    const text = random.string(alphabet, 40);
    assert.deepEqual([...wordHashes(text)], normaliseForShingles(text).map(fnv1a), JSON.stringify(text));
  }
});
