// The trigger words of a figure: cheap tests over a raw sentence that say whether it may hold one,
// and the search, around a number and its counted noun, for the words that say what happened to
// the people counted ("have been killed", "left … injured", "killing two").
import type { Token } from '../../analyse/tokens.js';
import { PERSON_PLURALS, PERSON_SINGULARS } from '../../analyse/numbers.js';
import type { NumberMention } from '../../analyse/numbers.js';
import {
  AFTER_BY_FIRST, BEFORE_BY_LAST, BEFORE_TRIGGERS, CLAUSE_END, HOT_WORDS, NOUN_KINDS, OBJECT_START, TRIGGER_STARTS, type TriggerKind, type TriggerRow,
} from './lexicon.js';
import { butDied, diedLater, didNotMakeIt, survivedLater, toHospitalAt, treatedForAt } from './fates.js';
import { isName, isNounModifier, isTitle, startsWithLetter } from './references.js';

/** How far (in tokens) a trigger may stand after the counted noun, and before the number. */
const AFTER_WINDOW = 12;
const BEFORE_WINDOW = 3;
/** Words that deny the harm after the noun: "were not hurt", "escaped unharmed". */
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'neither', 'nor', 'without', 'escaped', 'unharmed', 'uninjured', 'unhurt']);

/** Abbreviations a period follows inside a sentence: "Jr.", "Sr.", "D.C.", an initial. */
export const ABBREVIATION = /^(?:Jr|Sr|[A-Z]|[A-Z](?:\.[A-Z])+)$/;

/** The hot words as one case-insensitive pattern over raw text, for sentences not yet tokenized ("’" as "'"). */
const HOT_PATTERN = new RegExp(`\\b(?:${[...HOT_WORDS].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})\\b`, 'i');
/** Characters for which the ASCII `\b` above and the tokenizer disagree: "_" (no letter, but a word character) and the Kelvin sign (lower case "k"). */
const HOT_UNSURE = /[_\u212A]/;

/**
 * A cheap test run before tokenising: false when the sentence holds no hot word, so that
 * `candidatesOf` would find nothing in it (it may be true when the word is only part of a token).
 * @example hasHotWord('The suspect fled in a car.') // false
 */
export function hasHotWord(sentence: string): boolean {
  return HOT_PATTERN.test(sentence) || HOT_UNSURE.test(sentence);
}

/** Every word that can make a figure: trigger words before or after the number, nouns that carry a kind. */
const FIGURE_WORDS = new RegExp(
  `\\b(?:${[...new Set([...TRIGGER_STARTS, ...BEFORE_TRIGGERS.map((r) => r.words[0]!), ...Object.keys(NOUN_KINDS)])].join('|')})\\b`,
  'i',
);

/**
 * A cheap test run before tokenising: false when the sentence holds no word that can make a figure.
 * @example mayHoldFigure('The protests spread to other cities.') // false
 */
export function mayHoldFigure(sentence: string): boolean {
  return FIGURE_WORDS.test(sentence);
}

export function isTriggerStart(w: string): boolean {
  return TRIGGER_STARTS.has(w);
}

