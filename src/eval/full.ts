/**
 * Scores results against full gold (`kind: full`): figures (kind and value) with their origin,
 * chain and place; events (type, subtype, country) with their place and dates; publication date.
 * Every gold item is matched to at most one prediction and every prediction to at most one gold
 * item; optional gold items are neither rewarded nor penalised.
 */
import type { Event, Figure, Location, Result } from '../model/index.js';
import type { FullGold, GoldEvent, GoldFigure, OptionalFigure } from './gold.js';
import { assign } from './assign.js';
import { cityMatches, countryMatches, dateMatches, regionMatches, sourceMatches, sourceMatchesAny } from './normalise.js';
import { prf, tally, type Prf, type Tally } from './metrics.js';

/** What went wrong, one line per miss, for people and machines. */
export interface FullMiss {
  document: string;
  what:
    | 'figure_missed'
    | 'figure_false_positive'
    | 'origin_wrong'
    | 'chain_wrong'
    | 'figure_place_wrong'
    | 'event_missed'
    | 'event_false_positive'
    | 'event_place_wrong'
    | 'event_date_wrong'
    | 'published_at_wrong';
  expected: string;
  found: string;
}

/** The scores of a `full` evaluation; place and date tallies count the gold items that give them. */
export interface FullReport {
  kind: 'full';
  documents: number;
  missingPredictions: string[];
  figures: Prf & { ignored: number };
  origin: Tally;
  chain: Tally;
  figurePlaces: { country: Tally; admin1: Tally; city: Tally };
  events: Prf & { ignored: number };
  eventPlaces: { admin1: Tally; city: Tally };
  eventDates: { date: Tally; end: Tally };
  publishedAt: Tally;
  misses: FullMiss[];
}

/**
 * The city of a predicted place: its `city`, else its `name` when the place is a city (the name of
 * a region or country is not taken for a city: "New York" the state is not New York City).
 */
export function cityOf(location: Location | null | undefined): string | null {
  if (!location) return null;
  return location.city ?? (location.precision === 'city' ? location.name || null : null);
}

const originRight = (g: GoldFigure, p: Figure) => !!g.origin && sourceMatchesAny(p.attribution[0]?.name, g.origin);

function chainRight(g: GoldFigure, p: Figure): boolean {
  const chain = g.chain;
  if (!chain) return false;
  return chain.length === p.attribution.length && chain.every((name, i) => sourceMatches(p.attribution[i]?.name, name));
}

/** Per place field the gold gives: whether the predicted location agrees. */
function placeChecks(g: { country?: string; admin1?: string; city?: string | string[] }, loc: Location | null, withCountry: boolean) {
  return {
    country: withCountry && g.country !== undefined ? countryMatches(loc?.country, g.country) : null,
    admin1: g.admin1 !== undefined ? regionMatches(loc?.admin1, g.admin1) : null,
    city: g.city !== undefined ? cityMatches(cityOf(loc), g.city) : null,
  };
}

function optionalFigureMatches(o: OptionalFigure, p: Figure): boolean {
  if (!o.kinds.includes(p.kind)) return false;
  if (o.value !== undefined) return o.value === p.value;
  if (o.text !== undefined) {
    const t = o.text.toLowerCase();
    return p.evidence.some((e) => e.text.toLowerCase().includes(t));
  }
  return true;
}

/** True when a predicted event has an acceptable type, subtype and country for a gold event. */
export function eventAccepts(g: GoldEvent, p: Event): boolean {
  if (!g.type.includes(p.type)) return false;
  if (g.subtype !== undefined && g.subtype !== null && g.subtype !== p.subtype) return false;
  if (g.country !== undefined && g.country !== null) {
    const countries = [g.country, ...(g.alsoCountry ?? [])];
    if (!countries.some((c) => countryMatches(p.location?.country, c))) return false;
  }
  return true;
}

const describeFigure = (f: { kind: string; value: number }) => `${f.kind} ${f.value}`;
const chainText = (p: Figure) => p.attribution.map((s) => s.name).join(' ← ') || '(unattributed)';
const placeText = (l: Location | null) => (l ? [l.city, l.admin1, l.country].filter(Boolean).join(', ') || l.name : '(none)');
const eventText = (e: Event) =>
  `${e.type}${e.subtype ? `/${e.subtype}` : ''} ${placeText(e.location)} ${e.date?.start ?? '?'}..${e.date?.end ?? '?'}`;
