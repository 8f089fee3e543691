import type { DocumentInfo } from '../../model/index.js';
import { gazetteer, type Gazetteer, type NameHit } from './gazetteer.js';
import { normalizeName } from './normalize.js';
import { qualifierFits, type Candidate } from './recognise.js';
import { GENERIC_TLD_COUNTRY, GENERIC_TLDS, IN_TITLE_AFTER, NEEDS_CUE, NEEDS_QUALIFIER, PERSON_NEXT, TLD_COUNTRY } from './tables.js';

/** A candidate accepted as a place and resolved to one gazetteer entry. */
export interface Resolved {
  candidate: Candidate;
  ref: number;
  /** The gazetteer's spelling of the matched name ("Aktau"), or '' for the entry's own name. */
  display: string;
}

/** What the document is about, place-wise: its focus country, region and place. */
export interface Focus {
  country: number;
  admin1: number;
  /** The dateline's place, else the most mentioned populated place of the focus region. */
  place: number;
  placeFromDateline: boolean;
}

/** Places with fewer people than this need a context cue when their name stands alone. */
const WEAK_POPULATION = 50_000;

/**
 * Accepts the candidates that are places and resolves each to one entry:
 *
 * 1. gate: a cue, a dateline, a qualifier, a country/region name, or a large population, and no
 *    sign of a longer proper name ("Jordan Smith") or a common word ("Reading", "Police");
 * 2. focus country: votes of datelines, country and region names, large places, the outlet's
 *    country-code domain;
 * 3. focus region: the dateline's, else the most named region of the focus country;
 * 4. each name → the entry with the best score (kind, qualifier, focus, population, proximity).
 */
