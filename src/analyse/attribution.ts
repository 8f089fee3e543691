import type { Source, SourceKind, Span } from '../model/index.js';
import { LETTER_OR_DIGIT, SPACE, runBefore } from './tokens.js';
import { CONTINUATION, DATA_WORDS, NOT_SOURCES, RELAY_BY, SAY_VERBS, SOURCE_KINDS_TABLE } from './attribution/lexicon.js';

export { CONTINUATION } from './attribution/lexicon.js';

/** Who a sentence attributes what it says to: the chain, origin first, and the span that says so. */
export interface Attribution {
  chain: Source[];
  /** The attribution phrase(s) in the document, or null when carried from a previous sentence. */
  span: Span | null;
}

// "according to X", "as per X" up to a comma, full stop or end
const ACCORDING = /\b(?:according to|as per|per)\s+([^,;.”"]+(?:\.[a-z]{2,3}\b[^,;”"]*)?)/gi;
// "citing X"
const CITING = /\bciting\s+([^,;”"]+?)(?=\s*[,;.”"]|$)/gi;
// ", reported Sputnik." / ", said police spokesman John Doe." — the verb before its subject
const INVERTED = new RegExp(`(?:^|[,;”"]\\s*)(?:${SAY_VERBS})\\s+(?!that\\b|to\\b|on\\b|in\\b|the victim\\b)([^,;”"]+?)\\s*(?:[.!?]?[”"]?\\s*)$`, 'i');
// "police said", "UN spokesperson Jane Doe said on Thursday": the verb, then the words before it
const SAY = new RegExp(`\\b(?:${SAY_VERBS})\\b`, 'gi');
// trailing time and manner phrases: "on Thursday", "in a statement"
const TRAILING = /\s+(?:on|late|early|last|this|in a|in an|at a|during a|via|through)\b.*$/i;
/** How much of a sentence's end the inverted form ("…, reported Sputnik.") is looked for in. */
const TAIL = 300;
const LINKING = new Set(['of', 'for', 'the', 'in', 'at', 'from', 'and', "'s", '’s', 'de']);

/**
 * Reads the attribution of one sentence, origin first: "according to X", "as per X", "citing X",
 * "X said/told/reported/confirmed", ", reported X", "X numbers reported by Y" → [X, Y];
 * "government figures acquired by Tengrinews.kz, reported Sputnik" → [government, Tengrinews.kz, Sputnik].
 * Returns null when the sentence names no source.
 * @example attributionOf('3 died, police said.', 0).chain // [{ name: 'police', kind: 'police' }]
 */
export function attributionOf(sentence: string, offset: number): Attribution | null {
  const citing: Source[] = [];
  const speakers: Source[] = [];
  const according: Source[] = [];
  const relays: Source[] = [];
  let start = Infinity;
  let end = -1;
  const mark = (s: number, e: number): void => {
    start = Math.min(start, s);
    end = Math.max(end, e);
  };
  CITING.lastIndex = 0;
  for (let m = CITING.exec(sentence); m !== null; m = CITING.exec(sentence)) {
    const src = sourceOf(m[1]!);
    if (src) citing.push(src), mark(m.index, m.index + m[0].length);
  }
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(sentence); m !== null; m = ACCORDING.exec(sentence)) {
    if (m[0].toLowerCase().startsWith('per ') && !/^per\s+(?:the\s+)?\p{Lu}/u.test(m[0])) continue;
    const parts = trimPhrase(m[1]!).split(RELAY_BY);
    for (const part of parts) {
      const src = sourceOf(part);
      if (src) according.push(src);
    }
    mark(m.index, m.index + m[0].length);
  }
  // the inverted form closes the sentence: look at its end only (linear time on very long sentences)
  const tailFrom = Math.max(0, sentence.length - TAIL);
  const tail = INVERTED.exec(sentence.slice(tailFrom));
  const inverted = tail ? Object.assign(tail, { index: tail.index + tailFrom }) : null;
  if (inverted) {
    const src = sourceOf(inverted[1]!);
    if (src) relays.push(src), mark(inverted.index, sentence.length);
  }
  SAY.lastIndex = 0;
  for (let m = SAY.exec(sentence); m !== null; m = SAY.exec(sentence)) {
    if (inverted && m.index >= inverted.index) break;
    const from = wordsBefore(sentence, Math.max(0, m.index - 90), m.index);
    if (from < 0) continue;
    const before = sentence.slice(from, m.index);
    const phrase = subjectOf(before.trim());
    if (!phrase) continue;
    const src = sourceOf(phrase);
    if (!src) continue;
    speakers.push(src);
    mark(m.index - before.length + before.trimEnd().length - phrase.length, m.index + m[0].length);
    break;
  }
  const chain = dedupe([...citing, ...speakers, ...according, ...relays]);
  if (chain.length === 0) return null;
  return { chain, span: { start: offset + start, end: offset + end } };
}

