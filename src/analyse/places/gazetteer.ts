import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Location, PlacePrecision } from '../../model/index.js';
import { EXPANDED_WORDS, normalizeName } from './normalize.js';
import { COUNTRY_ALIASES, COUNTRY_NAMES, DEMONYMS, REGION_ALIASES, US_STATE_ABBREVIATIONS } from './tables.js';

/** What a gazetteer entry is: a populated place, a first-level division, a country, a US county. */
export type EntryKind = 'place' | 'admin1' | 'country' | 'admin2';
const KINDS: readonly EntryKind[] = ['place', 'admin1', 'country', 'admin2'];

/** A name found in the gazetteer: its display form, the entries it names, and its flags. */
export interface NameHit {
  /** The name as the gazetteer writes it ("Aktau"), or '' when it is the first entry's own name. */
  display: string;
  /** References: entry index × 4 + kind (0 place, 1 admin1, 2 country, 3 admin2). */
  refs: number[];
  /** Also a common lower-case English word ("mobile", "reading", "police"). */
  word: boolean;
  /** Also a common first name ("Jordan", "Victoria", "Aurora"). */
  firstName: boolean;
  /** A demonym ("Kazakh"), from the hand table. */
  demonym: boolean;
  /** From the hand tables of short forms ("UK", "DC", "Pa."): may be all capitals. */
  alias: boolean;
  /** A town the index lacks, known only by its state ("SANBORN, ND"): `display` is its name. */
  unlisted: boolean;
}

/**
 * A NameHit with every field set, always in this order: hits made anywhere share one object
 * shape, so the code reading them stays monomorphic (mixed shapes cost V8 deoptimisations and
 * recompiles on a first pass).
 */
export function nameHit(display: string, refs: number[], word: boolean, firstName: boolean, demonym: boolean, alias = false, unlisted = false): NameHit {
  return { display, refs, word, firstName, demonym, alias, unlisted };
}

/** The same hit with other references ("Washington" the city only). */
export function withRefs(hit: NameHit, refs: number[]): NameHit {
  return nameHit(hit.display, refs, hit.word, hit.firstName, hit.demonym, hit.alias, hit.unlisted);
}

interface Meta {
  version: number;
  credit: string;
  sources: Record<string, string>;
  countries: [string, string, number, number][];
  /** [country index, code, name, lat, lon, population of its places] */
  admin1: [number, string, string, number, number, number][];
  /** [admin1 index, code, name, lat, lon, population of its places] (US counties) */
  admin2: [number, string, string, number, number, number][];
  /** Common English first names, lower case, space-separated. */
  firstNames: string;
}

/**
 * The offline GeoNames index: populated places (500+ people in the US, GB, IE, CA, AU, NZ; 1,000+
 * elsewhere), first-level divisions, US counties, countries, and every name they go by, built by
 * scripts/build-gazetteer.mjs. Loaded once per process, on first use (see `gazetteer()`).
 */
export class Gazetteer {
  readonly countries: Meta['countries'];
  readonly admin1: Meta['admin1'];
  readonly admin2: Meta['admin2'];
  readonly credit: string;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly pop: Int32Array;
  readonly id: Int32Array;
  readonly country: Uint16Array;
  readonly placeAdmin1: Int16Array;
  readonly placeAdmin2: Int16Array;
  readonly seat: Uint8Array;
  private readonly names: string;
  private readonly offsets: Int32Array;
  private readonly placeNames: string;
  private readonly placeOffsets: Int32Array;
  private readonly extra = new Map<string, NameHit>();
  private readonly cache = new Map<string, NameHit | null>();
  private readonly prefixCache = new Map<string, boolean>();
  /** First word of each multi-word hand-table name → the most words such a name has. */
  private readonly extraFirstWords = new Map<string, number>();
  /** First word of each multi-word hand-table name → the letters its second words start with (`letterBit`). */
  private readonly extraNextLetters = new Map<string, number>();
  /** Every beginning of the hand tables' keys (for `startsSomeName`). */
  private extraPrefixes: Set<string> | null = null;
  private divisionCities: Int32Array | null = null;
  private readonly firstNameText: string;
  private firstNameSet: Set<string> | null = null;
  private wordBits: Uint32Array | null = null;
  private countyLargest: Int32Array | null = null;
  private readonly countryByCode = new Map<string, number>();
  private readonly admin1ByCode = new Map<string, number>();

