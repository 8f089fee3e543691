import type { Qualifier } from '../../model/index.js';
import type { Token } from '../../analyse/tokens.js';
import { isCapitalised } from '../../analyse/tokens.js';
import { findNumbers, HURT_RANK_MAX, ORDINALS, PERSON_PLURALS, PERSON_SINGULARS, AGE_TOKEN, WEEKDAYS, type NumberMention } from '../../analyse/numbers.js';
import { ANIMALS, BETWEEN, CLAUSE_END, DEFINITE, HOT_WORDS, IMPLIED, NOUN_KINDS, OBJECT_PRONOUNS, PRONOUNS, type TriggerKind } from './lexicon.js';
import { diedLater, survivedLater, TIMES } from './fates.js';
import { HURTS, isName, references, startsWithLetter } from './references.js';
import { ABBREVIATION, isTriggerStart, matchAt, partitiveOf, triggerAfter, triggerBefore } from './triggers.js';

/** A figure found in one sentence, before document-level refinement. */
export interface Candidate {
  kind: TriggerKind;
  value: number;
  low: number;
  high: number | null;
  qualifier: Qualifier;
  subject: string | null;
  /** Span of the number phrase. */
  start: number;
  end: number;
  /** Counts someone already counted ("he died", "the victim was shot"). */
  reference: boolean;
  /** Introduced as different from those counted before ("another man", "two others"). */
  distinct: boolean;
  /** "One of five people hurt … has died": how many of the counted people died (0 when none is said). */
  partitiveDead?: number;
  /** "all four victims", "the three men": a count of people named before, by a determiner. */
  definite?: boolean;
  /** The fate comes from an adjective of the noun alone ("the injured boy"): it is not the fate of people joined to it. */
  adjective?: boolean;
  /** "Jane Doe was also killed": dead besides those whose death was told before. */
  also?: boolean;
  rule: string;
}

const OF_REFERENCE = new Set(['them', 'those', 'whom', 'these', 'the', 'which', 'his', 'her', 'their']);

/**
 * Finds the figure candidates of one sentence: each number of people (explicit, vague, implicit
 * "a man", reference "he"/"the victim") tied to the trigger that says what happened to them.
 * `previous` resolves an anaphora ("an equivalent number") when the sentence has no earlier number.
 * @example candidatesOf(tokenize('26 people have been killed.')) // [{ kind: 'killed', value: 26, … }]
 */
export function candidatesOf(tokens: readonly Token[], previous: number | null = null): Candidate[] {
  // a mention can only make a figure with a trigger word near it: find those first (cheap set lookups)
  // (a plain array: a small typed array costs more to make than it saves)
  const hot = [0];
  for (let i = 0; i < tokens.length; i++) hot.push(hot[i]! + (HOT_WORDS.has(tokens[i]!.lower) ? 1 : 0));
  if (hot[tokens.length] === 0) return [];
  const near = (from: number, to: number): boolean => hot[Math.min(tokens.length, Math.max(0, to))]! > hot[Math.max(0, Math.min(tokens.length, from))]!;
  // ("two women, both 19, were shot": a number right after "both" is their age)
  // ("two men received multiple gunshot wounds": a count of wounds or shots is no stop between people and their trigger)
  const numbers = findNumbers(tokens).filter((m) => (m.rule === 'anaphora' || near(m.first - 10, m.last + 20)) && !(m.rule === 'digits' && tokens[m.first - 1]?.lower === 'both') && !countsWounds(tokens, m));
  for (const ref of references(tokens, numbers, near)) numbers.push(ref);
  numbers.sort((a, b) => a.first - b.first);
  const out: Candidate[] = [];
  let lastValue = previous;
  // "a man and two girls were shot dead": people joined by "and" share the verb of the last
  let pending: NumberMention[] = [];
  const byMention = new Map<NumberMention, Candidate>();
  const joins = numbers.map((m, n) => joinOf(tokens, m, numbers[n + 1]));
  numbers.forEach((m, n) => {
    const next = numbers[n + 1];
    // "a man, a woman and a child": commas join a list only when "and" closes it
    if (joins[n] === 'and' || (joins[n] === ',' && listCloses(joins, n))) {
      pending.push(m);
      return;
    }
    // "Five members of a family, including three children, were found dead": the inserted count is no stop
    // (and so a coordinated insert: "Three people including a 10-year-old and an 8-year-old were hurt")
    const inserted = next !== undefined && tokens[next.first - 1]?.lower === 'including';
    let resume = n + 1;
    if (inserted) {
      while (joins[resume] === 'and' || joins[resume] === ',') resume++;
      resume++;
    }
    const stop = numbers[resume]?.first ?? tokens.length;
    // "the death of a woman and her two young sons": a verb before the first counts them all
    const lead = pending.length > 0 ? candidateOf(tokens, pending[0]!, pending[0]!.last + 1, 0) : null;
    let own = candidateOf(tokens, m, stop, n > 0 ? numbers[n - 1]!.last : 0);
    // "fired on the group of three men and a woman and fatally struck one": a preposition governs the whole group
    if (own !== null && own.rule === 'after' && pending.length > 0 && groupGoverned(tokens, pending[0]!)) own = null;
    // "within reach of the boy and he accidentally shot himself", "shot by a relative and she is expected to survive":
    // a subject pronoun after a noun a preposition governs begins a clause of its own
    if (own !== null && own.rule !== 'before' && pending.length > 0 && m.rule === 'reference' && SUBJECT_PRONOUNS.has(tokens[m.first]!.lower) && groupGoverned(tokens, pending[0]!)) pending = [];
    const c = lead !== null && lead.rule === 'before' && own !== null ? { ...own, kind: lead.kind, start: lead.start } : own;
    // "her two kids and the injured boy ride bikes": the adjective is the boy's alone
    if (c?.adjective && lead?.rule !== 'before') pending = [];
    if (c) {
      for (const p of pending) {
        c.value += p.value ?? 0;
        c.low += p.low;
        if (c.high !== null) c.high = p.high === null ? null : c.high + p.high;
        c.start = Math.min(c.start, p.start);
      }
      // "he and three others were shot": the group is as new as its first person, "others" are others than him
      // ("West, Dear and Mack were also struck": the whole group is besides those counted)
      if (pending.length > 0) c.distinct = DISTINCT.has(tokens[pending[0]!.core]!.lower) || tokens[pending[0]!.first]!.lower === 'another' || ((c.kind === 'shot' || c.kind === 'injured') && alsoAfter(tokens, headOf(tokens, m)?.end ?? m.last));
    } else if (pending.length > 0) {
      // "killed a woman and her two children": the verb before the first counts them all
      const group = candidateOf(tokens, pending[0]!, pending[0]!.last + 1, 0);
      // "fatally shot his wife, Jane Doe, 34, and their son": the group opens with the name of the
      // person before it, whose verb counts the rest too
      const prev = numbers[n - pending.length - 1];
      const named = !group && prev !== undefined && pending[0]!.rule === 'name' && tokens[pending[0]!.first - 1]?.text === ',' ? byMention.get(prev) : undefined;
      // "found the injured girl and two others": the adjective is the girl's alone
      if (group?.adjective) out.push(group);
      else if (named && named.rule === 'before' && named.value === 1 && prev!.rule !== 'name' && headOf(tokens, prev!)?.end === pending[0]!.first - 1) {
        addCounts(named, [...pending.slice(1), m]);
      } else if (group) {
        addCounts(group, [...pending.slice(1), m]);
        out.push(group);
      }
    }
    pending = [];
    const they = m.rule === 'reference' && tokens[m.first]!.lower === 'they';
    if (m.rule === 'anaphora' || they) {
      // "they later died": "they" counts the people of the last count, and only for a death
      if (lastValue === null || !c || (they && c.kind !== 'killed')) return;
      c.value = c.low = lastValue;
      c.high = lastValue;
    } else if (m.value !== null && m.rule !== 'implicit') lastValue = m.value;
    if (c) {
      out.push(c);
      byMention.set(m, c);
    }
    if (c?.partitiveDead) {
      out.push({ ...c, kind: 'killed', value: c.partitiveDead, low: c.partitiveDead, high: c.partitiveDead, qualifier: 'exact', subject: null, partitiveDead: 0, rule: 'partitive' });
    }
  });
  // "Roe was killed at the car wash, along with two other men": those along with them share their fate
  numbers.forEach((m, n) => {
    const c = byMention.get(m);
    if (c && (c.kind === 'killed' || c.kind === 'shot' || c.kind === 'injured')) addAlongWith(tokens, numbers, joins, n, c);
  });
  for (const c of out) if (c.kind === 'killed' && c.value >= 2 && unbornIncluded(tokens, c.end)) lessOne(c);
  // "Police first said that six people were shot, but later revised that number": a count since corrected;
  // "any time a child is hurt, …": no one in particular
  const unasserted = unassertedAt(tokens);
  if (unasserted >= 0) return out.filter((c) => c.start < unasserted);
  for (const c of implied(tokens)) out.push(c);
  // "killed his wife and then himself", "before turning the gun on himself": the shooter died too
  const self = suicideAt(tokens);
  if (self) {
    // "killed two people before killing himself", "… and then himself", "then turned the gun on himself":
    // the shooter died besides those he killed (told before it in the sentence)
    // (a verb's object: "the fatal shooting of a girl" does not say who shot her)
    const verbal = (c: Candidate) => tokens[tokens.findIndex((t) => t.start === c.start) - 1]?.lower !== 'of';
    // "a rampage that left seven people dead before the gunman killed himself": the dead he left
    // (not "left two dead, including the gunman who killed himself")
    // "four people were shot dead by a man who later shot himself": killed by the one who killed himself
    // (not past a glued sentence end: "… found dead.Those who …")
    const between = (c: Candidate) => tokens.filter((t) => t.start >= c.end && t.start < self.start).map((t) => t.lower);
    const byWho = (words: string[]) => words.includes('by') && words.includes('who');
    const left = (c: Candidate) =>
      c.rule === 'after' && (/^(?:left|leaving)$/.test(tokens[tokens.findIndex((t) => t.start === c.start) - 1]?.lower ?? '') || byWho(between(c))) &&
      !between(c).some((w) => w === 'including' || w === '.');
    const selfWord = tokens.find((t) => t.start === self.start)?.lower ?? '';
    // ("he died of a self-inflicted gunshot wound after shooting and killing two men": the count may follow)
    const killed = out.find((c) => c.kind === 'killed' && (c.rule === 'before' || left(c)) && (c.end <= self.start || selfWord === 'self-inflicted') && verbal(c));
    if (killed) {
      killed.value += 1;
      killed.low += 1;
      if (killed.high !== null) killed.high += 1;
    // "… and then committed suicide", "… before shooting himself" add the shooter to those he killed; alone the
    // first may be the shooter a total holds, the second a wound ("shot himself in the leg")
    } else if (!out.some((c) => c.kind === 'killed') && !SUICIDE_AFTER_KILLING.has(selfWord)) out.push(self);
  }
  return out;
}

