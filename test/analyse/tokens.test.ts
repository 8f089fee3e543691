import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/analyse/tokens.js';

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
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let t = 0; t < 5000; t++) {
    let s = '';
    for (let i = random(14); i > 0; i--) s += alphabet[random(alphabet.length)];
    const start = random(s.length + 1);
    const end = start + random(s.length - start + 1);
    const expected: string[] = [];
    TOKEN.lastIndex = start;
    for (let m = TOKEN.exec(s); m !== null && m.index < end; m = TOKEN.exec(s)) expected.push(m[0].slice(0, end - m.index));
    assert.deepEqual(texts(s, start, end), expected, JSON.stringify([s, start, end]));
  }
});
