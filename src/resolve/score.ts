import { compatibleTypes } from './families.js';
import { dayOf, type IncidentIndex } from './incident-index.js';
import type { Observation } from './observation.js';

/** The thresholds and weights of incident matching (defaults tuned on gva dev: docs/resolve.md). */
export interface MatchConfig {
  /** Largest distance in days between an observation and a member it may join. */
  window: number;
  /** Terms in more than this many documents are not used to find candidates (still scored). */
  maxPostings: number;
  /** How many of a document's heaviest terms are used to find candidates. */
  queryTerms: number;
  /** Lowest score that joins an incident. */
  threshold: number;
  /** Score lost per doubling of the day gap: `gapWeight · log2(1 + gap)`. */
  gapWeight: number;
  /** Added when both places name the same city; taken when both name different cities. */
  sameCity: number;
  otherCity: number;
  /** Fewest shared terms for a text match (crisis matches excepted). */
  minShared: number;
  /** How the day gap is measured (see {@link dayGap}). */
  gapMode: 'event' | 'nearest';
  /** Added on top of `sameCity` when both events are dated and within a day of each other. */
  sameCityDay: number;
  /** Taken when the event types' families are incompatible (event typing is not always right, so not a veto). */
  otherFamily: number;
  /** Taken when both carry an incident-scope killed figure and they differ. */
  otherKilled: number;
  /**
   * Site boilerplate: a term found in at least `siteShare` of a site's earlier documents (and in at
   * least `siteMin` of them) is that site's furniture ("WDIV ClickOnDetroit", "Weather, Sports"),
   * not news, and gets no weight in that site's documents.
   */
  siteShare: number;
  siteMin: number;
  /** The document count IDF assumes at least (so the first documents do not make every term rare). */
  minDocuments: number;
  /** Leave the observation's own city and region names out of its term vector (they are scored as place). */
  dropPlaceTerms: boolean;
  /**
   * Crisis incidents: how far (days) from the incident's latest day a crisis observation may join,
   * the score it needs, the credit for being a country- or region-wide event of the same country
   * (added to the text cosine), and the gap weight used instead of `gapWeight`.
   */
  crisisWindow: number;
  crisisThreshold: number;
  crisisBonus: number;
  crisisGapWeight: number;
  /**
   * Toll restatements (see `IncidentClusterer.restatement`): how far (days) from a crisis
   * incident's latest day a report restating its toll may join, the smallest count that can
   * identify a crisis's toll, and how close (a share of the incident's largest reading) it must be.
   */
  restatementWindow: number;
  restatementMin: number;
  restatementTolerance: number;
}

export const DEFAULT_MATCH: MatchConfig = {
  window: 60,
  maxPostings: 150,
  queryTerms: 20,
  threshold: 0.12,
  gapWeight: 0.05,
  sameCity: 0.05,
  otherCity: 0.05,
  otherKilled: 0.1,
  sameCityDay: 0,
  minShared: 2,
  gapMode: 'event',
  otherFamily: 0.1,
  minDocuments: 2000,
  siteShare: 0.3,
  siteMin: 3,
  dropPlaceTerms: false,
  crisisWindow: 21,
  crisisThreshold: 0.12,
  crisisBonus: 0.2,
  crisisGapWeight: 0.03,
  restatementWindow: 365,
  restatementMin: 50,
  restatementTolerance: 0.1,
};

/** Why an observation was put in an incident: the rule, the score and the features behind it. */
export interface MatchReason {
  rule: 'similar' | 'crisis' | 'restatement' | 'duplicate' | 'same-document' | 'must-link';
  /** The member it was matched against. */
  matched: string | null;
  score: number;
  cosine: number;
  gapDays: number | null;
  place: 'same-city' | 'other-city' | 'same-admin1' | 'unknown';
  /** The shared terms that weighed most, at most 8. */
  sharedTerms: string[];
}

/** A weighted term vector and its Euclidean norm. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

/**
 * Weighted term vector of an observation under the IDF of the index at the time: `(1 + ln tf) · idf`,
 * `idf = ln((N + 1) / (df + 1))` with N at least `minDocuments`. A document's vector is computed
 * once, when it arrives, and kept: later documents do not change earlier weights.
 */
export function termVector(o: Observation, index: IncidentIndex, config: MatchConfig): TermVector {
  const n = Math.max(index.documentCount(), config.minDocuments);
  const weights = new Map<string, number>();
  const siteDocs = o.site ? index.siteCount(o.site) : 0;
  const siteMin = Math.max(config.siteMin, config.siteShare * siteDocs);
  let sq = 0;
  const placeNames = config.dropPlaceTerms ? [o.city, o.admin1].filter((p): p is string => !!p).map((p) => p.toLowerCase()) : [];
  for (const [term, tf] of o.terms) {
    // the place is scored by itself (sameCity), not again as a word
    if (placeNames.includes(term)) continue;
    if (siteDocs >= config.siteMin && index.siteFrequency(o.site!, term) >= siteMin) continue;
    const idf = Math.log((n + 1) / (index.documentFrequency(term) + 1));
    if (idf <= 0) continue;
    const w = (1 + Math.log(tf)) * idf;
    weights.set(term, w);
    sq += w * w;
  }
  return { weights, norm: Math.sqrt(sq) };
}