/**
 * Where a sentence starts telling what a source said at first and has since corrected ("police originally said",
 * "had initially reported that", "initial reports"; not a passive: "was initially reported in critical condition") or what happens
 * to anyone at any time ("anytime a child is hurt", "every time somebody is shot", "whenever"), else -1.
 */
function unassertedAt(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length - 1; k++) {
    const w = tokens[k]!.lower;
    if (k > 0 && (w === 'originally' || w === 'initially') && /^(?:said|told|reported|believed|thought|stated)$/.test(tokens[k + 1]!.lower) && !/^(?:was|were|is|are|been)$/.test(tokens[k - 1]!.lower)) return tokens[k]!.start;
    // "in initial reports, police announced that two people had been killed … but two more have since died"
    if (w === 'initial' && /^(?:reports?|reporting)$/.test(tokens[k + 1]!.lower)) return tokens[k]!.start;
    if (w === 'anytime' || w === 'whenever' || ((w === 'any' || w === 'every') && tokens[k + 1]!.lower === 'time')) return tokens[k]!.start;
    // "police were not able to say if the man had died", "it is unclear whether the boy was hit": not known
    // (not "police say if the boy dies, charges will follow", "to determine if the death was an accident")
    if ((w === 'if' || w === 'whether') && notKnownBefore(tokens, k)) return tokens[k]!.start;
  }
  return -1;
}

/** Nouns of wounds a number may count right before them: "multiple gunshot wounds", "two bullet wounds". */
const WOUND_NOUNS: ReadonlySet<string> = new Set(['gunshot', 'bullet', 'wounds', 'wound']);

/** A number of wounds, not of people ("two gunshot wounds", not "two gunshot victims"). */
function countsWounds(tokens: readonly Token[], m: NumberMention): boolean {
  if (m.rule !== 'vague' && m.rule !== 'words' && m.rule !== 'digits') return false;
  const next = tokens[m.last]?.lower ?? '';
  if (!WOUND_NOUNS.has(next)) return false;
  const after = tokens[m.last + 1]?.lower ?? '';
  return !PERSON_PLURALS.has(after) && !PERSON_SINGULARS.has(after);
}

