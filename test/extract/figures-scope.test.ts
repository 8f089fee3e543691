import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scopeOf } from '../../src/extract/figures/index.js';

// [sentence, scope of its figures]
const CASES: [string, 'incident' | 'cumulative' | 'other'][] = [
  ['Police detained 3,811 individuals during riots.', 'incident'],
  ['Since the start of the turmoil, 26 people have been killed.', 'cumulative'],
  ['Five people were shot across the city since Friday.', 'cumulative'],
  ['Two years ago, 5 people were killed in a similar shooting.', 'other'],
  // those still held are a stock on one day, not the number detained
  ['766 people remain in custody.', 'other'],
  ['Of those arrested, 120 are still in police custody.', 'other'],
  ['About 40 protesters remained behind bars on Tuesday.', 'other'],
  ['Twelve men are still being held, the ministry said.', 'other'],
  // negatives: the arrest itself, and "remain" of something else
  ['Police took 40 people into custody on Tuesday.', 'incident'],
  // "in total" sums the victims of one incident; a running total says its period
  ['In total, two people were killed, including the gunman, and six others were hurt.', 'incident'],
  ['In total, 26 people have been killed since the start of the unrest.', 'cumulative'],
  // a court case names the year of its incident after the court's word; a statistic or a past case before it stays as it was
  ['A man pleaded guilty to fatally shooting three people at a farmhouse in 2014.', 'incident'],
  ['Four men are accused of killing two teenagers in March 2016.', 'incident'],
  ['In 2012, Doe was charged with the murder of two men.', 'cumulative'],
  ['In 2015, 400 people were killed in the city.', 'cumulative'],
  ['A man pleaded guilty on Monday to killing his two brothers and wounding his wife last year.', 'incident'],
  ['Last year, 300 people were shot in the city.', 'cumulative'],
  ['The only man arrested after a gunfight left one dead and nine hurt on Main Street last year is due in court.', 'incident'],
  ['Three people remain in critical condition.', 'incident'],
  ['Two suspects were held for questioning.', 'incident'],
  // rates over a year are statistics, not the incident; "a year ago" stays history
  ['About a dozen children in the state die annually in accidents with guns.', 'other'],
  ['Guns kill thousands of people every year.', 'other'],
  ['On average, four people are shot each year at the fair.', 'other'],
  ['A year ago, two men were killed on the same corner.', 'other'],
  ['A man who was shot last Friday died on Sunday.', 'incident'],
  // totals over a past period
  ['At least 60 people were killed in the county in October alone.', 'cumulative'],
  ['In the past three weeks, five children have died from accidental shootings.', 'cumulative'],
  ['Two men were killed over the last two months near the park.', 'cumulative'],
  ['The man was left alone in the car and shot in the leg.', 'incident'],
  // city-wide totals
  ['Apart from the two killed, 30 people were wounded in violence citywide over the weekend.', 'cumulative'],
  ['Twelve more were hurt in other city-wide shootings.', 'cumulative'],
  ['The council voted down a citywide curfew after two teens were shot.', 'incident'],
  ['In the past, the corner saw little crime; on Sunday two men were shot.', 'incident'],
  // "in the shootings" of one gunman's spree is the incident; "in those shootings" looks back over several
  ['Besides the five killed, two others were hurt in the shootings.', 'incident'],
  ['Nine people were wounded in those shootings.', 'cumulative'],
  // a shooting named by its year is a past one ("a July 2014 shooting that left a girl dead"), unless a court tries it
  ['The block was the scene of a July 2014 shooting that left a 12-year-old girl dead.', 'cumulative'],
  ['Four people were wounded near the site of the 2015 shooting.', 'cumulative'],
  ['A man was charged with murder in the 2015 shooting that killed two teens.', 'incident'],
  ['A 2-year-old was shot in the leg on Sunday.', 'incident'],
];

test('figure scope: running totals, history and those still held', () => {
  for (const [sentence, scope] of CASES) assert.equal(scopeOf(sentence), scope, sentence);
});