export function resolveCandidates(cands: readonly Candidate[], info: DocumentInfo): { places: Resolved[]; focus: Focus } {
  const g = gazetteer();
  // A name once accepted as a place is a place at each of its mentions ("… of Atlanta", "East Atlanta").
  // Loops, not map/filter: the optimised builtins made arrays of other element kinds than the
  // interpreter's, and the first optimised code deoptimised on them ("wrong map").
  const passed: boolean[] = [];
  const placeKeys = new Set<string>();
  for (const c of cands) {
    const ok = gate(g, c);
    passed.push(ok);
    if (ok && !c.ignored) placeKeys.add(c.key);
  }
  const kept: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (passed[i] || (placeKeys.has(c.key) && !c.partOfLongerName && !c.person && c.role !== 'neighbourhood' && !NEEDS_CUE.has(c.key) && !NEEDS_QUALIFIER.has(c.key))) kept.push(c);
  }
  const hints = urlHints(g, info.url);

  // 2. focus country
  const votes = new Map<number, number>();
  const vote = (ci: number, w: number): void => {
    votes.set(ci, (votes.get(ci) ?? 0) + w);
  };
  if (hints.country >= 0) vote(hints.country, 3);
  // An outlet on a generic domain (.com, .org …) leans, without other evidence, to the US, where
  // most such English-language local news is.
  if (hints.generic) vote(g.countryIndex(GENERIC_TLD_COUNTRY), 0.4);
  for (const c of kept) {
    const w = c.dateline ? 4 : c.hit.demonym ? 0.3 : c.ignored ? 0.5 : 1;
    const only = soleCountry(g, c.hit.refs);
    // A small town named without a cue ("a silver Honda", "Well, …") says little about the country.
    if (only >= 0) vote(only, weakForCountry(g, c) ? w * 0.3 : c.hit.refs.some((r) => (r & 3) !== 0) ? w * 2 : w);
    else {
      // "Santa Ana": the largest place of that very name (not Taguig, which has it as an alternate).
      const own = ownName(g, c.hit, c.key);
      const best = bestByPopulation(g, own.size > 0 ? [...own] : c.hit.refs);
      if (g.population(best) >= 100_000) vote(g.countryIndexOf(best), w * 0.3);
    }
    if (c.qualifier) for (const r of c.qualifier.refs) vote(g.countryIndexOf(r), 2);
  }
  for (const ci of hints.countries) vote(ci, 1);
  const country = argmax(votes);

  // 3. focus region: the dateline's, else from a first resolution without one
  const datelineRef = kept.find((c) => c.dateline && !c.qualifies);
  const anchor = datelineRef ? pick(g, datelineRef, country, datelineRegion(g, kept, datelineRef, country, hints), -1, hints) : -1;
  const regionVotes = new Map<number, number>();
  const addVote = (a1: number, w: number): void => {
    regionVotes.set(a1, (regionVotes.get(a1) ?? 0) + w);
  };
  // Regions shared by the readings of several names ("Lancaster" and "Grant County": Wisconsin).
  const coverage = new Map<number, Set<string>>();
  const guesses = new Map<string, [number, number]>();
  const firstPick = picker(g, country, -1, anchor, hints);
  for (const c of kept) {
    const ref = c === datelineRef ? anchor : firstPick(c);
    addCoverage(g, coverage, c, country);
    if (ref < 0 || (ref & 3) === 2 || g.countryIndexOf(ref) !== country || isWeak(g, c)) continue;
    const a1 = g.admin1Of(ref);
    if (a1 < 0) continue;
    // A place name found in several regions of the country ("Naples") says less than a region's name.
    const inCountry = (ref & 3) === 0 ? c.hit.refs.filter((r) => (r & 3) === 0 && g.countryIndexOf(r) === country).length : 1;
    const w = (c.dateline ? 10 : c.ignored ? 0.5 : 1) * ((ref & 3) === 0 ? (inCountry > 1 ? 0.85 : 1) : 2);
    // A county name of several regions ("Pike County", "Lake County") votes for its likeliest one
    // once and weakly, however often the story repeats it: repetition does not make the guess better.
    if ((ref & 3) === 3 && !c.dateline && !c.qualifier && regionsIn(g, c, country) > 1) {
      if (w > (guesses.get(c.key)?.[1] ?? 0)) guesses.set(c.key, [a1, w * AMBIGUOUS_VOTE]);
    } else addVote(a1, w);
  }
  for (const [a1, w] of guesses.values()) addVote(a1, w);
  for (const [a1, keys] of coverage) if (keys.size >= 2) addVote(a1, 1.5 * (keys.size - 1));
  for (const a1 of hints.admin1) if (g.admin1[a1]![0] === country) addVote(a1, 1.5);
  const admin1 = argmax(regionVotes);
  let totalVotes = 0;
  for (const v of regionVotes.values()) totalVotes += v;
  // An established region: the dateline's, or most of the votes ("Chicago police", "Cook County").
  const strongRegion = admin1 >= 0 && (regionVotes.get(admin1)! >= 2 && regionVotes.get(admin1)! > totalVotes / 2);

  // 4. resolve each name
  const places: Resolved[] = [];
  // Countries the story names ("Germany", "German"): their towns and regions may appear bare.
  const named = new Set<number>();
  for (const c of kept) for (const r of c.hit.refs) if ((r & 3) === 2) named.add(r >> 2);
  const settled = (votes.get(country) ?? 0) >= 3;
  const homeRegion = admin1 >= 0 && hints.places.some((r) => g.admin1Of(r) === admin1);
  const namedRegions = new Set<number>();
  for (const c of kept) for (const r of c.hit.refs) if ((r & 3) === 1) namedRegions.add(r >> 2);
  const finalPick = picker(g, country, admin1, anchor, hints);
  for (const c of kept) {
    const ref = c === datelineRef ? anchor : finalPick(c);
    if (ref < 0) continue;
    // A weak name (no cue, small place) only counts inside the focus country.
    if (isWeak(g, c) && g.countryIndexOf(ref) !== country) continue;
    // A bare foreign town or region, without any cue, in a story settled in another country that
    // never names its country ("Rashid said" in a Lexington story is not Rosetta, Egypt).
    if ((settled || (votes.get(country) ?? 0) >= 0.4) && (c.cue === 0 || (c.cue === 1 && c.hit.firstName)) && (ref & 3) !== 2 && !c.hit.demonym && !c.qualifier && !c.dateline && g.countryIndexOf(ref) !== country && !named.has(g.countryIndexOf(ref))) continue;
    // A small town of another region, unqualified, is a misreading ("in Haven" of a Winter Haven story).
    // In a story set in one region, an unqualified town of another is a neighbourhood or a
    // misreading ("North Lawndale" of Chicago is not Lawndale, California).
    // "East Hollywood" in a Los Angeles story is the neighbourhood, whatever Hollywood's size elsewhere.
    if (admin1 >= 0 && (ref & 3) === 0 && !c.qualifier && !c.dateline && g.admin1Of(ref) !== admin1 && (g.population(ref) < (strongRegion ? 100_000 : 10_000) || (strongRegion && c.compass))) continue;
    // An outlet of a city of the story's region ("chicago.suntimes.com") and a big namesake of another
    // region whose name the story never says ("Austin" for Chicago's Austin): the neighbourhood.
    if (homeRegion && (ref & 3) === 0 && !c.qualifier && !c.dateline && g.admin1Of(ref) !== admin1 && !namedRegions.has(g.admin1Of(ref))) continue;
    places.push({ candidate: c, ref, display: displayFor(g, c, ref) });
  }

  let place = anchor >= 0 && (anchor & 3) === 0 ? anchor : -1;
  const fromDateline = place >= 0;
  let focusAdmin1 = anchor >= 0 ? g.admin1Of(anchor) : admin1;
  if (place < 0) {
    const counts = new Map<number, number>();
    // A foreign town counts only when the text names it: not from the address or an outlet's name.
    // (Both tests made before the choice: code run only in the rare branch deoptimised the first
    // optimised resolveCandidates, which then was compiled again.)
    for (const p of places) {
      const named = !p.candidate.ignored || g.countryIndexOf(p.ref) === country;
      const inRegion = g.admin1Of(p.ref) === admin1;
      if ((p.ref & 3) === 0 && (admin1 < 0 ? named : inRegion)) counts.set(p.ref, (counts.get(p.ref) ?? 0) + 1);
    }
    // The city in the outlet's host name counts as one mention ("chicago.suntimes.com").
    for (const r of hints.places) if (g.countryIndexOf(r) === country && (admin1 < 0 || g.admin1Of(r) === admin1)) counts.set(r, (counts.get(r) ?? 0) + 0.5);
    place = argmax(counts);
    // A story about a whole country ("Kazakhstan" twelve times, "Almaty" three) keeps the country.
    // Only the country as a place counts, not in titles ("U.S. Rep. John Roe", "U.S. Attorney").
    const countryNamed = places.filter((p) => p.ref === country * 4 + 2 && !p.candidate.hit.demonym && !IN_TITLE_AFTER.test(p.candidate.after)).length;
    if (countryNamed > 2 * (counts.get(place) ?? 0) && countryNamed >= 3) {
      place = -1;
      focusAdmin1 = -1;
    }
  }
  return { places, focus: { country, admin1: focusAdmin1, place, placeFromDateline: fromDateline } };
}