/** "unclear if", "not able to say whether", "did not know if": the words before "if" / "whether" at k say it is not known. */
function notKnownBefore(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k - 1]?.lower ?? '';
  if (/^(?:unclear|unknown|uncertain)$/.test(w)) return true;
  if (!/^(?:say|confirm|know|sure)$/.test(w)) return false;
  return tokens.slice(Math.max(0, k - 5), k - 1).some((t) => t.lower === 'not' || t.lower === 'unable' || t.lower.endsWith("n't") || t.lower.endsWith('n’t'));
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/** Modals of what might have been: "could have", "should've". */
const COUNTERFACTUAL = /^(?:could|would|should|might)(?:['’]ve)?$/;
/**
 * "Jane Doe was found shot to death along with three others", "The woman, along with her two children, was found dead":
 * the people after "along with" (in the clause of mention n, a list joined by "and" counted whole) are added to its count.
 */
function addAlongWith(tokens: readonly Token[], numbers: readonly NumberMention[], joins: readonly ('and' | ',' | null)[], n: number, c: Candidate): void {
  const m = numbers[n]!;
  const next = numbers[n + 1];
  if (!next) return;
  let along = -1;
  for (let k = m.last; k < Math.min(tokens.length - 1, m.last + 12); k++) {
    const w = tokens[k]!.lower;
    if (w === '.' || w === ';' || w === 'but' || w === 'while') return;
    if (w === 'along' && tokens[k + 1]!.lower === 'with') {
      along = k + 2;
      break;
    }
  }
  if (along < 0) return;
  // (right after "along with", or past one determiner: "along with her two children")
  if (next.first !== along && !(next.first === along + 1 && /^(?:his|her|their|the)$/.test(tokens[along]?.lower ?? ''))) return;
  let k = n + 1;
  const joined = [numbers[k]!];
  while (joins[k] === 'and' || (joins[k] === ',' && listCloses(joins, k))) joined.push(numbers[++k]!);
  addCounts(c, joined);
  // (a count of people, no longer someone told before: "Jane Doe … along with three others")
  c.reference = false;
}

/** "killing five people, including an unborn child": the unborn are not counted among the people of a figure. */
function unbornIncluded(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < tokens.length - 2; k++) {
    if (tokens[k]!.start >= end && tokens[k]!.lower === 'including' && /^(?:an|a|her|one)$/.test(tokens[k + 1]!.lower) && tokens[k + 2]!.lower === 'unborn') return true;
  }
  return false;
}

function lessOne(c: Candidate): void {
  c.value -= 1;
  c.low = Math.max(0, c.low - 1);
  if (c.high !== null) c.high -= 1;
}

/**
 * How a mention is joined to the next one in a coordination of people: "and" ("a man and two
 * girls", "a woman and her two children", "Doe, 18, and Poe"), "," between two single people
 * named alike ("Hutton, 54, McDonald, 22, and …", "a man, a woman and …"; a noun then a name is an
 * apposition: "his wife, Jane Doe,"; a count then people is its breakdown: "13 people, 11 men and …"), else null.
 */
function joinOf(tokens: readonly Token[], m: NumberMention, next: NumberMention | undefined): 'and' | ',' | null {
  if (!next || !(isPersonCount(m) || isNumber(m)) || !(isPersonCount(next) || isNumber(next))) return null;
  const head = headOf(tokens, m);
  if (head === null || !(isPersonCount(m) || (head.subject !== null && head.nounKind === null))) return null;
  // "a woman and her two children"
  const gap = /^(?:his|her|their)$/.test(tokens[head.end + 1]?.lower ?? '') ? 2 : 1;
  // "Doe, 18, and Poe": a comma before "and"
  const comma = tokens[head.end]?.text === ',' && tokens[head.end + 1]?.lower === 'and' ? 1 : 0;
  if (tokens[head.end + comma]?.lower === 'and' && (next.first === head.end + comma + 1 || next.first === head.end + comma + gap)) return 'and';
  // "9 people, 7 males and two females": a count then its breakdown is no list
  const alike = isPersonCount(m) && isPersonCount(next) && (m.rule === 'name') === (next.rule === 'name');
  // "a man, two women and a young child": one person then a count of people (not an age: "a man, 25, and …")
  const oneThenCount = m.rule === 'implicit' && m.value === 1 && isNumber(next) && (headOf(tokens, next)?.subject ?? null) !== null;
  if (tokens[head.end]?.text === ',' && next.first === head.end + 1 && (alike || oneThenCount)) return ',';
  return null;
}

/** True when the commas from mention n on lead to an "and": "A, B and C", not "A, B". */
function listCloses(joins: readonly ('and' | ',' | null)[], n: number): boolean {
  let j = n;
  while (joins[j] === ',') j++;
  return joins[j] === 'and';
}

const DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);

/** Phrases that say the shooter killed himself. */
const SUICIDE: readonly (readonly string[])[] = [
  ['then', 'himself'], ['then', 'herself'], ['and', 'himself'], ['and', 'herself'], ['killed', 'himself'], ['killed', 'herself'], ['killing', 'himself'],
  ['killing', 'herself'], ['took', 'his', 'own', 'life'], ['took', 'her', 'own', 'life'], ['taking', 'his', 'own', 'life'],
  ['gun', 'on', 'himself'], ['gun', 'on', 'herself'], ['fatally', 'shot', 'himself'], ['fatally', 'shooting', 'himself'],
  ['committed', 'suicide'], ['committing', 'suicide'],
  ['shot', 'himself'], ['shot', 'herself'], ['shooting', 'himself'], ['shooting', 'herself'],
  // "he died of a self-inflicted gunshot wound" (only after a word of death)
  ['self-inflicted'],
];

/** Suicide phrases that tell a death only after a killing in the same sentence: "accidentally shot himself in the leg". */
const SUICIDE_AFTER_KILLING = new Set(['committed', 'committing', 'shot', 'shooting', 'self-inflicted']);

/** The last words of the SUICIDE phrases ("himself", "life", "suicide", …): a sentence without one tells none. */
const SUICIDE_LAST: ReadonlySet<string> = new Set(SUICIDE.map((row) => row[row.length - 1]!));

function suicideAt(tokens: readonly Token[]): Candidate | null {
  if (!hasWordOf(tokens, SUICIDE_LAST)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w !== 'then' && w !== 'and' && w !== 'killed' && w !== 'killing' && w !== 'took' && w !== 'taking' && w !== 'gun' && w !== 'fatally' && !SUICIDE_AFTER_KILLING.has(w)) continue;
    for (const row of SUICIDE) {
      if (!row.every((x, k) => tokens[i + k]?.lower === x)) continue;
      if (w === 'self-inflicted' && !tokens.slice(0, i).some((t) => /^(?:died|dies|dead|deceased)$/.test(t.lower))) continue;
      // "in an attempted suicide", "tried to kill himself"
      if (tokens.some((t) => t.lower === 'attempted' || t.lower === 'tried')) return null;
      const last = tokens[i + row.length - 1]!;
      const also = row[0] === 'then' || row[0] === 'and' || row[0] === 'gun';
      return {
        kind: 'killed', value: 1, low: 1, high: 1, qualifier: 'exact', subject: null, start: tokens[i]!.start, end: last.end,
        reference: !also, distinct: also, rule: 'suicide',
      };
    }
  }
  return null;
}

