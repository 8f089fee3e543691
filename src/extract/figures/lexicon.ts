import type { FigureKind } from '../../model/index.js';

/**
 * What a trigger says happened to the people counted. `shot` is internal: people shot whose fate
 * is not said (killed or injured); the refiner turns it into casualties and, net of the dead, injured.
 */
export type TriggerKind = FigureKind | 'shot';

/** One trigger: lower-case words, the kind, and `passive` when the phrase needs no auxiliary check. */
export interface TriggerRow {
  words: readonly string[];
  kind: TriggerKind;
}

/** Animals, the head of a noun phrase that counts no people ("one of the family dogs", "the dog suffered minor injuries"). */
export const ANIMALS: ReadonlySet<string> = new Set(['dog', 'dogs', 'cat', 'cats', 'horse', 'horses', 'pet', 'pets', 'puppy', 'puppies', 'animal', 'animals', 'cow', 'cows']);

const rows = (kind: TriggerKind, ...phrases: string[]): TriggerRow[] => phrases.map((p) => ({ words: p.split(' '), kind }));

/**
 * Triggers after the counted noun: "26 people have been killed", "3 dead", "left 182 people injured".
 * Matched longest first at each position; an auxiliary before a verb trigger is skipped by the scanner.
 */
export const AFTER_TRIGGERS: readonly TriggerRow[] = sortLongestFirst([
  // "were either killed or injured", "killed or wounded"
  ...rows('casualties', 'killed or injured', 'killed or wounded', 'dead or injured', 'dead or wounded', 'killed and injured',
    'killed or hurt', 'injured or killed', 'wounded or killed', 'hurt or killed', 'shot or killed', 'casualties'),
  // "a man was shot and killed", "shot dead", "fatally shot", "died", "pronounced dead", "declared deceased"
  ...rows('killed', 'shot and killed', 'shot to death', 'shot dead', 'fatally shot', 'fatally wounded', 'fatally injured',
    'fatally stabbed', 'fatally struck', 'mortally wounded', 'fatal injuries', 'fatal wounds', 'fatal gunshot wounds', 'fatal gunshot wound', 'killed', 'dead', 'died', 'dies', 'die', 'pronounced dead', 'declared dead', 'declared deceased',
    'pronounced deceased', 'found dead', 'lost their lives', 'lost his life', 'lost her life', 'perished', 'murdered',
    'slain', 'fatally', 'succumbed', 'passed away',
    // "the news that he passed.", "she passed at the hospital" (not "passed the house", "passed out")
    'passed .', 'passed ,', 'passed at', 'did not survive', "didn't survive", 'deceased', 'gunned down',
    'beaten to death', 'stabbed to death', 'burned to death', 'executed', 'massacred', 'lynched', 'deaths', 'fatalities', 'dead bodies',
    // life support ended: the gva records count the death
    'taken off life support', 'taken off of life support', 'removed from life support'),
  // "two men were shot and wounded", "182 people injured", "non-life-threatening injuries"
  ...rows('injured', 'shot and wounded', 'shot and injured', 'shot and critically wounded', 'shot and seriously injured',
    'injured', 'wounded', 'hurt', 'injuries', 'injury', 'suffered injuries', 'sustained injuries', 'grazed', 'stabbed', 'beaten',
    'non-life-threatening', 'non-life threatening', 'nonfatal gunshot wounds', 'non-fatal gunshot wounds', 'nonfatal gunshot wound', 'non-fatal gunshot wound', 'survived', 'expected to survive', 'expected to recover',
    'treated and released', 'treated at a hospital and released', 'treated at the hospital and released',
    'treated for minor injuries', 'treated for non-life-threatening injuries', 'in stable condition', 'in good condition', 'in fair condition', 'expected to be ok',
    'expected to be okay',
    // still in hospital, so alive: "his father remains in the hospital", "is still hospitalized"
    'remains in the hospital', 'remained in the hospital', 'remain in the hospital', 'still in the hospital',
    'remains in a hospital', 'still in a hospital', 'remains in hospital', 'still in hospital', 'remains hospitalized',
    'remained hospitalized', 'remain hospitalized', 'still hospitalized',
    // "the boy is recovering at Children's Hospital": hurt and alive
    'recovering at', 'recovering in', 'recovering from',
    // "the boy underwent surgery": hurt and alive
    'underwent surgery', 'undergoing surgery', 'underwent emergency surgery', 'out of surgery'),
  // "two teenagers were shot"
  ...rows('shot', 'shot', 'suffering gunshot wounds', 'suffering from gunshot wounds', 'suffered gunshot wounds',
    'with gunshot wounds', 'with a gunshot wound', 'suffering a gunshot wound', 'suffered a gunshot wound', 'struck by gunfire', 'hit by gunfire', 'struck by bullets', 'hit by bullets', 'struck', 'hit',
    'gunshot wounds', 'gunshot wound', 'gunshot injury', 'gunshot injuries', 'suffering from gunshot', 'suffered gunshot', 'sustained gunshot',
    'sustained a gunshot wound', 'received gunshot wounds', 'received a gunshot wound', 'suffered a graze wound',
    'suffered graze wounds',
    // "four people with gunshot injuries", "sustained non-fatal bullet wounds"
    'gunshot injuries', 'gunshot injury', 'bullet wounds', 'bullet wound'),
  // "56 people were brought to hospitals"
  ...rows('hospitalized', 'hospitalized', 'hospitalised', 'sent to area hospitals', 'sent to hospitals', 'sent to the hospital',
    'sent to hospital', 'transported to hospitals', 'transported to the hospital', 'rushed to the hospital', 'rushed to hospital',
    'flown to a hospital', 'airlifted', 'brought to hospitals', 'brought to hospital', 'brought to the hospital',
    'taken to hospitals', 'taken to hospital', 'taken to the hospital', 'admitted to hospital', 'admitted to hospitals',
    'treated in hospital', 'in hospital', 'in hospitals', 'receiving treatment', 'sought treatment'),
  // "25 of them in intensive care", "in critical condition"
  ...rows('critical', 'in intensive care', 'in critical condition', 'in critical but stable condition',
    'in serious but stable condition', 'in serious condition', 'in grave condition',
    'critically injured', 'critically wounded', 'seriously injured', 'seriously wounded', 'life-threatening injuries',
    'fighting for his life', 'fighting for her life', 'fighting for their lives'),
  // "3,811 individuals were detained"
  ...rows('detained', 'detained', 'arrested', 'taken into custody', 'in custody', 'apprehended', 'jailed', 'imprisoned',
    'booked', 'charged', 'held', 'rounded up', 'arrests', 'detentions'),
  ...rows('missing', 'missing', 'unaccounted for', 'disappeared'),
  ...rows('abducted', 'abducted', 'kidnapped', 'taken hostage', 'held hostage', 'seized'),
  ...rows('displaced', 'displaced', 'fled their homes', 'fled', 'forced from their homes', 'homeless', 'made homeless'),
  ...rows('evacuated', 'evacuated', 'rescued'),
  // "thousands of protesters gathered"
  ...rows('participants', 'gathered', 'marched', 'rallied', 'protested', 'took part', 'attended', 'took to the streets',
    'demonstrated', 'joined the protest', 'joined the protests', 'joined the march', 'turned out'),
  // "2,500 troops were deployed"
  ...rows('troops', 'deployed', 'sent to', 'dispatched', 'stationed'),
]);

