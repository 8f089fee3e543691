/**
 * Hand tables merged into the GeoNames index at load time: the names news uses that GeoNames
 * does not carry (demonyms, short country forms, AP state abbreviations), and the context words
 * that make a capitalised word a place. Every key is matched after `normalizeName`.
 */

/**
 * Country adjectives and nouns of nationality → ISO 3166-1 alpha-2.
 * "Kazakh police", "a Kazakhstani court", "British officials", "American troops".
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'AF', Albanian: 'AL', Algerian: 'DZ', American: 'US', Angolan: 'AO', Argentine: 'AR',
  Argentinian: 'AR', Armenian: 'AM', Australian: 'AU', Austrian: 'AT', Azerbaijani: 'AZ', Azeri: 'AZ',
  Bahraini: 'BH', Bangladeshi: 'BD', Belarusian: 'BY', Belarussian: 'BY', Belgian: 'BE', Bolivian: 'BO',
  Bosnian: 'BA', Brazilian: 'BR', British: 'GB', Bulgarian: 'BG', Burkinabe: 'BF', Burmese: 'MM',
  Burundian: 'BI', Cambodian: 'KH', Cameroonian: 'CM', Canadian: 'CA', Chadian: 'TD', Chilean: 'CL',
  Chinese: 'CN', Colombian: 'CO', Congolese: 'CD', Croatian: 'HR', Cuban: 'CU', Cypriot: 'CY',
  Czech: 'CZ', Danish: 'DK', Dutch: 'NL', Ecuadorian: 'EC', Egyptian: 'EG', Emirati: 'AE',
  Eritrean: 'ER', Estonian: 'EE', Ethiopian: 'ET', Filipino: 'PH', Finnish: 'FI', French: 'FR',
  Georgian: 'GE', German: 'DE', Ghanaian: 'GH', Greek: 'GR', Guatemalan: 'GT', Guinean: 'GN',
  Haitian: 'HT', Honduran: 'HN', Hungarian: 'HU', Icelandic: 'IS', Indian: 'IN', Indonesian: 'ID',
  Iranian: 'IR', Iraqi: 'IQ', Irish: 'IE', Israeli: 'IL', Italian: 'IT', Ivorian: 'CI', Jamaican: 'JM',
  Japanese: 'JP', Jordanian: 'JO', Kazakh: 'KZ', Kazakhstani: 'KZ', Kenyan: 'KE', Kosovar: 'XK',
  Kuwaiti: 'KW', Kyrgyz: 'KG', Laotian: 'LA', Latvian: 'LV', Lebanese: 'LB', Liberian: 'LR',
  Libyan: 'LY', Lithuanian: 'LT', Malagasy: 'MG', Malawian: 'MW', Malaysian: 'MY', Malian: 'ML',
  Mauritanian: 'MR', Mexican: 'MX', Moldovan: 'MD', Mongolian: 'MN', Montenegrin: 'ME', Moroccan: 'MA',
  Mozambican: 'MZ', Namibian: 'NA', Nepalese: 'NP', Nepali: 'NP', Nicaraguan: 'NI', Nigerien: 'NE',
  Nigerian: 'NG', 'North Korean': 'KP', Norwegian: 'NO', Omani: 'OM', Pakistani: 'PK', Palestinian: 'PS',
  Panamanian: 'PA', Paraguayan: 'PY', Peruvian: 'PE', Polish: 'PL', Portuguese: 'PT', Qatari: 'QA',
  Romanian: 'RO', Russian: 'RU', Rwandan: 'RW', Salvadoran: 'SV', Saudi: 'SA', Senegalese: 'SN',
  Serbian: 'RS', 'Sierra Leonean': 'SL', Singaporean: 'SG', Slovak: 'SK', Slovenian: 'SI', Somali: 'SO',
  'South African': 'ZA', 'South Korean': 'KR', 'South Sudanese': 'SS', Spanish: 'ES', 'Sri Lankan': 'LK',
  Sudanese: 'SD', Swedish: 'SE', Swiss: 'CH', Syrian: 'SY', Taiwanese: 'TW', Tajik: 'TJ', Tanzanian: 'TZ',
  Thai: 'TH', Togolese: 'TG', Tunisian: 'TN', Turkish: 'TR', Turkmen: 'TM', Ugandan: 'UG', Ukrainian: 'UA',
  Uruguayan: 'UY', Uzbek: 'UZ', Venezuelan: 'VE', Vietnamese: 'VN', Yemeni: 'YE', Zambian: 'ZM',
  Zimbabwean: 'ZW',
};

/**
 * Country names news uses beside the ISO list's: "Britain", "U.K.", "the Emirates", "Ivory Coast".
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  Britain: 'GB', 'Great Britain': 'GB', 'U.K.': 'GB', UK: 'GB', US: 'US', USA: 'US', England: 'GB', Scotland: 'GB', Wales: 'GB',
  'Northern Ireland': 'GB', 'U.S.': 'US', 'U.S.A.': 'US', America: 'US', 'United States': 'US',
  Holland: 'NL', Burma: 'MM', 'Ivory Coast': 'CI', 'Czech Republic': 'CZ', Czechia: 'CZ',
  'North Korea': 'KP', 'South Korea': 'KR', 'DR Congo': 'CD', DRC: 'CD', 'Democratic Republic of Congo': 'CD',
  Palestine: 'PS', Gaza: 'PS', 'Gaza Strip': 'PS', 'West Bank': 'PS', Kosovo: 'XK', Macedonia: 'MK',
  'North Macedonia': 'MK', Swaziland: 'SZ', 'Cape Verde': 'CV', 'East Timor': 'TL', UAE: 'AE',
  Emirates: 'AE', Russia: 'RU', Syria: 'SY', Iran: 'IR', Laos: 'LA', Vietnam: 'VN', Moldova: 'MD',
  Bolivia: 'BO', Venezuela: 'VE', Tanzania: 'TZ', Taiwan: 'TW', Vatican: 'VA', Turkiye: 'TR', 'Türkiye': 'TR',
};

/**
 * The names news uses for countries whose ISO names are formal ("Syrian Arab Republic" → Syria):
 * `Location.name` of a country.
 */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey', SY: 'Syria', IR: 'Iran', CN: 'China', RU: 'Russia', PS: 'Palestine', MD: 'Moldova',
  LA: 'Laos', TZ: 'Tanzania', CD: 'DR Congo', CG: 'Republic of the Congo', MK: 'North Macedonia',
  FM: 'Micronesia', VA: 'Vatican City', BN: 'Brunei', TW: 'Taiwan', CI: 'Ivory Coast', KP: 'North Korea',
  KR: 'South Korea', VE: 'Venezuela', BO: 'Bolivia', SZ: 'Eswatini',
};

