/**
 * Scores incident clustering against GVA records (`kind: gva-incidents`): B³ precision, recall and
 * F1 over the gold articles, then whether each gold incident's best-matching predicted incident
 * reconciles the killed and injured counts of the record.
 */
import type { GvaGold } from './gold.js';
import type { PredictedIncident } from './predictions.js';
import { f1, tally, type Tally } from './metrics.js';

/** The scores of a `gva-incidents` evaluation. */
export interface IncidentsReport {
  kind: 'gva-incidents';
  articles: number;
  goldIncidents: number;
  predictedIncidents: number;
  /** Gold articles in no predicted incident (each counts as alone). */
  articlesAlone: number;
  /** Gold articles listed in more than one predicted incident (the one with most documents counts). */
  articlesInSeveral: number;
  b3: { precision: number; recall: number; f1: number };
  /** B³ when every article is its own incident. */
  baselineAloneF1: number;
  killed: Tally;
  injured: Tally;
  /** Gold incidents whose articles are split over several predicted incidents. */
  split: number;
  /** Predicted incidents holding articles of more than one gold incident. */
  merged: number;
}

/**
 * B³ precision and recall, averaged over items, of a predicted clustering against a gold one; each
 * item is given as its [gold cluster, predicted cluster] pair.
 * @example bCubed([['a', 'x'], ['a', 'y']]) // precision 1, recall 0.5
 */
export function bCubed(items: ReadonlyArray<readonly [string, string]>): { precision: number; recall: number; f1: number } {
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const [g, p] of items) {
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const k = `${g}\u0001${p}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [g, p] of items) {
    const common = both.get(`${g}\u0001${p}`)!;
    precision += common / predSize.get(p)!;
    recall += common / goldSize.get(g)!;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * Scores predicted incidents against the GVA records of the articles. Articles of the predicted
 * incidents that are not in the gold file are left out; a gold article without `incident` is an
 * incident of its own; an article in several predicted incidents belongs, for B³, to the one
 * with the most documents.
 */
export function scoreIncidents(gold: readonly GvaGold[], predicted: readonly PredictedIncident[]): IncidentsReport {
  const inGold = new Set(gold.map((g) => g.id));
  // Gold lines, not ids, are the items: an article coded for two incidents is scored twice.
  const goldKey = (g: GvaGold, line: number) => g.incident ?? `\u0000${line}`;

  // Each gold article's predicted incident: of several (a document can report several events),
  // the one with the most documents — the story most outlets carried — and the first on ties.
  const predictedOf = new Map<string, string>();
  const sizeOf = new Map<string, number>();
  const incidentById = new Map<string, PredictedIncident>();
  const several = new Set<string>();
  predicted.forEach((incident, i) => {
    const key = `${i}\u0000${incident.id}`;
    const docs = new Set(incident.documents);
    incidentById.set(key, incident);
    sizeOf.set(key, docs.size);
    for (const doc of docs) {
      if (!inGold.has(doc)) continue;
      const current = predictedOf.get(doc);
      if (current !== undefined) several.add(doc);
      if (current === undefined || docs.size > sizeOf.get(current)!) predictedOf.set(doc, key);
    }
  });

  const alone = (line: number) => `\u0000${line}`;
  const b3 = bCubed(gold.map((g, i) => [goldKey(g, i), predictedOf.get(g.id) ?? alone(i)] as const));
  const baseline = bCubed(gold.map((g, i) => [goldKey(g, i), alone(i)] as const));

  // For each gold incident, the predicted incident holding most of its articles (first on ties).
  const byGold = new Map<string, GvaGold[]>();
  gold.forEach((g, i) => {
    const k = goldKey(g, i);
    const list = byGold.get(k);
    if (list) list.push(g);
    else byGold.set(k, [g]);
  });
  let killedRight = 0;
  let injuredRight = 0;
  let split = 0;
  for (const articles of byGold.values()) {
    const votes = new Map<string, number>();
    for (const a of articles) {
      const p = predictedOf.get(a.id);
      if (p !== undefined) votes.set(p, (votes.get(p) ?? 0) + 1);
    }
    const distinct = new Set(articles.map((a) => predictedOf.get(a.id) ?? `\u0000${a.id}`));
    if (distinct.size > 1) split++;
    let best: string | null = null;
    for (const [p, n] of votes) if (best === null || n > votes.get(best)!) best = p;
    const incident = best === null ? null : incidentById.get(best)!;
    const record = articles[0]!;
    if ((incident?.best.killed ?? 0) === record.killed) killedRight++;
    if ((incident?.best.injured ?? 0) === record.injured) injuredRight++;
  }
  const goldPerPredicted = new Map<string, Set<string>>();
  gold.forEach((g, i) => {
    const p = predictedOf.get(g.id);
    if (p === undefined) return;
    const s = goldPerPredicted.get(p) ?? new Set<string>();
    s.add(goldKey(g, i));
    goldPerPredicted.set(p, s);
  });

  return {
    kind: 'gva-incidents',
    articles: gold.length,
    goldIncidents: byGold.size,
    predictedIncidents: predicted.length,
    articlesAlone: gold.filter((g) => !predictedOf.has(g.id)).length,
    articlesInSeveral: several.size,
    b3,
    baselineAloneF1: baseline.f1,
    killed: tally(killedRight, byGold.size),
    injured: tally(injuredRight, byGold.size),
    split,
    merged: [...goldPerPredicted.values()].filter((s) => s.size > 1).length,
  };
}
