/**
 * Name normalisation shared by every scorer: how a predicted name is compared with a gold one.
 * All comparisons are case-, accent- and punctuation-insensitive; what else is forgiven depends on
 * what is compared (sources allow containment, regions drop a generic suffix, cities abbreviations).
 */

/** Lower case, accents stripped, possessive 's dropped, punctuation to spaces, spaces collapsed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * True when a source name matches an acceptable gold name: equal after normalisation, or one holds
 * the other as whole words.
 * @example sourceMatches('CSTO Secretary General Stanislav Zas', 'Stanislav Zas') // true
 */
export function sourceMatches(predicted: string | null | undefined, gold: string): boolean {
  if (!predicted) return false;
  const a = normaliseName(predicted);
  const b = normaliseName(gold);
  if (!a || !b) return false;
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** True when the predicted source name matches any of the acceptable gold names. */
export function sourceMatchesAny(predicted: string | null | undefined, gold: readonly string[]): boolean {
  return gold.some((name) => sourceMatches(predicted, name));
}

/** Generic words that name the level of a first-level region rather than the region itself. */
const REGION_SUFFIXES: readonly string[] = [
  // "Kyzylorda Region"
  'region',
  // "Mangystau Oblast", "Almaty oblysy"
  'oblast',
  'oblasty',
  'oblysy',
  // "Idlib Governorate"
  'governorate',
  // "Punjab Province"
  'province',
  // "Borno State"
  'state',
  // "Osaka Prefecture"
  'prefecture',
  // "Kabul District"
  'district',
  // "Chechen Republic"
  'republic',
  // "Krasnodar Krai"
  'krai',
  'kray',
];

/** A region name without its generic suffix or prefix: "Kyzylorda Region" and "Region of Kyzylorda" → "kyzylorda". */
export function normaliseRegion(name: string): string {
  let n = normaliseName(name);
  for (const suffix of REGION_SUFFIXES) {
    if (n.endsWith(` ${suffix}`)) n = n.slice(0, -suffix.length - 1);
    if (n.startsWith(`${suffix} of `)) n = n.slice(suffix.length + 4);
  }
  return n;
}

/**
 * True when two first-level region names are the same region, loosely: "Kyzylorda" = "Kyzylorda
 * Region". No containment: "West Virginia" is not "Virginia".
 */
export function regionMatches(predicted: string | null | undefined, gold: string): boolean {
  if (!predicted) return false;
  const a = normaliseRegion(predicted);
  return a !== '' && a === normaliseRegion(gold);
}

/** Abbreviations common in place names, expanded before comparing: "St. Louis" = "Saint Louis". */
const PLACE_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  // "St. Louis", "St Paul"
  [/^st /, 'saint '],
  // "Ste. Genevieve"
  [/^ste /, 'sainte '],
  // "Ft. Worth"
  [/^ft /, 'fort '],
  // "Mt. Vernon"
  [/^mt /, 'mount '],
  // "Fort Mc Coy" = "Fort McCoy"
  [/\bmc /g, 'mc'],
];

/** A populated place's name for comparison: normalised, abbreviations expanded. */
export function normaliseCity(name: string): string {
  let n = normaliseName(name);
  for (const [pattern, replacement] of PLACE_ABBREVIATIONS) n = n.replace(pattern, replacement);
  return n;
}

/**
 * The names a gold city accepts. Gun Violence Archive writes "City (Neighbourhood)" — either is
 * right — and "Name (county)" for a county, where "Name" and "Name County" are right.
 * @example goldCityNames('Chicago (Englewood)') // ['chicago', 'englewood']
 */
export function goldCityNames(gold: string | readonly string[]): string[] {
  const names = new Set<string>();
  for (const entry of typeof gold === 'string' ? [gold] : gold) {
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(entry);
    if (!m) {
      names.add(normaliseCity(entry));
      continue;
    }
    const main = m[1] ?? '';
    const inner = m[2] ?? '';
    names.add(normaliseCity(main));
    if (/^county$/i.test(inner.trim())) names.add(normaliseCity(`${main} County`));
    else names.add(normaliseCity(inner));
  }
  names.delete('');
  return [...names];
}

/** True when the predicted city is one of the names the gold city accepts. */
export function cityMatches(predicted: string | null | undefined, gold: string | readonly string[]): boolean {
  if (!predicted) return false;
  const p = normaliseCity(predicted);
  return p !== '' && goldCityNames(gold).includes(p);
}

/** True when two ISO country codes are the same, ignoring case. */
export function countryMatches(predicted: string | null | undefined, gold: string): boolean {
  return !!predicted && predicted.trim().toUpperCase() === gold.trim().toUpperCase();
}

/** Whole days from ISO date `a` to ISO date `b` (only the first 10 characters are read); null if either is not a date. */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  const ta = a ? Date.parse(`${a.slice(0, 10)}T00:00:00Z`) : NaN;
  const tb = b ? Date.parse(`${b.slice(0, 10)}T00:00:00Z`) : NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.round((tb - ta) / 86_400_000);
}

/** True when the predicted date (its first 10 characters) is within `tolerance` days of the gold day. */
export function dateMatches(predicted: string | null | undefined, gold: string, tolerance = 0): boolean {
  const d = daysBetween(gold, predicted);
  return d !== null && Math.abs(d) <= tolerance;
}