/** A trigger after the noun: "have been killed", "left … injured", "in intensive care"; 'negated' for "were not hurt". */
export function triggerAfter(tokens: readonly Token[], from: number, stop: number): TriggerKind | 'negated' | null {
  const end = Math.min(stop, from + AFTER_WINDOW, tokens.length);
  let fallback: TriggerKind | null = null;
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.lower;
    if (didNotMakeIt(tokens, k)) return 'killed';
    if (NEGATION.has(w) || w.endsWith("'t") || w.endsWith('’t') || (w === 'almost' || w === 'nearly')) return fallback ?? 'negated';
    // "he could've died", "she might have been killed"
    if (/^(?:could|would|might|should|could've|would've|might've|should've|may)$/.test(w)) return fallback ?? 'negated';
    const row = matchAt(tokens, k) ?? toHospitalAt(tokens, k) ?? treatedForAt(tokens, k);
    const loose = row !== null && row.words.length > 2 && /^(?:to|at|in)$/.test(row.words[1]!) && /^hospitals?$/.test(row.words[row.words.length - 1]!) && fallback === null;
    // "were shot at", "fired at": aimed at, not hit
    if (row && row.kind === 'shot' && tokens[k + row.words.length]?.lower === 'at' && aimedAt(tokens, k + row.words.length + 1)) continue;
    // "Smith and Jones shot into the house", "he fired through the door": an active verb aimed somewhere, no one hit
    if (row && row.words.length === 1 && (w === 'shot' || w === 'fired') && /^(?:into|through)$/.test(tokens[k + 1]?.lower ?? '') && !isAuxiliaryBefore(tokens, k, from)) continue;
    // "careless discharge of a firearm causing injury", "assault inflicting serious bodily injury": a charge's name, done to others
    if (row && (row.words[0] === 'injury' || row.words[0] === 'injuries') && /^(?:causing|caused|causes|cause|inflicting|inflicted|bodily)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // "he is survived by his mother": an obituary's kin, not someone who lived through the shooting
    if (row && row.words[0] === 'survived' && tokens[k + 1]?.lower === 'by') continue;
    if (row) {
      const after = tokens[k + row.words.length];
      // "a man shot a woman": the subject is the agent, not the victim ("passed away at the hospital" takes no object)
      const verbal = row.kind !== 'hospitalized' && row.kind !== 'critical' && !['dead', 'died', 'dies', 'passed', 'succumbed', 'perished', 'deaths', 'fatalities', 'casualties', 'injuries', 'injury', 'missing'].includes(row.words[0]!);
      // ("a man killed at a party", "three people shot at the bar": a place, since "shot at" a target was passed over above;
      // "killed at least three": an object)
      const place = after?.lower === 'at' && !/^(?:least|most)$/.test(tokens[k + row.words.length + 1]?.lower ?? '');
      // "another boy accidentally shot Roe": a name after the active verb is its object too
      // ("Doe shot and stabbed her father": the object after a second verb)
      const second = after?.lower === 'and' && /ed$/.test(tokens[k + row.words.length + 1]?.lower ?? '') && OBJECT_START.has(tokens[k + row.words.length + 2]?.lower ?? '');
      // ("the gunman killed Officer Jane Doe": a title before a name)
      // ("killed local rapper Jane Doe": lower-case words of a noun before a name)
      const titled = (): boolean => (/^\p{Lu}/u.test(after!.text) && isTitle(after!.lower)) || nounBeforeName(tokens, k + row.words.length);
      if (verbal && after && (OBJECT_START.has(after.lower) || isName(after) || second || titled()) && !place && !isAuxiliaryBefore(tokens, k, from)) return fallback;
      // "a 16-year-old who was shot during a dispute died on Tuesday"
      if ((row.kind === 'shot' || row.kind === 'injured' || row.kind === 'critical' || row.kind === 'hospitalized') && !partitiveOf(tokens, from)) {
        const later = diedLater(tokens, k + row.words.length, tokens.length);
        if (later) return later;
        // "was shot but is expected to survive": hurt, not killed
        // "was taken to the hospital with non-life-threatening injuries": hurt and alive
        if ((row.kind === 'shot' || row.kind === 'hospitalized') && survivedLater(tokens, k + row.words.length)) return 'injured';
      }
      // "taken to an area hospital in critical condition / for his injuries": a later trigger of the clause says more
      if (loose) {
        fallback = row.kind;
        k += row.words.length - 1;
        continue;
      }
      return row.kind;
    }
    // "were taken to hospitals and the 17-year-old died": someone else's fate after the hospital
    if (fallback !== null && w === 'and' && NEW_SUBJECT.has(tokens[k + 1]?.lower ?? '')) return fallback;
    // "was taken to a hospital but died": the same subject goes on to its death (however far the clause before it ran)
    if (w === 'but' && butDied(tokens, k + 1)) return 'killed';
    // "two of them have since died": after an auxiliary, "since" is an adverb, not a new clause
    if (w === 'since' && /^(?:has|have|had)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    if (CLAUSE_END.has(w) || (w === '.' && !ABBREVIATION.test(tokens[k - 1]!.text)) || w === '?' || w === '!') return fallback;
    // "two men accused in a shooting that killed a girl": the clause tells of the nearer noun
    if (w === 'that' && k > from && startsWithLetter(tokens[k - 1]!.text)) return fallback;
  }
  return fallback;
}

const NEW_SUBJECT: ReadonlySet<string> = new Set(['a', 'an', 'the', 'two', 'three', 'another', 'one', 'his', 'her', 'their', 'he', 'she', 'they']);

/** True when the counted noun ending before `from` follows "one of": "One of five people hurt … has died". */
export function partitiveOf(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    if (tokens[k]!.lower === 'of') return /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** After "shot at": true when a target follows ("shot at by", "shot at him", "shot at a car"), false for a place ("shot at a party"). */
function aimedAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? '';
  if (/^(?:by|him|her|them|us|me|police|officers|deputies|the police|cars|vehicles|people)$/.test(w)) return true;
  for (let k = i; k < i + 4 && k < tokens.length; k++) {
    const x = tokens[k]!.lower;
    if (PERSON_SINGULARS.has(x) || PERSON_PLURALS.has(x) || /^(?:car|vehicle|truck|suv|van)s?$/.test(x)) return true;
    if (/^[,.;]$/.test(x)) return false;
  }
  return false;
}

function isAuxiliaryBefore(tokens: readonly Token[], k: number, from: number): boolean {
  for (let i = k - 1; i >= from && i >= k - 3; i--) {
    if (/^(?:was|were|been|be|being|is|are|got|get)$/.test(tokens[i]!.lower)) return true;
  }
  return false;
}

/** An active verb before the number: "killing two people", "detained 3,811 individuals". */
export function triggerBefore(tokens: readonly Token[], m: NumberMention, floor: number): TriggerKind | null {
  for (let k = m.first - 1; k >= Math.max(floor, m.first - BEFORE_WINDOW); k--) {
    // (only the rows that end with the word at k can match there)
    for (const row of BEFORE_BY_LAST.get(tokens[k]!.lower) ?? NO_ROWS) {
      const s = k - row.words.length + 1;
      if (s < floor) continue;
      if (row.words.every((w, i) => tokens[s + i]!.lower === w)) {
        // "was shot 3 times" / "were killed, 2 others" — a passive verb does not take the number as object
        if (/^(?:was|were|been|is|are|be)$/.test(tokens[s - 1]?.lower ?? '') && !row.words[0]!.endsWith('ing')) return null;
        // "would hurt him or his daughter", "threatened to kill him": not done
        const modal = /^(?:would|could|might|may|will|to|threatened|threatening|tried|trying|attempted|planned|wanted)$/;
        // ("pleaded guilty to fatally shooting three people": "to" before a gerund is a preposition)
        const gerundAfterTo = tokens[s - 1]?.lower === 'to' && row.words.some((w) => w.endsWith('ing'));
        // ("would never intentionally hurt": adverbs between the modal and the verb)
        const adverb = (w: string | undefined) => w !== undefined && (/^(?:ever|never|not|also|have|easily|surely)$/.test(w) || /^[a-z]{3,}ly$/.test(w));
        if ((modal.test(tokens[s - 1]?.lower ?? '') && !gerundAfterTo) || (adverb(tokens[s - 1]?.lower) && (modal.test(tokens[s - 2]?.lower ?? '') || modal.test(tokens[s - 3]?.lower ?? '')))) return null;
        // "the attempted murders of three students": hurt, not killed
        if (row.kind === 'killed' && tokens[s - 1]?.lower === 'attempted') return 'injured';
        // "two counts of malicious wounding of an officer": a charge's name, not a count of the hurt
        if (row.words[0] === 'wounding' && tokens[s - 1]?.lower === 'malicious') return null;
        // "left one victim fatally wounded and three others hurt": a participle told of someone before, not of the count after "and"
        if (FATAL_PARTICIPLE.test(row.words.join(' ')) && tokens.slice(s + row.words.length, m.first).some((t) => t.lower === 'and')) return null;
        return row.kind;
      }
    }
    const w = tokens[k]!.lower;
    // "killed the three tenants", "fatally shot his two children", "killing all four"
    // ("killed his ex-girlfriend's two daughters": a possessive right before the count)
    // ("fatally shot Deputy Bill Doe": a title right before a name)
    // ("killed local rapper Christopher Doe": up to two lower-case words of a noun before a name)
    const modifier = m.rule === 'name' && k >= m.first - 2 && isNounModifier(tokens[k]!);
    if (!/^(?:reportedly|allegedly|another|and|also|only|just|the|his|her|their|all)$/.test(w) && !modifier && !(k === m.first - 1 && (/\p{L}['’]s$/u.test(w) || (m.rule === 'name' && isTitle(w))))) return null;
  }
  return null;
}

const FATAL_PARTICIPLE = /^(?:fatally|mortally) (?:wounded|injured)$/;

/** "local rapper Jane Doe": one or two lower-case words of a noun from k, then a name. */
function nounBeforeName(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 2 && j < tokens.length; j++) {
    if (!isNounModifier(tokens[j]!)) return false;
    if (tokens[j + 1] && isName(tokens[j + 1]!)) return true;
  }
  return false;
}


const NO_ROWS: readonly TriggerRow[] = [];

/** The longest after-trigger that starts at token k. */
export function matchAt(tokens: readonly Token[], k: number): TriggerRow | null {
  for (const row of AFTER_BY_FIRST.get(tokens[k]!.lower) ?? NO_ROWS) {
    if (row.words.every((x, i) => tokens[k + i]?.lower === x)) return row;
  }
  return null;
}