function wordOrDigitValue(w: string): number {
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  return words[w] ?? (/^\d+$/.test(w) ? Number(w) : 1);
}

function isNumber(m: NumberMention): boolean {
  return m.rule === 'digits' || m.rule === 'words';
}

/** True when a token's lower case is one of `words`. */
function hasWordOf(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  for (const t of tokens) if (words.has(t.lower)) return true;
  return false;
}

function isPersonCount(m: NumberMention): boolean {
  return (m.rule === 'implicit' || m.rule === 'name' || m.rule === 'reference') && m.value === 1;
}

/** "a fatal shooting", "charged with murder", "a murder-suicide": people killed, implied. */
function implied(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (!IMPLIED_FIRST.has(w)) continue;
    // "attempted murder charges", "an attempted (double) murder-suicide": nobody died
    if ([-2, -1, 1, 2].some((k) => tokens[i + k]?.lower === 'attempted')) continue;
    for (const row of IMPLIED) {
      if (!row.words.every((x, k) => tokens[i + k]?.lower === x)) continue;
      const last = tokens[i + row.words.length - 1]!;
      out.push({
        kind: row.kind, value: row.value, low: row.value, high: null, qualifier: 'at_least', subject: null,
        start: tokens[i]!.start, end: last.end, reference: false, distinct: false, rule: 'implied',
      });
      return out;
    }
  }
  return out;
}

const IMPLIED_FIRST = new Set(IMPLIED.map((r) => r.words[0]!));