/**
 * The spelling to report: the text's form when GeoNames' own name is another word ("Aktau" for
 * "Shevchenko"), else the own name ("St. Louis", not its alternate "Saint Louis City").
 */
/**
 * The region the rest of the story points to, for reading an unqualified dateline ("STANFORD –"
 * in a story naming Kentucky twice is Stanford, Kentucky): a region named by two or more other
 * names, or -1.
 */
function datelineRegion(g: Gazetteer, kept: readonly Candidate[], dateline: Candidate, country: number, hints: UrlHints): number {
  if (dateline.qualifier) return -1;
  const coverage = new Map<number, Set<string>>();
  for (const c of kept) {
    if (c.dateline || c.key === dateline.key) continue;
    addCoverage(g, coverage, c, country);
  }
  for (const a1 of hints.admin1) coverage.get(a1)?.add('(outlet)');
  let best = -1;
  let most = 1;
  for (const [a1, keys] of coverage) {
    if (keys.size > most && dateline.hit.refs.some((r) => g.admin1Of(r) === a1)) [best, most] = [a1, keys.size];
  }
  return best;
}

/**
 * Whether a reading of a name counts for the regions several names share: a division, or a town
 * of 5,000+ (every small name has a namesake hamlet in Pennsylvania).
 */
function covers(g: Gazetteer, r: number, country: number): boolean {
  if ((r & 3) === 2 || g.countryIndexOf(r) !== country) return false;
  return (r & 3) !== 0 || g.population(r) >= 5000;
}

