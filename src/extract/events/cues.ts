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

/** Background phrases first (they mask), then the cues; each with its gate. */
const COMPILED: { cue: Cue | null; re: RegExp; gate: string[] | null }[] = [
  ...BACKGROUND.map((re) => ({ cue: null, re, gate: gateOf(re) })),
  ...CUES.map((cue) => ({ cue, re: new RegExp(cue.pattern.source, 'gi'), gate: gateOf(cue.pattern) })),
];
/** A word's first two letters (a–z, as 26·first + second) → the word beginnings that start so, with their cues. */
const GATED: { begins: string; cues: number[] }[][] = Array.from({ length: 26 * 26 }, () => []);
/** The cues without a gate, run on every sentence. */
const UNGATED: number[] = [];
COMPILED.forEach(({ gate }, k) => {
  if (!gate) return void UNGATED.push(k);
  for (const g of gate) {
    const list = GATED[(g.charCodeAt(0) - 97) * 26 + g.charCodeAt(1) - 97]!;
    const entry = list.find((e) => e.begins === g);
    if (entry) entry.cues.push(k);
    else list.push({ begins: g, cues: [k] });
  }
});

/** The lower-case ASCII letter at `i` as 0–25, or -1. */
function letter(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  return c >= 97 && c <= 122 ? c - 97 : -1;
}

/** True when the word at `i` begins with the lower-case `begins`. */
function beginsWith(text: string, i: number, begins: string): boolean {
  for (let j = 2; j < begins.length; j++) if ((text.charCodeAt(i + j) | 0x20) !== begins.charCodeAt(j)) return false;
  return true;
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
  // which cues each span lets through: one pass over the words of the text
  const n = spans.length;
  const chosen = new Uint8Array(COMPILED.length * n);
  for (const k of UNGATED) chosen.fill(1, k * n, (k + 1) * n);
  for (let i = 0; i < n; i++) {
    const { start, end } = spans[i]!;
    let previous = -1;
    for (let p = start; p < end - 1; p++) {
      const a = letter(text, p);
      const isStart = a >= 0 && previous < 0;
      previous = a;
      if (!isStart) continue;
      const b = letter(text, p + 1);
      if (b < 0) continue;
      for (const e of GATED[a * 26 + b]!) if (beginsWith(text, p, e.begins)) for (const k of e.cues) chosen[k * n + i] = 1;
    }
  }
  const slices: (string | undefined)[] = new Array(n);
  const tagsIn: Set<Tag>[] = spans.map(() => new Set());
  for (let k = 0; k < COMPILED.length; k++) {
    const { cue, re } = COMPILED[k]!;
    for (let i = 0; i < n; i++) {
      if (!chosen[k * n + i]) continue;
      if (cue?.onlyWith && !cue.onlyWith.some((t) => tagsIn[i]!.has(t))) continue;
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
        if (!cue) {
          masked[i]!.push({ start, end });
          continue;
        }
        if (masked[i]!.some((s) => s.start < end && start < s.end)) continue;
        if (ignored.length && ignored.some((s) => s.start < end && start < s.end)) continue;
        tagsIn[i]!.add(cue.tag);
        out.push({ start, end, tag: cue.tag, weight: cue.weight, subtype: cue.subtype ?? null, frame: cue.frame === true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
