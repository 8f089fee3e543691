import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventType } from '../../src/model/index.js';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { extractEvents } from '../../src/extract/events/index.js';

function mainType(text: string): EventType | null {
  const doc = prepareDocument({ id: 't', text });
  return extractEvents({ doc, sentences: splitSentences(doc), dates: [], places: [] }, [])[0]?.type ?? null;
}

/** [sentence, the main event's type] — one or more per type, written for these tests. */
const POSITIVE: [string, EventType][] = [
  // Battles
  ['Soldiers exchanged fire with Taliban militants for three hours near the district centre.', 'ARMED_CLASH'],
  ['Dozens of insurgents attacked an army checkpoint overnight, killing four soldiers.', 'ARMED_CLASH'],
  ['Government forces recaptured the town of Qaryatayn from the rebels on Sunday.', 'GOV_REGAINS_TERIT'],
  ['Al-Shabaab militants took control of the coastal town after African Union troops left.', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  // Explosions / remote violence
  ['Russian warplanes bombed rebel-held villages in Idlib, killing 12 civilians.', 'AIR_STRIKE'],
  ['Rebels shelled government positions with mortars and artillery on Tuesday.', 'ART_MISS_ATTACK'],
  ['Doctors said dozens of patients showed symptoms of exposure to chlorine gas after the attack.', 'CHEM_WEAP'],
  ['Two people were wounded when an unidentified man lobbed a grenade at a bus stop.', 'GRENADE'],
  ['A suicide bomber blew himself up outside a police station in the city, killing nine.', 'SUIC_BOMB'],
  ['A roadside bomb struck a military convoy near the border, wounding three soldiers.', 'REM_EXPLOS'],
  // Violence against civilians
  ['Gunmen stormed a village market and opened fire on traders, killing seven people.', 'ATTACK'],
  ['A 19-year-old man was shot and killed outside a convenience store on Friday night, police said.', 'ATTACK'],
  ['Armed men kidnapped 20 passengers from a bus on the highway.', 'ABDUCT_DISSAP'],
  ['A rights group said soldiers raped women in the villages during the operation.', 'SEX_VIOL'],
  // Protests and riots
  ['Thousands of teachers marched peacefully through the capital to demand higher wages.', 'PEACE_PROTEST'],
  ['Police used tear gas to disperse students protesting outside the parliament and detained 15.', 'PROTEST_WITH_INTER'],
  ['Security forces opened fire on protesters in the square, killing three demonstrators.', 'FORCE_AGAINST_PROTEST'],
  ['Protesters threw stones at police and set fire to tyres during the demonstration.', 'VIOL_DEMONSTR'],
  ['Riots broke out in the port city after the verdict was announced.', 'VIOL_DEMONSTR'],
  ['An angry mob lynched a man accused of stealing a motorbike.', 'MOB_VIOL'],
  // Strategic developments
  ['The two warring parties agreed a 72-hour ceasefire to allow aid deliveries.', 'AGREEMENT'],
  ['Police arrested 12 members of the opposition party in pre-dawn raids.', 'ARREST'],
  ['The government deployed 3,000 troops to the northern province.', 'CHANGE_TO_GROUP_ACT'],
  ['Security forces seized a large cache of weapons and ammunition in a raid on a farmhouse.', 'DISR_WEAP'],
  ['Bomb disposal experts defused an explosive device found near the stadium.', 'DISR_WEAP'],
  ['Turkish forces set up a new observation post south of the town.', 'HQ_ESTABLISHED'],
  ['Rebel fighters withdrew from the town, which government troops entered without a fight.', 'NON_VIOL_TERRIT_TRANSFER'],
  ['Rioters looted shops and torched cars in the city centre overnight.', 'VIOL_DEMONSTR'],
  ['Security forces fired live ammunition at demonstrators, killing four of them.', 'FORCE_AGAINST_PROTEST'],
  ['Police detained 30 people during an unauthorised protest in the city centre.', 'PROTEST_WITH_INTER'],
  ['Dozens of protesters blocked the highway and clashed with riot police.', 'VIOL_DEMONSTR'],
  ['A magnetic bomb attached to a car exploded in the capital, wounding a police officer.', 'REM_EXPLOS'],
  ['Fighter jets struck militant positions in the mountains overnight.', 'AIR_STRIKE'],
  ['Insurgents fired several mortar rounds at the military base.', 'ART_MISS_ATTACK'],
  ['The army captured a senior commander of the rebel group in a raid.', 'ARREST'],
  ['Government troops were pushed back from the district by insurgent fighters.', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  ['The two countries agreed to exchange prisoners next week.', 'AGREEMENT'],
  ['Authorities imposed an internet shutdown in the region.', 'OTHER'],
  ['A fire broke out at a textile factory, killing 12 workers.', 'MAN_MADE_DISASTER'],
  ['Several shops were looted and two warehouses set on fire in the market area.', 'PROPERTY_DISTRUCT'],
  ['The president declared a state of emergency and imposed a night-time curfew.', 'OTHER'],
  // Outside ACLED
  ['The foreign ministry summoned the ambassador and expelled three diplomats.', 'DIPLO'],
  ['The militant group claimed responsibility for the bombing in a statement online.', 'ATTRIB'],
  ['Police seized two tonnes of cocaine and arrested members of a smuggling ring.', 'ORG_CRIME'],
  ['A magnitude 6.4 earthquake struck the region, destroying hundreds of homes.', 'NATURAL_DISASTER'],
  ['A chemical leak at a fertiliser plant killed ten workers.', 'MAN_MADE_DISASTER'],
];

/** Confusable sentences: [sentence, a type it must NOT be typed as]. */
const NEGATIVE: [string, EventType][] = [
  ['Police fired tear gas at the march and detained organisers.', 'PEACE_PROTEST'],
  ['Security forces shot dead four protesters at the rally.', 'PEACE_PROTEST'],
  ['Protesters clashed with police and burned a police car.', 'PEACE_PROTEST'],
  ['Protesters clashed with police and burned a police car.', 'ARMED_CLASH'],
  ['The army launched air strikes on militant hideouts.', 'ART_MISS_ATTACK'],
  ['Militants fired a rocket-propelled grenade at the patrol.', 'GRENADE'],
  ['A suicide bomber detonated an explosive vest at the checkpoint.', 'REM_EXPLOS'],
  ['Police found explosive devices near the school before they could go off.', 'REM_EXPLOS'],
  ['A gas explosion at a chemical factory killed eight workers.', 'REM_EXPLOS'],
  ['Rebels attacked an army base, killing five soldiers.', 'ATTACK'],
  ['Gunmen opened fire on worshippers leaving the mosque.', 'ARMED_CLASH'],
  ['The group claimed responsibility for the attack that killed 12 people.', 'ATTACK'],
  ['Masked men storm a home and shoot a teenager.', 'NATURAL_DISASTER'],
  ['A boy accidentally shot his sister with a handgun he found in a closet.', 'DISR_WEAP'],
  ['The city has seen 45 homicides this year, the mayor said at a news conference.', 'DIPLO'],
  ['Hundreds rallied against police brutality after the killing of a teenager.', 'FORCE_AGAINST_PROTEST'],
  ['Students marched to demand justice for two classmates killed in a bus accident.', 'MAN_MADE_DISASTER'],
  ['Police arrested 40 activists ahead of a planned rally in the capital.', 'PROTEST_WITH_INTER'],
  ['An attempt by militants to capture the airport was repelled by the army.', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  ['Army engineers defused a roadside bomb planted near the bridge.', 'REM_EXPLOS'],
  ['Turkish jets destroyed weapons depots used by the rebels.', 'DISR_WEAP'],
  ['The minister condemned the suicide bombing that killed 20 people.', 'SUIC_BOMB'],
  ['The militants were pushed back from the town by government troops.', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  ['A man was shot dead by an angry mob after being accused of theft.', 'ATTACK'],
];

for (const [text, type] of POSITIVE) {
  test(`${type}: ${text}`, () => assert.equal(mainType(text), type));
}
for (const [text, type] of NEGATIVE) {
  test(`not ${type}: ${text}`, () => assert.notEqual(mainType(text), type));
}