const goldEventText = (g: GoldEvent) =>
  `${g.type.join('|')}${g.subtype ? `/${g.subtype}` : ''} ${[[g.city ?? []].flat().join('|'), g.admin1, g.country].filter(Boolean).join(', ')}${
    g.date ? ` ${g.date}` : ''
  }${g.end ? ` ..${g.end}` : ''}`;

/** For a missed gold figure: the closest unmatched prediction of its kind, as a hint ("(none)" if none). */
function nearestFigure(g: GoldFigure, predicted: readonly Figure[], matched: readonly number[]): string {
  let best: Figure | null = null;
  predicted.forEach((p, j) => {
    if (p.kind !== g.kind || matched.includes(j)) return;
    if (!best || Math.abs(p.value - g.value) < Math.abs(best.value - g.value)) best = p;
  });
  return best ? `nearest: ${describeFigure(best)}` : '(none)';
}

/** For a missed gold event: an unmatched prediction of an acceptable type, as a hint ("(none)" if none). */
function nearestEvent(g: GoldEvent, predicted: readonly Event[], matched: readonly number[]): string {
  const open = (p: Event, k: number) => g.type.includes(p.type) && !matched.includes(k);
  let j = predicted.findIndex((p, k) => open(p, k) && (g.subtype ?? null) === p.subtype);
  if (j < 0) j = predicted.findIndex(open);
  return j < 0 ? '(none)' : `nearest (subtype or country differs): ${eventText(predicted[j]!)}`;
}

class Counter {
  readonly counts = new Map<string, [number, number]>();
  add(name: string, right: boolean | null): void {
    if (right === null) return;
    const c = this.counts.get(name) ?? [0, 0];
    this.counts.set(name, [c[0] + (right ? 1 : 0), c[1] + 1]);
  }
  get(name: string): Tally {
    const c = this.counts.get(name) ?? [0, 0];
    return tally(c[0], c[1]);
  }
}

/**
 * Scores predicted results against full gold records. A gold record without a result is scored as
 * an empty result (and listed in `missingPredictions`).
 * @example scoreFull([gold], new Map([[gold.id, extract(doc)]])).figures.recall
 */
