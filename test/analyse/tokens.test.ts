import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LETTER_OR_DIGIT, SPACE, runAfter, runBefore, tokenize } from '../../src/analyse/tokens.js';
import { seeded } from './seeded.js';

const texts = (text: string, start?: number, end?: number) => tokenize(text, start, end).map((t) => t.text);

test('tokens: runs of letters and digits joined by one inner - \' ’ . , : / &, else one character', () => {
  const table: [string, string[]][] = [
    ['26 people were killed.', ['26', 'people', 'were', 'killed', '.']],
    ['3,811 of the 1.2m at 3:15', ['3,811', 'of', 'the', '1.2m', 'at', '3:15']],
    ['a twenty-six year-old, the 17-year-old', ['a', 'twenty-six', 'year-old', ',', 'the', '17-year-old']],
    ["O’Neill's AT&T and/or Example.kz", ['O’Neill\'s', 'AT&T', 'and/or', 'Example.kz']],
    ['end-- --start . .5 5.', ['end', '-', '-', '-', '-', 'start', '.', '.', '5', '5', '.']],
    ['Σέρρες\u00a0Łódź ٣٤ 𝐀𝐁-c 😀!', ['Σέρρες', 'Łódź', '٣٤', '𝐀𝐁-c', '😀', '!']],
    ['  \t\n', []],
  ];
  for (const [text, expected] of table) assert.deepEqual(texts(text), expected, text);
});

test('tokens: offsets, the lower case with ’ folded, a span cut inside a token', () => {
  assert.deepEqual(tokenize('The PM’s aide', 0), [
    { start: 0, end: 3, text: 'The', lower: 'the' },
    { start: 4, end: 8, text: 'PM’s', lower: "pm's" },
    { start: 9, end: 13, text: 'aide', lower: 'aide' },
  ]);
  assert.deepEqual(texts('one two-three four', 4, 9), ['two-t']);
  assert.deepEqual(texts('x 𝐀𝐁 y', 3, 6), ['𝐀𝐁']); // a start inside a surrogate pair takes the whole pair
});

test('tokens: the same as the regular expression that defines them, on random strings', () => {
  const TOKEN = /[\p{L}\p{N}]+(?:[-'’.,:/&][\p{L}\p{N}]+)*|\S/gu;
  const alphabet = ['a', 'Z', '1', ' ', '\u00a0', '-', "'", '’', '.', ',', ':', '/', '&', 'é', 'Σ', '𝐀', '😀', '\ud800', '\udc00', '\n', '٣', '_', '!', '\u2028'];
  const { int: random, string } = seeded(7);
  for (let t = 0; t < 5000; t++) {
    const s = string(alphabet, 14);
    const start = random(s.length + 1);
    const end = start + random(s.length - start + 1);
    const expected: string[] = [];
    TOKEN.lastIndex = start;
    for (let m = TOKEN.exec(s); m !== null && m.index < end; m = TOKEN.exec(s)) expected.push(m[0].slice(0, end - m.index));
    assert.deepEqual(texts(s, start, end), expected, JSON.stringify([s, start, end]));
  }
});

test('tokens: each lower case is that of the token alone, also where a sentence-wide lower case would differ', () => {
  const lowers = (text: string, start?: number, end?: number) => tokenize(text, start, end).map((t) => t.lower);
  const table: [string, string[]][] = [
    ['The POLICE’S Chief', ['the', "police's", 'chief']],
    ["ΑΣ''Β", ['ας', "'", "'", 'β']], // 'ς' at the token's end, though 'σ' in the whole text's lower case
    ['İSTANBUL ist', ['i̇stanbul', 'ist']], // 'İ' lower-cases to two code units
    ['Łódź 𝐀𝐁 Éire', ['łódź', '𝐀𝐁', 'éire']],
  ];
  for (const [text, expected] of table) assert.deepEqual(lowers(text), expected, text);
  const alphabet = ['a', 'Z', ' ', '’', "'", '-', 'Σ', 'σ', 'İ', 'É', '𝐀', '\ud801\udc00', '.'];
  const { int: random, string } = seeded(11);
  for (let t = 0; t < 2000; t++) {
    const s = string(alphabet, 12);
    const start = random(s.length + 1);
    const end = start + random(s.length - start + 1);
    for (const token of tokenize(s, start, end)) assert.equal(token.lower, token.text.toLowerCase().replace(/’/g, "'"), JSON.stringify([s, start, end]));
  }
});

test('runBefore / runAfter: the run of one kind of character (and extra characters) that ends or begins at a point', () => {
  // [text, from, i, kind, also, expected start]
  const before: [string, number, number, number, string, number][] = [
    ['the U.S. said', 0, 8, LETTER_OR_DIGIT, '.', 4],
    ['the U.S. said', 0, 8, LETTER_OR_DIGIT, '', 8],
    ['the U.S. said', 0, 7, LETTER_OR_DIGIT, '', 6],
    ['Łódź said', 0, 4, LETTER_OR_DIGIT, '', 0],
    ['x𝐀𝐁 y', 0, 5, LETTER_OR_DIGIT, '', 0],
    ['x𝐀𝐁 y', 2, 5, LETTER_OR_DIGIT, '', 3], // the pair cut by `from` is not a letter
    ['said  \u00a0\n', 0, 8, SPACE, '', 4],
    ['abc', 3, 3, LETTER_OR_DIGIT, '', 3],
  ];
  for (const [text, from, i, kind, also, expected] of before) assert.equal(runBefore(text, from, i, kind, also), expected, text);
  // [text, i, to, kind, expected end]
  const after: [string, number, number, number, number][] = [
    ['Smith said', 0, 10, LETTER_OR_DIGIT, 5],
    ['Smith said', 0, 3, LETTER_OR_DIGIT, 3],
    ['𝐀𝐁-c', 0, 5, LETTER_OR_DIGIT, 4],
    ['𝐀𝐁-c', 0, 3, LETTER_OR_DIGIT, 2], // the pair cut by `to` is not a letter
    ['  \tx', 0, 4, SPACE, 3],
  ];
  for (const [text, i, to, kind, expected] of after) assert.equal(runAfter(text, i, to, kind), expected, text);
});