function displayFor(g: Gazetteer, c: Candidate, ref: number): string {
  if (c.hit.unlisted) return c.hit.display;
  if (!c.hit.display || c.hit.demonym) return '';
  const own = normalizeName(g.nameOf(ref));
  const shown = normalizeName(c.hit.display);
  if (own === shown || shown.startsWith(own) || own.startsWith(shown)) return '';
  return c.hit.display;
}

/** A name that counts only if it fits the document's focus: no cue, not a division, small. */
function isWeak(g: Gazetteer, c: Candidate): boolean {
  if (c.cue >= 2 || c.dateline || c.qualifier || c.qualifies) return false;
  if (c.hit.refs.some((r) => (r & 3) !== 0)) return false;
  return g.population(bestByPopulation(g, c.hit.refs)) < WEAK_POPULATION;
}

/**
 * A name that says little about the country: a weak name ("a silver Honda"), a first name without a
 * locative cue ("Brittany's sister"), or a division of
 * fewer than 50,000 people named without a cue ("on Long Island", a district of the Bahamas).
 */
function weakForCountry(g: Gazetteer, c: Candidate): boolean {
  if (isWeak(g, c)) return true;
  // "Brittany's twin sister": a first name that is also a region, without a locative cue (a city
  // of 100,000+ still counts: "Garland", "Jackson").
  if (c.hit.firstName && c.cue < 2 && !c.dateline && !c.qualifier && !c.qualifies && !c.hit.refs.some((r) => (r & 3) === 0 && g.population(r) >= 100_000)) return true;
  if (c.cue >= 2 || c.dateline || c.qualifier || c.qualifies || c.division) return false;
  return c.hit.refs.every((r) => (r & 3) !== 2 && g.population(r) < WEAK_POPULATION);
}