/**
 * Triggers before the number (an active verb and its object): "killing two people", "detained 3,811
 * individuals", "a death toll of 26", "claimed the lives of 5".
 */
export const BEFORE_TRIGGERS: readonly TriggerRow[] = sortLongestFirst([
  ...rows('killed', 'killed', 'killing', 'kills', 'kill', 'shot and killed', 'fatally shot', 'fatally shooting',
    'shooting and killing', 'fatal shooting of', 'shooting death of', 'shooting deaths of', 'death of', 'bodies of',
    'body of', 'killing of', 'slaying of', 'homicide of', 'killings of', 'slayings of', 'homicides of', 'fatally stabbing', 'fatally wounding', 'fatally wounded', 'fatally injuring', 'fatally injured', 'mortally wounding', 'mortally wounded', 'fatally struck', 'fatally striking', 'fatally hitting', 'death toll of', 'death toll to',
    'death toll rose to', 'death toll stands at', 'death toll stood at', 'claimed the lives of', 'claimed the life of',
    'took the life of', 'took the lives of', 'were unable to save', 'was unable to save', 'were not able to save',
    'was not able to save', 'could not save', "couldn't save", 'failed to save', 'unable to revive', 'could not revive', 'the deaths of', 'deaths of',
    'the lives of', 'dead to', 'toll to', 'toll of', 'fatalities to', 'deaths to', 'murdered', 'murdering', 'murder of', 'murders of',
    // "accused of gunning down three people", "gunned down a cashier"
    'gunned down', 'gunning down', 'guns down'),
  ...rows('injured', 'injured', 'injuring', 'injure', 'injures', 'wounded', 'wounding', 'hurt', 'hurting', 'injuries to', 'wounding of', 'shot and wounded',
    'shot and injured', 'critically wounding', 'critically injuring', 'seriously wounding', 'seriously injuring'),
  ...rows('shot', 'shot', 'shooting', 'shoots', 'shooting of', 'striking', 'struck', 'hitting', 'hit', 'grazed', 'grazing'),
  ...rows('detained', 'detained', 'detaining', 'arrested', 'arresting', 'arrests of', 'detention of', 'rounded up'),
  ...rows('evacuated', 'evacuated', 'evacuating', 'rescued'),
  ...rows('displaced', 'displaced', 'displacing', 'forced'),
  ...rows('abducted', 'abducted', 'kidnapped', 'abducting', 'kidnapping'),
  ...rows('hospitalized', 'hospitalized', 'hospitalised'),
  ...rows('troops', 'deployed', 'deploying', 'sent', 'sending', 'dispatched', 'comprised of', 'composed of', 'consists of'),
  ...rows('participants', 'drew', 'attracted', 'crowd of', 'crowds of', 'gathering of', 'rally of', 'march of'),
]);

