import type { Span } from '../../model/index.js';
import type { PreparedDocument, Sentence } from '../analysis.js';
import { ANY_LETTER, gazetteer, letterBit, nameHit, withRefs, type Gazetteer, type NameHit } from './gazetteer.js';
import { normalizeName } from './normalize.js';
import { CUE_LAST_WORDS, CUES_AFTER, CUES_BEFORE, FOLLOWERS, LEADERS, NEEDS_CUE, NEEDS_QUALIFIER, NOT_PLACE_NAMES, OUTLET_WORDS, TITLES, US_POSTAL_CODES, US_STATE_ABBREVIATIONS, type CueRole } from './tables.js';

/** A capitalised name found in the gazetteer, with the context that makes it a place or not. */
export interface Candidate extends Span {
  text: string;
  key: string;
  hit: NameHit;
  sentence: number;
  paragraph: number;
  /** Strength of the context cue: 0 none, 1 weak ("of X"), 2 locative ("in X"), 3 explicit ("the city of X"). */
  cue: number;
  role: CueRole | 'none';
  /** Named as a region: "the Kyzylorda region", "Mangystau province". */
  division: boolean;
  /** A qualifying division or country right after it: "Fresno, California", "York, Pa.". */
  qualifier: NameHit | null;
  /** This candidate is itself the qualifier of the one before it. */
  qualifies: boolean;
  dateline: boolean;
  sentenceInitial: boolean;
  allCaps: boolean;
  /** The name goes on with capitalised words that are not its own ("Jordan Smith", "Fernbrook Mall"). */
  partOfLongerName: boolean;
  /** In a header line or a repeated paragraph: counts for the document's focus, is not a mention. */
  ignored: boolean;
  /** The document also names a person so ("Officer Taylor" … "Taylor said"). */
  person: boolean;
  /** After a compass word in the same name: "East Hollywood", "North Lawndale". */
  compass: boolean;
  /** Part of a news outlet's name ("Lufkin Daily News"): the outlet's home, a hint, not a mention. */
  outlet: boolean;
  /** Up to 40 characters of the sentence after the name. */
  after: string;
}

interface Token extends Span {
  word: string;
  connector: boolean;
  /** The word as matched, possessive included. */
  full: string;
  /** The word's gazetteer information, looked up on first use (connectors: null). */
  info?: WordInfo | null;
}

/** Whether upper-casing leaves the text as it is ("ANCHORAGE", "U.S."), without making a copy for ASCII. */
function isAllCaps(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code > 127) return text === text.toUpperCase();
  }
  return true;
}

/** A token's word information, looked up once (connectors have none). */
function infoOf(t: Token): WordInfo | null {
  if (t.info === undefined) t.info = t.connector ? null : wordInfo(t.word);
  return t.info;
}