/** Cosine of two weighted term vectors and how many terms they share (no allocation: it runs for every candidate). */
export function cosine(a: TermVector, b: TermVector): { cosine: number; shared: number } {
  if (a.norm === 0 || b.norm === 0) return { cosine: 0, shared: 0 };
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  let shared = 0;
  for (const [t, w] of small.weights) {
    const x = large.weights.get(t);
    if (x !== undefined) {
      dot += w * x;
      shared++;
    }
  }
  return { cosine: dot === 0 ? 0 : dot / (a.norm * b.norm), shared: dot === 0 ? 0 : shared };
}

/** The terms two vectors share, heaviest product first, at most 8 (for the reason of a join). */
export function sharedTerms(a: TermVector, b: TermVector): string[] {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  const shared: [string, number][] = [];
  for (const [t, w] of small.weights) {
    const x = large.weights.get(t);
    if (x !== undefined) shared.push([t, w * x]);
  }
  shared.sort((p, q) => q[1] - p[1]);
  return shared.slice(0, 8).map(([t]) => t);
}

/**
 * Days between two observations: between their event dates (else publication dates); with mode
 * `nearest`, the smallest gap among event and publication dates (a follow-up's own event date —
 * an arrest, a hearing — is then not held against it when it was published close to the other).
 */
export function dayGap(o: Observation, m: Observation, mode: 'event' | 'nearest'): number | null {
  const a = dayOf(o);
  const b = dayOf(m);
  if (a === null || b === null) return null;
  let gap = Math.abs(a - b);
  if (mode === 'nearest' && o.reportedDay !== null && m.reportedDay !== null) gap = Math.min(gap, Math.abs(o.reportedDay - m.reportedDay));
  return gap;
}

/** Hard constraint: events in two different countries are never one incident, whatever the text says. */
export function blocked(o: Observation, m: Observation): boolean {
  return o.country !== null && m.country !== null && o.country !== m.country;
}

/**
 * The score of an observation against one member: text cosine, plus place agreement (and the
 * crisis credit when `crisis`), minus the day gap and conflicting killed counts. Null when blocked
 * or outside the window (`window`, or twice `crisisWindow` for crisis pairs), and when the score
 * does not reach the join threshold (`threshold`, `crisisThreshold` for crisis pairs).
 */
export function scorePair(
  o: Observation,
  ov: TermVector,
  m: Observation,
  mv: TermVector,
  config: MatchConfig,
  crisis = false,
): MatchReason | null {
  if (blocked(o, m)) return null;
  const gap = dayGap(o, m, config.gapMode);
  if (gap !== null && gap > (crisis ? config.crisisWindow * 2 : config.window)) return null;
  const { cosine: cos, shared } = cosine(ov, mv);
  // one word in common (often just the town's name) is not evidence of the same event
  if (!crisis && shared < config.minShared) return null;
  const gapWeight = crisis ? config.crisisGapWeight : config.gapWeight;
  let score = cos + (crisis ? config.crisisBonus : 0) - (gap === null ? 0 : gapWeight * Math.log2(1 + gap));
  let place: MatchReason['place'] = 'unknown';
  if (!compatibleTypes(o.type, m.type)) score -= config.otherFamily;
  if (o.city && m.city) {
    place = o.city === m.city ? 'same-city' : 'other-city';
    score += o.city === m.city ? config.sameCity : -config.otherCity;
    if (o.city === m.city && o.day !== null && m.day !== null && Math.abs(o.day - m.day) <= 1) score += config.sameCityDay;
  } else if (o.admin1 && m.admin1 && o.admin1 === m.admin1) {
    place = 'same-admin1';
  }
  const ok = o.figures.find((f) => f.kind === 'killed' && f.scope === 'incident');
  const mk = m.figures.find((f) => f.kind === 'killed' && f.scope === 'incident');
  if (ok && mk && ok.value !== mk.value) score -= config.otherKilled;
  // below the join threshold nothing is kept: no reason to build (this runs for every candidate)
  if (score < (crisis ? config.crisisThreshold : config.threshold)) return null;
  return { rule: crisis ? 'crisis' : 'similar', matched: m.key, score, cosine: cos, gapDays: gap, place, sharedTerms: shared > 0 ? sharedTerms(ov, mv) : [] };
}
