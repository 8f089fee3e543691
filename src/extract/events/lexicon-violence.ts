import type { Cue } from './cue.js';

/**
 * Cues for battles, explosions / remote violence and violence against civilians (ACLED's
 * political-violence event types). Weights: 2–3 for words that name the event type on their own
 * ("air strike", "suicide bomber"), 1–1.5 for the usual verbs, below 1 for words that only hint.
 */
export const VIOLENCE_CUES: Cue[] = [
  // Battles
  { tag: 'clash', weight: 1.5, example: 'Fierce clashes broke out between the army and rebels',
    pattern: /\b(?:clash(?:es|ed|ing)?|gun ?battles?|fire ?fights?|firefights?|shoot-?outs?|skirmish(?:es|ed)?|exchanged? (?:of )?(?:heavy )?(?:gun)?fire|exchanges? of (?:gun)?fire|trading fire|traded fire|fire exchange|heavy fighting|fierce fighting|fighting (?:between|with|against|erupted|broke out)|fought (?:with|against|off)|battled?\b|battles (?:between|with|against)|counter-?attack(?:ed)?|repelled (?:an|the) attack|(?:was|were) repelled|repulsed)/ },
  { tag: 'clash', weight: 1, example: 'Soldiers were ambushed near the border',
    pattern: /\b(?:ambush(?:ed|es)?|offensive against|engaged (?:the )?(?:militants|rebels|insurgents|enemy|fighters)|stormed (?:the )?(?:base|post|barracks|positions?))\b/ },
  { tag: 'clash', weight: 1.5, example: 'Security forces killed 21 suspected rebels in the north',
    pattern: /\b(?:(?:security forces|soldiers|troops|army|military|police) (?:[\w'’-]+ ){0,6}?(?:killed|neutrali[sz]ed|eliminated) (?:[\w'’-]+ ){0,3}?(?:militants|rebels|insurgents|terrorists|fighters|jihadists|gunmen)|(?:militants|rebels|insurgents|terrorists|fighters|jihadists) (?:were |have been )?killed (?:in|during) (?:an? |the )?(?:\w+ )?(?:operation|raid|offensive)|fended off|foiled (?:an|the) attack)\b/ },
  { tag: 'armed_target', weight: 0.8, example: 'Twenty members of the security forces were killed in Taliban attacks',
    pattern: /\b(?:soldiers|troops|security forces|policem[ae]n|police officers|servicem[ae]n|guards) (?:[\w'’-]+ ){0,6}?(?:were|have been|was) (?:killed|wounded|injured)\b/ },
  { tag: 'armed_target', weight: 0.8, example: 'militants attacked a police checkpoint',
    pattern: /\b(?:attack(?:ed|s|ing)?|ambush(?:ed)?|raid(?:ed)?|target(?:ed|ing)|opened fire on|fired (?:up)?on|stormed)\s+(?:\w+\s+){0,3}?(?:security forces|soldiers|troops|army|military|police (?:station|post|checkpoint|officers|patrol|convoy)|checkpoints?|military (?:base|post|convoy|positions?)|bases?|outposts?|barracks|convoys?|positions|militants|rebels|insurgents|fighters|militia(?:men)?|guards|patrol)\b/ },
  // Attacks on civilians
  { tag: 'attacker', weight: 0.9, example: 'Gunmen attacked a bar and killed 11 people',
    pattern: /\b(?:gunm[ae]n|armed m[ae]n|assailants?|attackers|unknown (?:gun)?men|bandits|armed (?:group|assailants|robbers))\b/ },
  { tag: 'armed_attack', weight: 1, example: 'Militants opened fire on farmers in the village',
    pattern: /\b(?:opened fire|massacred?|massacres|gunned down|hacked to death|beheaded|executed|murder(?:ed|s|ing)?|homicide|slaughtered|butchered|stabb(?:ed|ing)|lynch(?:ed|ing)?|attacked (?:a|the)? ?(?:village|villages|church|mosque|school|market|hotel|bar|farmers|civilians|residents|worshippers|villagers|passengers|camp))\b/ },
  { tag: 'armed_attack', weight: 0.6, example: 'Three people died in the attack',
    pattern: /\b(?:attack(?:ed|s|ing)?|raid(?:ed)?|assault(?:ed)?)\b(?![- ](?:helicopters?|rifles?|weapons?))/ },
  { tag: 'shooting', weight: 1.3, example: 'A 7-year-old boy was shot in a parking lot',
    pattern: /\b(?:shot (?:and (?:killed|wounded|injured)|dead|to death|in the|at|multiple|several|once|twice)|(?<=\b(?:was|were|been|got|being) )shot|shooting(?:s)?\b(?! (?:range|star|guard|script|practice))|shot (?:a|an|his|her|the|two|three|him|them)\b|fatally shot|gunshot wounds?|gunfire|shots (?:were )?fired|drive-by)/ },
  { tag: 'killing', weight: 0.3, example: 'Two people were killed',
    pattern: /\b(?:killed|killing|dead|died|deaths?|death toll|wounded|injured|casualties)\b/ },
  { tag: 'civilian_target', weight: 0.4, example: 'killing six civilians, including two women',
    pattern: /\b(?:civilians?|villagers|residents|farmers|worshippers|women and children|passers-?by|bystanders?|students|pupils|children)\b/ },
  // Explosions / remote violence
  { tag: 'air', weight: 2.5, example: 'Warplanes bombed rebel-held towns on Wednesday',
    pattern: /\b(?:air ?strikes?|airstrikes?|air ?raids?|air attacks?|aerial (?:bombardments?|bombings?|attacks?|strikes?)|bombing raids?|war ?planes?|warjets?|fighter (?:jets?|planes?|aircraft)|jets? (?:struck|bombed|pounded|hit|targeted|fired|destroyed)|(?:israeli|russian|turkish|saudi|coalition|us|american|syrian|iraqi|regime) (?:jets|planes|aircraft)|(?<=\bu\.s\. )(?:jets|planes|aircraft)|drone (?:strikes?|attacks?)|drones? (?:struck|hit|targeted|fired)|helicopter gunships?|gunships?|barrel bombs?|sukhoi|air force (?:jets|planes|struck|destroyed|bombed|targeted|hit|strikes?)|bombers? (?:struck|hit))\b/ },
  { tag: 'shelling', weight: 2, example: 'Rebels shelled government positions with mortars',
    pattern: /\b(?:shell(?:ed|ing|s)\b|artillery|mortars?(?: rounds| shells| bombs)?|rockets?\b(?![- ]propelled)|missiles?|katyushas?|projectiles?|howitzers?|tank (?:fire|shells?|attack)|tanks attacked|grad rockets?|ballistic|cross-border (?:fire|strikes?)|rocket-propelled grenades?|rpgs?)\b/ },
  { tag: 'chemical', weight: 3.5, example: 'a helicopter dropped containers of chlorine gas',
    pattern: /\b(?:chemical (?:weapons?|attacks?|agents?|munitions?)|chlorine|sarin|mustard gas|nerve (?:agents?|gas)|toxic gas|poison(?:ous)? gas|gas attack|suffocation|asphyxia(?:tion)?|choking agent)\b/ },
  { tag: 'grenade', weight: 3, example: 'gunmen threw a grenade at a checkpoint',
    pattern: /(?<!rocket[- ]propelled )\b(?:hand )?grenades?\b(?! launcher)/ },
  { tag: 'suicide', weight: 4, example: 'A suicide bomber blew himself up outside a mosque',
    pattern: /\b(?:suicide (?:bomb(?:er|ers|ing|ings|s)?|attacks?|attackers?|blasts?|car bombs?|vests?|belts?|truck|bombing)|blew (?:himself|herself|themselves) up|blow (?:himself|herself|themselves) up|blowing (?:himself|herself|themselves) up|self-detonat\w*|svbieds?|explosive (?:vest|belt)s?)\b/ },
  { tag: 'ied', weight: 2.5, example: 'An improvised explosive device detonated near the convoy',
    pattern: /\b(?:ieds?|vbieds?|improvised explosives?(?: devices?)?|roadside bombs?|car bombs?|bomb-laden|booby[- ]trap(?:ped|s)?|landmines?|land mines?|(?:planted|emplaced) (?:a |an )?(?:bomb|explosive)|magnetic bombs?|sticky bombs?|remote[- ]controlled (?:bomb|device|explosive)|explosive devices? (?:exploded|detonated|went off)|(?:mines?|bombs?|explosives?) (?:planted|emplaced)|parcel bomb|pipe bomb)\b/ },
  { tag: 'blast', weight: 1.2, example: 'A powerful blast rocked the market',
    pattern: /\b(?:blasts?|explosions?|exploded|explode|blew up|detonated|detonation|went off)\b/ },
  { tag: 'bomb', weight: 1.2, example: 'A bomb killed two people near the station',
    pattern: /\bbomb(?:ing|ings|s|ed)?\b/ },
  // Violence against civilians
  { tag: 'abduct', weight: 2.5, example: 'Gunmen abducted 13 crew members',
    pattern: /\b(?:abduct(?:ed|ion|ions|ing|s)?|kidnap(?:ped|ping|pings|s|pers)?|hostages?|taken (?:captive|hostage)|held captive|enforced(?:ly)? disappear\w*|forcibly disappeared)\b/ },
  { tag: 'sexual', weight: 3.5, example: 'soldiers were accused of rape in the villages',
    pattern: /\b(?:rape[sd]?|raping|rapists?|gang-?raped?|sexual(?:ly)? (?:assault(?:s|ed)?|abuse[sd]?|violence|harassment|exploitation|slavery)|molest(?:ed|ation|ing)?|sex attack|abus(?:ed|ing) (?:\w+ ){0,2}(?:women|girls))\b/ },
];