/** One implied figure: words that say people died without counting them ("a fatal shooting" → at least 1 killed). */
export interface ImpliedRow {
  words: readonly string[];
  kind: TriggerKind;
  value: number;
}

/** Charges that tell of a death, after "charged with". */
const DEATH_CHARGES: readonly string[] = [
  'murder', 'first-degree murder', 'second-degree murder', 'capital murder', 'aggravated murder', 'manslaughter', 'homicide',
  'involuntary manslaughter', 'voluntary manslaughter', 'first-degree manslaughter', 'second-degree manslaughter',
  'criminal homicide', 'negligent homicide', 'reckless homicide', 'first-degree homicide', 'felony murder',
];

/** One person killed, implied by these words. */
function killedOne(...words: string[]): ImpliedRow {
  return { words, kind: 'killed', value: 1 };
}

/** Implied figures, longest first; they never outweigh a stated count (the refiner keeps the largest). */
export const IMPLIED: readonly ImpliedRow[] = [
  // "a triple murder-suicide": three killed and the killer
  { words: ['double', 'murder-suicide'], kind: 'killed', value: 3 },
  { words: ['triple', 'murder-suicide'], kind: 'killed', value: 4 },
  { words: ['quadruple', 'murder-suicide'], kind: 'killed', value: 5 },
  { words: ['double', 'murder', 'suicide'], kind: 'killed', value: 3 },
  { words: ['triple', 'murder', 'suicide'], kind: 'killed', value: 4 },
  // "a murder-suicide", "murder suicide"
  { words: ['murder-suicide'], kind: 'killed', value: 2 },
  { words: ['murder', 'suicide'], kind: 'killed', value: 2 },
  // "a double homicide", "triple murder"
  { words: ['double', 'homicide'], kind: 'killed', value: 2 },
  { words: ['double', 'murder'], kind: 'killed', value: 2 },
  { words: ['triple', 'homicide'], kind: 'killed', value: 3 },
  { words: ['triple', 'murder'], kind: 'killed', value: 3 },
  { words: ['quadruple', 'homicide'], kind: 'killed', value: 4 },
  { words: ['quadruple', 'murder'], kind: 'killed', value: 4 },
  { words: ['quintuple', 'homicide'], kind: 'killed', value: 5 },
  { words: ['quintuple', 'murder'], kind: 'killed', value: 5 },
  { words: ['quintuple', 'murders'], kind: 'killed', value: 5 },
  // "a double shooting": two people shot
  { words: ['double', 'shooting'], kind: 'shot', value: 2 },
  { words: ['triple', 'shooting'], kind: 'shot', value: 3 },
  { words: ['quadruple', 'shooting'], kind: 'shot', value: 4 },
  // "a fatal shooting", "a deadly shooting", "the shooting death"
  { words: ['fatal', 'shooting'], kind: 'killed', value: 1 },
  { words: ['deadly', 'shooting'], kind: 'killed', value: 1 },
  { words: ['fatally', 'shooting'], kind: 'killed', value: 1 },
  { words: ['shooting', 'death'], kind: 'killed', value: 1 },
  // "charged with murder", "charged with involuntary manslaughter", "charges of murder", "faces a homicide charge"
  ...DEATH_CHARGES.map((charge) => killedOne('charged', 'with', ...charge.split(' '))),
  killedOne('charges', 'of', 'murder'),
  killedOne('charges', 'of', 'homicide'),
  ...['manslaughter', 'homicide', 'murder'].flatMap((crime) => [killedOne(crime, 'charge'), killedOne(crime, 'charges')]),
  { words: ['count', 'of', 'murder'], kind: 'killed', value: 1 },
  { words: ['homicide', 'investigation'], kind: 'killed', value: 1 },
];

/** Nouns that carry the kind themselves when no trigger does: "26 deaths", "2,500 troops". */
export const NOUN_KINDS: Readonly<Record<string, TriggerKind>> = {
  deaths: 'killed', fatalities: 'killed', dead: 'killed', bodies: 'killed', casualties: 'casualties', injuries: 'injured',
  wounded: 'injured', injured: 'injured', arrests: 'detained', detentions: 'detained', detainees: 'detained',
  troops: 'troops', soldiers: 'troops', peacekeepers: 'troops', servicemen: 'troops', marines: 'troops',
  paratroopers: 'troops', personnel: 'troops', protesters: 'participants', protestors: 'participants',
  demonstrators: 'participants', marchers: 'participants', refugees: 'displaced', hostages: 'abducted',
};