function candidateOf(tokens: readonly Token[], m: NumberMention, stop: number, floor: number): Candidate | null {
  const head = headOf(tokens, m);
  if (!head) return null;
  // "a woman and toddler died", "her dad and older sister were dead", "his wife, son and daughter":
  // one more person each, counted when the list is closed by "and"
  let extra = 0;
  if (m.rule === 'implicit' || m.rule === 'reference' || m.rule === 'name') {
    let end = head.end;
    let open = 0;
    for (;;) {
      const sep = tokens[end]?.lower;
      const closing = sep === 'and' || (sep === ',' && tokens[end + 1]?.lower === 'and');
      if (!closing && sep !== ',') break;
      const item = listItemEnd(tokens, end + (sep === ',' && closing ? 2 : 1));
      if (item < 0) break;
      open++;
      end = item;
      if (closing) {
        extra += open;
        open = 0;
        head.end = end;
      }
    }
  }
  // ("striking both her and their daughter", "wounding both": "both" is also an object)
  const subjectOnly = m.rule === 'reference' && PRONOUNS.has(tokens[m.first]!.lower) && tokens[m.first]!.lower !== 'both';
  // "killing her" (not "her son was killed": a possessive)
  // ("her injuries are not life-threatening": a possessive)
  const objectOnly = m.rule === 'reference' && OBJECT_PRONOUNS.has(tokens[m.first]!.lower) && m.last === m.first + 1 && !HURTS.has(tokens[m.last]?.lower ?? '');
  const before = subjectOnly || ownAfterAnd(tokens, m, head.end) ? null : sentToHospital(tokens, m, head.end) ?? triggerBefore(tokens, m, floor) ?? invertedAt(tokens, m);
  let kind: TriggerKind | null = before;
  // "the other three shooting victims", "two other men": not those counted before
  let distinct = DISTINCT.has(tokens[m.core]!.lower) || head.distinct || (isNumber(m) && tokens[m.first - 1]?.lower === 'other');
  // "None of the other six people … were injured", "Neither the driver nor …"
  // ("doctors were not able to save her" is no negation of a count)
  for (let k = Math.max(0, m.first - 4); k < m.first; k++) if (/^(?:none|neither|no|nobody|not)$/.test(tokens[k]!.lower) && tokens[k + 3]?.lower !== 'save') return null;
  // "There could've been four or five people dead", "could have ended in many injuries or deaths": what did not happen
  for (let k = Math.max(0, m.first - 4); k < m.first; k++) if (COUNTERFACTUAL.test(tokens[k]!.lower) && (tokens[k]!.lower.endsWith('ve') || tokens[k + 1]?.lower === 'have')) return null;
  // "the sister of the two boys … died", "killed by two men": the verb is not the number's
  const governed = isGoverned(tokens, m, head);
  if (!kind && !objectOnly && !governed) {
    let from = head.end;
    let until = stop;
    // "A 16-year-old boy, one of three people hit by gunfire, has died" — skip the apposition
    // ("Five people — two of them teenagers — were shot": so between dashes)
    const mark = tokens[from]?.text ?? '';
    if (mark === ',' || DASHES.has(mark)) {
      let k = from + 1;
      // ("the teen, Kevin Moore Jr., has died": the period of an abbreviation ends nothing)
      while (k < tokens.length && k < from + 20 && tokens[k]!.text !== mark && (tokens[k]!.text !== '.' || ABBREVIATION.test(tokens[k - 1]!.text)) && tokens[k]!.text !== ';') k++;
      // ("A third person, shot in the leg, managed to run away": an apposition of harm is the noun's own)
      const own = tokens[k]?.text === ',' && harmApposition(tokens, from + 1) ? triggerAfter(tokens, from + 1, k) : null;
      if (own !== null && own !== 'negated') kind = own;
      else if (tokens[k]?.text === mark) {
        from = k + 1;
        until = tokens.length;
      }
    }
    const after = kind ?? triggerAfter(tokens, from, until);
    if (after === 'negated') return null;
    kind = after;
  } else if (!kind && !objectOnly && governed && PARTICIPLES.has(tokens[head.end]?.lower ?? '') && !aggregateAround(tokens, m, head.end)) {
    // "reports of a 5-year-old shot dead": a participle right after the noun is the noun's own;
    // "a boy was among three people wounded in a shooting": the whole count of the shooting
    // (not "they were among 11 people shot from Tuesday afternoon to early Wednesday": a total over days)
    const after = triggerAfter(tokens, head.end, Math.min(stop, head.end + 4));
    if (after !== 'negated') kind = after;
  }
  // "two gunshot victims were taken to a hospital": shot, whatever the hospital says
  if (head.nounKind && (!kind || (kind === 'hospitalized' && head.nounKind === 'shot'))) kind = head.nounKind;
  // "the injured man", "a wounded 12-year-old girl"; "the fatally wounded child", "a deceased male"
  let byAdjective = false;
  if ((m.rule === 'implicit' || m.rule === 'reference') && (!kind || kind === 'shot' || kind === 'injured' || kind === 'hospitalized')) {
    const adjective = adjectiveKind(tokens, m.first, head.end);
    // "the injured man was taken to a hospital": hurt, whatever the hospital says ("the wounded woman — shot in the face —": or the shot)
    if (adjective === 'killed' || (adjective && (!kind || kind === 'hospitalized' || kind === 'shot'))) {
      byAdjective = !kind;
      kind = adjective;
    }
    // "transported the injured teen to a hospital, where he later died"
    if (adjective === 'injured' && kind === 'injured' && diedLater(tokens, head.end, tokens.length)) kind = 'killed';
  }
  if (!kind) return null;
  // "Emergency Responders were sent": troops and crowds are counted by their own nouns
  if ((kind === 'troops' || kind === 'participants') && m.rule !== 'vague' && m.rule !== 'digits' && m.rule !== 'words' && m.rule !== 'range') return null;
  if (kind === 'troops' && head.nounKind !== 'troops' && before !== 'troops') return null;
  // "Smith fled": one named person fleeing is no displacement figure
  if ((kind === 'displaced' || kind === 'evacuated') && (m.rule === 'name' || m.rule === 'reference' || m.rule === 'implicit')) return null;
  // "a woman was also shot": someone besides those counted before
  // ("she also suffered a gunshot wound": a pronoun tells more of someone counted, not of someone besides)
  if ((kind === 'shot' || kind === 'injured') && !before && alsoAfter(tokens, head.end) && !subjectOnly) distinct = true;
  // "Jane Doe, 24, was also killed": someone dead besides those told before
  const alsoDead = kind === 'killed' && !before && !subjectOnly && alsoAfter(tokens, head.end);
  // "another man was shot" is someone new; "he accidentally shot another man" is only not himself
  if (m.rule === 'implicit' && tokens[m.first]!.lower === 'another') distinct = !(before === 'shot' && tokens[m.first - 2]?.lower !== 'and' && tokens[m.first - 3]?.lower !== 'and');
  // "One of the victims, who was shot in the head, later died": the part died
  if ((kind === 'injured' || kind === 'shot') && partOfCounted(tokens, m, head) && diedLater(tokens, head.end, tokens.length)) kind = 'killed';
  // "his father", "her brother" bring in someone new; "he", "the victim", "Smith" may repeat someone counted
  const possessive = m.rule === 'reference' && /^(?:his|her|their)$|['’]s$/.test(tokens[m.first]!.lower);
  // "one of the victims died", "two of them": people counted before
  const named = (m.rule === 'reference' && !possessive) || m.rule === 'name' || (kind === 'killed' && partOfCounted(tokens, m, head));
  // "One of five people hurt in a shooting has died": the five were shot, one of them died
  let partitiveDead = 0;
  if ((kind === 'injured' || kind === 'shot') && partitiveOf(tokens, head.end) && diedLater(tokens, head.end, Math.min(tokens.length, head.end + 16))) {
    kind = 'shot';
    // ("Two of the three men who were shot died": the part before "of (the)")
    partitiveDead = wordOrDigitValue(tokens[(tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1) - 1]?.lower ?? '');
  }
  // "one of six others standing nearby died", "one of the four was pronounced dead": the part died, not the whole
  // ("one of the five people shot and killed", "one of the two men who died": the whole)
  let value = (m.value ?? 0) + extra;
  const of = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  // ("one of two women shot to death at a party": `shot to death` / `shot dead` is the whole's even without "the";
  // "one of three people killed over the weekend" is left as it was: mostly a tally of several shootings)
  const wholeDied =
    (of < m.first - 1 && /^(?:who|that|shot|killed|slain|murdered|fatally|gunned)$/.test(tokens[head.end]?.lower ?? '')) ||
    (tokens[head.end]?.lower === 'shot' && (tokens[head.end + 1]?.lower === 'dead' || (tokens[head.end + 1]?.lower === 'to' && tokens[head.end + 2]?.lower === 'death')));
  if (kind === 'killed' && !before && !wholeDied && tokens[of]?.lower === 'of' && /^(?:one|two|three|\d+)$/.test(tokens[of - 1]?.lower ?? '')) {
    value = wordOrDigitValue(tokens[of - 1]!.lower);
    if (value >= (m.value ?? 0)) value = (m.value ?? 0) + extra;
  }
  // "a third person has died": the ordinal counts the dead so far
  if (kind === 'killed' && !before && m.rule === 'implicit') value = ordinalDeath(tokens, m, head.end) ?? value;
  // "the man who shot three people to death"
  if (kind === 'shot' && before && (tokens[head.end]?.lower === 'dead' || (tokens[head.end]?.lower === 'to' && tokens[head.end + 1]?.lower === 'death'))) kind = 'killed';
  const part = value !== (m.value ?? 0) + extra;
  // "a third victim was wounded": that many hurt, the dead among them (one by one, the others were told before)
  if (ordinalHurt(tokens, m, head.end, kind)) {
    const nth = ORDINALS.get(tokens[m.first + 1]!.lower)!;
    return { kind: 'shot', value: nth, low: nth, high: nth, qualifier: m.qualifier, subject: head.subject, start: m.start, end: tokens[head.end - 1]!.end, reference: false, distinct: false, rule: 'ordinal', partitiveDead: 0 };
  }
  return {
    kind,
    value,
    low: part ? value : m.low + extra,
    high: part ? value : m.high === null ? null : m.high + extra,
    qualifier: m.qualifier,
    subject: head.subject,
    start: m.start,
    end: m.rule === 'implicit' || named ? tokens[head.end - 1]!.end : m.end,
    reference: named,
    distinct,
    rule: before ? 'before' : head.counts && kind === 'killed' ? 'counts' : head.nounKind === kind ? 'noun' : named ? 'reference' : 'after',
    partitiveDead,
    adjective: byAdjective,
    also: alsoDead,
    // (not when the sentence says they live: "the four victims are in stable condition")
    definite: isNumber(m) && /^(?:the|all)$/.test(tokens[m.first - 1]?.lower ?? '') && !survivedLater(tokens, head.end),
  };
}

const LIST_MODIFIERS: ReadonlySet<string> = new Set(['younger', 'older', 'little', 'baby', 'infant', 'teenage', 'teen', 'young', 'elderly', 'adult']);

/**
 * The end of one singular person without a determiner in a list ("son", "little girl"), or -1;
 * "a girl", "his son" are mentions of their own, joined by the coordination of mentions.
 */
function listItemEnd(tokens: readonly Token[], k: number): number {
  const from = k;
  while (k < from + 2 && k < tokens.length && (LIST_MODIFIERS.has(tokens[k]!.lower) || AGE_TOKEN.test(tokens[k]!.lower))) k++;
  return PERSON_SINGULARS.has(tokens[k]?.lower ?? '') ? k + 1 : -1;
}

const HURT_KINDS: ReadonlySet<TriggerKind> = new Set(['shot', 'injured', 'critical', 'hospitalized']);

/** "a fourth victim was critically injured", "the second man was shot" (not "a fifth person" added to a count: "four shot and a fifth hurt"). */
function ordinalHurt(tokens: readonly Token[], m: NumberMention, end: number, kind: TriggerKind): boolean {
  const person = PERSON_SINGULARS.has(tokens[m.first + 2]?.lower ?? '') || PERSON_SINGULARS.has(tokens[m.first + 3]?.lower ?? '');
  // ("a third person, shot in the leg, …", "a third shooting victim, covered in blood, …": a comma before an apposition joins nothing)
  const joined = /^(?:and|,)$/.test(tokens[m.first - 1]?.lower ?? '') || tokens[end]?.lower === 'and' || (tokens[end]?.lower === ',' && tokens[end + 1]?.lower === 'and');
  return m.value === 1 && /^(?:a|the)$/.test(tokens[m.first]!.lower) && (ORDINALS.get(tokens[m.first + 1]!.lower) ?? Infinity) <= HURT_RANK_MAX && person && !joined && HURT_KINDS.has(kind);
}

/** Institutions that name people by a word before them: "capitol police officers", "high school students", "state patrol troopers". */
const INSTITUTIONS: ReadonlySet<string> = new Set(['police', 'school', 'security', 'patrol', 'fire', 'prison', 'college', 'university', 'church', 'county', 'state', 'city', 'transit', 'park']);

/** Modifiers of people that no suffix gives away: "two teenage male victims", "three young black men". */
const PERSON_MODIFIERS: ReadonlySet<string> = new Set(['young', 'teenage', 'teen', 'male', 'female', 'adult', 'juvenile', 'black', 'white', 'elderly', 'little', 'fallen']);

/** "left two people wounded and one dead": after "and", a count with its own trigger right after it is not the verb's before. */
function ownAfterAnd(tokens: readonly Token[], m: NumberMention, end: number): boolean {
  if (tokens[m.first - 1]?.lower !== 'and') return false;
  return [m.last, end].some((k) => k < tokens.length && matchAt(tokens, k) !== null);
}

/**
 * "A third person has died", "police say a fifth victim … succumbed": the ordinal, when the verb is one of dying (not
 * "a third man was killed") and no harm is told before it ("two were hurt and a third person died": the third of those hurt).
 */
function ordinalDeath(tokens: readonly Token[], m: NumberMention, end: number): number | null {
  // ("an early report that a third victim had died": a report, maybe wrong)
  if (tokens.slice(0, m.first).some((t) => /^(?:injur|wound|hurt|shot|suffer|critical|report)/.test(t.lower))) return null;
  const n = tokens[m.first]!.lower === 'a' ? ORDINALS.get(tokens[m.first + 1]?.lower ?? '') : undefined;
  if (n === undefined) return null;
  // ("a fifth victim, a man, was airlifted to … in critical condition and succumbed": the death may come late)
  for (let k = end; k < Math.min(tokens.length, end + 20); k++) {
    const w = tokens[k]!.lower;
    if (/^(?:died|dies|succumbed|passed)$/.test(w)) return n;
    if (/^(?:killed|slain|murdered|shot|dead|wounded|injured|hurt)$/.test(w)) return null;
  }
  return null;
}

/** Words that introduce people other than those counted before: "another man", "two others", "a second victim". */
const DISTINCT: ReadonlySet<string> = new Set(['another', 'other', 'others', 'second', 'third', 'fourth', 'fifth']);

const PREPOSITIONS = new Set(['of', 'by', 'with', 'to', 'for', 'from', 'about', 'against', 'among', 'between', 'like', 'than']);

/** "a shooting that sent three people to the hospital", "put his sister in the hospital". */
function sentToHospital(tokens: readonly Token[], m: NumberMention, end: number): TriggerKind | null {
  let k = m.first - 1;
  if (/^(?:his|her|their|the)$/.test(tokens[k]?.lower ?? '') && k + 1 < m.first) k--;
  if (!SENDS.has(tokens[k]?.lower ?? '')) return null;
  let j = end;
  // "sent two women and one man to the hospital": past the people joined by "and"
  if (tokens[j]?.lower === 'and') {
    for (let k = j + 1; k < j + 6 && k < tokens.length && !/^[,.;]$/.test(tokens[k]!.text); k++) {
      if (/^(?:to|into)$/.test(tokens[k]!.lower)) {
        j = k;
        break;
      }
    }
  }
  if (!/^(?:to|in|into)$/.test(tokens[j]?.lower ?? '')) return null;
  j++;
  if (/^(?:the|a|an|area|local|two|several)$/.test(tokens[j]?.lower ?? '')) j++;
  return /^(?:hospital|hospitals)$/.test(tokens[j]?.lower ?? '') ? 'hospitalized' : null;
}

/** Participles that open a sentence whose subject comes after its verb: "Also wounded were three customers", "Injured in the gunfire was a boy". */
const INVERTED: ReadonlyMap<string, TriggerKind> = new Map([['wounded', 'injured'], ['injured', 'injured'], ['hurt', 'injured'], ['shot', 'shot'], ['killed', 'killed']]);

/** "Also wounded were three customers: …", "Injured in the gunfire was a 7-year-old girl and a man": the participle first, then "was / were" and the people. */
function invertedAt(tokens: readonly Token[], m: NumberMention): TriggerKind | null {
  if (!/^(?:was|were)$/.test(tokens[m.first - 1]?.lower ?? '')) return null;
  const first = tokens[0]?.lower === 'also' ? 1 : 0;
  const kind = INVERTED.get(tokens[first]?.lower ?? '');
  if (kind === undefined || m.first - 1 - first > 6) return null;
  // (no verb nor clause end between: "Injured in the gunfire was …", not "Shot in the leg, the man was …")
  for (let k = first + 1; k < m.first - 1; k++) if (!startsWithLetter(tokens[k]!.text) || /^(?:was|were|is|are)$/.test(tokens[k]!.lower)) return null;
  return kind;
}

const SENDS: ReadonlySet<string> = new Set(['sent', 'sending', 'sends', 'put', 'putting', 'puts', 'landed', 'landing']);

/** The fate an adjective in the noun phrase gives: "the injured man", "the fatally wounded boy", "a dead man". */
function adjectiveKind(tokens: readonly Token[], from: number, to: number): TriggerKind | null {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === 'dead' || w === 'deceased' || w === 'slain') return 'killed';
    if (w === 'injured' || w === 'wounded') return /^(?:fatally|mortally)$/.test(tokens[k - 1]?.lower ?? '') ? 'killed' : 'injured';
  }
  return null;
}

