const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Leading abbreviations written out: "St. Louis" and "Saint Louis" are one key. */
const EXPAND: Readonly<Record<string, string>> = { st: 'saint ', ste: 'sainte ', ft: 'fort ', mt: 'mount ' };
/** The abbreviations written out before another word ("st", "ft"): first words of names though no key starts so. */
export const EXPANDED_WORDS: readonly string[] = Object.keys(EXPAND);

/**
 * The lookup key of a place name: lower case, without accents, apostrophes or full stops, hyphens
 * and slashes as spaces, leading "St."/"Ft."/"Mt." written out. scripts/build-gazetteer.mjs
 * applies the same function to every name in the index (keep them in step).
 *
 * @example normalizeName('St. Louis') // 'saint louis'
 * @example normalizeName('Novyy Uzen’') // 'novyy uzen'
 */
export function normalizeName(s: string): string {
  // Fast path: plain letters and single spaces ("Fresno", "Salt Lake City").
  if (PLAIN.test(s)) {
    const k = s.toLowerCase();
    return k.length > 3 && k.charCodeAt(2) === 32 ? k.replace(/^(st|ft|mt) /, (_m, a: string) => EXPAND[a]!) : k;
  }
  let k = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  k = k.replace(/[’'`ʼ]/g, '').replace(/[.]/g, ' ').replace(/[-‐–/]/g, ' ').replace(/\s+/g, ' ').trim();
  return k.replace(/^(st|ste|ft|mt) /, (_m, a: string) => EXPAND[a]!);
}