// A capitalised word (`capitalWordAt`, the pattern /\p{Lu}[\p{L}\p{M}'’.]*/u), with inner dots and
// apostrophes: "Kazakhstan’s", "U.S.", "O'Fallon". Hyphenated names are runs of words
// ("Wilkes-Barre", "Savannah-Chatham"); "Fresno-based" ends at the hyphen.
// Lower-case words that may sit inside a multi-word name: "Bosnia and Herzegovina", "Isle of Man".
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'de', 'del', 'la', 'le', 'du', 'upon', 'on', 'the']);
// "KNOXVILLE (WATE) –", "YORK, Pa. –", "ST. LOUIS, MO (KTVI)-", "BEXAR COUNTY, Texas -", "DETROIT (AP) —"
const DATELINE = /^([A-Z][A-Z.'’ -]*[A-Z.])(?:,\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[–—]|-{1,2}|:)/;
// ", California", ", Pa.", ", CA", ", Kazakhstan" right after a name.
const QUALIFIER = /^,\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)/;
const MAX_WORDS = 5;
/** First words of NOT_PLACE_NAMES ("new", "latin"): only runs starting so are checked against it. */
const NOT_PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([...NOT_PLACE_NAMES].map((n) => n.split(' ')[0]!));

/**
 * Finds every capitalised name of the document that the gazetteer knows, with its context:
 * datelines first, then each sentence's capitalised runs matched longest first.
 */
export function findCandidates(doc: PreparedDocument, sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  const ignored = doc.ignored;
  const datelineEnds = new Set<number>();
  for (const p of doc.paragraphs) {
    if (inside(ignored, p.start)) continue;
    // Datelines open with two capitals: "YORK, Pa. –", "ST. LOUIS (KMOV) –".
    if (!isCapital(text.charCodeAt(p.start)) || !isCapital(text.charCodeAt(p.start + 1))) continue;
    const c = dateline(text, p.start, sentenceIndexAt(sentences, p.start));
    if (c) {
      for (const x of c) out.push(x);
      datelineEnds.add(c[c.length - 1]!.end);
    }
  }
  const firstDateline = out.length;
  const persons = new Set<string>();
  // Sentences come in order: one pass over the ignored spans, in order too.
  const skipped = [...ignored].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of sentences) {
    while (k < skipped.length && skipped[k]!.end <= s.start) k++;
    const skip = k < skipped.length && skipped[k]!.start <= s.start;
    for (const c of sentenceCandidates(text, s, persons)) {
      if (firstDateline > 0 && inDateline(out, firstDateline, c)) continue;
      c.ignored = skip || c.outlet === true;
      out.push(c);
    }
  }
  out.sort((a, b) => a.start - b.start);
  for (const c of out) if (persons.has(c.key) && !c.dateline) c.person = true;
  inheritCues(text, out);
  return out;
}

/** Whether a candidate lies inside one of the first `count` candidates, the datelines. */
function inDateline(out: readonly Candidate[], count: number, c: Candidate): boolean {
  for (let k = 0; k < count; k++) {
    const d = out[k]!;
    if (d.start <= c.start && c.start < d.end + 1 && d.sentence === c.sentence) return true;
  }
  return false;
}

const isCapital = (code: number): boolean => code >= 65 && code <= 90;
const isLetterOrDigit = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Letters, digits, and anything beyond ASCII (accented capitals). */
const isWordStart = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;

function inside(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (s.start <= at && at < s.end) return true;
  return false;
}

function sentenceIndexAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return sentences[Math.min(lo, sentences.length - 1)];
}

const surfaceCache = new Map<string, NameHit | null>();
interface WordInfo {
  hit: NameHit | null;
  /** The most words of a name starting with it (1: none longer than the word). */
  words: number;
  /** The letters the second word of such a name may start with (`letterBit`s; ANY_LETTER: unknown). */
  next: number;
  /** A common first name. */
  first: boolean;
  /** The word's lookup key (`normalizeName`), the key of a candidate of this one word. */
  key: string;
  /** The first word of a NOT_PLACE_NAMES entry ("New", "Latin"), in any case. */
  notPlaceFirst: boolean;
}
const wordCache = new Map<string, WordInfo>();
/** A word that names nothing, starts no name and is no first name ("The", "Sunday"). */
const NO_NAME: WordInfo = { hit: null, words: 1, next: 0, first: false, key: '', notPlaceFirst: false };

/** One word's entries, whether longer names start with it, whether it is a first name; cached per process. */
function wordInfo(word: string): WordInfo {
  const g = gazetteer();
  if (!g.mayBeNameWord(word)) return NO_NAME;
  let info = wordCache.get(word);
  if (!info) {
    // "St." normalises to "saint " only before another word: asked the long way.
    const entry = /^(?:St|Ste|Ft|Mt)\.?$/.test(word) ? { hit: lookup(word), words: g.startsMultiWord(word) ? MAX_WORDS : 1, next: ANY_LETTER } : word.endsWith('.') ? { hit: lookup(word), words: 1, next: ANY_LETTER } : g.wordEntry(word);
    info = { hit: entry.hit, words: entry.words, next: entry.next, first: g.isFirstName(word), key: normalizeName(word), notPlaceFirst: NOT_PLACE_FIRST_WORDS.has(word.toLowerCase()) };
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(word, info);
  }
  return info;
}