/** Auxiliaries and adverbs allowed between the counted noun and its trigger: "have been", "were reportedly". */
export const BETWEEN: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'been', 'be', 'being', 'has', 'have', 'had', 'got', 'get', 'gets', 'reportedly', 'also',
  'later', 'either', 'all', 'both', 'allegedly', 'now', 'still', 'subsequently', 'eventually', 'each', 'who', 'that',
  'had', 'apparently', 'initially', 'originally', 'then', 'were', 'critically', 'seriously', 'badly', 'severely',
  'slightly', 'mortally', 'fatally', 'ultimately', 'reported', 'believed', 'to', 'confirmed', 'feared', 'left',
  'found', 'remain', 'remained', 'remains', 'lay', 'lying', 'were', 'being', 'them', 'of', 'among', 'those',
  'inside', 'treated', 'listed', 'injured', 'and', 'recovering',
]);

/** Verbs that take people "to a hospital" (whatever the words before "hospital"); all are first words of after-triggers. */
export const HOSPITAL_VERBS: ReadonlySet<string> = new Set(['taken', 'transported', 'rushed', 'brought', 'flown', 'sent', 'admitted']);

/** Words that end the search for a trigger: the clause is over. */
export const CLAUSE_END: ReadonlySet<string> = new Set([
  ';', ':', 'while', 'but', 'whereas', 'although', 'though', 'because', 'since', 'before', 'when', 'as',
  'if', 'where', 'which', 'whose', 'said', 'says', 'told', 'according',
]);

/** Words after a verb trigger that make it active with an object: "a man shot a woman" (the man is no victim). */
export const OBJECT_START: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'him', 'them', 'another', 'two', 'three',
  'four', 'five', 'one', 'several', 'at', 'multiple', 'my', 'our', 'its', 'someone', 'somebody', 'people', 'it', 'this',
]);

/** Subjects that refer to someone already counted: "he died", "the victim was pronounced dead". */
export const REFERENCE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'the', 'his', 'her', 'this', 'that', 'who']);

function sortLongestFirst(list: TriggerRow[]): TriggerRow[] {
  return list.sort((a, b) => b.words.length - a.words.length);
}

/** Pronouns that count people, and how many: "he died", "both were shot". */
// (a Map, not an object read with `in`: `in` looks a sliced token up in the string table, and is slow)
export const PRONOUNS: ReadonlyMap<string, number> = new Map([['he', 1], ['she', 1], ['both', 2], ['they', 0]]);
/** Determiners that open a reference to someone ("the victim", "his son"). */
export const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their']);
/** Pronouns that stand for one person as an object: "killing him". */
export const OBJECT_PRONOUNS = new Set(['him', 'her']);
/** First words of the after-triggers. */
export const TRIGGER_STARTS = new Set([...AFTER_TRIGGERS.map((r) => r.words[0]!)]);
/** The after-triggers by their first word and the before-triggers by their last, each list in table order (longest first). */
export const AFTER_BY_FIRST = rowsBy(AFTER_TRIGGERS, (words) => words[0]!);
export const BEFORE_BY_LAST = rowsBy(BEFORE_TRIGGERS, (words) => words[words.length - 1]!);

function rowsBy(table: readonly TriggerRow[], key: (words: readonly string[]) => string): ReadonlyMap<string, readonly TriggerRow[]> {
  const out = new Map<string, TriggerRow[]>();
  for (const row of table) {
    const k = key(row.words);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Words of triggers, kind nouns and implied figures, less the little words: a mention far from all of them makes no figure. */
export const HOT_WORDS: ReadonlySet<string> = new Set(
  [...AFTER_TRIGGERS, ...BEFORE_TRIGGERS, ...IMPLIED]
    .flatMap((r) => r.words)
    .concat(Object.keys(NOUN_KINDS), ['counts', 'injured', 'wounded'])
    .filter((w) => !/^(?:[.,]|in|with|to|the|a|an|of|and|or|by|at|for|from|their|his|her|on|into|up|out|but|be|was|were|could|couldn't|able|ok|okay|minor|failed|received|lives|life|care|condition|bodies|body|treatment|homes|from|sent|taken|brought|took|forced|held|made|did|lost|suffering|suffered|sustained|treated|left|rounded|seen|found)$/.test(w))
    .concat(['bodies', 'body', 'taken', 'brought', 'sent', 'suffering', 'suffered', 'sustained', 'treated', 'lost']),
);
