import type { Cue } from './cue.js';

/**
 * Cues for demonstrations (ACLED: protests and riots). A protest is a public gathering to
 * demand or oppose something; who acts violently, and against whom, decides among the five
 * demonstration types (decisions.ts).
 */
export const UNREST_CUES: Cue[] = [
  // Protests
  { tag: 'protest', weight: 1.2, example: 'Thousands of people protested against the price rise',
    pattern: /\b(?:protest(?:s|ed|ing)?|demonstrations?|demonstrated|rall(?:y|ies|ied|ying)|marche[sd]|marching|sit-ins?|picket(?:s|ed|ing)?|vigils?|walkouts?|hunger strikes?|took to the streets|take to the streets|general strike|(?<=\bon )strike|strikes? (?:by|over|against)|striking (?:workers|doctors|teachers|miners|nurses)|boycott(?:ed)? classes|gathered (?:to|in front|outside|at)|marched|march(?= (?:to|towards|through|on|in|against))|(?<=\b(?:a|the|peaceful|protest|mass|silent) )march(?:es)?)\b(?![- ]hit)/ },
  { tag: 'protest_people', weight: 0.6, example: 'Demonstrators chanted slogans outside parliament',
    pattern: /\b(?:protesters?|protestors?|demonstrators?|marchers|activists|strikers|crowds?|students)\b/ },
  // What a protest is about: the arrests, killings or accident it denounces are not its events
  { tag: 'topic', weight: 0, onlyWith: ['protest', 'protest_people'], example: 'Protesters demanded an end to excessive use of force by police',
    pattern: /\b(?:(?:protest\w*|rall\w*|march\w*|demonstrat\w*|anger|outrage|fury|strike) (?:against|over)|denounc\w*|decry(?:ing)?|condemn(?:ing)?|demand(?:ing|ed)? (?:justice for|an end to|the release of)|to protest|in protest (?:at|against|over)|justice for|following|an end to|in the (?:death|killing) of)\s(?:[\w'’-]+\s){0,8}/ },
  // Deaths the protests themselves saw, nobody named as the force: "164 people have been killed in the protests"
  { tag: 'protest_deaths', weight: 1.5, example: 'At least 164 people have been killed in the protests',
    pattern: /\b(?:killed|died|dead|deaths?|lost their lives)\s+(?:in|during|amid)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protests|demonstrations|rallies)\b/ },
  // Riots: the demonstrators themselves are violent
  { tag: 'riot', weight: 1.8, example: 'Riots broke out in the capital after the verdict',
    pattern: /\b(?:riot(?:s|ed|ing|ers)?\b(?! (?:police|gear|squad|control|shields?|units?))|(?:turned|grew|became|turn) (?:\w+ )?violent|violent (?:protests?|demonstrations?|rall(?:y|ies)|unrest|clashes))/ },
  { tag: 'riot', weight: 1, example: 'The unrest spread to three more towns',
    pattern: /\bunrest\b/ },
  { tag: 'protester_violence', weight: 1.5, example: 'Protesters threw stones and set fire to tyres',
    pattern: /\b(?:threw|throwing|hurled|hurling|pelted|pelting)\s+(?:\w+\s+){0,2}?(?:stones|rocks|bottles|petrol bombs|molotov|firebombs|fireworks|bricks|objects|projectiles)|stone[- ]pelting|stone-throwing|petrol bombs|molotov cocktails?|(?:set|setting) (?:fire|ablaze|alight)|torched|torching|stormed|storming|vandali[sz]\w*|ransack\w*|smashed|clash(?:ed|es|ing)?\b|block(?:ed|ing) (?:\w+ )?(?:roads?|highways?|streets|thoroughfares|traffic|railways?|bridges?)|shut down roads|removed the fences|barricades?|throws?\b|thrown\b|pull(?:ed|ing)? down|tore down|toppl(?:ed|ing)|(?:projectiles|stones|rocks|bottles|objects|fireworks|eggs) (?:were |was )?(?:thrown|hurled)/ },
  // Intervention without lethal force: the protest is broken up, people detained
  { tag: 'intervention', weight: 1.2, example: 'Police dispersed the rally with tear gas',
    pattern: /\b(?:dispers(?:ed|e|ing)|broke up|break up|tear ?gas|teargas|water cannons?|rubber bullets|pepper spray|stun grenades?|baton charge[d]?|lathi[- ]?charge[d]?|suppress(?:ed|ing)?|dispersal|prevented|blocked the (?:march|protest|rally)|cordon(?:ed)? off|kettl\w*)\b/ },
  // Repression: force that kills or injures demonstrators
  { tag: 'repression', weight: 2, example: 'Soldiers shot live rounds at peaceful protesters, killing two',
    pattern: /\b(?:live (?:rounds|ammunition|fire|bullets)|opened fire on (?:the )?(?:protest\w*|demonstrat\w*|crowds?|marchers|students)|fired (?:on|at|into) (?:the )?(?:protest\w*|demonstrat\w*|crowds?|marchers)|excessive (?:use of )?force|violently (?:suppress\w*|dispers\w*|broke up|attacked)|brutal(?:ly)? (?:attack\w*|beat\w*|crackdown|suppress\w*|repress\w*)|crack(?:ed)? down on|crackdown on|beat (?:up )?(?:an? )?(?:[\w-]+ )?(?:protesters?|demonstrators|students|activists|marchers)|beaten|killed (?:\w+ ){0,3}(?:protesters|demonstrators|marchers)|(?:killed|injured|wounded|shot|beaten|hurt) by (?:the )?(?:riot )?(?:police|security forces|soldiers|troops|army|gendarmes)|attacks? (?:against|on) (?:the )?(?:peaceful )?(?:protest\w*|demonstrat\w*)|attacked (?:and injured )?(?:a|the)? ?(?:peaceful )?(?:\w+ )?(?:protest|demonstration|march|rally))/ },
  { tag: 'property', weight: 2, example: 'Dozens of shops were burned overnight',
    pattern: /\b(?:shops|houses|homes|vehicles|cars|buildings|properties|churches|mosques|stores|businesses|offices) (?:\w+ ){0,3}?(?:were|have been|had been|was|are being) (?:\w+ )?(?:burned|burnt|torched|looted|destroyed|vandali[sz]ed|set (?:on fire|alight|ablaze)|razed|ransacked)\b/ },
  // Mob violence: a spontaneous crowd without a demand attacks people or property
  { tag: 'mob', weight: 2.5, example: 'An angry mob lynched a man accused of theft',
    pattern: /\b(?:mobs?\b|lynch(?:ed|ing|ings)?|vigilantes?|jungle justice|angry (?:crowd|residents|villagers|youths)|mob justice|communal (?:violence|clash(?:es)?)|rival (?:groups|communities|gangs|factions) (?:clashed|fought|pelted)|looters)/ },
  // Property destruction and looting (ACLED: Looting/property destruction)
  { tag: 'property', weight: 1.5, example: 'Shops were looted and several set alight',
    pattern: /\b(?:loot(?:ed|ing|s)?|vandali[sz](?:ed|ing|m)|ransack(?:ed|ing)?|torched|set (?:on fire|ablaze|alight)|set fire to|burn(?:ed|t) down|razed|demolish(?:ed|ing)|destroy(?:ed|ing) (?:\w+ ){0,2}(?:homes|houses|shops|property|properties|buildings|vehicles|cars|offices|churches|mosques|schools|crops)|destruction of (?:\w+ ){0,2}(?:property|properties|buildings|homes)|arson|burn(?:ed|t|ing) (?:\w+ ){0,2}(?:houses|homes|shops|cars|vehicles|buildings))\b/ },
];
