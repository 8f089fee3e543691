// What a sentence goes on to say of the people just counted: taken to or treated at a hospital, died
// later in the clause ("… but was pronounced dead", "didn't make it"), or lived ("is expected to
// survive", "in stable condition"). Used by candidates.ts to read the fate of a counted noun.
import type { Token } from '../../analyse/tokens.js';
import { CLAUSE_END, HOSPITAL_VERBS, type TriggerKind, type TriggerRow } from './lexicon.js';
import { isName, startsWithLetter } from './references.js';

/** "treated for wounds", "being treated for his injuries", "treated for a gunshot wound": hurt and alive. */
export function treatedForAt(tokens: readonly Token[], k: number): TriggerRow | null {
  if (tokens[k]!.lower !== 'treated' || tokens[k + 1]?.lower !== 'for') return null;
  for (let j = k + 2; j < k + 6 && j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (/^(?:wounds?|injury|injuries)$/.test(w)) return { words: tokens.slice(k, j + 1).map((t) => t.lower), kind: 'injured' };
    if (!startsWithLetter(tokens[j]!.text) || CLAUSE_END.has(w) || w === 'and') return null;
  }
  return null;
}

/** "taken to a local hospital", "transported to three area hospitals", "rushed to Mercy Hospital": hospitalized; "treated at a hospital": injured. */
export function toHospitalAt(tokens: readonly Token[], k: number): TriggerRow | null {
  const verb = tokens[k]!.lower;
  const to = tokens[k + 1]?.lower;
  // "treated at a local hospital": hurt and alive
  const kind = HOSPITAL_VERBS.has(verb) && to === 'to' ? 'hospitalized' : verb === 'treated' && (to === 'at' || to === 'in') ? 'injured' : null;
  if (kind === null) return null;
  for (let j = k + 2; j < k + 6 && j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (w === 'hospital' || w === 'hospitals') return { words: tokens.slice(k, j + 1).map((t) => t.lower), kind };
    if (!startsWithLetter(tokens[j]!.text) || CLAUSE_END.has(w) || w === 'and' || w === 'with' || w === 'by') return null;
  }
  return null;
}

/** "(but) later died", "(but) was pronounced dead", "(but) succumbed": a death of the same subject at `k`. */
export function butDied(tokens: readonly Token[], k: number): boolean {
  let w = tokens[k]?.lower;
  if (w === 'later' || w === 'eventually' || w === 'subsequently' || w === 'was' || w === 'had') w = tokens[++k]?.lower;
  if (w === 'later') w = tokens[++k]?.lower;
  return w === 'died' || w === 'succumbed' || (w === 'pronounced' && tokens[k + 1]?.lower === 'dead');
}

const MADE_IT_END: ReadonlySet<string> = new Set(['.', ',', ';', 'and', 'but', '"', '”']);

/** "he didn't make it.", "the boy did not make it and was pronounced dead": he died (not "make it to school"). */
export function didNotMakeIt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  return (w === 'not' || w === "didn't" || w === 'didn’t') && tokens[k + 1]?.lower === 'make' && tokens[k + 2]?.lower === 'it' && MADE_IT_END.has(tokens[k + 3]?.lower ?? '.');
}

/** A death of the subject told later in the clause ("was shot … and later died", "but was pronounced dead"): 'killed', else null. */
export function diedLater(tokens: readonly Token[], from: number, end: number): TriggerKind | null {
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.lower;
    if (w === 'died' || w === 'dies' || ((w === 'pronounced' || w === 'declared') && /^(?:dead|deceased)$/.test(tokens[k + 1]?.lower ?? '')) || w === 'succumbed' || (w === 'passed' && tokens[k + 1]?.lower === 'away') || didNotMakeIt(tokens, k)) return 'killed';
    // "… but later died", "… but was pronounced dead" go on; "… but the other man" does not
    if (w === 'but' && /^(?:later|eventually|subsequently|died|succumbed|was|had|has)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // "shot himself while getting out of a car, and later died": no new subject after "while …ing"
    if (w === 'while' && tokens[k + 1]?.lower.endsWith('ing')) continue;
    if (w === '.' || w === ';' || w === 'but' || w === 'while' || w === 'said' || w === 'and' && tokens[k + 1] && /^(?:a|an|the|two|three|another|one|his|her|their)$/.test(tokens[k + 1]!.lower)) return null;
    // "Five people were shot, including one who died", "shot along with his cousin, who died": someone else
    // died; "shot three times and died", "shot on March 18 … died" go on
    if ((OTHER_SUBJECT.has(w) || (isDigitToken(w) && !isDayOfMonth(tokens, k))) && !TIMES.has(tokens[k + 1]?.lower ?? '')) return null;
    // "both were taken to the hospital, where Smith died": a named death is one of them, not all
    if (w === 'where' && tokens[k + 1] && (DEFINITE_ARTICLES.has(tokens[k + 1]!.lower) || isName(tokens[k + 1]!))) return null;
  }
  return null;
}

/** Phrases that say someone shot lived: "is expected to survive", "in stable condition", "was treated and released". */
const SURVIVAL: readonly (readonly string[])[] = [
  ['expected', 'to', 'survive'], ['expected', 'to', 'recover'], ['expected', 'to', 'live'], ['expected', 'to', 'be', 'ok'],
  ['expected', 'to', 'be', 'okay'], ['expected', 'to', 'be', 'fine'], ['stable', 'condition'], ['good', 'condition'],
  ['fair', 'condition'], ['non-life-threatening'], ['non-life', 'threatening'], ['treated', 'and', 'released'], ['survived'],
  ['minor', 'injuries'], ['is', 'recovering'], ['was', 'recovering'], ['released', 'from'], ['not', 'life-threatening'],
  ['not', 'life', 'threatening'], ['not', 'considered', 'life-threatening'], ["weren't", 'life-threatening'],
  ["wasn't", 'life-threatening'], ['not', 'believed', 'to', 'be', 'life-threatening'],
];
const SURVIVAL_FIRST: ReadonlySet<string> = new Set(SURVIVAL.map((r) => r[0]!));

/** True when the sentence goes on to say the people shot lived, before other people come in. */
export function survivedLater(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (SURVIVAL_FIRST.has(w) && SURVIVAL.some((r) => r.every((x, i) => tokens[k + i]?.lower === x))) return true;
    if (w === '.' || w === ';' || w === 'while' || w === 'said' || OTHER_SUBJECT.has(w) || (w === 'and' && /^(?:a|an|the|his|her|their)$/.test(tokens[k + 1]?.lower ?? ''))) return false;
  }
  return false;
}

/** Words that bring in other people, whose death is not the first ones' ("two of whom", "including one", "along with"). */
const OTHER_SUBJECT: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'including', 'whom', 'along', 'another',
  'other', 'others', 'both', 'each',
]);
export const TIMES: ReadonlySet<string> = new Set(['times', 'shots', 'rounds', 'bullets']);
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one']);

const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
]);
/** A number that is a day of a month ("March 18"), not people. */
function isDayOfMonth(tokens: readonly Token[], k: number): boolean {
  return MONTHS.has(tokens[k - 1]?.lower ?? '');
}

function isDigitToken(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