/**
 * True when a preposition before the count makes it a total the people belong to: "between"; "among"
 * when the sentence goes on over days ("among 17 people shot between Friday evening and Monday
 * morning", "… during a violent Friday night and Saturday morning", "over the weekend").
 */
function aggregateAround(tokens: readonly Token[], m: NumberMention, from: number): boolean {
  const prep = prepositionBefore(tokens, m);
  if (prep === 'between') return true;
  if (prep !== 'among') return false;
  let days = 0;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w === 'weekend' || w === 'citywide' || (WEEKDAYS.has(w) && ++days === 2)) return true;
  }
  return false;
}


/** Adds the counts of the mentions joined to a candidate ("a woman and her two children": 1 + 2). */
function addCounts(c: Candidate, joined: readonly NumberMention[]): void {
  for (const p of joined) {
    c.value += p.value ?? 0;
    c.low += p.low;
    if (c.high !== null) c.high = p.high === null ? null : c.high + p.high;
  }
}

/** The preposition before a number ("of the two boys" → "of"), or ''. */
function prepositionBefore(tokens: readonly Token[], m: NumberMention): string {
  let k = m.first - 1;
  if (/^(?:the|his|her|their)$/.test(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower ?? '';
}

/** "was also shot", "also was hit", "were also wounded": "also" among the first words after the noun. */
function alsoAfter(tokens: readonly Token[], from: number): boolean {
  // "Jane Doe, 24, was also killed": past an age in apposition
  if (tokens[from]?.text === ',' && /^\d{1,2}$/.test(tokens[from + 1]?.text ?? '') && tokens[from + 2]?.text === ',') from += 3;
  // "his 8-year-old son, Dre Nelson, was also shot": past a name in apposition
  else if (tokens[from]?.text === ',' && tokens[from + 1] && isName(tokens[from + 1]!)) {
    const close = tokens.slice(from + 1, from + 6).findIndex((t) => t.text === ',');
    if (close > 0) from += close + 2;
  }
  // "a man and a woman in the car with him were also hit": past a short place phrase
  // ("a woman sitting in the car was also hit": or a participle's)
  if (/^(?:in|inside|at|on|near|with|[a-z]{3,}ing)$/.test(tokens[from]?.lower ?? '')) {
    const verb = tokens.slice(from + 1, from + 7).findIndex((t) => /^(?:was|were)$/.test(t.lower) || !/^[\p{L}'’-]+$/u.test(t.text));
    if (verb >= 0 && /^(?:was|were)$/.test(tokens[from + 1 + verb]!.lower)) from += 1 + verb;
  }
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w === 'also') return true;
    if (!/^(?:was|were|is|are|has|had|have|been|reportedly)$/.test(w)) return false;
  }
  return false;
}

/** Participles that open a trigger right after a noun: "a man shot dead", "two people killed", "a boy wounded". */
/** An apposition telling the noun's own harm: "a fourth man, shot in the arm, fled" (not "4 dead, wounded 3 others"). */
function harmApposition(tokens: readonly Token[], k: number): boolean {
  return HARM_APPOSITION.has(tokens[k]?.lower ?? '') && /^(?:in|on|by|through|at)$/.test(tokens[k + 1]?.lower ?? '');
}

const HARM_APPOSITION: ReadonlySet<string> = new Set(['shot', 'wounded', 'injured', 'hurt', 'grazed', 'struck', 'hit']);
const PARTICIPLES: ReadonlySet<string> = new Set(['shot', 'killed', 'wounded', 'injured', 'hurt', 'slain', 'murdered', 'fatally', 'gunned', 'found']);

function groupGoverned(tokens: readonly Token[], m: NumberMention): boolean {
  const head = headOf(tokens, m);
  return head !== null && isGoverned(tokens, m, head);
}

/** "One of the victims", "two of them": a part of people counted before (not "four of his relatives"). */
function partOfCounted(tokens: readonly Token[], m: NumberMention, head: Head): boolean {
  return head.partitive === true && tokens[m.last]?.lower === 'of' && BACK_REFERENCE.has(tokens[m.last + 1]?.lower ?? '');
}

const BACK_REFERENCE: ReadonlySet<string> = new Set(['them', 'those', 'whom', 'these', 'the', 'which']);

/** True when a preposition governs the number ("the sister of the two boys"), except partitives ("one of three people", "25 of them"). */
function isGoverned(tokens: readonly Token[], m: NumberMention, head: Head): boolean {
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'his' || tokens[k]?.lower === 'her' || tokens[k]?.lower === 'their') k--;
  const prep = tokens[k]?.lower;
  if (!prep || !PREPOSITIONS.has(prep)) return false;
  if (head.partitive) return false;
  // "the conditions of the five people who were injured"
  if (/^(?:who|that)$/.test(tokens[head.end]?.lower ?? '')) return false;
  const before = tokens[k - 1]?.lower ?? '';
  if (prep === 'of' && (/^(?:one|two|three|four|five|each|all|both|none|some|most|many|several|\d+)$/.test(before))) return false;
  // "a total of 164 people were killed", "a group of 30 protesters": the noun only measures the count
  if (prep === 'of' && QUANTITY_NOUNS.has(before)) return false;
  return true;
}

/** Nouns that measure the count after "of" rather than own it ("a total of", "a crowd of", "a family of five"). */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['total', 'tally', 'toll', 'number', 'minimum', 'maximum', 'group', 'crowd', 'sum', 'family']);

