/**
 * Nouns that count people, singular → plural. "a man" counts 1, "two teenagers" 2; a number whose
 * noun is not here ("10 shots", "3 cars") is not a count of people.
 */
export const PERSON_NOUNS: Readonly<Record<string, string>> = {
  person: 'people', individual: 'individuals', man: 'men', woman: 'women', boy: 'boys', girl: 'girls',
  child: 'children', kid: 'kids', teen: 'teens', teenager: 'teenagers', youth: 'youths', juvenile: 'juveniles',
  adult: 'adults', baby: 'babies', infant: 'infants', toddler: 'toddlers', minor: 'minors', male: 'males',
  female: 'females', student: 'students', resident: 'residents', victim: 'victims', driver: 'drivers',
  passenger: 'passengers', pedestrian: 'pedestrians', bystander: 'bystanders', officer: 'officers',
  deputy: 'deputies', trooper: 'troopers', policeman: 'policemen', policewoman: 'policewomen', soldier: 'soldiers',
  serviceman: 'servicemen', servicemember: 'servicemembers', civilian: 'civilians', protester: 'protesters',
  protestor: 'protestors', demonstrator: 'demonstrators', rioter: 'rioters', journalist: 'journalists',
  reporter: 'reporters', worker: 'workers', employee: 'employees', customer: 'customers', clerk: 'clerks',
  guard: 'guards', suspect: 'suspects', gunman: 'gunmen', shooter: 'shooters', father: 'fathers',
  mother: 'mothers', son: 'sons', daughter: 'daughters', brother: 'brothers', sister: 'sisters',
  husband: 'husbands', wife: 'wives', boyfriend: 'boyfriends', girlfriend: 'girlfriends', friend: 'friends',
  cousin: 'cousins', uncle: 'uncles', aunt: 'aunts', nephew: 'nephews', niece: 'nieces',
  grandmother: 'grandmothers', grandfather: 'grandfathers', grandson: 'grandsons', granddaughter: 'granddaughters',
  neighbor: 'neighbors', neighbour: 'neighbours', relative: 'relatives', roommate: 'roommates', patient: 'patients',
  inmate: 'inmates', prisoner: 'prisoners', detainee: 'detainees', hostage: 'hostages', migrant: 'migrants',
  refugee: 'refugees', motorist: 'motorists', cyclist: 'cyclists', homeowner: 'homeowners', tenant: 'tenants',
  owner: 'owners', manager: 'managers', teacher: 'teachers', agent: 'agents', firefighter: 'firefighters',
  paramedic: 'paramedics', member: 'members', citizen: 'citizens', fan: 'fans', attendee: 'attendees',
  participant: 'participants', guest: 'guests', visitor: 'visitors', partygoer: 'partygoers', shopper: 'shoppers',
  staffer: 'staffers', peacekeeper: 'peacekeepers', militant: 'militants', fighter: 'fighters',
  insurgent: 'insurgents', rebel: 'rebels', attacker: 'attackers', assailant: 'assailants', robber: 'robbers',
  intruder: 'intruders', burglar: 'burglars', senior: 'seniors', occupant: 'occupants', spouse: 'spouses',
  troop: 'troops', personnel: 'personnel', staff: 'staff', crew: 'crew', sibling: 'siblings',
  classmate: 'classmates', coworker: 'coworkers', acquaintance: 'acquaintances', stranger: 'strangers',
  pastor: 'pastors', player: 'players', dealer: 'dealers', rapper: 'rappers',
  security: 'security', newborn: 'newborns', dad: 'dads', mom: 'moms', grandma: 'grandmas',
  grandpa: 'grandpas', fiancee: 'fiancees', fiance: 'fiances', veteran: 'veterans', marine: 'marines',
sheriff: 'sheriffs', 'co-worker': 'co-workers', pilot: 'pilots',
  stepfather: 'stepfathers', stepmother: 'stepmothers', stepson: 'stepsons', stepdaughter: 'stepdaughters',
  stepbrother: 'stepbrothers', stepsister: 'stepsisters', bailiff: 'bailiffs', bouncer: 'bouncers', athlete: 'athletes',
  freshman: 'freshmen', sophomore: 'sophomores', lieutenant: 'lieutenants', sergeant: 'sergeants', detective: 'detectives',
  partner: 'partners', traveler: 'travelers', traveller: 'travellers', tourist: 'tourists',
  commuter: 'commuters', worshiper: 'worshipers', worshipper: 'worshippers', parishioner: 'parishioners',
  congregant: 'congregants', churchgoer: 'churchgoers', moviegoer: 'moviegoers', clubgoer: 'clubgoers',
  concertgoer: 'concertgoers', teammate: 'teammates', bandmate: 'bandmates', bartender: 'bartenders',
  cashier: 'cashiers', waiter: 'waiters', waitress: 'waitresses', nurse: 'nurses', coach: 'coaches',
  janitor: 'janitors', musician: 'musicians', marshal: 'marshals', ranger: 'rangers', jailer: 'jailers',
  passerby: 'passersby', survivor: 'survivors', spectator: 'spectators', onlooker: 'onlookers',
  youngster: 'youngsters', preteen: 'preteens', adolescent: 'adolescents', kindergartner: 'kindergartners',
  preschooler: 'preschoolers',
  // "four party goers", "two party-goers"
  goer: 'goers', 'party-goer': 'party-goers',
  ...Object.fromEntries(
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
      .map((rank) => [`${rank}-grader`, `${rank}-graders`]),
  ),

};

/** Plural (and collective) person nouns, for "3,811 individuals", "two teenagers". */
export const PERSON_PLURALS: ReadonlySet<string> = new Set([...Object.values(PERSON_NOUNS), 'persons', 'others', 'folks']);

/** Singular person nouns, for implicit counts: "a man", "a 17-year-old boy". */
export const PERSON_SINGULARS: ReadonlySet<string> = new Set(
  Object.keys(PERSON_NOUNS).filter((w) => !['personnel', 'staff', 'crew', 'security'].includes(w)),
);

/** An age used as a noun or modifier: "17-year-old", "seven-year-old". */
export const AGE_TOKEN = /^(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old$/;
