import type { Cue } from './cue.js';

/**
 * Cues for ACLED's strategic developments (territory, arrests, weapons, bases, deployments,
 * agreements, emergency measures) and the five classes outside ACLED (diplomacy, claims of
 * responsibility, organised crime, natural and man-made disasters).
 */
export const STRATEGIC_CUES: Cue[] = [
  // Territory changes hands
  { tag: 'capture', weight: 1.8, example: 'Government forces recaptured the town of Mokha',
    pattern: /\b(?:recaptur(?:ed|e|ing)|captur(?:ed|e|ing)\b(?! (?:a|the|an|two|three|\w+ )?(?:senior |top |key |local |wanted )?(?:commanders?|leaders?|members?|suspects?|militants?|fighters?|terrorists?|soldiers?|kingpins?))|retook|retak(?:e|en|ing)|(?<=\b(?:regain(?:ed)?|recover(?:ed)?|seiz(?:ed|e|ing)|took|taken|gain(?:ed)?|wrest(?:ed)?|assumed|in) (?:full |complete |total )?)control(?: of| over)|seized (?:the )?(?:town|city|village|area|district|base|airport|port|border)|overr?an|liberat(?:ed|e|ing)|pushed (?:\w+ )?back|drove (?:\w+ )?out|driven out|fell to|occupied|advanced (?:into|on)|entered the (?:town|city|village))\b/ },
  { tag: 'loss', weight: 2, example: 'The terrorists were pushed back from their strongholds',
    pattern: /\b(?:(?:were|was|have been|has been) (?:\w+ )?(?:pushed back|driven out|expelled|ousted|forced out|routed|dislodged)|lost control(?: of| over)?|fell to)\b/ },
  { tag: 'withdraw', weight: 2.2, example: 'Kurdish forces withdrew from the disputed city',
    pattern: /\b(?:withdr(?:ew|awn|aw|awing) from|pull(?:ed|ing)? out (?:of|from)|pulled out|retreat(?:ed)? from|vacat(?:ed|e|ing)|handed over (?:control|the town|the city|the area)|hand over control|deserted)\b/ },
  { tag: 'gov_actor', weight: 0.2, example: 'Syrian government forces advanced',
    pattern: /\b(?:government (?:forces|troops|soldiers)|pro-government|army|troops|soldiers|military|armed forces|security forces|national army|regime forces|federal (?:forces|troops)|saa|police)\b/ },
  { tag: 'nonstate_actor', weight: 0.2, example: 'Taliban militants overran the district',
    pattern: /\b(?:militants?|rebels?|insurgents?|jihadists?|islamists?|terrorists?|isis|isil|daesh|islamic state|shabaa?b|qaeda|aqap|taliban|boko haram|houthis?|huthis?|ansar allah|nusra|hts|ypg|sdf|pkk|fighters|militias?|militiamen|opposition|separatists?|insurgency)\b/ },
  // Arrests
  { tag: 'arrest', weight: 1.5, example: 'Police arrested three members of the gang',
    pattern: /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing|s)?|detention|taken into custody|(?<=\bin (?:police )?)custody|apprehended|nabbed|rounded up|booked|charged with|remanded|jailed)\b/ },
  { tag: 'arrest', weight: 2.5, example: 'The army captured a senior commander of the group',
    pattern: /\bcaptur(?:ed|ing)? (?:a |the |an |two |three )?(?:\w+ )?(?:senior |top |key |local |wanted )?(?:commanders?|leaders?|members?|suspects?|militants?|fighters?|terrorists?|kingpins?)\b/ },
  // Weapons seized or defused
  { tag: 'weapons_seized', weight: 2.5, example: 'A cache of firearms and ammunition was seized',
    pattern: /\b(?:(?:seiz|recover|confiscat|intercept|uncover|unearth|impound|destroy|discover|dismantl|defus|neutrali[sz]|surrender|hand(?:ed)? in)\w*\s+(?:[\w-]+\s+){0,6}?(?:weapons?|arms|ammunition|ammo|firearms?|explosives?|guns?|rifles?|pistols?|revolvers?|ieds?|bombs?|explosive devices?|grenades?|rounds|cartridges|munitions?|arsenal|landmines?|mines|packages|caches?)|(?:weapons?|arms|ammunition|ammunitions|firearms?|explosives?|guns?|rifles?|pistols?|revolvers?|cartridges|ieds?|bombs?|explosive devices?|grenades?|munitions?|landmines?|mines)\s+(?:[\w,-]+\s+){0,12}?(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?(?:seized|recovered|found|discovered|confiscated|intercepted|defused|destroyed|dismantled|neutrali[sz]ed|surrendered|handed over)|(?:arms|weapons?|ammunition) (?:cache|depot|stockpile|haul|seizure)s?|cache of|stash of|bomb disposal|bomb squad|controlled explosion|defus(?:ed|ing)|defuse)\b/ },
  // Bases and posts set up
  { tag: 'hq', weight: 4, example: 'Turkish forces set up a new observation post in Idlib',
    pattern: /\b(?:set(?:ting)? up|establish(?:ed|es|ing)?|buil[dt]|build(?:ing|s)?|erect(?:ed|ing)?|construct(?:ed|ing)?|creat(?:ed|es|ing)|open(?:ed|s)?)\s+(?:\w+\s+){0,3}?(?:bases?|(?:observation |military |security )?posts?|outposts?|headquarters|hq|command cent(?:er|re)s?|garrisons?|camps? for (?:troops|fighters))\b/ },
  // Deployments and other changes to a group's activity
  { tag: 'deploy', weight: 2, subtype: 'troop_deployment', example: 'The army deployed 2,000 troops to the region',
    pattern: /\b(?:deploy(?:ed|s|ing|ment|ments)?|redeploy\w*|reinforc(?:ed|ing|ements?)|dispatch(?:ed)? (?:\w+ ){0,3}(?:troops|soldiers|forces|units)|fortif(?:y|ied|ying)|sent (?:\w+ ){0,2}(?:troops|soldiers|forces|units|reinforcements)|send (?:\w+ ){0,2}(?:troops|soldiers|forces)|(?:troops|soldiers|contingents?|forces|units) (?:have |has )?(?:arrived|landed|were sent|moved into|entered)|peace-?keep(?:ing|ers)? (?:forces?|contingents?|troops|mission|operation)|contingents?|peace-?keepers)\b/ },
  { tag: 'group_change', weight: 2, subtype: 'group_change', example: 'About 10,000 fighters defected to the government',
    pattern: /\b(?:defect(?:ed|ion|ions|ors|s)?|mobili[sz](?:ed|ing|ation|es)|military (?:drills?|exercises?|manoeuvres|maneuvers)|war games|(?<=\b(?:were|was) )formed|formed (?:a|the) new|merged with|joined forces|new (?:brigade|battalion|unit|force|command)|disband(?:ed)?|(?:troops|forces) (?:have )?withdr(?:ew|awn)|withdrawal of (?:\w+ )?(?:troops|forces)|recruit(?:ed|ing|ment)|trained (?:\w+ )?(?:fighters|recruits|troops)|ready for combat|(?<=\bon )high alert|state of alert)\b/ },
  // Agreements between conflict parties
  { tag: 'agreement', weight: 2.5, subtype: 'agreement', example: 'The warring sides agreed a 48-hour ceasefire',
    pattern: /\b(?:cease-?fire|truce|armistice|peace (?:deal|agreement|accord|treaty|pact|talks)|(?:signed|reached|struck|sealed) (?:an? |the )?(?:\w+ )?(?:agreement|deal|accord|memorandum|pact)|agreed (?:to|on|a|an)|prisoners? (?:exchange|swap|release)|exchange(?:d)? (?:of )?(?:prisoners|detainees|bodies)|swap(?:ped)?\b|released in exchange|deal to (?:evacuate|release|end)|evacuation deal|reconciliation|surrender(?:ed)? to)\b/ },
  // States of emergency, curfews, shutdowns, suspensions (ACLED: Other)
  { tag: 'emergency', weight: 3, subtype: 'state_of_emergency', example: 'The president declared a state of emergency until January 19',
    pattern: /\b(?:state of (?:emergency|siege)|emergency rule|national emergency|emergency (?:was )?declared)\b/ },
  { tag: 'emergency', weight: 3, subtype: 'curfew', example: 'Authorities imposed a night-time curfew',
    pattern: /\bcurfews?\b/ },
  { tag: 'emergency', weight: 3, subtype: 'martial_law', example: 'Martial law was declared in the province',
    pattern: /\bmartial law\b/ },
  { tag: 'emergency', weight: 3, subtype: 'internet_shutdown', example: 'The internet was shut down across the country',
    pattern: /\b(?:internet (?:shutdown|blackout|outage|was (?:cut|shut|blocked|restricted))|(?:shut|cut|blocked|restricted) (?:off |down )?(?:the )?(?:internet|mobile data|social media)|social media (?:was |were )?(?:blocked|banned|restricted))\b/ },
  { tag: 'emergency', weight: 3, subtype: 'flight_suspension', example: 'Turkish Airlines suspended flights to the country',
    pattern: /\b(?:suspend(?:ed|s|ing)? (?:\w+ ){0,2}flights|flights? (?:\w+ ){0,3}(?:were |was |have been )?(?:suspended|cancelled|canceled|halted|grounded)|halt(?:ed)? (?:\w+ ){0,2}flights|airports? (?:was |were )?(?:closed|shut))\b/ },
  { tag: 'emergency', weight: 3, subtype: 'border_closure', example: 'The government closed its border with Uzbekistan',
    pattern: /\b(?:clos(?:ed|e|ing|ure of) (?:\w+ ){0,2}borders?|borders? (?:\w+ ){0,2}(?:closed|shut|sealed)|border closures?|sealed (?:off )?(?:\w+ ){0,2}borders?)\b/ },
  { tag: 'emergency', weight: 2, subtype: 'ban', example: 'The city banned all public gatherings',
    pattern: /\b(?:banned (?:all )?(?:public )?(?:gatherings|rallies|protests|demonstrations|assemblies)|ban on (?:public )?(?:gatherings|rallies|protests|demonstrations)|lockdown|lock-down)\b/ },
  // Diplomacy (outside ACLED)
  { tag: 'diplo', weight: 2.5, subtype: 'sanctions', example: 'Washington imposed new sanctions on Pyongyang',
    pattern: /\b(?:sanction(?:s|ed)|embargo)\b/ },
  { tag: 'diplo', weight: 3, subtype: 'expulsion', example: 'Russia expelled two US embassy staff members',
    pattern: /\b(?:expel(?:led|s|ling)?|expulsion|persona non grata|recall(?:ed|s)? (?:its |their )?ambassador|sever(?:ed|s)? (?:\w+ )?(?:diplomatic )?(?:ties|relations)|cut (?:\w+ )?(?:diplomatic )?ties|summon(?:ed|s)? (?:the |its )?(?:\w+ )?(?:ambassador|envoy|charg))\b/ },
  { tag: 'diplo', weight: 2, subtype: 'condemnation', frame: true, example: 'The foreign ministry condemned the attack',
    pattern: /\b(?:condemn(?:ed|s|ing|ation)?|denounc(?:ed|es|ing)|deplor(?:ed|es)|voiced (?:\w+ )?concern|expressed (?:\w+ )?concern|(?:called|calls|urged|urges) (?:on \w+ )?(?:for )?(?:calm|restraint|de-?escalation|dialogue|peaceful)|rebuff(?:ed|s)?)\b/ },
  { tag: 'diplo', weight: 2.5, subtype: 'phone_call', example: 'The two presidents spoke over the phone',
    pattern: /\b(?:(?:tele)?phone (?:call|conversation|talks?)|over the (?:tele)?phone|by (?:tele)?phone|phoned)\b/ },
  { tag: 'diplo', weight: 2, subtype: 'meeting', example: 'The two foreign ministers held talks in Moscow',
    pattern: /\b(?:held talks|summit|bilateral|(?:met|meets|meeting) with (?:his|her|their)? ?(?:\w+ )?(?:counterpart|president|prime minister|foreign minister|king|envoy|delegation)|official visit|state visit|visited (?:\w+ )?(?:capital))\b/ },
  { tag: 'diplo', weight: 1, subtype: 'statement', example: 'The embassy issued a travel warning',
    pattern: /\b(?:envoys?|ambassadors?|embassy|embassies|diplomats?|diplomatic|foreign ministers?|foreign ministry|foreign office|secretary of state|security council)\b/ },
  { tag: 'diplo_weak', weight: 0.6, example: 'The two leaders discussed the situation',
    pattern: /\b(?:discussed|talks|negotiations?|counterpart|statement)\b/ },
  // Claims and attributions of responsibility (outside ACLED)
  { tag: 'attrib', weight: 4, frame: true, example: 'Al-Shabaab claimed responsibility for the bombing',
    pattern: /\b(?:claim(?:ed|s|ing)? (?:the )?responsibility|(?:took|takes|take|accepted|admitted|denied|deny|denies|denying) (?:any )?responsibility|(?<=\b(?:is|are|was|were|be|held) )responsible for|accus(?:ed|es|ing)(?: \w+){1,4} of (?:being behind|carrying out|bombing|attacking|shelling|launching|orchestrating|responsibility|the (?:attack|bombing|blast|strike)s?)|blam(?:ed|es|ing) (?:\w+ ){0,4}for (?:the |an? )?(?:\w+ )?(?:attacks?|bombings?|blasts?|strikes?|killings?|explosions?)|(?<=\b(?:was|were|be|been|is|are) )behind the (?:\w+ )?(?:attacks?|bombings?|blasts?|killings?)|denie[sd] (?:any )?involvement|attributed (?:the \w+ )?to|claim(?:ed)? (?:the|an?) (?:attack|bombing|killing))/ },
  // Organised crime (outside ACLED)
  { tag: 'crime', weight: 2.5, example: 'Police seized 2 tonnes of cocaine from a smuggling ring',
    pattern: /\b(?:smuggl(?:e|ed|ing|ers?)|traffick(?:ing|ers?|ed)|drugs?\b|narcotics?|cocaine|heroin|methamphetamine|meth\b|cannabis|marijuana|counterfeit|fake (?:currency|notes)|money laundering|extortion|cartels?|robb(?:ed|ery|eries|ers?)|heist|loot(?:ed)? (?:a |the )?bank|fraud|poach(?:ing|ers?)|illegal (?:mining|logging|migrants|immigrants|crossing)|migrants (?:\w+ ){0,8}?intercepted|intercepted (?:\w+ ){0,3}migrants|cybercrime|ransom|cattle rustl\w*|crime syndicate|organi[sz]ed crime|mafia|gang(?:s|sters?)?\b|racket(?:eering)?|contraband)/ },
  // Natural disasters and epidemics (outside ACLED)
  { tag: 'natural', weight: 3, example: 'Flash floods and landslides killed 89 people',
    pattern: /\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|flooded|flash floods?|landslides?|mudslides?|cyclones?|hurricanes?|typhoons?|tornado(?:es|s)?|(?:tropical|winter|severe|snow|dust|sand|ice|rain|thunder|powerful|deadly|violent|major) ?storms?|storms? (?:hit|hits|lashed|battered|swept|struck|killed|caused|surge)|(?<=\b(?:a|the) )storm\b|tsunamis?|volcan(?:o|ic|oes)|erupt(?:ed|ion|s)|droughts?|wildfires?|bushfires?|forest fires?|(?:heavy|torrential) (?:rain|rains|snow|snowfall)|downpours?|monsoon|avalanches?|heat ?waves?|cold wave|blizzards?|epidemic|outbreak|pandemic|covid(?:-19)?|coronavirus|cholera|ebola|measles|dengue|malaria|infections?|infected|locusts?|richter|magnitude)\b/ },
  // Man-made disasters and accidents (outside ACLED)
  { tag: 'site', weight: 1, example: 'A furnace at a cast iron plant exploded',
    pattern: /\b(?:plants?|factory|factories|warehouses?|refinery|furnaces?|boilers?|storage|industrial|pipelines?|depots?|containers?|cylinders?|petroleum|chemicals?|solvents?|fuel|oil|gas|tanks?|mines?|fireworks?|ammonium)\b/ },
  { tag: 'manmade', weight: 2.5, example: 'Firefighters extinguished the blaze at the power plant',
    pattern: /\b(?:firefighters|fire ?fighters|fire crews?|fire brigade|extinguish(?:ed|ing)?|overturned|ran aground|collided|nuclear (?:plant|leak|accident)|radioactive|radiation leak|wastewater)\b/ },
  { tag: 'manmade', weight: 1.5, example: 'The helicopter crashed shortly after take-off',
    pattern: /\b(?:crash(?:ed|es)?|explosions? (?:at|in) (?:a|the) (?:\w+ )?(?:factory|plant|warehouse|mine|refinery|port|depot))\b/ },
  { tag: 'manmade', weight: 3, example: 'A gas leak at a chemical plant killed ten people',
    pattern: /\b(?:(?:plane|air|aircraft|jet|helicopter|train|rail|bus|road|car|boat|ferry|ship|vessel|mine|mining|industrial|factory|traffic) (?:crash(?:es)?|accidents?|collisions?|disasters?|derailment|collapse|fire|blast|explosion)|derail(?:ed|ment)|capsiz(?:ed|es|ing)|sank|sinking|shipwreck|(?:building|bridge|dam|roof|mine|stadium) (?:\w+ )?collaps\w*|collapsed|fire broke out|caught fire|blaze|inferno|gas (?:leak|explosion|cylinder|bungle)|chemical (?:leak|spill|plant|factory)|(?:oil|toxic|chemical) spill|leak(?:ed|age)?|ammonium nitrate|poison(?:ing|ed)|food poisoning|toxins?|contaminated|hooch|spurious liquor|stampede|accidents?\b|tanker|debris|wreckage|struck by (?:a|an) (?:bulk )?(?:carrier|ship|vessel|tanker))\b/ },
];
