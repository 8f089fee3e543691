import type { Token } from '../../analyse/tokens.js';
import { PERSON_PLURALS, PERSON_SINGULARS, AGE_TOKEN, type NumberMention } from '../../analyse/numbers.js';
import { ANIMALS, BEFORE_BY_LAST, BEFORE_TRIGGERS, DEFINITE, HOT_WORDS, OBJECT_PRONOUNS, PRONOUNS, TRIGGER_STARTS } from './lexicon.js';

/** The determiners and pronouns that may begin a reference: one lookup for the words that begin none. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set([...DEFINITE, ...PRONOUNS.keys(), ...OBJECT_PRONOUNS]);

/**
 * People counted by reference or by name: "he died", "the victim was pronounced dead", "killing
 * him", "John Roe was killed", "14-year-old Sam Poe died".
 */
export function references(tokens: readonly Token[], numbers: readonly NumberMention[], near: (from: number, to: number) => boolean): NumberMention[] {
  const out: NumberMention[] = [];
  const taken = new Uint8Array(tokens.length);
  for (const m of numbers) taken.fill(1, m.first, m.last);
  let listEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    // cheapest test first: a trigger word near (two array reads), or the next of a list of people
    // ("the deaths of Walter Doe, 23, William Roe, 32, and Brandon Poe, 31": the last name far from "deaths")
    if (!near(i - 10, i + 20) && !(listEnd >= 0 && i - listEnd <= 2 && (tokens[i - 1]!.text === ',' || tokens[i - 1]!.lower === 'and'))) continue;
    const t = tokens[i]!;
    const w = t.lower;
    // a capital, a determiner or pronoun, or an age ("14-year-old Sam Poe")
    const c = t.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !REFERENCE_WORDS.has(w) && !(c >= 48 && c <= 57 && w.endsWith('-old'))) continue;
    let last = -1;
    let value = 1;
    let rule: NumberMention['rule'] = 'reference';
    // "the East Knox County man", "Garza's stepfather"
    if (DEFINITE.has(w) || (c >= 65 && c <= 90 && (w.endsWith("'s") || w.endsWith('’s')))) {
      for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
        const x = tokens[j]!.lower;
        if (PERSON_SINGULARS.has(x)) {
          last = j + 1;
          break;
        }
        // "a shooting that killed a girl": after "that", a verb ends the noun phrase ("the wounded man" goes on)
        // "her unborn child" is not counted among the people of a figure
        // "the dog suffered minor injuries": an animal heads the phrase ("minor" is no person after it)
        if ((!startsWithLetter(tokens[j]!.text) && !AGE_TOKEN.test(x)) || NOT_IN_NOUN_PHRASE.has(x) || x === 'unborn' || ANIMALS.has(x) || (w === 'that' && HOT_WORDS.has(x))) break;
      }
      if (last < 0 && ageAsNoun(tokens, i + 1)) last = i + 2;
      // "his injuries are not life-threatening": the one whose wounds they are was hurt and lived
      if (last < 0 && (w === 'his' || w === 'her') && HURTS.has(tokens[i + 1]?.lower ?? '') && notGrave(tokens, i + 2)) last = i + 1;
    }
    // "shot her.", "shot her three times" but not "her two children", "her three sons"
    const objectHer = w === 'her' && (!tokens[i + 1] || (AFTER_OBJECT_HER.has(tokens[i + 1]!.lower) && (!TIMES_COUNTS.has(tokens[i + 1]!.lower) || tokens[i + 2]?.lower === 'times')));
    // "in both cases": a determiner, not the people
    // ("both to prevent suicide and to help families": "both … and" joins two things)
    const bothOfThings = w === 'both' && ((/^(?:in|on|at|for|from|with|of|to)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1] !== undefined && startsWithLetter(tokens[i + 1]!.text) && tokens[i + 1]!.lower !== 'of') || tokens[i + 1]?.lower === 'to');
    if (last < 0 && ((PRONOUNS.has(w) && !bothOfThings) || w === 'him' || objectHer)) {
      last = i + 1;
      value = PRONOUNS.get(w) ?? 1;
    } else if (last < 0 && (isName(t) || (AGE_TOKEN.test(w) && tokens[i + 1] && isName(tokens[i + 1]!)))) {
      // "Sam Poe", "14-year-old Sam Poe"
      let j = AGE_TOKEN.test(w) ? i + 1 : i;
      const from = j;
      while (j < tokens.length && j < from + 4 && isName(tokens[j]!)) j++;
      // "Jane Doe, 18, and Sam Poe, 20": the age goes with the name
      // "Linda Doe, 54, Mark Roe, 22, and …": and so in a list of names
      if (tokens[j]?.text === ',' && /^\d{1,2}$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.text === ',' && tokens[j + 3] && (tokens[j + 3]!.lower === 'and' || (isName(tokens[j + 3]!) && tokens[j + 4] !== undefined && isName(tokens[j + 4]!)))) j += 2;
      // ("… John Roe, 25 and Jim Moe, 32 were all hurt": the commas after the ages may be missing)
      else if (tokens[j]?.text === ',' && /^\d{1,2}$/.test(tokens[j + 1]?.lower ?? '') && /^(?:and|were|are|all|both)$/.test(tokens[j + 2]?.lower ?? '') && (tokens[j + 2]!.lower !== 'and' || (tokens[j + 3] !== undefined && isName(tokens[j + 3]!)))) j += 2;
      const prev = tokens[i - 1];
      // a capitalised word after a capitalised word belongs to a longer name or title: take it whole
      if (prev && isName(prev)) continue;
      // "in the South Loop", "the Westside": a capitalised word after "the" names a place, not a person
      if (prev?.lower === 'the' && !AGE_TOKEN.test(w)) continue;
      // "Dante sadly passed away", "Smith later died": an adverb between the name and its verb
      const after = (/^[a-z]{3,}ly$/.test(tokens[j]?.text ?? '') ? tokens[j + 1] : tokens[j])?.lower ?? '';
      // ("the Town of Millbrook has died": a name after a preposition is a place, not the subject;
      // "two men in the car with Johnson were also hit": nor is a name the preposition governs)
      const subject = (NAME_NEXT.has(after) || TRIGGER_STARTS.has(after)) && !PLACE_PREPOSITIONS.has(prev?.lower ?? '') && !GOVERNING_PREPOSITIONS.has(prev?.lower ?? '');
      // ("fatally shot Deputy Bill Doe": a title between the verb and the name)
      const object = !subject && prev !== undefined && ((BEFORE_LAST.has(prev.lower) && endsTrigger(tokens, i)) || (isTitle(prev.lower) && endsTrigger(tokens, i - 1)) || modifiedObject(tokens, i));
      // (a single capitalised word opening the sentence is a name only before a verb a person takes: "Jones suffered a gunshot wound")
      if ((subject || object) && !(j - from === 1 && i === 0 && !AGE_TOKEN.test(w) && !/^(?:was|has|had|died|suffered|sustained|remains|remained)$/.test(after))) {
        last = j;
        rule = 'name';
      }
    }
    if (last < 0) continue;
    listEnd = last;
    out.push({
      start: t.start, end: tokens[last - 1]!.end, numStart: t.start, numEnd: tokens[last - 1]!.end,
      first: i, core: i, last, value, low: value, high: value, qualifier: 'exact', rule,
    });
    i = last - 1;
  }
  return out;
}

