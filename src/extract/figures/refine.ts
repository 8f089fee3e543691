import type { Evidence, Figure, FigureKind, Scope, Source } from '../../model/index.js';
import type { Candidate } from './candidates.js';

/** A candidate placed in its document: scope, attribution and evidence. */
export interface Placed extends Candidate {
  scope: Scope;
  attribution: Source[];
  evidence: Evidence[];
  sentence: number;
}

/**
 * Turns the document's candidates into figures, reconciling what happened to each victim:
 *
 * 1. people "shot" with no fate said become `casualties`; net of the dead they are `injured`
 *    ("two men were shot, one fatally" → killed 1, injured 1; "a man was shot … he died" → killed 1);
 * 2. a wounded victim who later died counts as killed, not also injured (when every death in the
 *    text is such a reference: "he died", "the victim was pronounced dead"; a death told by name,
 *    "John Smith died", is not taken from someone else hurt);
 * 3. "no one was hurt" stops injuries derived from one person "shot" (a count of two or more
 *    shot is told on purpose: "no one was injured inside" is then of some place); people in critical
 *    condition or in hospital (alive) were injured when more than those counted injured or shot;
 * 4. people counted by reference alone ("the victim was shot") add nobody when others were counted;
 * 5. repeats of the same kind, value and scope are kept once;
 * 6. counts of murder charged ("two counts of murder") give way to a count of the dead the incident tells.
 */