/** Step 1: is this capitalised name a place at all? */
function gate(g: Gazetteer, c: Candidate): boolean {
  if (c.dateline || c.qualifies) return true;
  // "in the Austin neighborhood" of a Chicago story is not Austin, Texas.
  if (c.role === 'neighbourhood' && !c.hit.refs.some((r) => (r & 3) !== 0)) return false;
  if (c.partOfLongerName) return false;
  // "U.S. Rep. John Roe", "a Vietnam veteran": a country in a title or an era.
  if (c.hit.refs.every((r) => (r & 3) === 2) && IN_TITLE_AFTER.test(c.after)) return false;
  // "Taylor said" where the story named "Officer Taylor"; "in Taylor" stays a place.
  if (c.person && c.cue < 2 && !c.qualifier) return false;
  if (c.hit.demonym) return !c.allCaps || c.cue > 0;
  const division = c.hit.refs.some((r) => (r & 3) !== 0);
  // "Jordan", "Victoria", "Charlotte": a locative cue, an actor word or a qualifier; a city of
  // 100,000+ also after a weak cue ("the Children's Clinic of Atlanta"); a state or country
  // unless a verb follows ("A Virginia girl" is a place, "Virginia said" a person).
  if (c.hit.firstName && c.cue < 2 && !c.qualifier && c.role !== 'actor') {
    const big = c.cue === 1 && g.population(bestByPopulation(g, c.hit.refs)) >= 100_000;
    const division = c.hit.refs.some((r) => (r & 3) === 1 || (r & 3) === 2);
    if (!big && !(division && !c.person && !c.sentenceInitial && !PERSON_NEXT.test(c.after))) return false;
  }
  if (NEEDS_CUE.has(c.key) && (c.role !== 'locative' || c.ignored)) return false;
  if (NEEDS_QUALIFIER.has(c.key) && !c.qualifier) return false;
  // "Al", "Ba": names of two letters only with a locative cue or a qualifier.
  if (c.key.length <= 2 && !c.hit.alias && c.role !== 'locative' && !c.qualifier) return false;
  if (c.hit.word && !division && c.role !== 'locative' && !c.qualifier) return false;
  if (c.hit.word && division && c.sentenceInitial && c.cue === 0) return false;
  if (c.allCaps && !division && c.cue < 2) return false;
  // "in the SUV": a short all-capitals word that is only some town's alternate name is an acronym
  // (Suva, Fiji); a large city's short form stays ("NYC police").
  if (c.allCaps && c.key.length <= 4 && !c.hit.alias && !c.qualifier && ownName(g, c.hit, c.key).size === 0 && g.population(bestByPopulation(g, c.hit.refs)) < 1_000_000) return false;
  if (division) return true;
  if (c.cue >= 1 || c.qualifier) return true;
  // Alone, at a sentence start: only a well-known place ("Fresno police said …").
  const pop = g.population(bestByPopulation(g, c.hit.refs));
  return c.sentenceInitial ? pop >= WEAK_POPULATION : pop >= 1000;
}

const ownNames = new WeakMap<NameHit, Set<number>>();

/** The references whose own GeoNames name is this key ("Pueblo" is Pueblo's own name, an alternate of Puebla's). */
function ownName(g: Gazetteer, hit: NameHit, key: string): Set<number> {
  let own = ownNames.get(hit);
  if (!own) {
    own = new Set(hit.refs.filter((r) => normalizeName(g.nameOf(r)) === key));
    ownNames.set(hit, own);
  }
  return own;
}

/** The most populous populated place among the references (divisions are not ranked by it). */
function bestByPopulation(g: Gazetteer, refs: readonly number[]): number {
  let best = refs[0]!;
  for (const r of refs) if ((r & 3) === 0 && ((best & 3) !== 0 || g.population(r) > g.population(best))) best = r;
  return best;
}

/** The country all the references lie in, or -1 when they lie in several (or there are none). */
function soleCountry(g: Gazetteer, refs: readonly number[]): number {
  const first = refs.length > 0 ? g.countryIndexOf(refs[0]!) : -1;
  for (const r of refs) if (g.countryIndexOf(r) !== first) return -1;
  return first;
}

function argmax(m: Map<number, number>): number {
  let best = -1;
  let bestW = -Infinity;
  for (const [k, w] of m) {
    if (w > bestW || (w === bestW && k < best)) {
      best = k;
      bestW = w;
    }
  }
  return best;
}

/**
 * `pick` with the document's focus fixed, once per name: the mentions of a name without a
 * qualifier share one answer ("Fresno" five times is scored once).
 */
function picker(g: Gazetteer, country: number, admin1: number, anchor: number, hints: UrlHints): (c: Candidate) => number {
  const memo = new Map<NameHit, number>();
  return (c) => {
    if (c.qualifier || c.qualifies || c.division) return pick(g, c, country, admin1, anchor, hints);
    let ref = memo.get(c.hit);
    if (ref === undefined) memo.set(c.hit, (ref = pick(g, c, country, admin1, anchor, hints)));
    return ref;
  };
}