  /** Reads the layout written by scripts/build-gazetteer.mjs. */
  constructor(file: Buffer) {
    // Typed arrays need offsets that are multiples of their size: use the file's own memory when
    // it starts aligned (a large read does), else copy it.
    let buf: ArrayBuffer;
    let base = 0;
    if (file.byteOffset % 8 === 0 && file.buffer instanceof ArrayBuffer) {
      buf = file.buffer;
      base = file.byteOffset;
    } else {
      buf = new ArrayBuffer(file.length + 8);
      new Uint8Array(buf).set(file);
    }
    const head = new Uint32Array(buf, base, 5);
    const [metaLen, namesLen, nameCount, placeLen, n] = [head[0]!, head[1]!, head[2]!, head[3]!, head[4]!];
    const pad4 = (x: number): number => (x + 3) & ~3;
    let o = 20;
    const text = (len: number): string => {
      const t = file.toString('latin1', o, o + len);
      o = pad4(o + len);
      return t;
    };
    const meta = JSON.parse(text(metaLen)) as Meta;
    this.names = text(namesLen);
    this.placeNames = text(placeLen);
    const take = <T>(make: (b: ArrayBuffer, off: number, len: number) => T, len: number, size: number): T => {
      const arr = make(buf, base + o, len);
      o += len * size;
      return arr;
    };
    this.offsets = take((b, off, len) => new Int32Array(b, off, len), nameCount, 4);
    this.placeOffsets = take((b, off, len) => new Int32Array(b, off, len), n, 4);
    this.lat = take((b, off, len) => new Float32Array(b, off, len), n, 4);
    this.lon = take((b, off, len) => new Float32Array(b, off, len), n, 4);
    this.pop = take((b, off, len) => new Int32Array(b, off, len), n, 4);
    this.id = take((b, off, len) => new Int32Array(b, off, len), n, 4);
    this.country = take((b, off, len) => new Uint16Array(b, off, len), n, 2);
    this.placeAdmin1 = take((b, off, len) => new Int16Array(b, off, len), n, 2);
    this.placeAdmin2 = take((b, off, len) => new Int16Array(b, off, len), n, 2);
    this.seat = take((b, off, len) => new Uint8Array(b, off, len), n, 1);
    this.countries = meta.countries.map((c) => (COUNTRY_NAMES[c[0]] ? [c[0], COUNTRY_NAMES[c[0]]!, c[2], c[3]] : c));
    this.admin1 = meta.admin1;
    this.admin2 = meta.admin2;
    this.credit = meta.credit;
    this.firstNameText = meta.firstNames;
    for (const [i, c] of this.countries.entries()) this.countryByCode.set(c[0], i);
    for (const [i, a] of this.admin1.entries()) this.admin1ByCode.set(`${this.countries[a[0]]![0]}.${a[1]}`, i);
    this.mergeHandTables();
  }

  /**
   * Whether some name of several words starts with this word ("Salt" → "Salt Lake City"):
   * recognition tries longer names only from such words.
   */
  startsMultiWord(word: string): boolean {
    const cached = this.prefixCache.get(word);
    if (cached !== undefined) return cached;
    // "St." → "saint ": the first word of the normalised "St. x".
    const normal = normalizeName(`${word} x`);
    const prefix = normal.slice(0, normal.length - 1);
    const found = this.sortedKeyStartsWith(prefix) || this.extraFirstWords.has(prefix.slice(0, -1));
    if (this.prefixCache.size > 100_000) this.prefixCache.clear();
    this.prefixCache.set(word, found);
    return found;
  }

