import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/analyse/tokens.js';
import { findNumbers } from '../../src/analyse/numbers.js';

// [sentence, expected surface of the number phrase, value, low, high, qualifier]
const FOUND: [string, string, number | null, number, number | null, string][] = [
  ['Police detained 3,811 individuals.', '3,811', 3811, 3811, 3811, 'exact'],
  ['Some 1.2 million people fled.', 'Some 1.2 million', 1_200_000, 1_200_000, 1_200_000, 'about'],
  ['twenty-six people were killed', 'twenty-six', 26, 26, 26, 'exact'],
  ['three thousand eight hundred and eleven people', 'three thousand eight hundred and eleven', 3811, 3811, 3811, 'exact'],
  ['a dozen men were arrested', 'a dozen', 12, 12, 12, 'exact'],
  ['two teenagers were shot', 'two', 2, 2, 2, 'exact'],
  ['a 17-year-old boy was shot', 'a 17-year-old boy', 1, 1, 1, 'exact'],
  ['an 18 year-old man was shot', 'an 18 year-old man', 1, 1, 1, 'exact'],
  ['a 2 month-old was hurt', 'a 2 month-old', 1, 1, 1, 'exact'],
  ['an armed man was killed', 'an armed man', 1, 1, 1, 'exact'],
  ['and a fourth was wounded', 'a fourth', 1, 1, 1, 'exact'],
  ['dozens were hurt', 'dozens', 24, 24, 99, 'vague'],
  ['hundreds of civilians', 'hundreds', 200, 200, 999, 'vague'],
  ['scores of people', 'scores', 40, 40, 199, 'vague'],
  ['several people were hurt', 'several', 3, 3, 9, 'vague'],
  ['a few people were hurt', 'a few', 2, 2, 5, 'vague'],
  ['thousands of protesters', 'thousands', 2000, 2000, 9999, 'vague'],
  ['at least 12 killed', 'at least 12', 12, 12, null, 'at_least'],
  ['more than 3,800 detained', 'more than 3,800', 3800, 3800, null, 'more_than'],
  ['nearly 40 dead', 'nearly 40', 40, 40, 40, 'about'],
  ['about 285 staff', 'about 285', 285, 285, 285, 'about'],
  ['up to 300 people', 'up to 300', 300, 0, 300, 'at_most'],
  ['over 100 arrested', 'over 100', 100, 100, null, 'more_than'],
  ['between 20 and 30 people', 'between 20 and 30', 20, 20, 30, 'about'],
  ['20-30 people', '20-30', 20, 20, 30, 'about'],
  ['two or three men', 'two or three', 2, 2, 3, 'about'],
  ['an equivalent number have been injured', 'an equivalent number', null, 0, null, 'exact'],
  ['Another 56 people were brought to hospitals', '56', 56, 56, 56, 'exact'],
  ['Another 53 were wounded.', '53', 53, 53, 53, 'exact'],
  ['Two of 40 people were hurt', 'Two', 2, 2, 2, 'exact'],
  ['a sixth-grader was shot', 'a sixth-grader', 1, 1, 1, 'exact'],
  ['three tenth-graders were hurt', 'three', 3, 3, 3, 'exact'],
  ['a business partner of the owner was shot', 'a business partner', 1, 1, 1, 'exact'],
  ['two men, believed to be 19 and 24, were hurt', 'two', 2, 2, 2, 'exact'],
  ['his twin sons were shot', 'twin sons', 2, 2, 2, 'exact'],
  ['her daughters, ages 6, 9 and 12, were hurt', 'daughters', 3, 3, 3, 'exact'],
  ['four travelers were shot', 'four', 4, 4, 4, 'exact'],
  ['a parishioner was hurt', 'a parishioner', 1, 1, 1, 'exact'],
  ['twin 15-year-old sisters were hurt', 'twin 15-year-old sisters', 2, 2, 2, 'exact'],
];

// sentences where no number of people may be found
const NOT_FOUND: string[] = [
  'In 2015 the law changed.',
  'It happened on January 8, 2022 at 3 p.m.',
  'John Smith, 25, was shot.',
  'It was in the 3500 block of Main Street.',
  'Shots rang out at 1200 North Main Street.',
  'Damage was put at $5 million.',
  'Prices rose 20 percent.',
  'according to the Khabar 24 news station',
  'a two-fold increase in prices',
  'a 9mm handgun and a .40-caliber pistol',
  'it was a second time for the family',
  'No. 3 was missing.',
  'the 45th homicide this year',
  'He was 17 years old.',
  'Police said 17 year-old John Doe was hurt.',
  'His sister called 911 and was taken to a hospital.',
  'The boy, who turns 4 on Friday, was hurt.',
  'Police gave the ages: another 52, others 37 — all men.',
  'Police named the women, 28 and 27, on Sunday.',
  'Police named the women, 28 and 27 on Sunday.',
  'The victims, believed to be 40 and 52, were found inside.',
  'The man, thought to be 35, was found inside.',
  'Police believed it to be 35 feet away.',
  'The fire started in the twin beds.',
  'They lived in the Twin Cities.',
  'Police named the girls, aged 11 and 12.',
  'Image 18 of 40 Friends gather outside the house.',
  'Photo 1 of / 44 Caption Close',
  'The father of three spoke to reporters.',
  'John Doe and Richard Roe, both 31 and of Springfield, were there.',
];

test('numbers: values, bounds, qualifiers and spans', () => {
  for (const [s, surface, value, low, high, qualifier] of FOUND) {
    const found = findNumbers(tokenize(s));
    assert.ok(found.length > 0, s);
    const m = found[0]!;
    assert.deepEqual([s.slice(m.start, m.end), m.value, m.low, m.high, m.qualifier], [surface, value, low, high, qualifier], s);
  }
});

test('numbers: years, dates, times, ages, addresses, money, percentages, names, fold, calibres are not counts', () => {
  for (const s of NOT_FOUND) assert.deepEqual(findNumbers(tokenize(s)).map((m) => s.slice(m.start, m.end)), [], s);
});
