import type { Span } from '../../model/index.js';
import type { Cue, Tag } from './cue.js';
import { VIOLENCE_CUES } from './lexicon-violence.js';
import { UNREST_CUES } from './lexicon-unrest.js';
import { STRATEGIC_CUES } from './lexicon-strategic.js';
import { GatedPatterns } from './gate.js';

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

/** Background phrases first (they mask), then the cues; their patterns with their gates. */
const COMPILED: readonly (Cue | null)[] = [...BACKGROUND.map(() => null), ...CUES];
const PATTERNS = new GatedPatterns([...BACKGROUND, ...CUES.map((cue) => cue.pattern)]);

/**
 * Finds every cue in the `spans` of `text` (its sentences; all of it by default) outside the
 * `ignored` spans and outside background phrases, sorted by position. A cue is only run on the
 * spans that hold one of its word beginnings (gate.ts).
 * @example findCues('Police fired tear gas at protesters', [])  // intervention, protest_people
 */
export function findCues(text: string, ignored: Span[], spans: Span[] = [{ start: 0, end: text.length }]): CueMatch[] {
  // per span, made when first needed (most sentences hold no cue): the background phrases found
  // in it, which only mask that span's cues, and the tags of its cues
  const masked: (Span[] | undefined)[] = new Array(spans.length);
  const tagsIn: (Set<Tag> | undefined)[] = new Array(spans.length);
  const out: CueMatch[] = [];
  PATTERNS.scan(text, spans);
  const slices: (string | undefined)[] = new Array(spans.length);
  for (let k = 0; k < COMPILED.length; k++) {
    const cue = COMPILED[k]!;
    const onlyWith = cue?.onlyWith;
    PATTERNS.matches(
      k, text, spans, slices,
      onlyWith === undefined ? always : (i) => tagsIn[i] !== undefined && onlyWith.some((t) => tagsIn[i]!.has(t)),
      (i, start, end) => {
        if (!cue) return void (masked[i] ??= []).push({ start, end });
        if (masked[i]?.some((s) => s.start < end && start < s.end)) return;
        if (ignored.length && ignored.some((s) => s.start < end && start < s.end)) return;
        (tagsIn[i] ??= new Set()).add(cue.tag);
        out.push({ start, end, tag: cue.tag, weight: cue.weight, subtype: cue.subtype ?? null, frame: cue.frame === true });
      },
    );
  }
  return out.sort((a, b) => a.start - b.start || b.weight - a.weight);
}

const always = (): boolean => true;
