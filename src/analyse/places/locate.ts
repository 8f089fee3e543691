import type { Span } from '../../model/index.js';
import type { Sentence } from '../analysis.js';
import type { Gazetteer } from './gazetteer.js';
import type { Focus, Resolved } from './resolve.js';
import { normalizeName } from './normalize.js';
import { IN_TITLE_AFTER } from './tables.js';

// "voiced concern", "spoke with", "condemned", "called for": the sentence reports a statement.
const STATEMENT = /\b(?:said|says|say|voiced|expressed|spoke|speaks|discussed|called|calls|condemned|condemns|urged|urges|announced|warned|welcomed|critici[sz]ed|denounced|demanded|stated|told|praised|reiterated|concerned|statement)\b/;

/** How precise an entry is: a place beats a county, a county a region, a region a country. */
const SPECIFICITY = [4, 2, 1, 3] as const;

/** How much a role says "it happened here": "in X" over a plain mention over a dateline. */
const ROLE_RANK: Readonly<Record<string, number>> = { locative: 3, dateline: 2.5, actor: 2, none: 2, other: 0, origin: 0, neighbourhood: 0 };

/**
 * Whether a mention can say where something happened: not an origin or destination ("from
 * Russia"), not a foreign demonym ("a Chinese takeout"), not a country in a title ("U.S. Rep.").
 */
function isUsable(g: Gazetteer, p: Resolved, focus: Focus): boolean {
  const c = p.candidate;
  if (ROLE_RANK[c.role]! <= 0) return false;
  if (c.hit.demonym && g.countryIndexOf(p.ref) !== focus.country) return false;
  return !((p.ref & 3) === 2 && IN_TITLE_AFTER.test(c.after));
}

/**
 * The place of a sentence for what `span` reports, or null when the sentence names none.
 *
 * - a statement by a country's government about another country is the speaker's:
 *   "The UK government voiced concern over the clashes in Kazakhstan" → GB;
 * - otherwise the most precise place that is not an origin or destination ("from Russia",
 *   "flights to Kazakhstan"), the nearest to the span on a tie, "in X" before a dateline.
 */