/** A person's wounds: "his injuries", "her wound". */
export const HURTS: ReadonlySet<string> = new Set(['injuries', 'injury', 'wounds', 'wound']);

/** "… are not life-threatening", "… do not appear to be life threatening", "… were minor": the clause says the hurt will live. */
function notGrave(tokens: readonly Token[], from: number): boolean {
  let negated = false;
  for (let k = from; k < from + 10 && k < tokens.length; k++) {
    const x = tokens[k]!.lower;
    if (x === '.' || x === ';' || x === 'but' || x === 'and') return false;
    if (x === 'not' || x.endsWith("n't") || x.endsWith('n’t')) negated = true;
    if (/^(?:non-life-threatening|nonlife-threatening|non-life|minor|superficial|non-fatal|nonfatal)$/.test(x)) return true;
    if (negated && (x === 'life-threatening' || x === 'life' || x === 'serious' || x === 'fatal')) return true;
  }
  return false;
}

/** Words that end a noun phrase after a determiner: "the man was", "the house of". */
// (a second determiner starts another: "the shooting killed a woman")
const NOT_IN_NOUN_PHRASE: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'was', 'were', 'is', 'and', 'to', 'who', 'a', 'an', 'the']);
/** Words after "her" that make it an object ("shot her."), not a possessive ("her two children"). */
const AFTER_OBJECT_HER: ReadonlySet<string> = new Set([
  '.', ',', ';', ':', '!', '?', '"', '”', 'and', 'or', 'in', 'on', 'at', 'with', 'to', 'before', 'after', 'as', 'while', 'when',
  'during', 'then', 'once', 'twice', 'multiple', 'several', 'three', 'four', 'five',
]);
/** Of those, the counts that make "her" an object only before "times": "shot her three times". */
const TIMES_COUNTS: ReadonlySet<string> = new Set(['multiple', 'several', 'three', 'four', 'five']);

