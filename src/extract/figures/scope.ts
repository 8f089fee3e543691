import type { Scope } from '../../model/index.js';

/** One scope rule: a pattern over the sentence and the scope it gives the figures in it. */
export interface ScopeRow {
  pattern: RegExp;
  scope: Scope;
}

/** Scope rules, first match wins; a sentence matching none reports the incident itself. */
export const SCOPE_RULES: readonly ScopeRow[] = [
  // "Since the start of the turmoil, 26 people have been killed", "so far this year", "to date",
  // aggregates over periods and places: "in 2013", "a July 2014 shooting", "in separate shootings", "across the city since Friday"
  // ("in total" alone sums the victims of one incident: "In total, two people were killed and six injured")
  { pattern: /\bsince the (?:start|beginning|outbreak|onset)\b|\bsince (?:january|february|march|april|may|june|july|august|september|october|november|december|the start of the year|last|early|late)\b|\bso far (?:this|in)\b|\bto date\b|\bthis year\b|\bsince (?:19|20)\d\d\b|\bsince the \w+ began\b|\bthus far\b|\brunning total\b|\byear to date\b|\bin (?:19|20)\d\d\b|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december),? (?:19|20)\d\d\b|\b(?:a|an|the) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d (?:shooting|killing|slaying|homicide|murder|attack)\b|\bseparate (?:\w+ )?(?:shootings|incidents|attacks|scenes|crimes)\b|\bin (?:two|three|four|five|six|seven|several|multiple|\d+) (?:\w+ )?(?:shootings|incidents|attacks)\b|\bin (?:shootings|attacks) (?:across|around|throughout)\b|\bpair of shootings\b|\bin (?:those|these) (?:shootings|incidents|attacks)\b|\bin incidents\b|\b(?:hour|day|week) span\b|\bspan of\b|\b(?:two|three|four|five|several|multiple|\d+) (?:other |separate |different )?shootings\b|\bseries of\b|\bspate of\b|\bacross the (?:city|state|country|region)\b|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:this|last|holiday|the) weekend['’]s\b|\bweekend (?:shootings|violence)\b|\blast year\b|\bfor (?:19|20)\d\d\b|\b(?:crime )?stat(?:istic)?s\b|\bnationwide\b|\b(?:shootings|violence) city-?wide\b|\bcity-?wide shootings\b|\bin shootings\b/i, scope: 'cumulative' },
  // totals over a past period: "80 people were killed in November alone", "in the past six weeks"
  { pattern: /\b(?:weeks?|months?|year|weekend|january|february|march|april|may|june|july|august|september|october|november|december) alone\b|\b(?:in|over) the (?:past|last) (?:\w+ )?(?:weeks|months|years)\b/i, scope: 'cumulative' },
  // "In 2014, 5 people were killed in a similar shooting"; rates ("about a dozen children die
  // annually", "every year", "on average": statistics, not a running total); and those
  // still held ("766 people remain in custody"): a stock on one day, not the number detained
  { pattern: /\b(?:remain(?:s|ed|ing)?|still(?: being)?)\s+(?:in (?:police )?(?:custody|detention|jail|prison)|behind bars|detained|held|jailed|imprisoned)\b|\byears? ago\b|\bprevious(?:ly)?\b|\bannually\b|\b(?:each|every|per) year\b|\bon average\b|\bin recent years\b|\bsimilar (?:shooting|incident|attack)\b|\bearlier this (?:month|year)\b/i, scope: 'other' },
];

/** Words of a court case (and of the arrest before it): its incident is one, whatever year it names. */
const COURT = /\b(?:accused|charged|pleaded|convicted|sentenced|indicted|trial|guilty|arrested)\b/i;
/** "in 2015", "in July 2015", "in November of 2012", "last year". */
const IN_YEAR = /\bin (?:(?:january|february|march|april|may|june|july|august|september|october|november|december),? (?:of )?)?(?:19|20)\d\d\b|\b(?:a|an|the) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d (?:shooting|killing|slaying|homicide|murder|attack)\b|\blast year\b/gi;

/** Aggregates over a named place, case-sensitive: "across Chicago", "in Chicago shootings". */
const PLACE_AGGREGATE = /\bacross [A-Z][a-z]+|\bin [A-Z][a-z]+ shootings\b/;

/**
 * The scope of the figures of a sentence: cumulative for running totals ("since the start of the
 * turmoil", "crime stats for 2015"), other for history, comparisons ("years ago") and those still
 * held ("remain in custody"), else incident.
 * @example scopeOf('Since the start of the turmoil, 26 people have been killed.') // 'cumulative'
 */
export function scopeOf(sentence: string): Scope {
  if (PLACE_AGGREGATE.test(sentence)) return 'cumulative';
  // "pleaded guilty to fatally shooting three people … at an Iowa farmhouse in 2016": a court's case names the year of its
  // incident after it (not "in 2010, Smith was charged with …": a past case told as such)
  const court = COURT.exec(sentence);
  if (court) sentence = sentence.slice(0, court.index) + sentence.slice(court.index).replace(IN_YEAR, '');
  for (const row of SCOPE_RULES) if (row.pattern.test(sentence)) return row.scope;
  return 'incident';
}