/**
 * Short forms of first-level divisions → GeoNames admin1 code: "DC police", "Washington, D.C.".
 */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
  DC: 'US.DC', 'Washington DC': 'US.DC', 'Washington D.C.': 'US.DC',
};

/**
 * US states: AP style abbreviations ("York, Pa.", "Fresno, Calif.") and their older variants →
 * GeoNames admin1 code (the postal code). States AP never shortens (Ohio, Texas …) are absent.
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Cal.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT',
  'Del.': 'DE', 'D.C.': 'DC', 'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS',
  'Kans.': 'KS', 'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN',
  'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE', 'Nebr.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH',
  'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR',
  'Pa.': 'PA', 'Penn.': 'PA', 'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN', 'Tex.': 'TX',
  'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV', 'W. Va.': 'WV', 'Wis.': 'WI', 'Wisc.': 'WI',
  'Wyo.': 'WY',
};

/**
 * US postal codes, recognised only right after "City, " or in a dateline ("ORLANDO, FL –"):
 * alone they are words ("OR", "IN", "ME") or initials.
 */
export const US_POSTAL_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);

/**
 * Country-code top-level domains whose code differs from the ISO one, for the outlet's country
 * ("bbc.co.uk" → GB).
 */
export const TLD_COUNTRY: Readonly<Record<string, string>> = { uk: 'GB' };

