import type { Span } from '../../model/index.js';
import type { Cue, Tag } from './cue.js';
import { VIOLENCE_CUES } from './lexicon-violence.js';
import { UNREST_CUES } from './lexicon-unrest.js';
import { STRATEGIC_CUES } from './lexicon-strategic.js';
import { gateOf, wordBeginnings } from './gate.js';

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
  // "no one was hurt", "no injuries were reported", "no arrests have been made"
  /\b(?:no(?: one|body)? (?:was|were|has been) (?:hurt|injured|killed|wounded|arrested)|no (?:injuries|casualties|deaths|arrests?))\b/gi,
  // "in anticipation of mass protests", "before the president's rally", "plans to hold a march"
  /\b(?:in anticipation of|ahead of|before|to prevent|planned|upcoming|plans? to hold|threatened to (?:hold|stage)?|call(?:ed|s)? for) (?:[\w'’]+ ){0,3}?(?:protests?|rall(?:y|ies)|demonstrations?|gatherings|marches|strikes?)\b/gi,
];

const COMPILED: { cue: Cue; re: RegExp; gate: string[] | null }[] = CUES.map((cue) => ({
  cue,
  re: new RegExp(cue.pattern.source, 'gi'),
  gate: gateOf(cue.pattern),
}));

/**
 * Finds every cue in the `spans` of `text` (its sentences; all of it by default) outside the
 * `ignored` spans and outside background phrases, sorted by position. A cue is only run on the
 * spans that hold one of its word beginnings (gate.ts).
 * @example findCues('Police fired tear gas at protesters', [])  // intervention, protest_people
 */
export function findCues(text: string, ignored: Span[], spans: Span[] = [{ start: 0, end: text.length }]): CueMatch[] {
  const masked: Span[] = [...ignored];
  for (const re of BACKGROUND) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) masked.push({ start: m.index, end: m.index + m[0].length });
  }
  const out: CueMatch[] = [];
  const slices = spans.map((s) => text.slice(s.start, s.end));
  const where = new Map<string, number[]>();
  slices.forEach((slice, i) => {
    for (const b of wordBeginnings(slice)) {
      const list = where.get(b);
      if (list) list.push(i);
      else where.set(b, [i]);
    }
  });
  const chosen = new Uint8Array(spans.length);
  for (const { cue, re, gate } of COMPILED) {
    chosen.fill(gate ? 0 : 1);
    if (gate) for (const g of gate) for (const i of where.get(g) ?? []) chosen[i] = 1;
    for (let i = 0; i < spans.length; i++) {
      if (!chosen[i]) continue;
      const slice = slices[i]!;
      const offset = spans[i]!.start;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const start = offset + m.index;
        const end = start + m[0].length;
        if (end === start) {
          re.lastIndex++;
          continue;
        }
        if (masked.length && masked.some((s) => s.start < end && start < s.end)) continue;
        out.push({ start, end, tag: cue.tag, weight: cue.weight, subtype: cue.subtype ?? null, frame: cue.frame === true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
