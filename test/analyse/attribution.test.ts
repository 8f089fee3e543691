import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionOf, continuesPrevious, sourceKind, wordsBefore } from '../../src/analyse/attribution.js';
import { seeded } from './seeded.js';

// [sentence, expected chain as "name:kind", origin first]
const CHAINS: [string, string[]][] = [
  ['Police detained 30 people, according to Interior Ministry numbers reported by local media.', ['Interior Ministry:government', 'local media:media']],
  ['Ten people died, as per government figures acquired by Example.kz, reported Sputnik.', ['government:government', 'Example.kz:media', 'Sputnik:media']],
  ['Five were taken to hospitals, reported Sputnik.', ['Sputnik:media']],
  ['Riots left 12 people injured, according to the Khabar 24 news station, reported the global news agency.', ['Khabar 24 news station:media', 'global news agency:media']],
  ['According to CSTO Secretary General Stanislav Zas, the force has 2,500 troops.', ['CSTO Secretary General Stanislav Zas:international']],
  ['A driver was killed near the residence, media reported on Thursday.', ['media:media']],
  ['A boy has died after being shot, police say.', ['police:police']],
  ['The Millbrook Police Department says four children were left alone.', ['Millbrook Police Department:police']],
  ['Reuters reported, citing police, that 5 people died.', ['police:police', 'Reuters:media']],
  ['Two reporters were hurt, UN spokesperson Jane Doe said on Thursday.', ['UN spokesperson Jane Doe:international']],
  ['Dr. Jane Roe told reporters three patients died.', ['Dr. Jane Roe:person']],
  ['Three people were killed, the hospital said.', ['hospital:medical']],
  ['At least 164 people have been killed, state television reported, citing the health ministry.', ['health ministry:government', 'state television:media']],
];

// sentences that name no source
const NONE: string[] = ['A man was shot and killed Monday night.', 'Two people were killed, he said.', 'The protests spread to other cities.'];

test('attribution chains, origin first', () => {
  for (const [s, chain] of CHAINS) {
    const got = attributionOf(s, 0);
    assert.deepEqual(got?.chain.map((x) => `${x.name}:${x.kind}`), chain, s);
    assert.ok(got!.span!.start >= 0 && got!.span!.end <= s.length, s);
  }
});

test('sentences without a source give null', () => {
  for (const s of NONE) assert.equal(attributionOf(s, 0), null, s);
});

test('continuation openings carry the previous source', () => {
  assert.equal(continuesPrevious('Another 56 people were brought to hospitals.'), true);
  assert.equal(continuesPrevious('Of them, 3 are in critical condition.'), true);
  assert.equal(continuesPrevious('Protests spread to Almaty.'), false);
});

test('source kinds', () => {
  const kinds: [string, string][] = [['Interior Ministry', 'government'], ['Sputnik', 'media'], ['Tengrinews.kz', 'media'],
    ['Human Rights Watch', 'ngo'], ['the coroner', 'medical'], ['witnesses', 'witness'], ['Jane Roe', 'person'], ['UN', 'international']];
  for (const [name, kind] of kinds) assert.equal(sourceKind(name), kind, name);
});

test('wordsBefore: the last one to nine words before a point, each followed by white space', () => {
  // [text, from, to, expected words or null]
  const table: [string, number, number, string | null][] = [
    ['Police in the city said', 0, 19, 'Police in the city '],
    ['Hours later, state media reported', 0, 25, 'state media '],
    ['a b c d e f g h i j k said', 0, 22, 'c d e f g h i j k '],
    ['the U.S. O’Neill & Co-op  said', 0, 26, 'the U.S. O’Neill & Co-op  '],
    ['Police in the city said', 4, 19, 'ce in the city '],
    ['Police said', 0, 11, null],
    ['Police, said', 0, 8, null],
    ['𝐀𝐁 said', 0, 5, '𝐀𝐁 '], ['𝐀𝐁 said', 1, 5, '𝐁 '],
  ];
  for (const [text, from, to, expected] of table) {
    const at = wordsBefore(text, from, to);
    assert.equal(at < 0 ? null : text.slice(at, to), expected, text);
  }
});

test('wordsBefore: the same as the regular expression it replaces, on random strings', () => {
  const RE = /(?:[\p{L}\p{N}.’'&-]+\s+){1,9}$/u;
  const alphabet = ['a', 'Z', '1', ' ', ' ', ' ', 'b', '\u00a0', '-', "'", '’', '.', ',', '&', 'é', '𝐀', '\ud800', '\udc00', '\n', '٣', '_', '!'];
  const { int: random, string } = seeded(11);
  for (let t = 0; t < 5000; t++) {
    const s = string(alphabet, 40);
    const from = random(s.length + 1);
    const to = from + random(s.length - from + 1);
    const m = RE.exec(s.slice(from, to));
    assert.equal(wordsBefore(s, from, to), m ? from + m.index : -1, JSON.stringify([s, from, to]));
  }
});