/**
 * The country an English-language outlet on a generic domain leans to when nothing else decides
 * (a weak vote: "Berlin teen dies" on a .com site is Berlin, Connecticut, unless Germany is named).
 */
export const GENERIC_TLD_COUNTRY = 'US';

/** Generic top-level domains that say nothing certain about a country. */
export const GENERIC_TLDS: ReadonlySet<string> = new Set(['com', 'org', 'net', 'info', 'news', 'tv', 'fm', 'me', 'co', 'io', 'ly']);

/**
 * Lower-case words before a name that make it a place: "in Almaty", "near Zhanaozen",
 * "the city of Almaty", "residents of Aktau". Value: the strength of the cue.
 */
export const CUES_BEFORE: ReadonlyArray<readonly [RegExp, number, CueRole]> = [
  // "in the Kazakh city of Almaty", "the town of Millbrook"
  [/\b(?:city|town|village|suburb|region|province|state|county|district|capital|port|settlement|community) of (?:the )?$/, 3, 'locative'],
  // "in Almaty", "near Zhanaozen", "outside Fresno", "at Millbrook", "in southwest Atlanta"
  [/\b(?:[Ii]n|[Nn]ear|[Oo]utside|at|[Aa]round|[Aa]cross|[Tt]hroughout|inside|within|into|toward|towards|between)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|north|south|east|west|downtown|suburban|rural|nearby|neighboring|neighbouring)\s+)?$/, 2, 'locative'],
  // "the situation of Kazakhstan", "east of Fresno"
  [/\bof\s+(?:the\s+)?$/, 1, 'locative'],
  // "from Russia and Belarus"
  [/\bfrom\s+(?:the\s+)?(?:neighboring\s+|neighbouring\s+)?$/, 2, 'origin'],
  // "flights to Kazakhstan", "border with Uzbekistan"
  [/\b(?:to|with|for|against|by|over)\s+(?:the\s+)?(?:neighboring\s+|neighbouring\s+)?$/, 1, 'other'],
  // "residents of Aktau", "the people of Kyzylorda", "the mayor of Fresno"
  [/\b(?:residents|people|citizens|mayor|governor|police|outskirts|streets|centre|center|heart|east|west|north|south|part|parts|area) of\s+$/, 2, 'locative'],
];

/**
 * The words each pattern of CUES_BEFORE can end with (before the space before the name):
 * recognition runs the patterns only after one of them. Keep in step with CUES_BEFORE.
 */
export const CUE_LAST_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'In', 'in', 'Near', 'near', 'Outside', 'outside', 'at', 'Around', 'around', 'Across', 'across',
  'Throughout', 'throughout', 'inside', 'within', 'into', 'toward', 'towards', 'between', 'northern', 'southern',
  'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'north', 'south', 'east',
  'west', 'downtown', 'suburban', 'rural', 'nearby', 'neighboring', 'neighbouring', 'from', 'to', 'with', 'for',
  'against', 'by', 'over',
]);

/** How a cue relates a place to what the sentence reports. */
export type CueRole = 'locative' | 'origin' | 'other' | 'actor' | 'dateline' | 'neighbourhood';

/**
 * Lower-case words after a name that make it a place: "the Kyzylorda region", "Fresno police",
 * "a Fresno-based company". Value: [strength, role, division: does the word name a region].
 */