  /** Whether one of the sorted keys starts with `prefix`: a binary search for its lower bound. */
  private sortedKeyStartsWith(prefix: string): boolean {
    const s = this.names;
    let lo = 0;
    let hi = this.offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKey(prefix, s, this.offsets[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.offsets.length && s.startsWith(prefix, this.offsets[lo]!);
  }

  /**
   * Whether some key (`normalizeName` form, ASCII) starts with `prefix`: when none does, `lookup`
   * of any key starting so is null.
   */
  startsSomeName(prefix: string): boolean {
    if (this.sortedKeyStartsWith(prefix)) return true;
    if (!this.extraPrefixes) {
      this.extraPrefixes = new Set();
      for (const key of this.extra.keys()) for (let n = 1; n <= key.length; n++) this.extraPrefixes.add(key.slice(0, n));
    }
    return this.extraPrefixes.has(prefix);
  }

  /** Whether a word is a common English first name ("Taylor", "Jackson", "Patrick"). */
  isFirstName(word: string): boolean {
    this.firstNameSet ??= new Set(this.firstNameText.split(' '));
    return this.firstNameSet.has(word.toLowerCase());
  }

  /**
   * Whether a word of ASCII letters may be a name, the first word of a name, or a common first
   * name: false is certain, true wrong for about one other word in 30 (a bit table of two hashes
   * of each such word, built on first use). Words with other characters ("O'Fallon", "Pa.",
   * "Zürich") are not in the table: true. Lets recognition pass over "The", "Sunday", "Officers"
   * without a cache probe or a search.
   */
  mayBeNameWord(word: string): boolean {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return true;
      h = Math.imul(h ^ (c | 32), FNV_PRIME);
    }
    const bits = (this.wordBits ??= this.buildWordBits());
    const a = h >>> WORD_SHIFT;
    const b = Math.imul(h, GOLDEN) >>> WORD_SHIFT;
    return (bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /** The bit table of `mayBeNameWord`: the first word of every key, the hand tables' and the first names. */
  private buildWordBits(): Uint32Array {
    const bits = new Uint32Array(1 << (32 - WORD_SHIFT - 5));
    // Each loop in a function of its own, no read past a text's end: the loop over 210,000 lines
    // runs optimised to its end (it had deoptimised on the read past the end and on the loops
    // after it, and run on in the interpreter).
    addLineWords(bits, this.names, this.offsets);
    for (const key of this.extra.keys()) addWordBits(bits, key, 0);
    for (const word of EXPANDED_WORDS) addWordBits(bits, word, 0);
    for (const name of this.firstNameText.split(' ')) addWordBits(bits, name, 0);
    return bits;
  }

  /** The country index of an ISO alpha-2 code, or -1. */
  countryIndex(code: string): number {
    return this.countryByCode.get(code) ?? -1;
  }

  /** The admin1 index of a GeoNames admin1 code ("US.PA", "KZ.14"), or -1. */
  admin1Index(code: string): number {
    return this.admin1ByCode.get(code) ?? -1;
  }

  /** The entries a name may refer to, or null. `key` must come from `normalizeName`. */
  lookup(key: string): NameHit | null {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const hit = this.find(key);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(key, hit);
    return hit;
  }

  /** `lookup` without the cache, for callers that keep their own (recognition caches by surface). */
  find(key: string): NameHit | null {
    return this.merge(key, this.search(/[^\x00-\x7e]/.test(key) ? escapeText(key) : key));
  }

  /**
   * One word's entries, the most words of a name starting with it and the letters such a name's
   * second word starts with (`letterBit`s: "salt" → s of "salt lake city", l of "salt lick"), in
   * one binary search: the name lines are sorted, so "grove city" follows "grove" directly. Not
   * cached (the caller caches).
   */
  wordEntry(word: string): { hit: NameHit | null; words: number; next: number } {
    const key = normalizeName(word);
    if (key.length < 2 || key.includes(' ')) {
      const multi = this.startsMultiWord(word);
      return { hit: key.length >= 2 ? this.lookup(key) : null, words: multi ? MAX_NAME_WORDS : 1, next: ANY_LETTER };
    }
    const k = /[^\x00-\x7e]/.test(key) ? escapeText(key) : key;
    const s = this.names;
    const n = this.offsets.length;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKey(k, s, this.offsets[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    const exact = lo < n && compareKey(k, s, this.offsets[lo]!) === 0;
    const found = exact ? this.parseLine(this.offsets[lo]! + k.length + 1) : null;
    const next = exact ? lo + 1 : lo;
    // The most words of a name starting with this one ("salt" → 3 for "salt lake city"): the
    // names starting so follow the word directly in the sorted lines.
    let words = this.extraFirstWords.get(key) ?? 1;
    let letters = this.extraNextLetters.get(key) ?? 0;
    const prefix = `${k} `;
    for (let j = next; j < n && j < next + 20_000 && s.startsWith(prefix, this.offsets[j]!); j++) {
      letters |= letterBit(s.charCodeAt(this.offsets[j]! + prefix.length));
      let count = 1;
      for (let at = this.offsets[j]!; s.charCodeAt(at) !== 124; at++) if (s.charCodeAt(at) === 32) count++;
      if (count > words) words = count;
    }
    return { hit: this.merge(key, found), words, next: letters };
  }

  /** A found line merged with the hand tables' entry of the same key. */
  private merge(key: string, found: NameHit | null): NameHit | null {
    const extra = this.extra.get(key);
    // "Somali" the adjective is Somalia, not Ethiopia's Somali region.
    if (extra?.demonym) return extra;
    if (extra && found) {
      const refs = [...extra.refs, ...found.refs.filter((r) => !extra.refs.includes(r))];
      return nameHit(found.display, refs, found.word && !extra.demonym, found.firstName, extra.demonym, extra.alias, found.unlisted);
    }
    return extra ?? found;
  }

  /** Binary search of the sorted name lines. */
  private search(key: string): NameHit | null {
    const s = this.names;
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const off = this.offsets[mid]!;
      const c = compareKey(key, s, off);
      if (c === 0) return this.parseLine(off + key.length + 1);
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return null;
  }

  private parseLine(start: number): NameHit {
    const s = this.names;
    const bar1 = s.indexOf('|', start);
    const bar2 = s.indexOf('|', bar1 + 1);
    let end = s.indexOf('\n', bar2 + 1);
    if (end < 0) end = s.length;
    const flags = s.slice(bar2 + 1, end);
    return nameHit(unescape(s.slice(start, bar1)), parseRefs(s, bar1 + 1, bar2), flags.includes('w'), flags.includes('n'), false);
  }

  /** Adds demonyms, country aliases and AP state abbreviations (src/analyse/places/tables.ts). */
  private mergeHandTables(): void {
    const add = (name: string, ref: number, demonym: boolean): void => {
      const key = normalizeName(name);
      const e = this.extra.get(key);
      if (e) {
        if (!e.refs.includes(ref)) e.refs.push(ref);
      } else this.extra.set(key, nameHit(name, [ref], false, false, demonym));
    };
    for (const [name, code] of Object.entries(DEMONYMS)) {
      const ci = this.countryIndex(code);
      if (ci >= 0) add(name, ci * 4 + 2, true);
    }
    for (const [name, code] of Object.entries(COUNTRY_ALIASES)) {
      const ci = this.countryIndex(code);
      if (ci >= 0) add(name, ci * 4 + 2, false);
    }
    for (const [name, code] of Object.entries(REGION_ALIASES)) {
      const ai = this.admin1Index(code);
      if (ai >= 0) add(name, ai * 4 + 1, false);
    }
    for (const e of this.extra.values()) if (!e.demonym) e.alias = true;
    for (const key of this.extra.keys()) {
      const space = key.indexOf(' ');
      if (space < 0) continue;
      const first = key.slice(0, space);
      this.extraFirstWords.set(first, Math.max(this.extraFirstWords.get(first) ?? 1, key.split(' ').length));
      this.extraNextLetters.set(first, (this.extraNextLetters.get(first) ?? 0) | letterBit(key.charCodeAt(space + 1)));
    }
    // Abbreviations keep their full stop in the key: "Pa." is a state, "Pa" and "Mass" are not.
    for (const [name, code] of Object.entries(US_STATE_ABBREVIATIONS)) {
      const ai = this.admin1Index(`US.${code}`);
      if (ai >= 0) this.extra.set(`${normalizeName(name)}.`, nameHit(name, [ai * 4 + 1], false, false, false, true));
    }
  }

  /** The kind of entry a reference points to. */
  kind(ref: number): EntryKind {
    return KINDS[ref & 3]!;
  }

  /** The ISO country code of an entry. */
  countryOf(ref: number): string {
    return this.countries[this.countryIndexOf(ref)]![0];
  }

  /** The country index of an entry. */
  countryIndexOf(ref: number): number {
    const i = ref >> 2;
    switch (ref & 3) {
      case 0: return this.country[i]!;
      case 1: return this.admin1[i]![0];
      case 2: return i;
      default: return this.admin1[this.admin2[i]![0]]![0];
    }
  }

  /** The admin1 index of an entry, or -1 (countries). */
  admin1Of(ref: number): number {
    const i = ref >> 2;
    switch (ref & 3) {
      case 0: return this.placeAdmin1[i]!;
      case 1: return i;
      case 2: return -1;
      default: return this.admin2[i]![0];
    }
  }

  /** The admin2 (US county) index of an entry, or -1. */
  admin2Of(ref: number): number {
    const i = ref >> 2;
    if ((ref & 3) === 0) return this.placeAdmin2[i]!;
    return (ref & 3) === 3 ? i : -1;
  }

  /** Population of a place or division (the sum of its places); 0 for countries. */
  population(ref: number): number {
    switch (ref & 3) {
      case 0: return this.pop[ref >> 2]!;
      case 1: return this.admin1[ref >> 2]![5];
      case 2: return 0;
      default: return this.admin2[ref >> 2]![5];
    }
  }

  /** Latitude and longitude of an entry. */
  coordinates(ref: number): [number, number] {
    return [this.latitude(ref), this.longitude(ref)];
  }

  /** Latitude of an entry (without making an array). */
  latitude(ref: number): number {
    const i = ref >> 2;
    switch (ref & 3) {
      case 0: return round(this.lat[i]!);
      case 1: return this.admin1[i]![3];
      case 2: return this.countries[i]![2];
      default: return this.admin2[i]![3];
    }
  }

  /** Longitude of an entry (without making an array). */
  longitude(ref: number): number {
    const i = ref >> 2;
    switch (ref & 3) {
      case 0: return round(this.lon[i]!);
      case 1: return this.admin1[i]![4];
      case 2: return this.countries[i]![3];
      default: return this.admin2[i]![4];
    }
  }

  /** The entry's own name. */
  nameOf(ref: number): string {
    const i = ref >> 2;
    switch (ref & 3) {
      case 0: {
        const end = i + 1 < this.placeOffsets.length ? this.placeOffsets[i + 1]! - 1 : this.placeNames.length;
        return unescape(this.placeNames.slice(this.placeOffsets[i]!, end));
      }
      case 1: return this.admin1[i]![2];
      case 2: return this.countries[i]![1];
      default: return this.admin2[i]![2];
    }
  }

  /**
   * The Location of an entry. `display` is the name as written in the gazetteer for the form the
   * text used ("Aktau" for GeoNames' "Shevchenko"); a US county becomes an admin1 location.
   */
  toLocation(ref: number, display?: string): Location {
    const kind = this.kind(ref);
    const a1 = this.admin1Of(ref);
    const [lat, lon] = this.coordinates(ref);
    const own = this.nameOf(ref);
    const name = kind === 'place' && display && !isAbbreviation(display) ? display : own;
    const precision: PlacePrecision = kind === 'place' ? 'city' : kind === 'country' ? 'country' : 'admin1';
    return {
      name,
      country: this.countryOf(ref),
      admin1: a1 >= 0 ? this.admin1[a1]![2] : null,
      // A US county is given as the city when it is all we know, the way GVA codes it ("Cowley County").
      city: kind === 'place' || kind === 'admin2' ? name : null,
      lat,
      lon,
      geonameId: kind === 'place' ? this.id[ref >> 2]! : null,
      precision,
    };
  }

  /**
   * The city a first-level division consists of (District of Columbia → Washington, Almaty →
   * Almaty): its seat when that holds nine tenths of its people; else -1.
   */
  cityOfDivision(admin1: number): number {
    if (!this.divisionCities) {
      this.divisionCities = new Int32Array(this.admin1.length).fill(-1);
      for (let i = 0; i < this.seat.length; i++) {
        const a = this.placeAdmin1[i]!;
        if (this.seat[i]! > 0 && a >= 0 && this.pop[i]! >= 0.9 * this.admin1[a]![5]) this.divisionCities[a] = i * 4;
      }
    }
    return this.divisionCities[admin1] ?? -1;
  }

  /**
   * The most populous place of a US county, for county-equivalent cities ("St. Louis City",
   * "Baltimore City" → St. Louis, Baltimore); -1 when it has none.
   */
  largestInCounty(admin2: number): number {
    if (!this.countyLargest) {
      this.countyLargest = new Int32Array(this.admin2.length).fill(-1);
      // Places are stored by decreasing population: the first seen is the largest.
      for (let i = 0; i < this.placeAdmin2.length; i++) {
        const a = this.placeAdmin2[i]!;
        if (a >= 0 && this.countyLargest[a] === -1) this.countyLargest[a] = i * 4;
      }
    }
    return this.countyLargest[admin2] ?? -1;
  }

  /** Great-circle distance in km between two entries. */
  distance(a: number, b: number): number {
    const la1 = this.latitude(a);
    const lo1 = this.longitude(a);
    const la2 = this.latitude(b);
    const lo2 = this.longitude(b);
    const r = Math.PI / 180;
    const x = (lo2 - lo1) * r * Math.cos(((la1 + la2) / 2) * r);
    const y = (la2 - la1) * r;
    return Math.sqrt(x * x + y * y) * 6371;
  }
}

// `mayBeNameWord`: FNV-1a over the lower-case letters; two bits of 2^21 from the hash.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const GOLDEN = 0x9e3779b1;
const WORD_SHIFT = 11;

/** Adds the first word of each name line to the bit table of `mayBeNameWord`. */
function addLineWords(bits: Uint32Array, names: string, offsets: Int32Array): void {
  for (let j = 0; j < offsets.length; j++) addWordBits(bits, names, offsets[j]!);
}

/**
 * Adds the word of lower-case ASCII letters at `from` to the bit table, when it ends the text, or
 * at a space or '|' (the end of a line's key): two bits from its FNV-1a hash.
 */
function addWordBits(bits: Uint32Array, text: string, from: number): void {
  const n = text.length;
  let h = FNV_OFFSET;
  let i = from;
  let c = i < n ? text.charCodeAt(i) : -1;
  while (c >= 97 && c <= 122) {
    h = Math.imul(h ^ c, FNV_PRIME);
    c = ++i < n ? text.charCodeAt(i) : -1;
  }
  if (i === from || !(c === 124 || c === 32 || c === -1)) return;
  const a = h >>> WORD_SHIFT;
  const b = Math.imul(h, GOLDEN) >>> WORD_SHIFT;
  bits[a >>> 5]! |= 1 << (a & 31);
  bits[b >>> 5]! |= 1 << (b & 31);
}

/** Names are tried up to this many words when their first word's longest name is not known. */
const MAX_NAME_WORDS = 5;

/** Every letter: what `letterBit` of anything but an ASCII letter gives, and the mask of an unknown word. */
export const ANY_LETTER = -1;

/**
 * The bit of an ASCII letter, either case (a → 1, b → 2 …), for masks of the letters a name's
 * second word may start with; anything else (digits, accented capitals, escapes) matches every
 * mask: a mask only rules out what it surely excludes.
 */
export function letterBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97);
  if (code >= 65 && code <= 90) return 1 << (code - 65);
  return ANY_LETTER;
}

/** Undoes the `\\uXXXX` escapes the build applies to keep the text one byte per character. */
const unescape = (t: string): string =>
  t.includes('\\u') ? t.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : t;
const escapeText = (t: string): string =>
  t.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const round = (x: number): number => Math.round(x * 1000) / 1000;
const isAbbreviation = (s: string): boolean => /^[A-Z]{2,4}$/.test(s);

/**
 * The references of a name line, base-36 numbers separated by commas, read digit by digit into an
 * array of small integers. (`split(',').map((r) => parseInt(r, 36))` gave arrays of doubles once
 * the optimising compiler had the loop: refs arrays of two element kinds made `some`, `filter` and
 * loops over refs deoptimise "wrong map" and recompile makeCandidate, pick, qualifierFits … on a
 * first pass.)
 */
function parseRefs(s: string, from: number, to: number): number[] {
  const refs: number[] = [];
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) {
      refs.push(n);
      n = 0;
    } else n = n * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  refs.push(n);
  return refs;
}

/** Compares `key` with the key of the line starting at `off` in `s` (a key ends at '|'). */
function compareKey(key: string, s: string, off: number): number {
  for (let i = 0; ; i++) {
    const b = s.charCodeAt(off + i);
    if (i === key.length) return b === 124 ? 0 : -1;
    if (b === 124) return 1;
    const a = key.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

/** Where the generated index lives: data/ at the package root (two levels above this folder). */
export const GAZETTEER_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer.bin');

let loaded: Gazetteer | null = null;

/**
 * The process's gazetteer, loaded on first call from data/gazetteer.bin (≈ 11 MB).
 * Throws when the index is missing: that is an installation error (run `npm run build:gazetteer`).
 */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  let file: Buffer;
  try {
    file = readFileSync(GAZETTEER_PATH);
  } catch (error) {
    throw new Error(`E_GAZETTEER_MISSING: could not read ${GAZETTEER_PATH}; run \`npm run build:gazetteer\`. (${String(error)})`);
  }
  loaded = new Gazetteer(file);
  return loaded;
}