export function refine(all: Placed[], noInjury: boolean): Figure[] {
  // "two counts of murder" count charges: a count of the dead told in the incident comes first
  // (a count, not victims told one by one: "Jane Doe died … John Doe died … three counts of murder")
  const told = all.some((c) => c.kind === 'killed' && c.scope === 'incident' && !c.reference && c.rule !== 'counts' && c.rule !== 'implied' && c.rule !== 'suicide');
  const kept = otherAges(told ? all.filter((c) => c.rule !== 'counts') : all);
  const placed = [...kept, ...clausesAdded(kept)];
  const live = placed.filter((c) => c.scope !== 'cumulative');
  // the shooter's death ("police shot and killed the gunman") is no one shot by him
  const allKilled = live.filter((c) => c.kind === 'killed');
  const killed = allKilled.filter((c) => !shooterDeath(c));
  const K = max(killed);
  // a death told anew, the shooter's too ("a suspect was fatally shot … killing the teen"), is what later references repeat
  const killedNew = allKilled.filter((c) => !c.reference);
  const Kref = max(killed.filter((c) => c.reference && !byName(c)));
  // "the boy … his injuries": a reference to someone hurt is like "shot" — net of the dead
  // "the boy … his injuries" repeats the boy who died; "the officer injured" is someone else;
  // "both were injured" beside one dead are two hurt, not the dead among them
  const deadNouns = new Set(killed.map((c) => lastWord(c.subject)));
  // a noun that may name one who died: the same last word, or a young person's noun that fits ("teen" and "boy")
  const deadNoun = (subject: string): boolean => deadNouns.has(lastWord(subject)) || sameSort(lastWord(subject), deadNouns);
  const refHurt = (c: Candidate): boolean =>
    c.kind === 'injured' && c.value === 1 && (c.reference || c.adjective === true) && !c.distinct && K === 1 && (c.subject === null || /victim$/.test(c.subject) || deadNoun(c.subject));
  // "Armando Doe has been arrested … police found Doe shot in the upper body": the one arrested, shot, is no one dead
  const arrested = live.filter((c) => c.kind === 'detained' && byName(c) && c.subject!.includes(' ')).map((c) => new Set(c.subject!.toLowerCase().split(' ')));
  const arrestedShot = (c: Candidate): boolean =>
    c.kind === 'shot' && c.rule === 'reference' && c.value === 1 && byName(c) && arrested.some((a) => c.subject!.toLowerCase().split(' ').every((w) => a.has(w)));
  const shot = live.filter((c) => c.kind === 'shot' || refHurt(c));
  const shotSame = shot.filter((c) => !c.distinct && !arrestedShot(c));
  const S = max(shotSame);
  // the wounded include the dead when every death of the incident is told after a count of that
  // many hurt in its own sentence ("three were injured, including a woman who died") or by
  // reference ("the victim later died"); not when told first ("one killed and four wounded") or
  // coordinated ("seven were injured and one has died")
  const Kin = max(killed.filter((c) => c.scope === 'incident'));
  const toldWithin = (k: Placed, n: number): boolean =>
    live.some((c) => HURT.has(c.kind) && c.sentence === k.sentence && c.start < k.start && c.value === n && !coordinated(k, c.end, k.start));
  const includesDead = (n: number): boolean =>
    Kin > 0 && n > Kin && (n === S || killed.some((k) => toldWithin(k, n))) && killed.every((k) => k.scope !== 'incident' || (k.reference && !byName(k)) || toldWithin(k, n));
  // a person described with more than one word ("16-year-old boy") and counted among the dead
  const deadDescribed = new Set(killed.filter((c) => c.value === 1 && c.subject?.includes(' ')).map((c) => c.subject!.toLowerCase()));
  const sameDescribed = (c: Candidate): boolean => c.value === 1 && c.subject !== null && deadDescribed.has(c.subject.toLowerCase());
  // "a 2-year-old girl remains in critical condition … the girl had passed away": the one person who died
  const sameDead = (c: Candidate): boolean => c.value === 1 && K === 1 && c.subject !== null && deadNoun(c.subject);
  const out: Placed[] = [];
  for (const c of placed) {
    if (c.kind === 'shot') {
      out.push({ ...c, kind: 'casualties' });
      continue;
    }
    if (refHurt(c) && c.scope !== 'cumulative') continue;
    if (c.kind === 'injured' && c.scope !== 'cumulative' && killedNew.length === 0 && Kref > 0 && !c.distinct) {
      // "a man was shot and wounded … he later died"
      const rest = c.value - Kref;
      if (rest > 0) out.push({ ...c, value: rest, low: Math.max(0, c.low - Kref), high: c.high === null ? null : c.high - Kref });
      continue;
    }
    // "four people were shot … John Smith died … all four victims were taken to a hospital with serious injuries": the same four
    if (c.kind === 'injured' && c.scope === 'incident' && !c.distinct && !c.reference && (includesDead(c.value) || (c.definite && c.value === S && S > Kin && Kin > 0))) {
      // "six people were shot, leaving one dead … six were injured": the wounded are all those shot
      const rest = c.value - Kin;
      out.push({ ...c, value: rest, low: Math.max(0, c.low - Kin), high: c.high === null ? null : c.high - Kin });
      continue;
    }
    out.push(c);
  }
  // "the victim was in critical condition": those in hospital were hurt, when more than every count of
  // injured (a reference, "both were treated", counts no one new): "Seven men remained hospitalized, one
  // with critical injuries" → 7
  const explicitInjured = max(live.filter((c) => c.kind === 'injured' && !c.reference));
  // those taken to hospital include the dead; those in critical condition are alive
  // ("a 16-year-old boy was critically wounded … a 16-year-old boy … died": the same described person)
  // ("the three other victims were taken to hospitals": others than the dead)
  // ("they are both in critical condition … one of them died": a reference to those counted, net of the dead)
  const alive = (c: Placed): number => (c.kind === 'hospitalized' ? (c.distinct ? c.value : c.value - K) : sameDescribed(c) || sameDead(c) ? 0 : c.reference || c.definite ? Math.max(0, c.value - K) : c.value);
  const hurt = live.filter((c) => (c.kind === 'critical' || c.kind === 'hospitalized') && c.scope === 'incident' && alive(c) > Math.max(0, S - K, explicitInjured));
  const top = hurt.reduce<Placed | null>((a, c) => (a === null || alive(c) > alive(a) ? c : a), null);
  if (top) {
    const n = alive(top);
    out.push({ ...top, kind: 'injured', value: n, low: n, high: n, rule: 'in-hospital' });
  }
  const besides = othersBesides(live, allKilled.length > 0);
  if (besides) out.push(besides);
  const alsoDead = deadBesides(live);
  if (alsoDead) out.push(alsoDead);
  const shooter = shooterAdded(live, killed);
  if (shooter) out.push(shooter);
  for (const c of shot) {
    // "another man was shot" — someone not counted among the dead
    const injured = c.distinct || arrestedShot(c) ? c.value : c.value === S ? S - K : 0;
    if (injured <= 0 || (noInjury && !c.distinct && c.value < 2)) continue;
    if (c.scope === 'cumulative' && !c.distinct) continue;
    out.push({ ...c, kind: 'injured', value: injured, low: injured, high: c.high === null ? null : Math.max(injured, c.high - K), rule: 'shot-net-of-dead' });
  }
  // (built by push, not `map`: `map` gives packed and holey arrays by turns, and each element kind the
  // events stage has not met yet deoptimises the code that reads the figures; docs/performance.md)
  const figures: Figure[] = [];
  for (const c of dedupe(out)) figures.push(toFigure(c, figures.length));
  return figures;
}