/** Step 4: the entry a name most likely refers to in this document. */
function pick(g: Gazetteer, c: Candidate, country: number, admin1: number, anchor: number, hints: UrlHints): number {
  let best = -1;
  let bestScore = -Infinity;
  const qual = c.qualifier;
  // "Kazakhstan" is the country, not the village of that name; "Georgia" in a US story is the state.
  const namesCountry = c.hit.refs.some((r) => (r & 3) === 2);
  // The references whose own name is the key: looked up once, at the first place (was once per place).
  let own: Set<number> | null = null;
  for (const r of c.hit.refs) {
    const kind = r & 3;
    // "Marysville, Washington": the qualifier is the state, not the capital.
    if (c.qualifies && kind === 0) continue;
    const ci = g.countryIndexOf(r);
    let score = 0;
    if (kind === 2) score += ci === country ? 5 : 3;
    else if (kind === 1) score += c.division ? 12 : 3 + Math.log10(Math.max(g.population(r), 10)) / 2;
    else if (kind === 3) score += 3 + Math.log10(Math.max(g.population(r), 10)) / 2;
    else score += Math.log10(Math.max(g.population(r), 10)) + (g.seat[r >> 2] === 2 ? 1.5 : g.seat[r >> 2] === 1 ? 0.5 : 0) - (c.division ? 3 : 0) - (namesCountry ? 8 : 0) + ((own ??= ownName(g, c.hit, c.key)).has(r) ? 1.5 : 0);
    const a1 = g.admin1Of(r);
    if (qual) {
      if (qualifierFits(qual, r)) score += 12;
      else score -= 6;
    }
    if (ci === country) score += 4;
    if (admin1 >= 0 && a1 === admin1 && kind !== 2) score += 3;
    if (hints.admin1.includes(a1) && kind !== 2) score += 1.5;
    if (hints.callSign && kind !== 2 && g.countries[ci]![0] === GENERIC_TLD_COUNTRY) {
      const west = g.longitude(r) < MISSISSIPPI_LON;
      if (west === (hints.callSign === 'K')) score += 1.5;
    }
    if (anchor >= 0 && anchor !== r && kind !== 2) {
      const d = g.distance(anchor, r);
      score += d < 50 ? 2.5 : d < 150 ? 1.5 : d < 400 ? 0.5 : 0;
    }
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

// "ktvu", "wgntv", "kctv5", "wate": a call sign of four letters or three plus "tv"/"dt"/a channel.
const CALL_SIGN = /^([kw])[a-z]{2,3}(?:tv|dt|news|\d{1,2})?$/;
/** Longitude of the Mississippi for the call-sign convention (St. Louis −90.2 is west, Memphis −90.05 east). */
const MISSISSIPPI_LON = -90.15;

/**
 * A name of two words written as one in a host name: "kansascity" → "kansas city". `starts` says
 * which beginnings some name has (a split is not looked up when none starts like it).
 */
function spaced(g: Gazetteer, letters: string, starts: PrefixesAt): NameHit | null {
  for (let k = 3; k <= letters.length - 3; k++) {
    if (k === 3 ? !starts.three : k === 4 ? !starts.four : !starts.five) continue;
    const hit = g.lookup(`${letters.slice(0, k)} ${letters.slice(k)}`);
    if (hit) return hit;
  }
  return null;
}

/** Whether some name starts with the five letters at a place in a host name, or with its three or four and a space. */
interface PrefixesAt {
  five: boolean;
  three: boolean;
  four: boolean;
}
const NO_PREFIXES: PrefixesAt = { five: false, three: false, four: false };

interface UrlHints {
  country: number;
  countries: number[];
  admin1: number[];
  /** Cities of 100,000+ named in the host ("chicago.suntimes.com"). */
  places: number[];
  /** The host is on a generic top-level domain (.com, .org, .net …). */
  generic: boolean;
  /** A US broadcaster's call sign as host ("ktvu.com", "wgntv.com"): K west of the Mississippi, W east. */
  callSign: 'K' | 'W' | null;
}

const hintCache = new Map<string, UrlHints>();

/**
 * What the outlet's address says: a country-code domain ("tengrinews.kz" → KZ), and region or
 * large-city names inside the host name ("arkansasonline.com", "chicagotribune.com"). Archive
 * addresses ("web.archive.org/web/…/http://host/…") are read through to the original host.
 */
export function urlHints(g: Gazetteer, url: string | null | undefined): UrlHints {
  const empty: UrlHints = { country: -1, countries: [], admin1: [], places: [], generic: false, callSign: null };
  if (!url) return empty;
  const m = /^(?:https?:\/\/)?web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(url);
  const host = /^(?:[a-z]+:\/\/)?([^/:?#]+)/i.exec(m ? m[1]! : url)?.[1]?.toLowerCase().replace(/^www\./, '');
  if (!host) return empty;
  const cached = hintCache.get(host);
  if (cached) return cached;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  let country = -1;
  if (!GENERIC_TLDS.has(tld)) country = g.countryIndex(TLD_COUNTRY[tld] ?? tld.toUpperCase());
  const admin1 = new Set<number>();
  const countries = new Set<number>();
  const places = new Set<number>();
  // Every substring of 5+ letters of the host's labels that names a region or a city of 100,000+.
  for (const label of labels.slice(0, -1)) {
    const letters = label.replace(/[^a-z]/g, '');
    for (let i = 0; i < letters.length; i++) {
      // Every name tried from here starts with its first five letters, or three or four and a space.
      const starts: PrefixesAt = i + 5 > letters.length ? NO_PREFIXES : {
        five: g.startsSomeName(letters.slice(i, i + 5)),
        three: g.startsSomeName(`${letters.slice(i, i + 3)} `),
        four: g.startsSomeName(`${letters.slice(i, i + 4)} `),
      };
      for (let j = letters.length; j >= i + 5; j--) {
        const hit = (starts.five ? g.lookup(letters.slice(i, j)) : null) ?? spaced(g, letters.slice(i, j), starts);
        if (!hit || hit.demonym) continue;
        let used = false;
        for (const r of hit.refs) {
          if ((r & 3) === 1 || ((r & 3) === 0 && g.population(r) >= 100_000)) {
            if ((r & 3) === 0) places.add(r);
            admin1.add(g.admin1Of(r));
            countries.add(g.countryIndexOf(r));
            used = true;
          }
        }
        if (used) {
          i = j - 1;
          break;
        }
      }
    }
  }
  const generic = GENERIC_TLDS.has(tld);
  const call = generic && labels.length >= 2 ? CALL_SIGN.exec(labels[labels.length - 2]!) : null;
  const callSign = call ? (call[1]!.toUpperCase() as 'K' | 'W') : null;
  const hints = { country, countries: [...countries], admin1: [...admin1].filter((a) => a >= 0), places: [...places], generic, callSign };
  if (hintCache.size > 10_000) hintCache.clear();
  hintCache.set(host, hints);
  return hints;
}

/** The weight of a guessed county's vote ("Pike County" of ten states), against a known one's. */
const AMBIGUOUS_VOTE = 0.5;

/** In how many first-level regions of `country` the name has readings (towns, counties, the region itself). */
function regionsIn(g: Gazetteer, c: Candidate, country: number): number {
  let first = -1;
  for (const r of c.hit.refs) {
    if ((r & 3) === 2 || g.countryIndexOf(r) !== country) continue;
    const a1 = g.admin1Of(r);
    if (first < 0) first = a1;
    else if (a1 !== first) return 2;
  }
  return first < 0 ? 0 : 1;
}

/** Adds the first-level regions that the readings of `c` in `country` fall in to `coverage` (region → names). */
function addCoverage(g: Gazetteer, coverage: Map<number, Set<string>>, c: Candidate, country: number): void {
  for (const r of c.hit.refs) {
    if (!covers(g, r, country)) continue;
    const a1 = g.admin1Of(r);
    if (a1 < 0) continue;
    let keys = coverage.get(a1);
    if (!keys) coverage.set(a1, (keys = new Set()));
    keys.add(c.key);
  }
}