/** A name's entries; an abbreviation with its full stop ("Pa.", "Calif.") is its own key. */
function lookup(name: string): NameHit | null {
  const cached = surfaceCache.get(name);
  if (cached !== undefined) return cached;
  const key = normalizeName(name);
  let hit: NameHit | null = null;
  if (key.length >= 2) {
    const g = gazetteer();
    hit = (name.endsWith('.') ? g.find(`${key}.`) : null) ?? g.find(key);
  }
  if (surfaceCache.size > 200_000) surfaceCache.clear();
  surfaceCache.set(name, hit);
  return hit;
}

/** A state or country named after a comma: full name, AP abbreviation, or postal code. */
function qualifierHit(name: string): NameHit | null {
  if (US_POSTAL_CODES.has(name)) {
    const g = gazetteer();
    const ai = g.admin1Index(`US.${name}`);
    return ai >= 0 ? nameHit('', [ai * 4 + 1], false, false, false) : null;
  }
  // "Chester, Delaware County": the county, not the state of Delaware.
  if (/ (?:County|Parish)$/.test(name)) {
    const counties = lookup(name)?.refs.filter((r) => (r & 3) === 3) ?? [];
    if (counties.length > 0) return nameHit('', counties, false, false, false);
  }
  for (const form of [name, name.replace(/\.$/, ''), name.split(' ')[0]!]) {
    const hit = lookup(form);
    if (hit && hit.refs.some((r) => (r & 3) === 1 || (r & 3) === 2) && !hit.demonym) {
      return withRefs(hit, hit.refs.filter((r) => (r & 3) === 1 || (r & 3) === 2));
    }
  }
  return null;
}

/** Whether an entry lies in the county, division or country a qualifier names. */
export function qualifierFits(qualifier: NameHit, ref: number): boolean {
  const g = gazetteer();
  return qualifier.refs.some((q) => q !== ref && liesIn(g, ref, q));
}

/** Whether `ref` lies in the county, division or country `q` (a place of unknown county: in its state). */
function liesIn(g: Gazetteer, ref: number, q: number): boolean {
  switch (q & 3) {
    case 1: return g.admin1Of(q) === g.admin1Of(ref);
    case 3: return g.admin2Of(ref) >= 0 ? g.admin2Of(ref) === q >> 2 : g.admin1Of(q) === g.admin1Of(ref);
    default: return g.countryIndexOf(q) === g.countryIndexOf(ref);
  }
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Reads a dateline at a paragraph start: "YORK, Pa. –", "ANCHORAGE –", "KNOXVILLE (WATE) –". */
function dateline(text: string, start: number, sentence: Sentence | undefined): Candidate[] | null {
  const m = DATELINE.exec(text.slice(start, start + 120));
  if (!m || !sentence) return null;
  const place = m[1]!.trim();
  if (place.length < 3 || /^(UPDATE|BREAKING|WATCH|VIDEO|PHOTOS?|EDITOR|NOTE|UPDATED|CLOSE|SHARE)\b/.test(place)) return null;
  const qualifier = m[2] ? qualifierHit(m[2]) : null;
  let hit = lookup(place);
  // "STORY:", "CLOSE –": a common word opening a paragraph is a label, unless a state follows.
  if (hit?.word && !qualifier) return null;
  // "SANBORN, ND –" with no Sanborn of North Dakota in the index: a town of that state all the same.
  if (qualifier && (!hit || !hit.refs.some((r) => qualifierFits(qualifier, r))) && /^[A-Z'’.-]{3,}(?: [A-Z'’.-]{2,}){0,2}$/.test(place)) {
    hit = nameHit(titleCase(place), qualifier.refs, qualifier.word, qualifier.firstName, qualifier.demonym, qualifier.alias, true);
  }
  if (!hit) return null;
  const first = datelineCandidate(start, place, hit, sentence, hit.unlisted ? null : qualifier);
  if (!m[2] || !qualifier) return [first];
  const qStart = start + m[0].indexOf(m[2], place.length);
  const second = datelineCandidate(qStart, m[2], qualifier, sentence, null);
  second.qualifies = true;
  second.allCaps = false;
  return [first, second];
}