const HURT = new Set(['injured', 'shot', 'hospitalized', 'critical']);

/** "seven were injured and one died": an "and" between two counts of a sentence tells them apart. */
function coordinated(c: Placed, from: number, to: number): boolean {
  const sentence = c.evidence[0];
  return sentence !== undefined && /\band\b/.test(sentence.text.slice(from - sentence.start, to - sentence.start));
}

/** The people who fire, not those hit: "the gunman", "the suspected shooter", "the suspects". */
const SHOOTERS = new Set(['gunman', 'gunmen', 'shooter', 'shooters', 'suspect', 'suspects', 'assailant', 'assailants', 'attacker', 'attackers', 'perpetrator']);

/** "police killed the gunman", "the suspect died": the death of one who shot. */
function shooterDeath(c: Candidate): boolean {
  return SHOOTERS.has(lastWord(c.subject));
}

// "three died, including the gunman", "killed his wife and then himself": the shooter is counted already
const SHOOTER_COUNTED = /\b(?:himself|herself|own life|including the (?:\w+ )?(?:gunman|shooter|suspect))\b/i;
// victims of a shooter: "killed three officers", "killing two", "were shot and killed", "were fatally shot"
// (in lower case: "TWO DEPUTIES SHOT, GUNMAN KILLED Police: 2 killed" is a headline run into the sentence)
const KILLED_BY_VERB = /\b(?:[Kk]illed|[Kk]illing|[Ff]atally shot|[Ff]atally shooting|[Ss]hot and killed|[Ss]hooting and killing)\s+(?:\S+\s+){0,2}$/;
// "a spree that left two others dead": others than the shooter (a total, "left three dead", may hold him)
const LEFT_OTHERS = /\b(?:left|leaving)\s+(?:\S+\s+){0,2}$/i;
// "… before he was shot and killed": a clause after "before", past no other count ("including") nor a
// sentence glued on ("injured.Authorities": one sentence to the splitter)
const BEFORE_ONLY = /^(?:(?!\bincluding\b|[a-z]{2}\.[A-Z])[^;])*\bbefore\b(?:(?!\bincluding\b|[a-z]{2}\.[A-Z])[^;])*$/;
const SHOT_DEAD_AFTER = /^\S*(?:\s+\S+){0,4}?\s+(?:fatally shot|shot and killed|shot dead|shot to death)\b/i;

/**
 * "Two bailiffs were fatally shot before officers killed the gunman", "He shot and killed three
 * officers … One suspect is dead": the shooter's death told apart from a count of those he killed
 * adds one to it, as the gva records count him. Not when the count is a total of the dead
 * ("three people were found dead", "four are dead": it may hold him), a reference, or implied, nor
 * when the shooter's death is told beside other victims of its own ("shot his wife and then himself").
 */
function shooterAdded(live: readonly Placed[], killed: readonly Placed[]): Placed | null {
  // each count of the largest value: "accused of killing three officers … Long killed the three officers … before a
  // marksman killed Long" — the shooter's death may be told beside any of them; the figure is told with the first
  // (the one the story leads with)
  let most = 0;
  for (const c of killed) if (c.scope === 'incident' && c.value > most) most = c.value;
  let first: Placed | null = null;
  for (const top of killed) {
    if (top.scope !== 'incident' || top.value !== most) continue;
    if (top.rule !== 'implied' && top.rule !== 'suicide') first ??= top;
    const added = shooterAddedTo(top, live, killed);
    if (added === undefined) continue;
    return added === null || first === top ? added : { ...added, evidence: [...first!.evidence, ...added.evidence.slice(top.evidence.length)] };
  }
  return null;
}

