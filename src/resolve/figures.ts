import type { Evidence, Source } from '../model/index.js';
import { dayNumber } from './observation.js';

/** One reported value of a figure in an incident's history (the store's history entry has this shape). */
export interface FigureReport {
  kind: string;
  value: number;
  low: number;
  high: number | null;
  qualifier: string;
  scope: string;
  /** The reporting document's publication time. */
  reportedAt: string | null;
  document: string;
  /** The document this one near-duplicates: then it is the same source as that one. */
  duplicateOf: string | null;
  figure: string;
  event: string | null;
  attribution: Source[];
  evidence: Evidence[];
  /** Where the figure applies (the figure's location), when known: a city's count is part of a country's. */
  location?: { precision: 'city' | 'admin1' | 'country'; name?: string | null } | null;
  /** Who is counted ("people", "police officers", "driver"), when the text says. */
  subject?: string | null;
}

/** The reconciled view of one figure kind of an incident (UCDP style). */
export interface Reconciled {
  low: number;
  best: number;
  high: number;
  /** Two independent sources disagree about the same quantity at the same time (see {@link CONTRADICTION_DAYS}, {@link sameQuantity}). */
  contradiction: boolean;
  /** Independent sources (near-duplicates count once) among the reports used. */
  sources: number;
}

/** Reports of two sources published within this many days of each other are "at about the same time". */
export const CONTRADICTION_DAYS = 1;

/** Qualifiers whose value is a ceiling, not a count: they never raise `best`. */
const CEILINGS = new Set(['at_most', 'less_than']);

/**
 * Reconciles the reports of one figure kind of one incident into low / best / high. The rule
 * (conservative, in the spirit of UCDP's best estimate):
 * 1. only reports about the incident itself or a running total count (`scope` incident or
 *    cumulative); statistics and comparisons (`other`) are history, not estimates;
 * 2. a near-duplicate is its original's source; each source's report is its largest value in its
 *    latest document (tolls are revised within a source, and a later report supersedes an earlier one);
 * 3. `best` = the value of the most recently published source report (ties: the largest),
 *    ceilings ("at most 10") never chosen when a count exists, a city's count never chosen when
 *    a wider area's count exists (reports without a location always compete);
 * 4. `low` = the smallest and `high` = the largest reading (upper bounds included) of the sources'
 *    latest reports that count the same quantity as `best` ({@link sameQuantity}: "8 police
 *    officers killed" is not a reading of a national toll of 225);
 * 5. a contradiction: two sources published within a day of each other whose readings of the same
 *    quantity do not overlap.
 * Null when no report qualifies.
 * @example reconcile([{ value: 164, reportedAt: '2022-01-09', … }, { value: 225, reportedAt: '2022-01-15', … }]) // best 225
 */
export function reconcile(reports: readonly FigureReport[]): Reconciled | null {
  const relevant = reports.filter((r) => r.scope !== 'other');
  if (relevant.length === 0) return null;

  // 2. each source's latest document, and its largest reading there
  const bySource = new Map<string, FigureReport[]>();
  for (const r of relevant) {
    const source = r.duplicateOf ?? r.document;
    const list = bySource.get(source);
    if (list) list.push(r);
    else bySource.set(source, [r]);
  }
  const latest: FigureReport[] = [];
  for (const list of bySource.values()) {
    const lastTime = list.reduce((t, r) => (compareTime(r.reportedAt, t) > 0 ? r.reportedAt : t), list[0]!.reportedAt);
    const inLast = list.filter((r) => compareTime(r.reportedAt, lastTime) === 0);
    const counts = inLast.filter((r) => !CEILINGS.has(r.qualifier));
    latest.push((counts.length ? counts : inLast).reduce((a, b) => (b.value > a.value ? b : a)));
  }

  // 3. best: the most recent source report, among counts of the widest area reported
  const counts = latest.filter((r) => !CEILINGS.has(r.qualifier));
  const pool = widest(counts.length ? counts : latest);
  const newest = pool.reduce((a, b) => {
    const c = compareTime(b.reportedAt, a.reportedAt);
    return c > 0 || (c === 0 && b.value > a.value) ? b : a;
  });
  const best = newest.value;

  // 4. bounds, over the readings of the quantity best counts
  const like = latest.filter((r) => sameQuantity(r, newest));
  const low = Math.min(best, ...like.map((r) => r.low));
  const high = Math.max(best, ...like.map((r) => r.high ?? r.value));

  return { low, best, high, contradiction: contradicts(latest), sources: bySource.size };
}