function datelineCandidate(start: number, text: string, hit: NameHit, s: Sentence, qualifier: NameHit | null): Candidate {
  const c = candidate(start, start + text.length, text, normalizeName(text), hit, s.index, s.paragraph, 3, 'dateline', qualifier, '');
  c.dateline = true;
  c.sentenceInitial = true;
  c.allCaps = true;
  return c;
}

/**
 * A candidate with every field set, always in this order (one object shape for V8): the flags
 * start false and the caller sets those that hold.
 */
function candidate(start: number, end: number, text: string, key: string, hit: NameHit, sentence: number, paragraph: number, cue: number, role: CueRole | 'none', qualifier: NameHit | null, after: string): Candidate {
  return {
    start, end, text, key, hit, sentence, paragraph, cue, role, division: false, qualifier, qualifies: false, dateline: false,
    sentenceInitial: false, allCaps: false, partOfLongerName: false, ignored: false, person: false, compass: false, outlet: false, after,
  };
}

/**
 * The end of the capitalised word at `at` (WORD: a capital, then letters, marks, apostrophes and
 * dots, up to `limit`), or -1 when no capital starts there. A scan without the regex engine:
 * ASCII decides most characters, the Unicode classes only the rest.
 */
function capitalWordAt(text: string, at: number, limit: number): number {
  const c = text.charCodeAt(at);
  let end: number;
  if (c >= 65 && c <= 90) end = at + 1;
  else if (c < 128) return -1;
  else {
    const cp = text.codePointAt(at)!;
    const ch = String.fromCodePoint(cp);
    if (!UPPER.test(ch) || at + ch.length > limit) return -1;
    end = at + ch.length;
  }
  while (end < limit) {
    const d = text.charCodeAt(end);
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 46 || d === 8217) end++;
    else if (d < 128) break;
    else {
      const ch = String.fromCodePoint(text.codePointAt(end)!);
      if (!LETTER_OR_MARK.test(ch) || end + ch.length > limit) break;
      end += ch.length;
    }
  }
  return end;
}
const UPPER = /^\p{Lu}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * Abbreviations whose full stop is part of the word ("Pa.", "Calif.", "Sgt.", "St.", "Co."): any
 * other word loses it ("in Flint." → "Flint", "Las Vegas Metro." → "Metro", a follower).
 */
const KEEP_DOT: ReadonlySet<string> = new Set([
  ...Object.keys(US_STATE_ABBREVIATIONS).filter((k) => !k.includes(' ')),
  ...[...TITLES, ...FOLLOWERS].filter((w) => w.endsWith('.')),
  'St.', 'Ste.', 'Ft.', 'Mt.', 'Co.', 'Jr.', 'Sr.',
]);

/** Where a capitalised word may start: an ASCII capital, or any character beyond ASCII. */
const MAYBE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/**
 * The connector ("of", "and", "upon" …) that is the whole text from `from` to the space at `to`,
 * or null: lower-case ASCII letters followed by that space.
 */
function connectorBetween(text: string, from: number, to: number): string | null {
  if (text.charCodeAt(to) !== 32) return null;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return null;
  }
  const word = text.slice(from, to);
  return CONNECTORS.has(word) ? word : null;
}