/** The count `top` with the shooter added; null when it holds him or may; undefined when no death of his is told beside it. */
function shooterAddedTo(top: Placed, live: readonly Placed[], killed: readonly Placed[]): Placed | null | undefined {
  if (top.rule === 'implied' || top.rule === 'suicide') return undefined;
  // "a man shot his wife and stepdaughter before turning the gun on himself … the two died": those he
  // shot, as many as the dead (a reference to them too; two or more, one alike may be by chance), then himself
  const selfAfterShot = top.value >= 2 && live.find((c) => c.rule === 'suicide' && c.distinct && c.sentence !== top.sentence && live.some((o) => o.kind === 'shot' && o.sentence === c.sentence && o.start < c.start && o.value === top.value));
  if (selfAfterShot) return withShooter(top, selfAfterShot.evidence.slice(0, 1));
  if (top.reference) return undefined;
  const sentence = top.evidence[0];
  if (!sentence || SHOOTER_COUNTED.test(sentence.text)) return null;
  const before = sentence.text.slice(0, top.start - sentence.start);
  const after = sentence.text.slice(top.end - sentence.start);
  // "Three people were killed by a man … before he was shot and killed by police", "Roe killed two
  // deputies … before a sniper killed Roe": the death told after "before" is the killer's
  const killer = killed.find((c) => c.sentence === top.sentence && c.start >= top.end && c.reference && c.value === 1 && BEFORE_ONLY.test(sentence.text.slice(top.end - sentence.start, c.start - sentence.start)));
  if (killer) return withShooter(top, killer.evidence.slice(1, 2));
  if (!KILLED_BY_VERB.test(before) && !SHOT_DEAD_AFTER.test(after) && !(top.distinct && LEFT_OTHERS.test(before))) return undefined;
  const alone = (c: Placed): boolean => c.sentence === top.sentence || !live.some((o) => o !== c && o.sentence === c.sentence && (o.kind === 'killed' || o.kind === 'shot'));
  const own = live.find((c) => c.kind === 'killed' && c.scope === 'incident' && (c.rule === 'suicide' || shooterDeath(c) || killedByPolice(c)) && alone(c));
  if (!own) return undefined;
  return withShooter(top, own.evidence.slice(0, 1));
}

// "two deputies fired at the man, killing him", "police shot and killed him": the police and their verb before "him"
// (not past a verb of saying: "Police believe Doe shot and killed him" tells who killed whom by the police's word)
const POLICE_KILLING = /\b(?:police|officers|deputies|troopers|swat|marksman|sniper)\b(?:(?!\s(?:said|say|says|believe|believes|believed|allege|alleged|told|reported)\b)[^.;]){0,60}$/i;

/** "Police eventually shot and killed him in the parking garage": someone told before, killed by the police (the shooter). */
function killedByPolice(c: Placed): boolean {
  const sentence = c.evidence[0];
  if (c.rule !== 'before' || c.subject !== null || c.value !== 1 || sentence === undefined) return false;
  return /^(?:him|her)$/i.test(sentence.text.slice(c.start - sentence.start, c.end - sentence.start)) && POLICE_KILLING.test(sentence.text.slice(0, c.start - sentence.start));
}

/** The count of those the shooter killed, and him: one more, with the evidence of his death. */
function withShooter(top: Placed, evidence: Evidence[]): Placed {
  return { ...top, value: top.value + 1, low: top.low + 1, high: top.high === null ? null : top.high + 1, evidence: [...top.evidence, ...evidence], rule: 'with-shooter' };
}

/** Nouns for one young person, by sex when they tell it: "the injured teen" may be "the 14-year-old boy" who died, not "the girl". */
const YOUNG: ReadonlyMap<string, string> = new Map([
  ['boy', 'm'], ['son', 'm'], ['girl', 'f'], ['daughter', 'f'], ['teen', ''], ['teenager', ''], ['child', ''], ['kid', ''],
  ['youth', ''], ['juvenile', ''], ['toddler', ''], ['infant', ''], ['baby', ''], ['youngster', ''],
]);

