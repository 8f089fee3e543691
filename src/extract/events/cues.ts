import type { Span } from '../../model/index.js';
import type { Cue, Tag } from './cue.js';
import { VIOLENCE_CUES } from './lexicon-violence.js';
import { UNREST_CUES } from './lexicon-unrest.js';
import { STRATEGIC_CUES } from './lexicon-strategic.js';
import { gateOf } from './gate.js';

/** Every cue of the lexicons, in one list. */
export const CUES: Cue[] = [...VIOLENCE_CUES, ...UNREST_CUES, ...STRATEGIC_CUES];

/** A cue found in the text. */
export interface CueMatch extends Span {
  tag: Tag;
  weight: number;
  subtype: string | null;
  frame: boolean;
}

/**
 * Phrases that only refer back to an event reported elsewhere ("killed during the protests",
 * "over the unrest"): the cues inside them do not report a new event.
 */
const BACKGROUND: RegExp[] = [
  // "those killed during the protests", "flights suspended over the unrest"
  /\b(?:during|amid|amidst|over|since|after|following|despite|result of|because of|due to|in the wake of) (?:the |this |last |recent |these |several |days of |weeks of |months of |a wave of |a spate of |the recent |the ongoing )+(?:\w+ )?(?:unrest|protests|turmoil|demonstrations|violence|riots|crisis|uprising)\b/gi,
  // "protest-hit Kazakhstan", "riot-torn city", "anti-riot police"
  /\b(?:protest|riot|unrest|conflict|war|violence|quake|flood)[-‐](?:hit|torn|ravaged|affected|stricken|prone)\b|\banti-?riot\b|\briot (?:police|gear|squad|control)\b/gi,
  // "an attack to capture the airbase was fended off": an attempt, not a capture
  /\b(?:attempt(?:ed|s)?|attacks?|offensive|bid|push|efforts?|tried|trying) (?:by (?:[\w'’-]+ ){1,3})?to (?:capture|seize|take|recapture|retake|storm)\b/gi,
  // "no one was hurt", "no injuries were reported", "no arrests have been made"
  /\b(?:no(?: one|body)? (?:was|were|has been) (?:hurt|injured|killed|wounded|arrested)|no (?:injuries|casualties|deaths|arrests?))\b/gi,
  // "in anticipation of mass protests", "before the president's rally", "plans to hold a march"
  /\b(?:in anticipation of|ahead of|before|to prevent|planned|upcoming|plans? to hold|threatened to (?:hold|stage)?|call(?:ed|s)? for) (?:[\w'’]+ ){0,3}?(?:protests?|rall(?:y|ies)|demonstrations?|gatherings|marches|strikes?)\b/gi,
];

/**
 * True when every match of `re` begins a word: each top-level alternative starts with `\b`,
 * after any lookbehinds. Such a cue can be tried at its gate's positions only (findCues).
 */
function startsWords(re: RegExp): boolean {
  const src = re.source;
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = src.indexOf(']', i + 1);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(src.slice(from));
  return alts.every((alt) => alt.replace(/^(?:\(\?<[!=](?:[^()\\]|\\.)*\))+/, '').startsWith('\\b'));
}

/**
 * Background phrases first (they mask), then the cues; each with its gate. A cue whose matches
 * all begin a word at one of its gate's beginnings is also compiled sticky (`at`), to be tried at
 * those positions only instead of scanning the whole sentence.
 */
const COMPILED: { cue: Cue | null; re: RegExp; at: RegExp | null; gate: string[] | null }[] = [
  ...BACKGROUND.map((re) => ({ cue: null, re })),
  ...CUES.map((cue) => ({ cue, re: new RegExp(cue.pattern.source, 'gi') })),
].map(({ cue, re }) => {
  const gate = gateOf(re);
  return { cue, re, gate, at: gate && startsWords(re) ? new RegExp(re.source, 'iy') : null };
});
/**
 * The gates' word beginnings as a trie over the letters a–z: node·26 + letter → the child node
 * (0 for none; node 0 is the root), and per node the cues whose gate has that beginning.
 */
const BEGINNINGS = COMPILED.flatMap(({ gate }, k) => (gate ?? []).map((begins) => ({ begins, k })));
const trieNext = new Int32Array(26 * (1 + BEGINNINGS.reduce((n, b) => n + b.begins.length, 0)));
const trieCues: (number[] | null)[] = [null];
for (const { begins, k } of BEGINNINGS) {
  let node = 0;
  for (let j = 0; j < begins.length; j++) {
    const slot = node * 26 + begins.charCodeAt(j) - 97;
    if (trieNext[slot] === 0) {
      trieNext[slot] = trieCues.length;
      trieCues.push(null);
    }
    node = trieNext[slot]!;
  }
  (trieCues[node] ??= []).push(k);
}
/** The cues without a gate, run on every sentence. */
const UNGATED = COMPILED.flatMap(({ gate }, k) => (gate ? [] : [k]));
/** Per cue, reused by every call: the (span index, position) pairs where its gate fired, in text order. */
const HITS: number[][] = COMPILED.map(() => []);

/** The lower-case ASCII letter at `i` as 0–25, or -1. */
function letter(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  return c >= 97 && c <= 122 ? c - 97 : -1;
}

/**
 * Finds every cue in the `spans` of `text` (its sentences; all of it by default) outside the
 * `ignored` spans and outside background phrases, sorted by position. A cue is only run on the
 * spans that hold one of its word beginnings (gate.ts).
 * @example findCues('Police fired tear gas at protesters', [])  // intervention, protest_people
 */
export function findCues(text: string, ignored: Span[], spans: Span[] = [{ start: 0, end: text.length }]): CueMatch[] {
  // masks found in a sentence only concern that sentence's cues
  const masked: Span[][] = spans.map(() => []);
  const out: CueMatch[] = [];
  // where each cue's gate fired: one pass over the words of the text
  const n = spans.length;
  for (const h of HITS) h.length = 0;
  for (let i = 0; i < n; i++) {
    const { start, end } = spans[i]!;
    let previous = -1;
    for (let p = start; p < end - 1; p++) {
      const a = letter(text, p);
      const isStart = a >= 0 && previous < 0;
      previous = a;
      if (!isStart) continue;
      // follow the word's letters down the trie, taking the cues of every beginning on the way
      for (let node = trieNext[a]!, j = p + 1; node !== 0; j++) {
        const cues = trieCues[node];
        if (cues !== null) {
          for (const k of cues) {
            const h = HITS[k]!;
            if (h.length === 0 || h[h.length - 1] !== p || h[h.length - 2] !== i) h.push(i, p);
          }
        }
        const c = letter(text, j);
        if (c < 0) break;
        node = trieNext[node * 26 + c]!;
      }
    }
  }
  const slices: (string | undefined)[] = new Array(n);
  const tagsIn: Set<Tag>[] = spans.map(() => new Set());
  /** Keeps the match [start, end) of `cue` in span `i` unless masked or ignored. */
  const found = (cue: Cue | null, i: number, start: number, end: number) => {
    if (!cue) return void masked[i]!.push({ start, end });
    if (masked[i]!.some((s) => s.start < end && start < s.end)) return;
    if (ignored.length && ignored.some((s) => s.start < end && start < s.end)) return;
    tagsIn[i]!.add(cue.tag);
    out.push({ start, end, tag: cue.tag, weight: cue.weight, subtype: cue.subtype ?? null, frame: cue.frame === true });
  };
  const skip = (cue: Cue | null, i: number) => cue?.onlyWith !== undefined && !cue.onlyWith.some((t) => tagsIn[i]!.has(t));
  for (let k = 0; k < COMPILED.length; k++) {
    const { cue, re, at, gate } = COMPILED[k]!;
    const hits = HITS[k]!;
    if (at) {
      // tried at the gate's positions only, in order, each after the end of the match before
      for (let h = 0; h < hits.length; ) {
        const i = hits[h]!;
        if (skip(cue, i)) {
          while (h < hits.length && hits[h] === i) h += 2;
          continue;
        }
        const slice = (slices[i] ??= text.slice(spans[i]!.start, spans[i]!.end));
        const offset = spans[i]!.start;
        let from = offset;
        for (; h < hits.length && hits[h] === i; h += 2) {
          const p = hits[h + 1]!;
          if (p < from) continue;
          at.lastIndex = p - offset;
          const m = at.exec(slice);
          if (!m) continue;
          const end = p + m[0].length;
          from = end === p ? p + 1 : end;
          if (end !== p) found(cue, i, p, end);
        }
      }
      continue;
    }
    for (let i = 0, h = 0; i < n; i++) {
      // a gated cue runs on the spans where its gate fired, an ungated one on all
      if (gate) {
        if (h >= hits.length || hits[h] !== i) continue;
        while (h < hits.length && hits[h] === i) h += 2;
      }
      if (skip(cue, i)) continue;
      const slice = (slices[i] ??= text.slice(spans[i]!.start, spans[i]!.end));
      const offset = spans[i]!.start;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const start = offset + m.index;
        const end = start + m[0].length;
        if (end === start) {
          re.lastIndex++;
          continue;
        }
        found(cue, i, start, end);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