/** True when a token starts with a letter: an ASCII test first, the Unicode class only beyond ASCII. */
export function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** "the 19-year-old was pronounced dead": an age standing for the person, before a verb (not in a list: "the 8-year-old and his brother"). */
function ageAsNoun(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1]?.lower ?? '';
  return AGE_TOKEN.test(tokens[k]?.lower ?? '') && after !== ',' && after !== 'and' && (NAME_NEXT.has(after) || TRIGGER_STARTS.has(after));
}

/** Words after a name that make it the subject of what follows: "Smith, 25, was …", "Smith died". */
const NAME_NEXT: ReadonlySet<string> = new Set([',', 'of', 'was', 'were', 'has', 'had', 'is', 'who', 'remains', 'remained', 'later', 'also', 'suffered', 'succumbed', 'and', 'accidentally', 'all', 'both']);
/** Prepositions whose name is no subject of the verb after it: "with Johnson were hit", "killed by Smith, who". */
const GOVERNING_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'by', 'for', 'to', 'against', 'than', 'like', 'toward', 'towards', 'beside', 'behind']);
/** Prepositions before a place name: "John Smith of Akron", "a boy from Millbrook". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'near', 'on']);
/** Last words of the before-triggers: "killing Poe", "the death of Jane Doe". */
const BEFORE_LAST: ReadonlySet<string> = new Set(BEFORE_TRIGGERS.map((r) => r.words[r.words.length - 1]!));

/** Words between a verb and a name that are no noun of it: "killed by Doe", "shot at Doe". */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'by', 'with', 'for', 'from', 'near', 'outside', 'inside', 'at', 'in', 'on', 'into', 'onto', 'during', 'over', 'under', 'about',
  'across', 'along', 'around', 'behind', 'toward', 'towards', 'upon', 'amid', 'through', 'throughout', 'since', 'until', 'per',
  'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'any', 'some', 'every', 'each', 'all', 'both',
  'was', 'were', 'is', 'are', 'been', 'being', 'who', 'whom', 'which', 'when', 'where', 'after', 'before', 'while', 'said',
  'says', 'told', 'and', 'but', 'then', 'than', 'not', 'had', 'has', 'have', 'off', 'out', 'down', 'back', 'again', 'last',
  'early', 'late', 'later', 'earlier', 'today', 'tonight', 'yesterday', 'morning', 'afternoon', 'evening', 'night',
]);

/** "killed local rapper Jane Doe": one or two lower-case words of a noun between the verb and the name at i. */
function modifiedObject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 2); k--) {
    const t = tokens[k]!;
    if (!isNounModifier(t)) return false;
    if (endsTrigger(tokens, k)) return true;
  }
  return false;
}

/** Titles before a name: "killing Officer Jane Doe". */
const TITLES: ReadonlySet<string> = new Set(['officer', 'deputy', 'detective', 'det', 'trooper', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'cpl', 'corporal', 'agent', 'constable', 'marshal', 'dr', 'pastor', 'rev', 'coach']);

/** A title before a name, with or without its period, in lower case: "officer", "sgt.". */
export function isTitle(word: string): boolean {
  return TITLES.has(word.replace(/\.$/, ''));
}

/** A lower-case word of a noun between a verb and a name: "local", "rapper" of "killed local rapper Jane Doe". */
export function isNounModifier(t: Token): boolean {
  return /^[a-z]{3,}$/.test(t.text) && !NOT_MODIFIERS.has(t.lower);
}