/** The sex a noun of a young person tells ('' when it does not), else undefined; an age under 18 ("the 18-month-old", "the 4-year-old") is a young person. */
function youngSex(noun: string): string | undefined {
  const sex = YOUNG.get(noun);
  if (sex !== undefined) return sex;
  const age = /^(\d+)-(year|month|week|day)s?-old$/.exec(noun);
  return age && (age[2] !== 'year' || Number(age[1]) < 18) ? '' : undefined;
}

/** True when a young person's noun may name the same one as a noun of the dead ("teen" and "boy", not "boy" and "girl"). */
function sameSort(noun: string, dead: ReadonlySet<string>): boolean {
  const sex = youngSex(noun);
  if (sex === undefined) return false;
  for (const d of dead) {
    const other = youngSex(d);
    if (other !== undefined && (sex === '' || other === '' || sex === other)) return true;
  }
  return false;
}

const AGE = /\b(\d+)-(?:year|month|week|day)s?-old\b/i;

/**
 * "The 22-year-old was pronounced dead … the 16-year-old was taken to the hospital": someone hurt told by an age that
 * no one dead has, when every death of the incident is told with its age, is someone besides the dead.
 */
function otherAges(list: Placed[]): Placed[] {
  const deadAges = new Set<string>();
  let dead = 0;
  for (const c of list) {
    if (c.kind !== 'killed' || c.scope === 'cumulative' || c.rule === 'implied') continue;
    dead = Math.max(dead, c.value);
    // ("he died" repeats someone told before; "the shooting death of a toddler", the shooter's suicide: a death of no known age)
    if (c.subject === null && c.rule === 'reference') continue;
    const age = c.value === 1 ? AGE.exec(c.subject ?? '') : null;
    if (!age) return list;
    deadAges.add(age[1]!);
  }
  if (deadAges.size === 0 || deadAges.size < dead) return list;
  return list.map((c) => {
    if (!HURT.has(c.kind) || c.distinct || c.value !== 1 || !c.reference) return c;
    const age = AGE.exec(c.subject ?? '');
    return age && !deadAges.has(age[1]!) ? { ...c, distinct: true } : c;
  });
}

const COUNT_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i;

/**
 * "A woman was shot in the leg and a 5-year-old girl was shot in the shoulder": people told one a
 * clause, each new ("a …") and the subject of its own verb, all shot or hurt and none dead, joined
 * by "and" in one sentence, were shot together (not "a gunshot victim … and found a woman suffering").
 */
function clausesAdded(placed: readonly Placed[]): Placed[] {
  const out: Placed[] = [];
  for (let i = 0; i < placed.length; ) {
    let j = i + 1;
    while (j < placed.length && placed[j]!.sentence === placed[i]!.sentence) j++;
    const group = placed.slice(i, j);
    i = j;
    if (group.length < 2 || group.some((c) => c.kind === 'killed')) continue;
    const sentence = group[0]!.evidence[0]!;
    const one = (c: Placed): boolean => (c.kind === 'shot' || c.kind === 'injured') && c.value === 1 && c.rule === 'after' && !c.reference && c.scope === 'incident' && /^an?\s/i.test(sentence.text.slice(c.start - sentence.start, c.end - sentence.start));
    if (!group.every(one)) continue;
    if (!group.every((c, k) => k === 0 || /\band\b/.test(sentence.text.slice(group[k - 1]!.end - sentence.start, c.start - sentence.start)))) continue;
    const n = group.length;
    out.push({ ...group[0]!, kind: 'shot', value: n, low: n, high: n, distinct: false, end: group[n - 1]!.end, rule: 'clauses' });
  }
  return out;
}

/** Kinds that count people hurt and alive. */
const ALIVE_HURT = new Set(['injured', 'hospitalized', 'critical']);

/**
 * "Two victims were taken to Mercy and two others were sent to Regional", "Two are in critical
 * condition. The six others wounded …": others (not "the other two": the rest of a whole) than the hurt people counted just before (in the
 * same or the previous sentence) are hurt besides them; not others than the dead ("one was killed
 * and three others wounded") nor than those shot, who may be among the dead.
 */