export function chooseInSentence(g: Gazetteer, text: string, sentence: Sentence, places: readonly Resolved[], span: Span, focus: Focus): Resolved | null {
  const own = places.filter((p) => !p.candidate.qualifies);
  if (own.length === 0) return null;
  // "Armenian Prime Minister John Roe … discussed the situation in Kazakhstan" → AM
  const first = own[0]!;
  if ((first.ref & 3) === 2 && (first.candidate.role === 'actor' || first.candidate.hit.demonym)) {
    const rest = text.slice(first.candidate.end, sentence.end);
    const others = own.slice(1).filter((p) => g.countryIndexOf(p.ref) !== g.countryIndexOf(first.ref));
    if (STATEMENT.test(rest) && others.length > 0) return first;
  }
  // "a Thai takeout restaurant" in a Philadelphia story is not a place of the story.
  const usable = own.filter((p) => isUsable(g, p, focus));
  // Only origins and destinations ("flown to a Nashville hospital"): the sentence says not where it happened.
  if (usable.length === 0) return null;
  const pool = usable;
  let best: Resolved | null = null;
  let bestScore = -Infinity;
  for (const p of pool) {
    const c = p.candidate;
    const distance = c.start >= span.start && c.start < span.end ? 0 : Math.min(Math.abs(c.start - span.start), Math.abs(c.start - span.end));
    const specificity = c.hit.unlisted ? SPECIFICITY[0] : SPECIFICITY[p.ref & 3]!;
    const score = specificity * 10 + ROLE_RANK[c.role]! * 2 - distance / 1000;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

/**
 * The final entry: the chosen one, made more precise by the document's focus place when that lies
 * inside it ("a shooting in Kern County" with Bakersfield the focus → Bakersfield); the focus
 * itself when nothing was chosen.
 */
export function refine(g: Gazetteer, chosen: Resolved | null, state: { focus: Focus; places: readonly Resolved[] }): number {
  const { focus } = state;
  if (!chosen) {
    if (focus.place >= 0) return focus.place;
    if (focus.admin1 >= 0) {
      const city = g.cityOfDivision(focus.admin1);
      return city >= 0 ? city : focus.admin1 * 4 + 1;
    }
    return focus.country >= 0 ? focus.country * 4 + 2 : -1;
  }
  const ref = chosen.ref;
  const kind = ref & 3;
  if (kind === 0) return ref;
  // "District of Columbia" is Washington: a division that is one city is that city.
  if (kind === 1 && !chosen.candidate.division && (focus.place < 0 || g.admin1Of(focus.place) !== ref >> 2)) {
    const city = g.cityOfDivision(ref >> 2);
    if (city >= 0) return city;
  }
  // "Kentucky State Police said" in a story set in White Plains, Kentucky: the most named place of
  // the document inside the county or state (not for "the Kyzylorda region", a region on purpose).
  if (kind === 3 || (kind === 1 && !chosen.candidate.division && (focus.place < 0 || g.admin1Of(focus.place) !== ref >> 2))) {
    const inside = (r: number): boolean => (kind === 3 ? g.admin2Of(r) : g.admin1Of(r)) === ref >> 2;
    const counts = new Map<number, number>();
    for (const m of state.places) if ((m.ref & 3) === 0 && !m.candidate.hit.unlisted && inside(m.ref)) counts.set(m.ref, (counts.get(m.ref) ?? 0) + (m.ref === focus.place ? 2 : 1));
    let best = -1;
    for (const [r, n] of counts) if (best < 0 || n > counts.get(best)!) best = r;
    if (best >= 0) return best;
  }
  if (kind === 3) {
    // "St. Louis City", "Baltimore City": a county that is a city.
    const name = g.nameOf(ref);
    if (/ City$/.test(name)) {
      const city = g.largestInCounty(ref >> 2);
      if (city >= 0) return city;
      // The place itself may carry no county code: the namesake of the same state.
      const a1 = g.admin1Of(ref);
      const hit = g.lookup(normalizeName(name.slice(0, -5)));
      let best = -1;
      for (const r of hit?.refs ?? []) if ((r & 3) === 0 && g.admin1Of(r) === a1 && (best < 0 || g.population(r) > g.population(best))) best = r;
      if (best >= 0) return best;
    }
  }
  if (focus.place < 0) return ref;
  const p = focus.place;
  if (kind === 1 && g.admin1Of(p) === ref >> 2) return p;
  if (kind === 2 && focus.placeFromDateline && g.countryIndexOf(p) === ref >> 2) return p;
  return ref;
}

/**
 * The place of a paragraph for a sentence that names none: what its places have in common
 * ("Zhanaozen", "Aktau" and "Kazakhstan" → Kazakhstan; "Chattanooga" and "Knoxville" → Tennessee,
 * refined later to the focus place), else the last one.
 */
export function commonPlace(g: Gazetteer, places: readonly Resolved[], focus: Focus): Resolved | null {
  const usable = places.filter((p) => !p.candidate.qualifies && isUsable(g, p, focus));
  if (usable.length === 0) return null;
  const last = usable[usable.length - 1]!;
  if (usable.every((p) => p.ref === last.ref)) return last;
  const a1 = g.admin1Of(last.ref);
  if (a1 >= 0 && usable.every((p) => g.admin1Of(p.ref) === a1)) return usable.find((p) => (p.ref & 3) === 1) ?? { ...last, ref: a1 * 4 + 1, display: '' };
  const ci = g.countryIndexOf(last.ref);
  if (usable.every((p) => g.countryIndexOf(p.ref) === ci)) return usable.find((p) => (p.ref & 3) === 2) ?? { ...last, ref: ci * 4 + 2, display: '' };
  return last;
}