export const CUES_AFTER: ReadonlyArray<readonly [RegExp, number, CueRole, boolean]> = [
  // "the Kyzylorda region", "Mangystau province", "Almaty oblast"
  [/^[ -](?:region|province|oblast|governorate|prefecture|state|territory)\b/i, 3, 'locative', true],
  // "Fresno police", "Millbrook Police Department", "Almaty authorities", "Almaty residents"
  [/^ (?:police|Police|sheriff|Sheriff|authorities|officials|residents|mayor|Mayor|city|City|County|county|fire|Fire|airport|Airport)\b/, 2, 'actor', false],
  // "the UK government", "Kazakh President Tokayev", "Armenian Prime Minister", "the Russian Foreign Ministry"
  [/^ (?:government|Government|President|president|Prime Minister|prime minister|Foreign|foreign minister|Ministry|ministry|leader|officials|embassy|Embassy|authorities|troops|forces|military|Army|army)\b/, 1, 'actor', false],
  // "a Fresno-based company"
  [/^-based\b/, 2, 'other', false],
  // "in the Austin neighborhood" (of Chicago), "the Englewood section": a part of the story's city
  [/^ (?:neighborhood|neighbourhood|section|community area)\b/, 2, 'neighbourhood', false],
  // "Kazakhstan’s police"
  [/^['’]s\b/, 1, 'actor', false],
];

/**
 * Words that make a place name before them the name of a news outlet: "the Washington Post",
 * "New Delhi Times", "Kansas City Star". The outlet is no place where something happened.
 */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'Times', 'Post', 'Tribune', 'News', 'Herald', 'Journal', 'Star', 'Gazette', 'Courier', 'Chronicle',
  'Register', 'Sentinel', 'Examiner', 'Inquirer', 'Enquirer', 'Dispatch', 'Observer', 'Telegraph',
  'Telegram', 'Daily', 'Bee', 'Globe', 'Press', 'Review', 'Standard', 'Mirror', 'Independent',
]);

/**
 * Capitalised words that may stand between a place and what follows without making the whole a
 * longer proper name: "Millbrook Police Department", "Kazakh President Tokayev",
 * "Atlanta Police Lieutenant".
 */
export const FOLLOWERS: ReadonlySet<string> = new Set([
  ...OUTLET_WORDS,
  'Police', 'Sheriff', 'Sheriff’s', "Sheriff's", 'County', 'Fire', 'City', 'Mayor', 'Department', 'President',
  'Prime', 'Foreign', 'Interior', 'Defense', 'Defence', 'Ministry', 'Minister', 'Government', 'Army',
  'Navy', 'Air', 'Security', 'Embassy', 'Parliament', 'Cabinet', 'Supreme', 'State', 'National', 'Public',
  'Health', 'Red', 'Emergency', 'Emergencies', 'Communist', 'Special',
  'General', 'Attorney', 'District', 'Municipal', 'Metro', 'Metropolitan', 'Regional', 'Township',
  'Borough', 'Capitol', 'Senator', 'Sen.', 'Rep.', 'Gov.', 'Governor', 'Officer', 'Officers', 'Detective',
  'Sgt.', 'Lt.', 'Capt.', 'Chief', 'Deputy', 'Deputies', 'Coroner', 'Medical', 'Trooper', 'Troopers',
  'Highway', 'Patrol', 'Court', 'Courts', 'Circuit', 'Superior', 'Schools', 'School', 'University',
  'Hospital', 'Memorial', 'Prosecutor', 'Prosecutors', 'Jail', 'Corrections',
  // "in north Columbus Friday night", "Fresno January 5": a date after a place ends its name.
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/**
 * Capitalised words that may stand before a place inside one capitalised run: "West Toledo",
 * "Southwest Atlanta", "Greater Manchester", "Downtown Fresno".
 */
export const LEADERS: ReadonlySet<string> = new Set([
  'North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northern',
  'Southern', 'Eastern', 'Western', 'Central', 'Downtown', 'Greater', 'Metro', 'Upper', 'Lower', 'Inner',
  // Sentence openers: "A Kazakhstani court", "The UK government", "In Fresno, …", "After Almaty …"
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Near',
  'After', 'Before', 'When', 'While', 'As', 'But', 'And', 'Or', 'If', 'Since', 'During', 'Of', 'Across',
  'Outside', 'Inside', 'Meanwhile', 'Also', 'Both', 'Many', 'Some', 'All', 'Most', 'Several', 'Two', 'Three',
  'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'One', 'His', 'Her', 'Their', 'Its', 'Our', 'Another',
  'Other', 'Every', 'Each', 'Only', 'Until', 'Over', 'Under', 'Like', 'Unlike', 'Among', 'Throughout', 'Where',
  'Police', 'Officials', 'Authorities', 'Local', 'Former', 'Rural', 'Suburban', 'Nearby', 'Neighboring',
]);

/**
 * Names that are places somewhere but, capitalised in news, nearly always something else: parts
 * of a city ("the South Side"), weekdays, months and dates ("Mon", "Date:"). They need a locative
 * cue ("in May, Texas" is rare enough to lose).
 */
export const NEEDS_CUE: ReadonlySet<string> = new Set([
  'south side', 'north side', 'west side', 'east side', 'southside', 'northside', 'westside', 'eastside',
  'west end', 'east end', 'downtown', 'midtown', 'uptown',
]);

/**
 * Names that are places somewhere but in news are dates ("in March", "on Mon", "Date:"), landforms
 * or agencies. Only with a qualifier ("March, Cambridgeshire").
 */
export const NEEDS_QUALIFIER: ReadonlySet<string> = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr',
  'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'march', 'june', 'july', 'august',
  'date', 'updated', 'posted', 'christmas', 'easter',
  // generic landforms ("the Gulf", "the Bay") and news agencies named after places ("Xinhua", "Tass")
  'gulf', 'bay', 'valley', 'coast', 'harbor', 'harbour', 'lake', 'island', 'border', 'river', 'desert',
  'xinhua', 'sputnik', 'reuters', 'interfax', 'tass', 'anadolu',
]);