/**
 * Where the last one to nine words of `text[from, to)` begin, each followed by white space up
 * to `to` (what `/(?:[\p{L}\p{N}.’'&-]+\s+){1,9}$/u` matches in that slice, found from its end); -1
 * when the slice does not end so.
 * @example wordsBefore('Police in the city said', 0, 19)  // 0: 'Police in the city '
 */
export function wordsBefore(text: string, from: number, to: number): number {
  let start = -1;
  for (let words = 0, i = to; words < 9; words++) {
    const afterWord = runBefore(text, from, i, SPACE);
    if (afterWord === i) break;
    const wordStart = runBefore(text, from, afterWord, LETTER_OR_DIGIT, ".’'&-");
    if (wordStart === afterWord) break;
    start = i = wordStart;
  }
  return start;
}

/**
 * Whether a sentence without a source of its own goes on with the previous sentence's source:
 * it opens with "Another", "Also", "Of them", "They" … ("Another 56 people were brought to hospitals").
 */
export function continuesPrevious(sentence: string): boolean {
  return CONTINUATION.test(sentence.trimStart());
}

/** The kind of a source name, from the table of {@link SOURCE_KINDS_TABLE}; 'person' for a bare name. */
export function sourceKind(name: string): SourceKind {
  const lower = name.toLowerCase();
  for (const row of SOURCE_KINDS_TABLE) if (row.pattern.test(lower)) return row.kind;
  return /^\p{Lu}/u.test(name) ? 'person' : 'other';
}

/** A source from a noun phrase, or null when the phrase names none ("he", "it"). */
export function sourceOf(phrase: string): Source | null {
  let name = trimPhrase(phrase)
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(DATA_WORDS, '')
    .replace(/['’]s$/, '')
    .trim();
  if (name.length < 2 || name.length > 90 || NOT_SOURCES.has(name.toLowerCase())) return null;
  if (!/\p{L}/u.test(name)) return null;
  return { name, kind: sourceKind(name) };
}

function trimPhrase(phrase: string): string {
  return phrase.replace(TRAILING, '').replace(/[\s“”"'’]+$/, '').trim();
}

/** The subject noun phrase at the end of `words` (before a saying verb): capitalised words, source nouns, links. */
function subjectOf(words: string): string | null {
  const parts = words.split(/\s+/);
  while (parts.length > 0 && ADVERBS.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  const kept: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = parts[i]!;
    const lower = w.toLowerCase();
    const source = /^\p{Lu}/u.test(w) || SOURCE_NOUN.test(lower);
    if (source || (LINKING.has(lower) && kept.length > 0)) kept.unshift(w);
    else break;
  }
  while (kept.length > 0 && LINKING.has(kept[0]!.toLowerCase())) kept.shift();
  return kept.length === 0 ? null : kept.join(' ');
}

const ADVERBS = new Set(['also', 'later', 'earlier', 'previously', 'further', 'then', 'have', 'has', 'had']);

const SOURCE_NOUN =
  /^(?:police|officials?|authorities|media|witnesses|residents|spokes(?:person|man|woman)|ministry|government|investigators|detectives|deputies|officers?|sheriff|prosecutors?|doctors|hospital|coroner|reports?|agency|sources|family|relatives|neighbou?rs|activists|monitors?|army|military|troops|paramedics|firefighters|reporters|journalists|state|local|national|regional|international|federal|chief|interior|health|foreign|defen[cs]e|emergency|news|television|tv|radio|newspaper|broadcaster|channel|outlet|press|wire|hospitals?|doctors|medics|coroner|officers|troopers|spokesperson|monitor|observatory|group|ministry|government|authorities)$/;

function dedupe(chain: Source[]): Source[] {
  const out: Source[] = [];
  for (const s of chain) {
    const last = out[out.length - 1];
    if (!last || last.name.toLowerCase() !== s.name.toLowerCase()) out.push(s);
  }
  return out;
}
