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

// A token is what `/[\p{L}\p{N}]+(?:[-'’.,:/&][\p{L}\p{N}]+)*|\S/gu` matches; the scan below
// does the same without the regex engine (tokenize runs on every sentence that may hold a figure).

export const LETTER_OR_DIGIT = 1;
export const SPACE = 2;
export const OTHER = 3;
/** Per UTF-16 code unit: 0 not known yet, else its kind. */
const KIND = new Uint8Array(0x10000);
const WORD_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;

/** What code point `c` is: {@link LETTER_OR_DIGIT} (`\p{L}`, `\p{N}`), {@link SPACE} (`\s`) or {@link OTHER}. */
export function kindOf(c: number): number {
  if (c < 0x10000) {
    const k = KIND[c]!;
    if (k !== 0) return k;
  }
  const ch = String.fromCodePoint(c);
  const k = WORD_RE.test(ch) ? LETTER_OR_DIGIT : SPACE_RE.test(ch) ? SPACE : OTHER;
  if (c < 0x10000) KIND[c] = k;
  return k;
}

export const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where the run that ends at `i` begins (never before `from`): code points of `kind`, or any of
 * the characters `also`. A surrogate pair cut by `from` counts as a lone surrogate (kind OTHER).
 * @example runBefore('the U.S. said', 0, 8, LETTER_OR_DIGIT, '.')  // 4
 */
export function runBefore(text: string, from: number, i: number, kind: number, also = ''): number {
  while (i > from) {
    let c = text.charCodeAt(i - 1);
    let width = 1;
    if (isLow(c) && i - 2 >= from && isHigh(text.charCodeAt(i - 2))) (c = text.codePointAt(i - 2)!), (width = 2);
    if (kindOf(c) !== kind && (also === '' || width === 2 || !also.includes(text[i - 1]!))) break;
    i -= width;
  }
  return i;
}

/**
 * Where the run that begins at `i` ends (never after `to`): code points of `kind`. A surrogate
 * pair cut by `to` counts as a lone surrogate (kind OTHER).
 */
export function runAfter(text: string, i: number, to: number, kind: number): number {
  while (i < to) {
    let c = text.charCodeAt(i);
    let width = 1;
    if (isHigh(c) && i + 1 < to && isLow(text.charCodeAt(i + 1))) (c = text.codePointAt(i)!), (width = 2);
    if (kindOf(c) !== kind) break;
    i += width;
  }
  return i;
}

/** True for the characters that may join two runs of letters and digits into one token. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 58 || c === 47 || c === 38;
}

/**
 * Splits `text[start, end)` into tokens; offsets point into `text`.
 * @example tokenize('26 people were killed.').map((t) => t.text) // ['26', 'people', 'were', 'killed', '.']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = start;
  const lowered = lowerCaseOf(text.slice(start, end));
  // as the regex would: a start inside a surrogate pair means the whole pair
  if (i > 0 && i < n && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  while (i < n) {
    const c = text.codePointAt(i)!;
    const k = kindOf(c);
    const width = c > 0xffff ? 2 : 1;
    if (k === SPACE) {
      i += width;
      continue;
    }
    if (i >= end) break;
    let j = i + width;
    if (k === LETTER_OR_DIGIT) {
      // letters and digits, and more after each single joiner that is followed by one
      for (;;) {
        while (j < n) {
          const d = text.codePointAt(j)!;
          if (kindOf(d) !== LETTER_OR_DIGIT) break;
          j += d > 0xffff ? 2 : 1;
        }
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && kindOf(text.codePointAt(j + 1)!) === LETTER_OR_DIGIT) j += 1;
        else break;
      }
    }
    const to = Math.min(j, end);
    const s = text.slice(i, to);
    out.push({ start: i, end: to, text: s, lower: lowered !== null && i >= start ? lowered.slice(i - start, to - start) : folded(s.toLowerCase()) });
    i = j;
  }
  return out;
}

/** Characters whose lower case depends on their neighbours (final sigma) or is longer (İ). */
const CONTEXT_CASE = /[\u0130\u03a3]/;

/**
 * `piece` in lower case with `’` folded to `'`, when every slice of the result is the lower case
 * of the same slice of `piece` (so tokens take theirs from one call per sentence); else null.
 */
function lowerCaseOf(piece: string): string | null {
  if (CONTEXT_CASE.test(piece)) return null;
  const lower = folded(piece.toLowerCase());
  return lower.length === piece.length ? lower : null;
}

/** `lower` with the typographic apostrophe folded to `'`. */
function folded(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
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