/** Words after a first-name place that make it a person: "Georgia said", "Jordan was arrested". */
export const PERSON_NEXT = /^(?:,|\s+(?:said|says|told|asked|added|wrote|who|was|were|has|had|is|did|does|and\s+(?:his|her)))\b/;

/** Words before a person's name: "Officer Taylor", "Sgt. Jackson", "Mayor Lincoln". */
export const TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Officer', 'Sgt', 'Sgt.', 'Sergeant', 'Det', 'Det.', 'Detective',
  'Lt', 'Lt.', 'Lieutenant', 'Capt', 'Capt.', 'Captain', 'Cpl', 'Cpl.', 'Deputy', 'Judge', 'Gov', 'Gov.', 'Governor',
  'Sen', 'Sen.', 'Senator', 'Rep', 'Rep.', 'Mayor', 'Trooper', 'Coroner', 'Rev', 'Rev.', 'Pastor', 'Coach', 'Prosecutor',
  'Attorney', 'Agent', 'Chief', 'Sheriff', 'President', 'Minister', 'Secretary', 'Spokesman', 'Spokeswoman',
]);

/**
 * Words after a country's name that make it part of a title or an institution's name, not where
 * something happened: "U.S. Rep. John Roe", "U.S. Attorney's Office", "U.S. Route 66", "a Vietnam
 * veteran", "the Iraq War".
 */
export const IN_TITLE_AFTER = /^(?: [Ww]ar\b| [Vv]eterans?\b|-era\b| (?:Rep|Sen|Senator|Representative|Attorney|Attorneys|Marshals?|District|Army|Navy|Air Force|Department|Coast Guard|Postal|Border|Secret Service|Supreme|Court|Census|Customs|Immigration|Forest|Park|Route|Highway|Open|Steel|Bank|News|Embassy|Consulate|Ambassador|Geological|Fish)\b)/;

/**
 * Names of several words that are not places but contain one ("New England" is not England,
 * "Latin America" not the United States): matched as wholes and skipped.
 */
export const NOT_PLACE_NAMES: ReadonlySet<string> = new Set([
  'new england', 'latin america', 'central america', 'south america', 'north america', 'middle east',
  'east africa', 'west africa', 'north africa', 'southern africa', 'central asia', 'south asia',
  'southeast asia', 'east asia', 'western europe', 'eastern europe', 'new england patriots',
]);