/** "three gunshot victims", "a shooting victim": people shot, by their noun. */
function shotVictim(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return (w === 'victim' || w === 'victims') && /^(?:gunshot|shooting)$/.test(tokens[k - 1]?.lower ?? '');
}

interface Head {
  /** Token index after the counted noun phrase. */
  end: number;
  /** "25 of them": a part of people named before. */
  partitive?: boolean;
  subject: string | null;
  nounKind: TriggerKind | null;
  distinct: boolean;
  /** "three counts of murder": charges, not people */
  counts?: boolean;
}

/** The noun a number counts: "3,811 individuals", "hundreds of Kazakh servicemen", "25 of them", or elided ("26 killed"). */
function headOf(tokens: readonly Token[], m: NumberMention): Head | null {
  if (m.rule === 'implicit' || m.rule === 'reference' || m.rule === 'name') {
    const noun = tokens[m.last - 1]!;
    const from = m.rule === 'implicit' ? m.first + 1 : m.first + (DEFINITE.has(tokens[m.first]!.lower) ? 1 : 0);
    const subject = PRONOUNS.has(noun.lower) || OBJECT_PRONOUNS.has(noun.lower) ? null : textOf(tokens, Math.min(from, m.last - 1), m.last);
    return { end: m.last, subject, nounKind: shotVictim(tokens, m.last - 1) ? 'shot' : null, distinct: false };
  }
  let j = m.last;
  const next = tokens[j];
  if (!next) return { end: j, subject: null, nounKind: null, distinct: false };
  // "25 of them", "two of the victims"
  if (next.lower === 'of' && tokens[j + 1] && OF_REFERENCE.has(tokens[j + 1]!.lower)) {
    let k = j + 2;
    while (k < tokens.length && k < j + 5 && !PERSON_PLURALS.has(tokens[k - 1]!.lower) && tokens[k - 1]!.lower !== 'them' && tokens[k - 1]!.lower !== 'whom') {
      // "injuring one of the neighbor's cats": animals are no people
      if (ANIMALS.has(tokens[k - 1]!.lower)) return null;
      k++;
    }
    return { end: k, subject: null, nounKind: null, distinct: false, partitive: true };
  }
  // "three counts of murder", "two counts of attempted murder"
  if (next.lower === 'counts' && tokens[j + 1]?.lower === 'of') {
    const what = tokens.slice(j + 2, j + 5).map((t) => t.lower);
    const at = what.findIndex((w) => /^(?:murder|homicide|manslaughter)$/.test(w));
    // counts of attempted murder count people put at risk, not people hurt; counts of capital
    // murder name the aggravating facts ("one for a child under ten"), not the dead
    if (at >= 0 && !what.includes('attempted') && !what.includes('capital')) return { end: j + 3 + at, subject: null, nounKind: 'killed', distinct: false, counts: true };
    return null;
  }
  // "two first-degree murder counts": the counts after their charge
  const murder = next.lower === 'murder' ? j : tokens[j + 1]?.lower === 'murder' && /^(?:first-degree|second-degree|felony)$/.test(next.lower) ? j + 1 : -1;
  if (murder >= 0 && tokens[murder + 1]?.lower === 'counts') return { end: murder + 2, subject: null, nounKind: 'killed', distinct: false, counts: true };
  if (next.lower === 'of') j++;
  // modifiers: "Kazakh servicemen", "police officers", "unarmed black men"
  for (let k = j; k < j + 4 && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    // "two 16-year-olds": an age in the plural names the people
    if (PERSON_PLURALS.has(w) || (m.value === 1 && PERSON_SINGULARS.has(w)) || (m.value !== 1 && AGE_PLURAL.test(w))) {
      const subjectFrom = tokens[j]!.lower === 'other' ? j + 1 : j;
      return { end: k + 1, subject: textOf(tokens, subjectFrom, k + 1), nounKind: NOUN_KINDS[w] ?? (shotVictim(tokens, k) ? 'shot' : null), distinct: w === 'others' || tokens[j]!.lower === 'other' || tokens[j]!.lower === 'more' };
    }
    const nounKind = NOUN_KINDS[w];
    if (nounKind) return { end: k + 1, subject: null, nounKind, distinct: false };
    if (k === m.last && (w === 'more' || w === 'additional' || w === 'other')) continue;
    // "two gunshot victims": a trigger word as a modifier
    if (shotVictim(tokens, k + 1)) continue;
    if ((!startsWithLetter(tokens[k]!.text) && !AGE_TOKEN.test(w)) || CLAUSE_END.has(w) || BETWEEN.has(w) || isTriggerStart(w)) break;
    // "five police officers", "two security guards": any word before a person noun
    const nextWord = tokens[k + 1]?.lower ?? '';
    if (PERSON_PLURALS.has(nextWord) || (m.value === 1 && PERSON_SINGULARS.has(nextWord))) continue;
    // "two capitol police officers", "three high school students": a word before the institution that names the people
    if (m.value !== 1 && INSTITUTIONS.has(nextWord) && PERSON_PLURALS.has(tokens[k + 2]?.lower ?? '')) continue;
    // "three law enforcement officers"
    if (w === 'law' && nextWord === 'enforcement') continue;
    if (!(isCapitalised(tokens[k]!) || /(?:an|ish|ese|i|ic|al|ed|ing|y|ent|ive|less|ful|ous)$/.test(w) || AGE_TOKEN.test(w) || PERSON_MODIFIERS.has(w))) break;
  }
  // elided noun: "26 killed", "3 dead", "killing 2", "killed 3 and injured 5"
  const explicit = m.rule === 'digits' || m.rule === 'words' || m.rule === 'range' || m.rule === 'anaphora';
  // "fired one shot", "heard two shots": shots, not people
  if (/^(?:fired|heard|fire|firing|fires|rang|single|warning|took|squeezed|let)$/.test(tokens[m.first - 1]?.lower ?? '')) return null;
  // "shot three more times": shots, not people
  if ((next.lower === 'more' || next.lower === 'other') && TIMES.has(tokens[m.last + 1]?.lower ?? '')) return null;
  // ("wounded several more in the attack": a vague count of more people)
  // (not "several more times": shots)
  const afterMore = tokens[m.last + 1];
  const vagueMore = m.rule === 'vague' && next.lower === 'more' && (!afterMore || !startsWithLetter(afterMore.text) || /^(?:in|at|on|during|before|after|and|were|was|as)$/.test(afterMore.lower));
  if (!explicit && !vagueMore && !(m.rule === 'vague' && /^(?:were|have|had|are|was)$/.test(next.lower))) return null;
  // "the man was 20 and in good condition": a bare number after "was" is an age
  if (m.rule === 'digits' && /^(?:was|is)$/.test(tokens[m.first - 1]?.lower ?? '')) return null;
  if (NOUN_TRIGGERS.has(next.lower)) return null;
  if (next.lower !== 'of' && (isTriggerStart(next.lower) || BETWEEN.has(next.lower) || /^[,.;)—–-]$/.test(next.text) || ELIDED_NEXT.has(next.lower))) {
    return { end: m.last, subject: null, nounKind: null, distinct: false };
  }
  return null;
}

const AGE_PLURAL = /^\d{1,2}-years?-olds$/;

/** Words after a number that show its noun is left out: "killed two and injured one before …". */
const ELIDED_NEXT = new Set([
  'and', 'in', 'on', 'at', 'before', 'after', 'during', 'while', 'including', 'more', 'when', 'as', 'with', 'from', 'near',
  'inside', 'outside', 'but', 'last', 'early', 'late', 'overnight', 'this', 'that', 'who', 'others', 'people', 'across',
  'over', 'since', 'following', 'within', 'between', 'around', 'by', 'for', 'to', 'into', 'among',
  // a time right after the number: "killed one and wounded three Saturday night"
  ...WEEKDAYS, 'today', 'tonight', 'yesterday',
]);

/** Trigger words that are nouns of things, not participles: "multiple gunshot wounds" counts wounds. */
const NOUN_TRIGGERS = new Set(['gunshot', 'bullet', 'injuries', 'casualties', 'suffering', 'suffered', 'sustained', 'non-life-threatening', 'non-life', 'life-threatening']);

/** The words of tokens from..to as written, spaced where the text has a space. */
function textOf(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t, i, a) => (i > 0 && a[i - 1]!.end < t.start ? ' ' : '') + t.text).join('');
}