/** Tokens of the capitalised runs of a sentence, with connectors kept between capitalised words. */
function tokens(text: string, s: Sentence): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let at = s.start; at < s.end; ) {
    // Most characters start no capitalised word: the regex engine jumps over lower-case words,
    // digits, spaces and punctuation to the next ASCII capital or character beyond ASCII (a
    // capital glued to a letter or digit, "Click2Houston", "iPhone", starts no word either: the
    // test below).
    MAYBE_CAPITAL.lastIndex = at;
    if (!MAYBE_CAPITAL.test(text)) break;
    at = MAYBE_CAPITAL.lastIndex - 1;
    if (at >= s.end) break;
    const wordEnd = at > s.start && isLetterOrDigit(text.charCodeAt(at - 1)) ? -1 : capitalWordAt(text, at, s.end);
    if (wordEnd < 0) {
      at++;
      continue;
    }
    const start = at;
    const full = text.slice(start, wordEnd);
    at = wordEnd;
    let word = full;
    // "Kazakhstan’s" → "Kazakhstan"; "Fla." stays; "Atlanta." → "Atlanta"
    const last = word.charCodeAt(word.length - 1);
    if (last === 115 && /['’]s$/.test(word)) word = word.slice(0, -2);
    else if (last === 46 && !/^(?:[A-Z]\.)+$/.test(word) && !KEEP_DOT.has(word)) word = word.replace(/\.+$/, '');
    if (!word) continue;
    const tok: Token = { start, end: start + word.length, word, connector: false, full, info: undefined };
    const prev = run[run.length - 1];
    if (prev) {
      // "Prince George's County": a possessive inside a run is part of the name.
      if (prev.full !== prev.word && start === prev.start + prev.full.length + 1 && /['’]s$/.test(prev.full)) {
        prev.word = prev.full;
        prev.end = prev.start + prev.full.length;
      }
      const width = start - prev.end;
      const between = text.charCodeAt(prev.end);
      const conn = width >= 4 && width <= 8 && between === 32 ? connectorBetween(text, prev.end + 1, start - 1) : null;
      if (width === 1 && (between === 32 || between === 45)) run.push(tok);
      else if (conn !== null) {
        run.push({ start: prev.end + 1, end: start - 1, word: conn, connector: true, full: conn, info: null }, tok);
      } else {
        runs.push(run);
        run = [tok];
      }
    } else run = [tok];
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Candidates of one sentence: each run matched greedily, longest name first. */
function sentenceCandidates(text: string, s: Sentence, persons?: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  let firstWordAt = s.start;
  while (firstWordAt < s.end && !isWordStart(text.charCodeAt(firstWordAt))) firstWordAt++;
  for (const run of tokens(text, s)) {
    // "Officer Taylor", "Jackson Brann": the words after a title or a first name are a person's.
    if (persons && run.length > 1) {
      for (let k = 0; k < run.length - 1; k++) {
        const t = run[k]!;
        if (t.connector || !(TITLES.has(t.word) || infoOf(t)!.first)) continue;
        const next = run[k + 1]!;
        if (!next.connector && !FOLLOWERS.has(next.word) && text.charCodeAt(t.end) !== 45) persons.add(normalizeName(run[run.length - 1]!.word));
        break;
      }
    }
    const found: Array<[number, number, number, number, string, NameHit, boolean]> = [];
    for (let i = 0; i < run.length; ) {
      if (run[i]!.connector) {
        i++;
        continue;
      }
      let taken = 0;
      // Multi-word names are tried only from a word that starts one ("Salt" of "Salt Lake City").
      const info = infoOf(run[i]!)!;
      const longest = Math.min(info.words, MAX_WORDS, run.length - i);
      const maybeNotPlace = longest > 1 && info.notPlaceFirst;
      // No name of several words goes on from this word with the next word's letter ("The Police").
      const secondFits = longest > 1 && (info.next & letterBit(text.charCodeAt(run[i + 1]!.start))) !== 0;
      for (let len = secondFits || maybeNotPlace ? longest : 1; len >= 1; len--) {
        const last = run[i + len - 1]!;
        if (last.connector) continue;
        const start = run[i]!.start;
        const surface = len === 1 ? run[i]!.word : text.slice(start, last.end);
        if (len === 1 && surface.length < 2) continue;
        // "New England", "Latin America": a whole that is no place, with a place inside.
        if (len > 1 && maybeNotPlace && NOT_PLACE_NAMES.has(surface.toLowerCase())) {
          taken = len;
          break;
        }
        if (len > 1 && !secondFits) continue;
        // "Ripley Co.", "Clark Co.": looked up as the county, written out.
        const hit = len === 1 ? info.hit : lookup(last.full === 'Co.' ? `${text.slice(start, last.start)}County` : surface);
        if (!hit) continue;
        const allCaps = isAllCaps(surface);
        // Postal codes and two-letter words alone ("IN", "OR", "ME") are not places.
        if (allCaps && surface.replace(/\./g, '').length <= 2 && !hit.alias) continue;
        // "University", "Police", "North", "Metro" alone are parts of other names.
        if (len === 1 && (FOLLOWERS.has(surface) || LEADERS.has(surface))) continue;
        found.push([i, i + len, start, last.end, surface, hit, allCaps]);
        taken = len;
        break;
      }
      i += taken || 1;
    }
    for (const [i, j, start, end, surface, hit, allCaps] of found) {
      const before = run[i - 1];
      const after = run[j];
      // "Whitney Houston": a neighbouring capitalised word, even a place name itself, makes a longer
      // name; a hyphen does not ("Millbrook-Eastfield Metro Police"). Such names are dropped here.
      // Across a hyphen only another place keeps it a place ("Savannah-Chatham", not "Al-Shabaab").
      const hyphenBefore = before && text.charCodeAt(before.end) === 45 && infoOf(before)?.hit != null;
      const hyphenAfter = after && text.charCodeAt(end) === 45 && infoOf(after)?.hit != null;
      const beforeIsName = before && !before.connector && !LEADERS.has(before.word) && !hyphenBefore;
      const afterIsName = after && !after.connector && !FOLLOWERS.has(after.word) && !hyphenAfter;
      if (beforeIsName || afterIsName) continue;
      // "the Washington Post", "New Delhi Times": an outlet's name ("Post Office" stays a place's).
      const outlet = after && OUTLET_WORDS.has(after.word) && !hit.demonym && run[j + 1]?.word !== 'Office' ? outletHome(hit) : undefined;
      if (outlet === null) continue;
      // "(in Italian)", "in Russian and Kazakh": a language, not a country.
      if (hit.demonym && isLanguage(text, s, start, end)) continue;
      // A name of one word: its key is the word's, already made.
      const c = makeCandidate(text, s, start, end, surface, j - i === 1 ? run[i]!.info!.key : null, outlet ?? hit, start <= firstWordAt, allCaps);
      if (before && COMPASS.has(before.word)) c.compass = true;
      if (outlet) {
        c.outlet = true;
        c.role = 'other';
      }
      // "Millbrook-Eastfield Metro Police": the second of a hyphenated pair names no separate place.
      if (hyphenBefore && c.role === 'none') c.role = 'other';
      out.push(c);
    }
  }
  return out;
}

/**
 * The home of an outlet named after a place, or null: a city of 100,000+ ("Washington Post" is
 * Washington, D.C., not the state), else a region ("Louisiana News"), else the towns ("Lufkin
 * Daily News").
 */
function outletHome(hit: NameHit): NameHit | null {
  const g = gazetteer();
  for (const keep of [(r: number) => (r & 3) === 0 && g.population(r) >= 100_000, (r: number) => (r & 3) === 1, (r: number) => (r & 3) === 0]) {
    const refs = hit.refs.filter(keep);
    if (refs.length > 0) return withRefs(hit, refs);
  }
  return null;
}

const COMPASS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Upper', 'Lower', 'Downtown', 'Central']);

/** A demonym right after "in" with no noun after it names a language: "a report (in Polish)". */
function isLanguage(text: string, s: Sentence, start: number, end: number): boolean {
  return LANGUAGE_BEFORE.test(text.slice(Math.max(s.start, start - 8), start)) && LANGUAGE_AFTER.test(text.slice(end, Math.min(s.end, end + 12)));
}
const LANGUAGE_BEFORE = /\b(?:in|into)\s+$/;
const LANGUAGE_AFTER = /^(?:$|\s*[),.;:]|\s+(?:and|or)\s+\p{Lu})/u;

/** The ASCII word that ends before the white space before `at` (not before `from`), or ''. */
function wordBefore(text: string, from: number, at: number): string {
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return '';
  let start = end;
  while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x205f;
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

function makeCandidate(text: string, s: Sentence, start: number, end: number, surface: string, key: string | null, hit: NameHit, initial: boolean, allCaps: boolean): Candidate {
  const from = Math.max(s.start, start - 40);
  const after = text.slice(end, Math.min(s.end, end + 40));
  let cue = 0;
  let role: CueRole | 'none' = 'none';
  // The cue patterns all end with one of a few words and a space: test that word first.
  if (CUE_LAST_WORDS.has(wordBefore(text, from, start))) {
    const before = text.slice(from, start);
    for (const [re, strength, r] of CUES_BEFORE) {
      if (strength > cue && re.test(before)) {
        cue = strength;
        role = r;
      }
    }
  }
  let division = false;
  for (const [re, strength, r, isDivision] of CUES_AFTER) {
    if (!re.test(after)) continue;
    if (isDivision) division = true;
    // "in the Kyzylorda region" stays locative; "the UK government" makes an actor of the UK.
    if ((role !== 'locative' && role !== 'origin') || r === 'neighbourhood') role = r;
    cue = Math.max(cue, strength);
  }
  const q = QUALIFIER.exec(after);
  let qualifier = q ? qualifierHit(q[1]!) : null;
  // "Sanborn, North Dakota" with no Sanborn of North Dakota in the index: a town of that state.
  if (qualifier && !hit.refs.some((r) => qualifierFits(qualifier!, r)) && qualifier.refs.some((r) => (r & 3) === 1)) {
    hit = nameHit(surface, qualifier.refs.filter((r) => (r & 3) === 1), qualifier.word, qualifier.firstName, qualifier.demonym, qualifier.alias, true);
    qualifier = null;
    cue = Math.max(cue, 2);
  }
  const c = candidate(start, end, surface, key ?? normalizeName(surface), hit, s.index, s.paragraph, cue, role, qualifier, after);
  c.division = division;
  c.sentenceInitial = initial;
  c.allCaps = allCaps;
  return c;
}

/**
 * "Zhanaozen and Aktau", "Russia, Belarus and Armenia": a name listed right after a cued one
 * shares its cue; a qualifier ("Fresno, California") is marked as such.
 */
function inheritCues(text: string, cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const prev = cands[i - 1]!;
    const c = cands[i]!;
    const gap = text.slice(prev.end, c.start);
    if (prev.qualifier && /^,\s*$/.test(gap) && c.sentence === prev.sentence) {
      c.qualifies = true;
      continue;
    }
    if (c.cue === 0 && prev.cue > 0 && /^(?:,\s*|,? and |,? or )$/.test(gap)) {
      c.cue = prev.cue;
      c.role = prev.role;
    }
  }
}

/**
 * Candidates of the title when it is not part of the text: they count for the document's focus
 * only (no offsets into the text).
 */
export function titleCandidates(title: string | null | undefined, text: string): Candidate[] {
  if (!title || text.startsWith(title)) return [];
  const out = sentenceCandidates(title, { start: 0, end: title.length, index: -1, paragraph: -1 });
  for (const c of out) {
    c.ignored = true;
    c.start = c.end = 0;
  }
  return out;
}

/**
 * The readings a word of an address's path may have: countries ("…-in-kazakhstan/": the country,
 * not its village namesake), regions and counties, towns of 5,000+ by their own name (a word of
 * another language, "presidente", may be some town's alternate name); first names only as cities
 * of 100,000+ ("/local/atlanta/", "/charlotte-shooting").
 */
function slugRefs(g: Gazetteer, hit: NameHit, key: string): number[] {
  const min = hit.firstName ? 100_000 : 5000;
  return hit.refs.filter((r) => (r & 3) === 2 || (!hit.firstName && ((r & 3) === 1 || (r & 3) === 3)) || ((r & 3) === 0 && g.population(r) >= min && normalizeName(g.nameOf(r)) === key));
}

// An address's path split into words: "/news/local/atlanta/boy-shot-in-chattanooga".
const SLUG_SPLIT = /[^a-z]+/;
const SLUG_MAX_WORDS = 3;
/** "st-louis", "ft-worth": abbreviations that normalise to a word of their own ("saint"). */
const SLUG_ABBREVIATIONS = /^(?:st|ste|ft|mt)$/;

/**
 * Place names in the address's path ("…/news/local/atlanta/…", "…/shooting-in-chattanooga"):
 * names of 4+ letters that are not common words, of a region or of a place of 5,000+ people
 * (100,000+ for first names: "atlanta", "charlotte"). They count for the document's focus only.
 */
export function slugCandidates(url: string | null | undefined): Candidate[] {
  if (!url) return [];
  const inner = /^(?:https?:\/\/)?web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(url)?.[1] ?? url;
  const path = /^(?:[a-z]+:\/\/)?[^/]+(\/[^?#]*)?/i.exec(inner)?.[1];
  if (!path) return [];
  const words = path.toLowerCase().split(SLUG_SPLIT).filter((w) => w.length > 0);
  const g = gazetteer();
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    // "/news/new-england/": a whole that is no place, with a place inside.
    if (NOT_PLACE_FIRST_WORDS.has(words[i]!) && i + 1 < words.length && NOT_PLACE_NAMES.has(`${words[i]} ${words[i + 1]}`)) {
      i++;
      continue;
    }
    // One cached look-up per word: its entries and the longest name it starts ("st" → "saint …").
    const info = wordInfo(words[i]!);
    const abbreviation = SLUG_ABBREVIATIONS.test(words[i]!);
    const most = abbreviation ? SLUG_MAX_WORDS : info.words;
    const longest = Math.min(most, SLUG_MAX_WORDS, words.length - i);
    // No name of several words goes on from this word with the next word's letter ("atlanta-home").
    const secondFits = abbreviation || (longest > 1 && (info.next & letterBit(words[i + 1]!.charCodeAt(0))) !== 0);
    for (let len = longest; len >= 1; len--) {
      if (len > 1 && !secondFits) continue;
      const key = len === 1 ? words[i]! : normalizeName(words.slice(i, i + len).join(' '));
      if (key.length < 4) continue;
      const hit = len === 1 ? info.hit : g.lookup(key);
      if (!hit || hit.word || hit.demonym || NEEDS_QUALIFIER.has(key) || NEEDS_CUE.has(key)) continue;
      // "central", "metro", "north": parts of names, not places.
      const cap = key.charAt(0).toUpperCase() + key.slice(1);
      if (len === 1 && (LEADERS.has(cap) || FOLLOWERS.has(cap))) continue;
      const refs = slugRefs(g, hit, key);
      if (refs.length === 0) continue;
      const c = candidate(0, 0, key, normalizeName(key), withRefs(hit, refs), -1, -1, 2, 'locative', null, '');
      c.ignored = true;
      out.push(c);
      i += len - 1;
      break;
    }
  }
  return out;
}
