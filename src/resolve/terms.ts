/**
 * Distinctive terms of a news text, the text signal of incident matching: names of people, streets,
 * places and organisations (capitalised words and runs of them), ages ("7-year-old") and street
 * addresses ("1600 block"). Sentence-initial words and a table of capitalised function words,
 * weekdays, months and newsroom words are left out; how distinctive a term is, is left to IDF.
 */

/** Capitalised words that name nothing in particular: never terms. */
const STOP_CAPITALISED = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'if', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'by', 'with', 'as',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these',
  'those', 'there', 'here', 'when', 'where', 'what', 'who', 'why', 'how', 'after', 'before', 'while', 'no',
  'not', 'all', 'some', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'am', 'pm', 'a.m', 'p.m', 'copyright', 'rights', 'reserved',
  'associated', 'press', 'ap', 'news', 'click', 'read', 'more', 'related', 'update', 'updated', 'posted',
  'photo', 'video', 'watch', 'share', 'email', 'facebook', 'twitter', 'police', 'officers', 'officer',
  'according', 'also', 'said', 'says', 'police', 'authorities', 'officials', 'anyone', 'call',
]);

/**
 * Capitalised words that are too common in local news to tell one story from another on their own
 * (they still count inside a phrase: "Elm Street", "North Lawndale").
 */
const GENERIC_SINGLE = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'side', 'city', 'county',
  'new', 'department', 'hospital', 'avenue', 'street', 'road', 'drive', 'boulevard', 'lane', 'center', 'medical',
  'office', 'sheriff', "sheriff's", 'parish', 'high', 'school', 'state', 'court', 'district', 'park', 'university',
  'church', 'health', 'regional', 'memorial', 'general', 'children’s', "children's", 'national', 'american',
  'united', 'states', 'chief', 'lt', 'sgt', 'capt', 'det', 'deputy', 'deputies', 'detective', 'investigators',
  'comments', 'pending', 'weather', 'sports', 'traffic', 'local', 'breaking', 'story', 'wire', 'media',
]);

// "Jane Doe", "O'Neil", "McDonald", "St. Louis"-ish runs of capitalised words
const CAP_RUN = /\b[A-Z][a-zA-Z'’.-]*[a-zA-Z](?:\s+(?:[A-Z][a-zA-Z'’.-]*[a-zA-Z]|de|la|del|van|von))*/g;
// what ends a sentence just before a capitalised run: its first word may be capitalised for that alone
const SENTENCE_BREAK_BEFORE = /(?:[.!?:"“”]\s*|\n\s*)$/;
const SPACES = /\s+/;

/** The words of a capitalised run, lower-cased, trailing dots and apostrophes dropped, one-letter words left out. */
function runWords(run: string): string[] {
  const words: string[] = [];
  for (const piece of run.split(SPACES)) {
    let end = piece.length;
    for (let c = piece[end - 1]; c === '.' || c === "'" || c === '’'; c = piece[end - 1]) end--;
    if (end > 1) words.push(piece.slice(0, end).toLowerCase());
  }
  return words;
}

// "7-year-old", "27 year old"
const AGE = /\b(\d{1,3})[- ]year[- ]old\b/gi;
// "2400 block of North 5th Street", "4500 block"
const BLOCK = /\b(\d{2,5}) block\b/gi;
// "3,811", "164": bare numbers are not terms; ages and blocks are.

/**
 * The distinctive terms of a text with their counts: every capitalised word not in the stop table
 * (lower-cased), every run of two or more such words as one phrase term, `age:N` and `block:N`.
 * A lone capitalised word right after a sentence end counts only when it also appears elsewhere
 * mid-sentence (so "Officials said…" adds nothing, "Millbrook" does).
 * @example distinctiveTerms('Jane Doe, 27, was shot on Elm Street. Doe died.') // Map { 'jane' => 1, 'doe' => 2, 'jane doe' => 1, 'elm' => 1, 'street' => 1, 'elm street' => 1 }
 */
export function distinctiveTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (t: string): void => void terms.set(t, (terms.get(t) ?? 0) + 1);
  const midSentence = new Set<string>();
  const initial: string[] = [];
  CAP_RUN.lastIndex = 0;
  for (let match = CAP_RUN.exec(text); match; match = CAP_RUN.exec(text)) {
    const start = match.index;
    const sentenceStart = start === 0 || SENTENCE_BREAK_BEFORE.test(text.slice(Math.max(0, start - 3), start));
    const words = runWords(match[0]);
    const kept: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (STOP_CAPITALISED.has(w)) {
        if (kept.length >= 2) add(kept.join(' '));
        kept.length = 0;
        continue;
      }
      if (GENERIC_SINGLE.has(w)) {
        // counted only inside a phrase
      } else if (i === 0 && sentenceStart && words.length === 1) initial.push(w);
      else {
        midSentence.add(w);
        add(w);
      }
      kept.push(w);
    }
    if (kept.length >= 2) add(kept.join(' '));
  }
  for (const w of initial) if (midSentence.has(w)) add(w);
  for (const m of text.matchAll(AGE)) add(`age:${m[1]}`);
  for (const m of text.matchAll(BLOCK)) add(`block:${m[1]}`);
  return terms;
}
