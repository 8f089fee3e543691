import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDatesIn, NO_REFERENCE } from '../../src/analyse/dates/index.js';

// [sentence, reference, expected span text, start, end, precision]
type Row = [string, string | null, string, string | null, string | null, 'day' | 'range' | 'month' | 'year'];

// Saturday 2022-01-08 is the reference of most rows (the seed article's day).
const SAT = '2022-01-08T08:21';

const POSITIVE: Row[] = [
  // weekdays: news prefers the past
  ['The riots grew particularly violent on Wednesday.', SAT, 'Wednesday', '2022-01-05', '2022-01-05', 'day'],
  ['Tokayev said on Friday he would not negotiate.', SAT, 'Friday', '2022-01-07', '2022-01-07', 'day'],
  ['Protesters gathered Tuesday in the square.', '2022-01-05', 'Tuesday', '2022-01-04', '2022-01-04', 'day'],
  ['A boy was shot Monday afternoon, police say.', '2016-01-25', 'Monday afternoon', '2016-01-25', '2016-01-25', 'day'],
  ['Two men were shot Saturday night outside a bar.', '2016-04-11', 'Saturday night', '2016-04-09', '2016-04-09', 'day'],
  ['A teen was shot early Sunday in the East End.', '2017-02-20', 'early Sunday', '2017-02-19', '2017-02-19', 'day'],
  ['Four men were wounded late Friday, authorities said.', '2014-11-08', 'late Friday', '2014-11-07', '2014-11-07', 'day'],
  ['The store was robbed last Monday.', '2022-01-10', 'last Monday', '2022-01-03', '2022-01-03', 'day'],
  ['He is scheduled to appear in court Monday.', SAT, 'Monday', '2022-01-10', '2022-01-10', 'day'],
  ['The vote is set for next Tuesday.', SAT, 'next Tuesday', '2022-01-11', '2022-01-11', 'day'],
  ['Police were called Saturday at about 11:30 p.m. to the home.', '2016-07-04', 'Saturday at about 11:30 p.m.', '2016-07-02', '2016-07-02', 'day'],
  ['It happened around 3 p.m. Sunday in the 1200 block.', '2016-07-04', '3 p.m. Sunday', '2016-07-03', '2016-07-03', 'day'],
  ['The deputy was killed on Saturday, Oct. 29.', '2016-11-30', 'Saturday, Oct. 29', '2016-10-29', '2016-10-29', 'day'],
  ["Sunday's shooting left two dead.", '2017-01-09', 'Sunday', '2017-01-08', '2017-01-08', 'day'],
  // relative days
  ['Gunfire broke out last night near the stadium.', SAT, 'last night', '2022-01-07', '2022-01-07', 'day'],
  ['The minister resigned this morning.', SAT, 'this morning', '2022-01-08', '2022-01-08', 'day'],
  ['A curfew was imposed yesterday.', SAT, 'yesterday', '2022-01-07', '2022-01-07', 'day'],
  ['Officers returned late yesterday afternoon.', SAT, 'late yesterday afternoon', '2022-01-07', '2022-01-07', 'day'],
  ['The bodies were found the day before yesterday.', SAT, 'the day before yesterday', '2022-01-06', '2022-01-06', 'day'],
  ['Two people were shot two days ago.', SAT, 'two days ago', '2022-01-06', '2022-01-06', 'day'],
  // periods
  ['Mass protests began earlier in the week in Zhanaozen.', SAT, 'earlier in the week', '2022-01-03', '2022-01-08', 'range'],
  ['Mass protests began earlier this week.', SAT, 'earlier this week', '2022-01-03', '2022-01-08', 'range'],
  ['Prices doubled last week.', SAT, 'last week', '2021-12-27', '2022-01-02', 'range'],
  ['Three were shot over the weekend.', '2016-04-11', 'over the weekend', '2016-04-09', '2016-04-10', 'range'],
  ['The law was passed last month.', SAT, 'last month', '2021-12-01', '2021-12-31', 'month'],
  ['Unemployment rose last year.', SAT, 'last year', '2021-01-01', '2021-12-31', 'year'],
  ['Protests have continued since Sunday.', SAT, 'since Sunday', '2022-01-02', '2022-01-08', 'range'],
  // "until" gives an end with an open start
  ['He declared a state of emergency until January 19.', SAT, 'until January 19', null, '2022-01-19', 'range'],
  ['Flights to Kazakhstan are suspended until January 9, media reported.', SAT, 'until January 9', null, '2022-01-09', 'range'],
  ['The curfew runs from Jan. 5 to Jan. 19.', SAT, 'from Jan. 5 to Jan. 19', '2022-01-05', '2022-01-19', 'range'],
  ['Roads were closed between Monday and Wednesday.', SAT, 'between Monday and Wednesday', '2022-01-03', '2022-01-05', 'range'],
  ['The festival ran Jan. 5-7.', SAT, 'Jan. 5-7', '2022-01-05', '2022-01-07', 'range'],
  // written dates and the year they belong to
  ['The shooting happened Dec. 28 in the parking lot.', '2022-01-03', 'Dec. 28', '2021-12-28', '2021-12-28', 'day'],
  ['Charges were filed Jan. 3.', '2022-01-10', 'Jan. 3', '2022-01-03', '2022-01-03', 'day'],
  ['He was born on January 8, 1990.', SAT, 'January 8, 1990', '1990-01-08', '1990-01-08', 'day'],
  ['Elections were held on 19 March 2021.', SAT, '19 March 2021', '2021-03-19', '2021-03-19', 'day'],
  ['The plant closed in March.', '2022-06-10', 'March', '2022-03-01', '2022-03-31', 'month'],
  ['The plant opened in September 2015.', SAT, 'September 2015', '2015-09-01', '2015-09-30', 'month'],
  ['The group has been banned since 2019.', SAT, 'since 2019', '2019-01-01', '2022-01-08', 'range'],
  ['The report was dated 1/25/2016.', SAT, '1/25/2016', '2016-01-25', '2016-01-25', 'day'],
  ['The report was dated 2022-01-05.', SAT, '2022-01-05', '2022-01-05', '2022-01-05', 'day'],
  // holidays
  ['A man was shot on Christmas Eve.', '2016-12-27', 'Christmas Eve', '2016-12-24', '2016-12-24', 'day'],
  ['Fireworks were set off on New Year’s Eve.', '2017-01-02', 'New Year’s Eve', '2016-12-31', '2016-12-31', 'day'],
  ['He was shot on Thanksgiving night.', '2016-11-26', 'Thanksgiving night', '2016-11-24', '2016-11-24', 'day'],
  // a clock time alone is a time of the reference day (the evening before when later than the reference time)
  ['The car was parked there around 3:15 p.m.', '2016-01-25', '3:15 p.m.', '2016-01-25', '2016-01-25', 'day'],
  ['Shots were heard at 11 p.m.', '2022-01-08T08:21', '11 p.m.', '2022-01-07', '2022-01-07', 'day'],
  // anaphors resolve against the date before them, or the date they name
  ['He was shot Friday. He died the next day.', SAT, 'the next day', '2022-01-08', '2022-01-08', 'day'],
  ['A girl was shot the day after Thanksgiving.', '2016-11-30', 'the day after Thanksgiving', '2016-11-25', '2016-11-25', 'day'],
  // written years after holidays and months; year ranges
  ['He filed for divorce on Valentine’s Day, 2011 in Kansas City.', SAT, 'Valentine’s Day, 2011', '2011-02-14', '2011-02-14', 'day'],
  ['He entered the Navy in May of 2014.', SAT, 'May of 2014', '2014-05-01', '2014-05-31', 'month'],
  ['He served from 2002 to 2004.', SAT, 'from 2002 to 2004', '2002-01-01', '2004-12-31', 'range'],
];