function othersBesides(live: readonly Placed[], anyDead: boolean): Placed | null {
  let best: Placed | null = null;
  for (let i = 1; i < live.length; i++) {
    const c = live[i]!;
    if (!c.distinct || c.reference || c.scope !== 'incident' || !ALIVE_HURT.has(c.kind) || c.rule === 'implicit') continue;
    // "two were critical and the other two stable": the rest of a whole told before, not others besides
    const sentence = c.evidence[0]!;
    if (/\bthe other\s+$/i.test(sentence.text.slice(Math.max(0, c.start - sentence.start - 12), c.start - sentence.start))) continue;
    const p = live[i - 1]!;
    // (from the sentence before, only when no other count comes first: "one boy dying and three others")
    if (p.sentence !== c.sentence && COUNT_WORD.test(sentence.text.slice(0, c.start - sentence.start))) continue;
    if (p.sentence < c.sentence - 1 || p.reference || p.distinct || p.scope !== 'incident' || !ALIVE_HURT.has(p.kind)) continue;
    if (p.kind === 'hospitalized' && anyDead) continue;
    // (not when the count before is a whole with a part told: "one of the five injured people has been
    // released. The four others remain in hospital" — the four are the rest of the five)
    const before = p.evidence[0]!;
    if (/\bof the\s+$/i.test(before.text.slice(Math.max(0, p.start - before.start - 8), p.start - before.start))) continue;
    const value = p.value + c.value;
    if (best !== null && best.value >= value) continue;
    best = { ...c, kind: 'injured', value, low: p.low + c.low, high: p.high === null || c.high === null ? null : p.high + c.high, evidence: p.sentence === c.sentence ? c.evidence : [...c.evidence, p.evidence[0]!], rule: 'others-besides' };
  }
  return best;
}

/**
 * "A 51-year-old woman died … John Roe, 29, was also killed in the shooting": a death told with "also" is
 * someone besides the dead told just before it (their count, or their sum so far); the largest sum.
 */
function deadBesides(live: readonly Placed[]): Placed | null {
  let best: Placed | null = null;
  let last: Placed | null = null;
  let most = 0;
  for (const c of live) {
    if (c.kind !== 'killed' || c.scope !== 'incident') continue;
    if (c.also && last !== null && last.sentence < c.sentence) {
      const value = last.value + c.value;
      const sum: Placed = { ...last, value, low: last.low + c.low, high: last.high === null || c.high === null ? null : last.high + c.high, reference: false, evidence: [...last.evidence, c.evidence[0]!], rule: 'dead-besides' };
      // (only a sum above every count before: "killed his father; his mother …; and his sister … Doe also died" is a
      // list cut by semicolons, whose part is no whole)
      if (value > most && (best === null || value > best.value)) best = sum;
      last = sum;
      most = Math.max(most, value);
      continue;
    }
    last = c;
    most = Math.max(most, c.value);
  }
  return best;
}

/** "John Smith died": a death told by name. */
function byName(c: Candidate): boolean {
  return /^\p{Lu}/u.test(c.subject ?? '');
}

function lastWord(subject: string | null): string {
  return subject === null ? '' : subject.slice(subject.lastIndexOf(' ') + 1).toLowerCase();
}

function max(list: readonly Candidate[]): number {
  let m = 0;
  for (const c of list) if (c.value > m) m = c.value;
  return m;
}

function dedupe(list: Placed[]): Placed[] {
  const seen = new Set<string>();
  const out: Placed[] = [];
  for (const c of list.sort((a, b) => a.start - b.start)) {
    // people counted by reference ("the victim was taken to hospital") repeat someone counted before
    // in this incident (a running total of the city's dead covers nobody in particular)
    if (c.reference && list.some((o) => o !== c && o.kind === c.kind && !o.reference && o.scope !== 'cumulative' && o.value >= c.value)) continue;
    const key = `${c.kind}|${c.value}|${c.scope}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

function toFigure(c: Placed, i: number): Figure {
  return {
    id: `f${i + 1}`,
    event: null,
    kind: c.kind as FigureKind,
    value: c.value,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    scope: c.scope,
    subject: c.subject,
    location: null,
    attribution: c.attribution,
    evidence: c.evidence,
  };
}
