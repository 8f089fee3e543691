/**
 * Scores results against Gun Violence Archive records (`kind: gva`), one article at a time: killed
 * and injured counts, state, city and date of the article's main event (`events[0]`).
 */
import type { Figure, Result } from '../model/index.js';
import type { GvaGold } from './gold.js';
import { cityMatches, daysBetween, regionMatches } from './normalise.js';
import { tally, type Tally } from './metrics.js';
import { cityOf } from './full.js';

/** What a result says about the incident, read the way the GVA record is coded. */
export interface GvaReading {
  killed: number;
  injured: number;
  state: string | null;
  city: string | null;
  date: string | null;
}

/**
 * A count's agreement; on the misses, whether the prediction was over or under, and how often the
 * right value was among the result's figures of that kind but not the one read (a choice error,
 * not an extraction error).
 */
export interface CountTally extends Tally {
  over: number;
  under: number;
  elsewhere: number;
}

/** A place's or date's agreement, and how many articles had no prediction at all. */
export interface FieldTally extends Tally {
  none: number;
}

/** One article where the reading differs from the record. */
export interface GvaMiss {
  id: string;
  fields: string[];
  gold: GvaReading;
  found: GvaReading;
}

/** The scores of a `gva` evaluation. */
export interface GvaReport {
  kind: 'gva';
  articles: number;
  missingPredictions: string[];
  killed: CountTally;
  injured: CountTally;
  state: FieldTally;
  city: FieldTally;
  date: FieldTally;
  /** Predicted minus gold day → articles ("-1", "0", "1", "other", "none"). */
  dateOffsets: Record<string, number>;
  baselines: { always0Killed: number; always1Killed: number; always0Injured: number };
  misses: GvaMiss[];
}

/**
 * The count of one kind a result reports for its main event: the largest value among the figures
 * of that kind linked to `events[0]`, else among all of that kind; running totals
 * (`scope: "cumulative"`) are left out; none is 0.
 */
export function countOf(result: Result | undefined, kind: Figure['kind']): number {
  if (!result) return 0;
  const figures = result.figures.filter((f) => f.kind === kind && f.scope !== 'cumulative');
  const main = result.events[0];
  const linked = main ? figures.filter((f) => f.event === main.id || main.figures.includes(f.id)) : [];
  const pool = linked.length > 0 ? linked : figures;
  return pool.reduce((max, f) => Math.max(max, f.value), 0);
}

/** Reads a result the way a GVA record is coded. */
export function readGva(result: Result | undefined): GvaReading {
  const main = result?.events[0];
  return {
    killed: countOf(result, 'killed'),
    injured: countOf(result, 'injured'),
    state: main?.location?.admin1 ?? null,
    city: cityOf(main?.location),
    date: main?.date?.start ?? null,
  };
}

/** [gold, found, gold value among the result's figures of the kind] per article. */
type CountCase = readonly [number, number, boolean];

function countTally(cases: readonly CountCase[]): CountTally {
  let right = 0, over = 0, under = 0, elsewhere = 0;
  for (const [gold, found, present] of cases) {
    if (found === gold) {
      right++;
      continue;
    }
    if (found > gold) over++;
    else under++;
    if (present) elsewhere++;
  }
  return { ...tally(right, cases.length), over, under, elsewhere };
}

const hasValue = (result: Result | undefined, kind: Figure['kind'], value: number) =>
  !!result?.figures.some((f) => f.kind === kind && f.value === value);

/**
 * Scores results against GVA records, one per article; an article without a result reads as
 * nothing found.
 */
export function scoreGva(gold: readonly GvaGold[], predictions: ReadonlyMap<string, Result>): GvaReport {
  const killed: CountCase[] = [];
  const injured: CountCase[] = [];
  const fields = { state: [0, 0, 0], city: [0, 0, 0], date: [0, 0, 0] }; // right, total, none
  const dateOffsets: Record<string, number> = {};
  const misses: GvaMiss[] = [];
  const missing: string[] = [];

  for (const g of gold) {
    const result = predictions.get(g.id);
    if (!result) missing.push(g.id);
    const found = readGva(result);
    const wrong: string[] = [];
    killed.push([g.killed, found.killed, hasValue(result, 'killed', g.killed)]);
    injured.push([g.injured, found.injured, hasValue(result, 'injured', g.injured)]);
    if (found.killed !== g.killed) wrong.push('killed');
    if (found.injured !== g.injured) wrong.push('injured');
    const checks: Array<[keyof typeof fields, string | null, string | null, boolean]> = [
      ['state', g.admin1, found.state, !!g.admin1 && regionMatches(found.state, g.admin1)],
      ['city', g.city, found.city, !!g.city && cityMatches(found.city, g.city)],
      ['date', g.date, found.date, !!g.date && daysBetween(g.date, found.date) === 0],
    ];
    for (const [name, goldValue, foundValue, ok] of checks) {
      if (!goldValue) continue;
      const f = fields[name];
      f[1]!++;
      if (ok) f[0]!++;
      else wrong.push(name);
      if (!foundValue) f[2]!++;
    }
    if (g.date) {
      const d = daysBetween(g.date, found.date);
      const key = d === null ? 'none' : Math.abs(d) <= 1 ? String(d) : 'other';
      dateOffsets[key] = (dateOffsets[key] ?? 0) + 1;
    }
    if (wrong.length > 0) {
      misses.push({
        id: g.id,
        fields: wrong,
        gold: { killed: g.killed, injured: g.injured, state: g.admin1, city: g.city, date: g.date },
        found,
      });
    }
  }

  const n = gold.length;
  const share = (f: (g: GvaGold) => boolean) => (n === 0 ? 0 : gold.filter(f).length / n);
  const field = (f: number[]): FieldTally => ({ ...tally(f[0]!, f[1]!), none: f[2]! });
  return {
    kind: 'gva',
    articles: n,
    missingPredictions: missing,
    killed: countTally(killed),
    injured: countTally(injured),
    state: field(fields.state),
    city: field(fields.city),
    date: field(fields.date),
    dateOffsets,
    baselines: {
      always0Killed: share((g) => g.killed === 0),
      always1Killed: share((g) => g.killed === 1),
      always0Injured: share((g) => g.injured === 0),
    },
    misses,
  };
}