for (const [sentence, reference, span, start, end, precision] of POSITIVE) {
  test(`"${span}" in "${sentence}" (reference ${reference})`, () => {
    const { mentions } = findDatesIn(sentence, reference);
    const mention = mentions.find((m) => m.text === span);
    assert.ok(mention, `no mention "${span}" among ${JSON.stringify(mentions.map((m) => m.text))}`);
    assert.equal(sentence.slice(mention.start, mention.end), span);
    assert.deepEqual(mention.value, { start, end, precision });
  });
}

// [sentence, reference, text that must not be (part of) a date mention]
const NEGATIVE: Array<[string, string, string]> = [
  ['The hotline is open 24/7 for victims.', SAT, '24/7'],
  ['Security has tightened since 9/11.', SAT, '9/11'],
  ['A 24-year-old man was shot.', SAT, '24'],
  ['The Lakers won 3-2 on aggregate.', SAT, '3-2'],
  ['Protesters may march to the square.', SAT, 'march'],
  ['May God rest his soul, his mother said.', SAT, 'May'],
  ['Shoppers crowded stores on Black Friday.', SAT, 'Friday'],
  ['She teaches Sunday school at the church.', SAT, 'Sunday'],
  ['Crowds marked Bloody Sunday again.', SAT, 'Sunday'],
  ['Christmas shopping was down.', SAT, 'Christmas'],
  ['He spent the week in hospital.', SAT, 'week'],
  ['The company employs 2015 people.', SAT, '2015'],
  ['He served 12 years in prison.', SAT, '12 years'],
  ['The 1200 block of Main Street was closed.', SAT, '1200'],
  ['The day after the shooting, police made an arrest.', SAT, 'The day after'],
];