/** Capitalised words that are not names of people. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'police', 'officers', 'officer', 'authorities', 'investigators', 'detectives', 'deputies', 'officials', 'witnesses',
  'residents', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'this', 'that', 'there', 'his', 'her', 'their', 'we', 'i',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'no', 'one', 'two', 'three', 'both',
  'another', 'after', 'when', 'while', 'as', 'in', 'on', 'at', 'but', 'and', 'if', 'its', 'according', 'sheriff',
  'deputy', 'chief', 'sgt', 'lt', 'det', 'capt', 'mr', 'mrs', 'ms', 'dr', 'county', 'city', 'state', 'department',
  'hospital', 'center', 'street', 'avenue', 'road', 'news', 'update', 'updated', 'breaking', 'video', 'photo',
  'nobody', 'nothing', 'everyone', 'someone', 'anyone', 'somebody', 'everybody', 'none', 'all', 'many', 'some', 'most',
  'several', 'each', 'neither', 'either', 'few', 'others', 'those', 'these', 'what', 'who', 'which', 'where', 'how',
  'why', 'then', 'now', 'later', 'earlier', 'also', 'meanwhile', 'however', 'still', 'yet', 'so', 'because', 'since',
  'although', 'though', 'troopers', 'victims', 'victim', 'family', 'friends', 'neighbors', 'neighbours', 'nor',
  'our', 'your', 'my', 'you', 'us', 'them', 'more', 'less', 'once', 'before', 'during', 'by', 'for', 'from', 'with',
  'without', 'inside', 'outside', 'near', 'if', 'whether', 'everything', 'something', 'anything', 'today', 'tonight',
  'yesterday', 'gunfire', 'shots', 'shooting', 'god', 'christmas', 'easter', 'thanksgiving',
  // organisations are no people: "the Somali National Army has seized"
  'army', 'forces', 'force', 'military', 'government', 'ministry', 'council', 'party', 'group', 'agency', 'office',
  'court', 'university', 'school', 'church', 'company', 'guard', 'navy', 'corps', 'brigade', 'regiment', 'battalion',
  'militia', 'front', 'movement', 'coalition', 'alliance', 'union', 'committee', 'commission', 'authority', 'bureau',
  // places: "the Hollow Valley", "Lincoln Park"
  'valley', 'river', 'mountain', 'mountains', 'town', 'village', 'province', 'region', 'district', 'park', 'lake',
  'island', 'bay', 'beach', 'camp', 'base', 'airport', 'station', 'market', 'mall', 'bridge', 'square', 'hills',
  'courthouse', 'apartments', 'library', 'college', 'hotel', 'motel', 'club', 'restaurant',
  // fields in the names of schools: "a student at the High School for Science and Technology, who died"
  'science', 'sciences', 'technology', 'design', 'architecture', 'arts', 'engineering', 'academy', 'institute',
]);

/** True when a before-trigger ends just before token i: "killing Poe", "the death of Jane Doe". */
function endsTrigger(tokens: readonly Token[], i: number): boolean {
  const rows = BEFORE_BY_LAST.get(tokens[i - 1]?.lower ?? '');
  return rows !== undefined && rows.some((row) => row.words.every((w, k) => tokens[i - row.words.length + k]?.lower === w));
}

export function isName(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90 || t.text.length < 2 || NOT_NAMES.has(t.lower) || PERSON_PLURALS.has(t.lower)) return false;
  // "Indonesia's Lombok", "Brown's sister": a possessive is no one's name; "Earthquakes" is a plural noun
  if (t.lower.endsWith("'s") || (t.lower.endsWith('s') && !t.lower.endsWith('ss') && t.lower.length > 4 && /(?:quakes|attacks|shootings|forces|troops|rockets|bombs|floods|fires|protests|police|officials)$/.test(t.lower))) return false;
  return nameShaped(t.text);
}

/**
 * NAME_SHAPE by a scan of the characters (a capital is known to come first): ASCII letters, `'`, `’`,
 * `.`, `-`, and a lower-case letter somewhere; the regex only for text with other non-ASCII characters.
 */
function nameShaped(text: string): boolean {
  let lower = false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 128 && c !== 0x2019) return NAME_SHAPE.test(text);
    else if (!(c >= 65 && c <= 90) && c !== 39 && c !== 0x2019 && c !== 46 && c !== 45) return false;
  }
  return lower;
}

const NAME_SHAPE = /^\p{Lu}(?=[^]*\p{Ll})[\p{L}'’.-]+$/u;
