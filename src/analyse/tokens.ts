/**
 * Word tokens with their offsets: the unit every rule of the analyse and extract stages reads.
 * A token is a run of letters and digits, possibly joined by one inner `-`, `'`, `’`, `.`, `,`, `:`,
 * `/` or `&` ("3,811", "1.2", "twenty-six", "17-year-old", "Tengrinews.kz", "3:15"), or a single
 * other non-space character (punctuation).
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** `text` in lower case with the typographic apostrophe folded to `'`. */
  lower: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.,:/&][\p{L}\p{N}]+)*|\S/gu;

/**
 * Splits `text[start, end)` into tokens; offsets point into `text`.
 * @example tokenize('26 people were killed.').map((t) => t.text) // ['26', 'people', 'were', 'killed', '.']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    let s = m[0];
    if (m.index + s.length > end) s = s.slice(0, end - m.index);
    const lower = s.toLowerCase();
    out.push({ start: m.index, end: m.index + s.length, text: s, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower });
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return c >= 65 && c <= 90 ? true : c > 127 && token.text[0] !== token.text[0]!.toLowerCase();
}

/** True when the token is a single punctuation character. */
export function isPunct(token: Token): boolean {
  return token.text.length === 1 && !/[\p{L}\p{N}]/u.test(token.text);
}