for (const [sentence, reference, text] of NEGATIVE) {
  test(`no date in "${text}" of "${sentence}"`, () => {
    const { mentions } = findDatesIn(sentence, reference);
    const at = sentence.indexOf(text);
    const hit = mentions.find((m) => m.start < at + text.length && at < m.end);
    assert.equal(hit, undefined, `unexpected ${JSON.stringify(hit)}`);
  });
}

test('without a reference, relative dates stay open and one message says so; absolute ones resolve', () => {
  const text = 'Protests began on Wednesday. On Thursday the army arrived. The law of March 3, 2020 applies.';
  const { mentions, messages } = findDatesIn(text, null);
  assert.deepEqual(mentions.map((m) => [m.text, m.value.start]), [['Wednesday', null], ['Thursday', null], ['March 3, 2020', '2020-03-03']]);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.code, NO_REFERENCE);
});

test('the reference day does not move with the time zone or the hour', () => {
  for (const reference of ['2022-01-08', '2022-01-08T00:01', '2022-01-08T23:59', '2022-01-08T08:21:00+06:00', '2022-01-08T23:00:00Z']) {
    const { mentions } = findDatesIn('It grew violent on Wednesday.', reference);
    assert.equal(mentions[0]!.value.start, '2022-01-05', reference);
  }
});

test('every mention text equals its slice', () => {
  const text = 'On Monday, Jan. 5, 2015 at 3 p.m., since Sunday, until Jan. 19 and earlier this week — two days ago.';
  for (const m of findDatesIn(text, SAT).mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('findDates leaves one W_DATE_NO_REFERENCE message on the document, however many relative dates', async () => {
  const { findDates } = await import('../../src/analyse/dates/index.js');
  const text = 'Protests began on Wednesday. Yesterday the army arrived. Last night it was calm.';
  const doc = {
    id: 'd', text, reference: null, paragraphs: [{ start: 0, end: text.length }], ignored: [], messages: [],
    info: { title: null, publishedAt: null, language: null, outlet: null, url: null, duplicateOf: null },
  };
  const mentions = findDates(doc, [{ start: 0, end: text.length, index: 0, paragraph: 0 }]);
  assert.equal(mentions.length, 3);
  findDates(doc, [{ start: 0, end: text.length, index: 0, paragraph: 0 }]);
  assert.deepEqual(doc.messages.map((m) => m.code), [NO_REFERENCE]);
});

test('a written reference is read as well as an ISO one; odd input does not throw', () => {
  assert.equal(findDatesIn('It grew violent on Wednesday.', 'January 8, 2022, 8:21 am').mentions[0]!.value.start, '2022-01-05');
  assert.deepEqual(findDatesIn('', SAT).mentions, []);
  assert.deepEqual(findDatesIn('On 99/99/9999 and Feb. 30 and 31/31 at 25:99 pm.', SAT).mentions.map((m) => m.text), []);
});
