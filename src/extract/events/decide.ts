import type { EventType, Span } from '../../model/index.js';
import type { Tag } from './cue.js';
import type { CueMatch } from './cues.js';
import { DECISIONS, FAMILY, type Decision } from './decisions.js';

/** An event type a sentence reports, before events are merged across sentences. */
export interface Candidate {
  type: EventType;
  subtype: string | null;
  score: number;
  /** The cues that made it, for evidence and actor roles. */
  trigger: Span;
  /** Mentioned inside a statement about it ("condemned the attack"): merges, never creates. */
  framed: boolean;
}

/** Tags that name what a protest is about when they stand in its topic ("against police brutality"). */
const TOPICAL = new Set<Tag>(['repression', 'intervention', 'arrest', 'shooting', 'killing', 'armed_attack', 'attacker', 'manmade', 'natural', 'blast', 'bomb', 'clash']);

function agentBefore(matches: CueMatch[], pos: number): Tag | null {
  let found: Tag | null = null;
  for (const m of matches) {
    if (m.start >= pos) break;
    if (m.tag === 'gov_actor' || m.tag === 'nonstate_actor') found = m.tag;
  }
  return found;
}

function fires(d: Decision, present: Map<Tag, CueMatch[]>, matches: CueMatch[]): boolean {
  // loops, not every/some with an arrow: this runs for every line of the table on every sentence with a cue
  for (const t of d.all) if (!present.has(t)) return false;
  if (d.any && !hasAny(present, d.any)) return false;
  if (d.none && hasAny(present, d.none)) return false;
  if (d.agentBefore) {
    const first = present.get(d.all[0]!)![0]!;
    if (agentBefore(matches, first.start) !== d.agentBefore) return false;
  }
  return true;
}

function hasAny(present: Map<Tag, CueMatch[]>, tags: readonly Tag[]): boolean {
  for (const t of tags) if (present.has(t)) return true;
  return false;
}

/**
 * Turns the cues of one sentence into the event types it reports, reading the decision table
 * top to bottom (decisions.ts). Each fired line uses up its tags.
 * @example decide(findCues('Police fired tear gas at the march', []))  // [PROTEST_WITH_INTER]
 */
export function decide(all: CueMatch[]): Candidate[] {
  // "protests over the killing of a student": in a protest, what it denounces is only its topic
  const topics = all.filter((m) => m.tag === 'topic');
  const protest = all.some((m) => m.tag === 'protest' || m.tag === 'protest_people');
  const matches = protest && topics.length ? all.filter((m) => !TOPICAL.has(m.tag) || !topics.some((t) => t.start < m.end && m.start < t.end)) : all;
  const present = new Map<Tag, CueMatch[]>();
  for (const m of matches) {
    const list = present.get(m.tag);
    if (list) list.push(m);
    else present.set(m.tag, [m]);
  }
  const out: Candidate[] = [];
  const families = new Set<string>();
  let frame = Infinity;
  for (const d of DECISIONS) {
    if (!fires(d, present, matches)) continue;
    const family = FAMILY[d.type] ?? d.type;
    if (families.has(family)) continue;
    families.add(family);
    const used = [...d.all, ...(d.any ?? []), ...(d.extra ?? [])].filter((t) => present.has(t));
    let score = 0;
    let subtype: string | null = null;
    let subtypeWeight = 0;
    let start = Infinity;
    let end = -Infinity;
    for (const tag of used) {
      const list = present.get(tag)!;
      let best = 0;
      for (const m of list) {
        best = Math.max(best, m.weight);
        if (m.subtype && m.weight > subtypeWeight) {
          subtype = m.subtype;
          subtypeWeight = m.weight;
        }
        if (m.frame) frame = Math.min(frame, m.start);
        if (d.all.includes(tag) || d.any?.includes(tag)) {
          start = Math.min(start, m.start);
          end = Math.max(end, m.end);
        }
      }
      score += best;
      present.delete(tag);
    }
    if (start === Infinity) continue;
    out.push({ type: d.type, subtype, score, trigger: { start, end }, framed: false });
  }
  // "condemned the bombing": a statement frames the events named after it
  for (const c of out) if (c.type !== 'ATTRIB' && c.type !== 'DIPLO' && c.trigger.start > frame) c.framed = true;
  return out;
}
