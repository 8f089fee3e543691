import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { extractFigures, hasHotWord } from '../../src/extract/figures/index.js';
import type { Figure } from '../../src/model/index.js';

function figures(text: string): Figure[] {
  const doc = prepareDocument({ text });
  return extractFigures({ doc, sentences: splitSentences(doc), dates: [], places: [] });
}

function summary(text: string): string[] {
  return figures(text).map((f) => `${f.kind} ${f.value}${f.qualifier === 'exact' ? '' : ` ${f.qualifier}`}${f.scope === 'incident' ? '' : ` ${f.scope}`}`);
}

// [text, expected figures "kind value [qualifier] [scope]"]
const CASES: [string, string[]][] = [
  ['Police detained 3,811 individuals during riots.', ['detained 3811']],
  ['At least 26 people were killed and dozens were injured.', ['killed 26 at_least', 'injured 24 vague']],
  ['Since the start of the unrest, 26 people have been killed and an equivalent number have been injured.', ['killed 26 cumulative', 'injured 26 cumulative']],
  ['Another 56 people were brought to hospitals, with 25 of them in intensive care.', ['hospitalized 56', 'injured 56', 'critical 25']],
  ['Violent protests left 182 people injured.', ['injured 182']],
  ['The peacekeeping force is comprised of 2,500 troops on the ground.', ['troops 2500']],
  ['A driver of a camera crew was killed near the residence.', ['killed 1']],
  ['A man was shot and killed Monday night.', ['killed 1']],
  ['A 17-year-old boy was shot on Main Street. He was taken to a hospital where he was declared deceased.', ['casualties 1', 'killed 1']],
  ['Two men were shot late Sunday. Both are expected to survive.', ['casualties 2', 'injured 2']],
  ['Two men were shot, one fatally.', ['casualties 2', 'injured 1', 'killed 1']],
  ['A woman was killed and another man was wounded in the shooting.', ['killed 1', 'injured 1']],
  ['A man was shot and wounded on Friday. He later died at the hospital.', ['killed 1']],
  ['A man fired shots at a house on Elm Street. No one was hurt.', []],
  ['Thousands of protesters gathered in the square.', ['participants 2000 vague']],
  ['The gunman killed two people and injured three others.', ['killed 2', 'injured 3']],
  ['Nine children have been hurt or killed by gunfire in the city.', ['casualties 9']],
  ['Four men were wounded or killed in the attack.', ['casualties 4']],
];

// sentences with numbers that are not figures
const NONE: string[] = [
  'The shooting happened in the 3500 block of Main Street at 3 p.m. on January 8, 2022.',
  'A 9mm handgun and a .40-caliber pistol were found; he was 17 years old.',
  'Prices saw a two-fold increase of 20 percent, costing $5 million.',
  'It was the city’s 45th homicide this year.',
  'Officers fired 10 shots and two cars were damaged.',
  'Police said a man shot at a car. Nobody was injured.',
];

test('figures: kinds, values, qualifiers, scopes', () => {
  for (const [text, expected] of CASES) assert.deepEqual(summary(text), expected, text);
});

test('figures: numbers that are not figures', () => {
  for (const text of NONE) assert.deepEqual(summary(text), [], text);
});

test('figures: evidence is the slice of the text, sentence first', () => {
  const text = 'Title line here\n\nIt began on Monday. Police said 3 people were killed in the clashes.';
  for (const f of figures(text)) {
    for (const e of f.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    assert.equal(f.evidence[0]!.text, 'Police said 3 people were killed in the clashes.');
    assert.equal(f.evidence[1]!.text, '3');
  }
});

test('figures: attribution carries to a continuing sentence, not to others', () => {
  const text = 'Ten people died, reported Sputnik. Another 5 people were taken to hospital. Police later detained 12 people.';
  const got = figures(text).map((f) => [f.kind, f.value, f.attribution.map((a) => a.name)]);
  assert.deepEqual(got, [['killed', 10, ['Sputnik']], ['hospitalized', 5, ['Sputnik']], ['detained', 12, []]]);
});

test('figures: other stories on the page are left out', () => {
  const text = 'A man was shot and killed on Monday.\n\nRelated:\n\nFive people killed in a crash on the highway.';
  assert.deepEqual(summary(text), ['killed 1']);
});

test('figures: the hot-word prefilter keeps every sentence that can hold a figure', () => {
  const keep = ['Two were KILLED.', 'He didn’t survive the night.', 'She had non-life-threatening injuries.', 'Snake_killed two', 'Police detained 12 people.'];
  const skip = ['The suspect ran to a grey car.', 'The unkilled plant grew.', 'Officers are asking anyone with information to call.'];
  for (const s of keep) assert.equal(hasHotWord(s), true, s);
  for (const s of skip) assert.equal(hasHotWord(s), false, s);
});