/**
 * Subjects that name everyone counted (or nobody in particular): "26 people killed", "3 victims",
 * "317 injured". Any other subject ("police officers", "driver", "attackers") counts a group of them.
 */
const EVERYONE = new Set(['people', 'person', 'persons', 'individuals', 'individual', 'victims', 'victim']);

/** Who a report counts: everyone, or the group its subject names (lower case). */
function subjectClass(r: FigureReport): string {
  const subject = r.subject?.trim().toLowerCase() ?? '';
  return subject === '' || EVERYONE.has(subject) ? '' : subject;
}

/**
 * Do two reports count the same quantity? The same subject (everyone, or the same group) over
 * the same area (the same precision and place name; a report without a location may be about
 * any). "1 camera-crew driver killed in Almaty" and "26 people killed" across the country are two
 * quantities: they cannot contradict each other, and one does not bound the other.
 */
export function sameQuantity(a: FigureReport, b: FigureReport): boolean {
  if (subjectClass(a) !== subjectClass(b)) return false;
  if (!a.location || !b.location) return true;
  if (a.location.precision !== b.location.precision) return false;
  const an = a.location.name?.toLowerCase() ?? null;
  const bn = b.location.name?.toLowerCase() ?? null;
  return an === null || bn === null || an === bn;
}

const AREA_RANK = { city: 1, admin1: 2, country: 3 } as const;

/**
 * The reports about the widest area any of them names ("3,811 detained" nationwide over
 * "2,402 detained in Almaty"); reports without a location are kept whatever the others say.
 */
function widest(reports: readonly FigureReport[]): FigureReport[] {
  const rank = (r: FigureReport): number => (r.location ? AREA_RANK[r.location.precision] : 0);
  const top = Math.max(0, ...reports.map(rank));
  return reports.filter((r) => rank(r) === 0 || rank(r) === top);
}

/** True when two sources published within {@link CONTRADICTION_DAYS} give readings of the same quantity that do not overlap. */
function contradicts(latest: readonly FigureReport[]): boolean {
  for (let i = 0; i < latest.length; i++) {
    for (let j = i + 1; j < latest.length; j++) {
      const a = latest[i]!;
      const b = latest[j]!;
      if (!sameQuantity(a, b)) continue;
      const da = dayNumber(a.reportedAt);
      const db = dayNumber(b.reportedAt);
      if (da === null || db === null || Math.abs(da - db) > CONTRADICTION_DAYS) continue;
      const aHigh = a.high ?? Infinity;
      const bHigh = b.high ?? Infinity;
      if (a.low > bHigh || b.low > aHigh) return true;
    }
  }
  return false;
}

/** Orders ISO times; an unknown time sorts before every known one. */
function compareTime(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every kind's history in report order with its reconciled view. */
export interface KindHistory<R extends FigureReport = FigureReport> extends Reconciled {
  history: R[];
}

/**
 * Groups an incident's figure reports by kind, orders each history by report time (stable), and
 * reconciles it; kinds with no qualifying report are left out.
 * @example figureHistories(reports).killed // { low: 164, best: 225, high: 238, contradiction: false, sources: 5, history: […] }
 */
export function figureHistories<R extends FigureReport>(reports: readonly R[]): Partial<Record<string, KindHistory<R>>> {
  const byKind = new Map<string, R[]>();
  for (const r of reports) {
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  const out: Partial<Record<string, KindHistory<R>>> = {};
  for (const [kind, list] of byKind) {
    const history = list.map((r, i) => [r, i] as const).sort((a, b) => compareTime(a[0].reportedAt, b[0].reportedAt) || a[1] - b[1]).map(([r]) => r);
    const view = reconcile(history);
    if (view) out[kind] = { ...view, history };
  }
  return out;
}
