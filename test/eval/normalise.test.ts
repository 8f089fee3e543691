import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cityMatches,
  dateMatches,
  goldCityNames,
  normaliseName,
  regionMatches,
  sourceMatches,
} from '../../src/eval/normalise.js';

test('normaliseName: case, leading "the", possessive, punctuation, accents', () => {
  const cases: Array<[string, string]> = [
    ['The Interior Ministry', 'interior ministry'],
    ["Kazakhstan's Interior Ministry", 'kazakhstan interior ministry'],
    ['Kazakhstan’s police', 'kazakhstan police'],
    ['Tengrinews.kz', 'tengrinews kz'],
    ['  Khabar 24 ', 'khabar 24'],
    ['Ministère de l’Intérieur', 'ministere de linterieur'],
    ['', ''],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseName(input), expected, input);
});

test('sourceMatches: equal or containment either way, as whole words', () => {
  const yes: Array<[string, string]> = [
    ['CSTO Secretary General Stanislav Zas', 'Stanislav Zas'],
    ['Zas', 'Stanislav Zas'],
    ['the government', 'government'],
    ["Kazakhstan's Interior Ministry", 'Interior Ministry'],
    ['TENGRINEWS.KZ', 'Tengrinews.kz'],
  ];
  const no: Array<[string | null, string]> = [
    ['UN', 'unrest monitors'],
    ['Sputnik', 'Tengrinews.kz'],
    [null, 'government'],
    ['', 'government'],
    ['...', 'government'],
  ];
  for (const [a, b] of yes) assert.ok(sourceMatches(a, b), `${a} ~ ${b}`);
  for (const [a, b] of no) assert.ok(!sourceMatches(a, b), `${a} !~ ${b}`);
});

test('regionMatches: generic suffixes dropped, no containment', () => {
  assert.ok(regionMatches('Kyzylorda Region', 'Kyzylorda'));
  assert.ok(regionMatches('Kyzylorda', 'Kyzylorda Region'));
  assert.ok(regionMatches('Mangystau Oblast', 'Mangystau'));
  assert.ok(regionMatches('tennessee', 'Tennessee'));
  assert.ok(!regionMatches('Virginia', 'West Virginia'));
  assert.ok(!regionMatches('West Virginia', 'Virginia'));
  assert.ok(!regionMatches(null, 'Texas'));
  assert.ok(!regionMatches('Region', 'Texas'));
});

test('goldCityNames and cityMatches: GVA "City (Neighbourhood)" and "(county)", abbreviations', () => {
  assert.deepEqual(goldCityNames('Chicago (Englewood)'), ['chicago', 'englewood']);
  assert.deepEqual(goldCityNames('Catawba (county)'), ['catawba', 'catawba county']);
  assert.deepEqual(goldCityNames(['Zhanaozen', 'Aktau']), ['zhanaozen', 'aktau']);
  const yes: Array<[string, string | string[]]> = [
    ['Englewood', 'Chicago (Englewood)'],
    ['Chicago', 'Chicago (Englewood)'],
    ['St. Louis', 'Saint Louis'],
    ['Ft. Worth', 'Fort Worth'],
    ['Mt Vernon', 'Mount Vernon'],
    ['Fort McCoy', 'Fort Mc Coy (Fort McCoy)'],
    ['Catawba County', 'Catawba (county)'],
    ['Aktau', ['Zhanaozen', 'Aktau']],
  ];
  const no: Array<[string | null, string | string[]]> = [
    ['Chicago Heights', 'Chicago'],
    ['York', 'New York'],
    [null, 'Chicago'],
    ['Almaty', ['Zhanaozen', 'Aktau']],
  ];
  for (const [a, b] of yes) assert.ok(cityMatches(a, b), `${a} ~ ${b}`);
  for (const [a, b] of no) assert.ok(!cityMatches(a, b), `${a} !~ ${b}`);
});

test('dateMatches: tolerance in days, time of day ignored', () => {
  assert.ok(dateMatches('2022-01-05', '2022-01-05'));
  assert.ok(dateMatches('2022-01-05T08:21', '2022-01-05'));
  assert.ok(!dateMatches('2022-01-06', '2022-01-05'));
  assert.ok(dateMatches('2022-01-06', '2022-01-05', 1));
  assert.ok(dateMatches('2022-01-04', '2022-01-05', 1));
  assert.ok(!dateMatches('2022-01-07', '2022-01-05', 1));
  assert.ok(dateMatches('2022-01-01', '2021-12-31', 1));
  assert.ok(!dateMatches(null, '2022-01-05', 5));
  assert.ok(!dateMatches('Wednesday', '2022-01-05', 5));
});