export function scoreFull(gold: readonly FullGold[], predictions: ReadonlyMap<string, Result>): FullReport {
  const c = new Counter();
  const misses: FullMiss[] = [];
  const missing: string[] = [];
  let figGold = 0, figPred = 0, figMatched = 0, figIgnored = 0;
  let evGold = 0, evPred = 0, evMatched = 0, evIgnored = 0;

  for (const g of gold) {
    const result = predictions.get(g.id);
    if (!result) missing.push(g.id);
    const doc = g.id;
    const miss = (what: FullMiss['what'], expected: string, found: string) => misses.push({ document: doc, what, expected, found });

    // Figures: same kind and value; prefer pairs whose origin, chain and place also agree.
    const pf = result?.figures ?? [];
    const fMatch = assign(g.figures.length, pf.length, (i, j) => {
      const gf = g.figures[i]!;
      const p = pf[j]!;
      if (gf.kind !== p.kind || gf.value !== p.value) return null;
      const places = placeChecks(gf, p.location, true);
      return (originRight(gf, p) ? 4 : 0) + (chainRight(gf, p) ? 2 : 0) + (Object.values(places).every((x) => x !== false) ? 1 : 0);
    });
    const usedF = new Set<number>();
    g.figures.forEach((gf, i) => {
      const j = fMatch[i]!;
      const p = j >= 0 ? pf[j]! : null;
      if (p) usedF.add(j);
      else miss('figure_missed', describeFigure(gf), nearestFigure(gf, pf, fMatch));
      if (gf.origin) {
        const ok = !!p && originRight(gf, p);
        c.add('origin', ok);
        if (p && !ok) miss('origin_wrong', `${describeFigure(gf)} from ${gf.origin.join(' | ')}`, chainText(p));
      }
      if (gf.chain) {
        const ok = !!p && chainRight(gf, p);
        c.add('chain', ok);
        if (p && !ok) miss('chain_wrong', `${describeFigure(gf)}: ${gf.chain.join(' ← ')}`, chainText(p));
      }
      const places = placeChecks(gf, p?.location ?? null, true);
      for (const [field, ok] of Object.entries(places)) c.add(`figure.${field}`, ok === null ? null : !!p && ok);
      if (p && Object.values(places).includes(false)) {
        miss('figure_place_wrong', `${describeFigure(gf)} in ${[gf.city, gf.admin1, gf.country].filter(Boolean).join(', ')}`, placeText(p.location));
      }
    });
    pf.forEach((p, j) => {
      if (usedF.has(j)) return;
      if (g.optionalFigures.some((o) => optionalFigureMatches(o, p))) {
        figIgnored++;
        return;
      }
      miss('figure_false_positive', '(none)', `${describeFigure(p)} "${p.evidence[0]?.text.slice(0, 80) ?? ''}"`);
    });
    figGold += g.figures.length;
    figPred += pf.length;
    figMatched += usedF.size;

    // Events: acceptable type, subtype, country; prefer pairs whose place and dates also agree.
    const pe = result?.events ?? [];
    const eMatch = assign(g.events.length, pe.length, (i, j) => {
      const ge = g.events[i]!;
      const p = pe[j]!;
      if (!eventAccepts(ge, p)) return null;
      const placeOk = Object.values(placeChecks(ge, p.location, false)).every((x) => x !== false);
      const dateOk =
        (ge.date === undefined || dateMatches(p.date?.start, ge.date, ge.dateTolerance ?? 0)) &&
        (ge.end === undefined || dateMatches(p.date?.end, ge.end));
      return (placeOk ? 4 : 0) + (dateOk ? 2 : 0);
    });
    const usedE = new Set<number>();
    g.events.forEach((ge, i) => {
      const j = eMatch[i]!;
      const p = j >= 0 ? pe[j]! : null;
      if (p) usedE.add(j);
      else miss('event_missed', goldEventText(ge), nearestEvent(ge, pe, eMatch));
      const places = placeChecks(ge, p?.location ?? null, false);
      c.add('event.admin1', places.admin1 === null ? null : !!p && places.admin1);
      c.add('event.city', places.city === null ? null : !!p && places.city);
      if (p && (places.admin1 === false || places.city === false)) miss('event_place_wrong', goldEventText(ge), eventText(p));
      const dateOk = ge.date === undefined ? null : !!p && dateMatches(p.date?.start, ge.date, ge.dateTolerance ?? 0);
      const endOk = ge.end === undefined ? null : !!p && dateMatches(p.date?.end, ge.end);
      c.add('event.date', dateOk);
      c.add('event.end', endOk);
      if (p && (dateOk === false || endOk === false)) miss('event_date_wrong', goldEventText(ge), eventText(p));
    });
    pe.forEach((p, j) => {
      if (usedE.has(j)) return;
      if (g.optionalEvents.some((o) => eventAccepts(o, p))) {
        evIgnored++;
        return;
      }
      miss('event_false_positive', '(none)', eventText(p));
    });
    evGold += g.events.length;
    evPred += pe.length;
    evMatched += usedE.size;

    // The document's publication day.
    const goldDay = g.document?.publishedAt;
    if (goldDay) {
      const found = result?.document.publishedAt ?? null;
      const ok = found !== null && found.slice(0, 10) === goldDay.slice(0, 10);
      c.add('publishedAt', ok);
      if (!ok) miss('published_at_wrong', goldDay, found ?? '(none)');
    }
  }

  return {
    kind: 'full',
    documents: gold.length,
    missingPredictions: missing,
    figures: { ...prf(figMatched, figGold, figPred - figIgnored), ignored: figIgnored },
    origin: c.get('origin'),
    chain: c.get('chain'),
    figurePlaces: { country: c.get('figure.country'), admin1: c.get('figure.admin1'), city: c.get('figure.city') },
    events: { ...prf(evMatched, evGold, evPred - evIgnored), ignored: evIgnored },
    eventPlaces: { admin1: c.get('event.admin1'), city: c.get('event.city') },
    eventDates: { date: c.get('event.date'), end: c.get('event.end') },
    publishedAt: c.get('publishedAt'),
    misses,
  };
}
