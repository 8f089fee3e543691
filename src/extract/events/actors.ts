import type { Actor, ActorKind, Span } from '../../model/index.js';
import { GatedPatterns } from './gate.js';

/** An actor lexicon entry: a pattern and the kind of actor it names. */
interface ActorEntry {
  kind: ActorKind;
  pattern: RegExp;
  example: string;
}

/** Who takes part in events, most specific first (the first entry to claim a span wins). */
export const ACTOR_LEXICON: ActorEntry[] = [
  { kind: 'peacekeepers', example: 'CSTO peacekeeping forces', pattern: /\b(?:\w+ )?peace-?keep(?:ing|ers)(?: forces?| contingents?| troops| mission)?\b/ },
  { kind: 'police', example: 'riot police fired tear gas', pattern: /\b(?:riot police|police(?: officers?| forces?)?|policem[ae]n|officers?|cops?|sheriff(?:'s)? (?:deputies|office)|deputies|gendarmes?|gendarmerie)\b/ },
  { kind: 'military', example: 'government troops advanced', pattern: /\b(?:(?:government |federal |regime )?(?:troops|soldiers|army|military|armed forces|servicem[ae]n|marines|navy|air force)|(?:government|regime|pro-government) forces)\b/ },
  { kind: 'security_forces', example: 'security forces opened fire', pattern: /\b(?:security (?:forces|personnel|services|officials)|border guards?|national guard|forces)\b/ },
  { kind: 'armed_group', example: 'Taliban militants attacked', pattern: /\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|isis|isil|daesh|islamic state|(?:al[- ])?shabaa?b|(?:al[- ])?qaeda|taliban|boko haram|houthis?|militias?|militiamen|fighters|gunm[ae]n|armed (?:men|group|groups)|separatists?|bandits|pirates)\b/ },
  { kind: 'protesters', example: 'protesters gathered', pattern: /\b(?:protesters|protestors|demonstrators|marchers|strikers|activists)\b/ },
  { kind: 'rioters', example: 'rioters looted shops', pattern: /\b(?:rioters|looters|mobs?|vigilantes)\b/ },
  { kind: 'journalists', example: 'two journalists were beaten', pattern: /\b(?:journalists?|reporters?|camera crew|photographers?|cameram[ae]n)\b/ },
  { kind: 'government', example: 'President Tokayev declared', pattern: /\b(?:government|president|prime minister|minister(?:y)?|authorities|administration|governor|mayor|cabinet|foreign office|parliament)\b/ },
  { kind: 'organisation', example: 'the United Nations said', pattern: /\b(?:united nations|un|csto|nato|european union|eu|african union|amisom|red cross|human rights watch|amnesty international)\b/ },
  { kind: 'civilians', example: 'six civilians were killed', pattern: /\b(?:civilians?|villagers|residents|farmers|worshippers|passengers|students|children|women|families|bystanders?|pedestrians?)\b/ },
  { kind: 'victim', example: 'a 7-year-old boy was shot', pattern: /\b(?:victims?|(?:a|the) (?:\d+-year-old )?(?:man|woman|boy|girl|teen(?:ager)?|child))\b/ },
  { kind: 'perpetrator', example: 'the suspect fled', pattern: /\b(?:suspects?|shooters?|gunman|attackers?|assailants?|killers?)\b/ },
];

/** The lexicon's patterns, each tried only where its word beginnings occur. */
const PATTERNS = new GatedPatterns(ACTOR_LEXICON.map((e) => e.pattern));

const TARGET_BEFORE = /\b(?:on|against|at|targeting|targeted|injuring|killing|wounding|kidnapped|abducted|arrested|detained)\s+(?:\w+\s+){0,2}$/i;
const AGENT_BEFORE = /\bby\s+(?:\w+\s+){0,2}$/i;

/** An actor named in a sentence, before roles are given. */
export interface ActorMention extends Span {
  kind: ActorKind;
  name: string;
  /** Named after "by": an agent wherever it stands. */
  byAgent: boolean;
  /** Named after "on", "against", "killing": a target wherever it stands. */
  asTarget: boolean;
  /** Followed by "was" / "were": the subject of a passive, so a target. */
  passive: boolean;
}

/** The actors a sentence names, in order (the first lexicon entry to claim a span wins). */
export function actorMentions(text: string, sentence: Span): ActorMention[] {
  const spans = [sentence];
  const slices: (string | undefined)[] = [];
  const out: ActorMention[] = [];
  PATTERNS.scan(text, spans);
  for (let k = 0; k < ACTOR_LEXICON.length; k++) {
    const { kind } = ACTOR_LEXICON[k]!;
    PATTERNS.matches(k, text, spans, slices, () => true, (_, start, end) => {
      if (out.some((s) => s.start < end && start < s.end)) return;
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      out.push({
        start, end, kind, name: text.slice(start, end),
        byAgent: AGENT_BEFORE.test(before),
        asTarget: TARGET_BEFORE.test(before),
        passive: /^\s+(?:\w+\s+)?(?:were|was|have been|has been)\b/.test(text.slice(end, end + 25)),
      });
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The actors of an event with their roles relative to its trigger: named before it (or after
 * "by") is the agent, after it (or after "on", "against", or as the subject of a passive) the target.
 * @example findActors(actorMentions('Police fired tear gas at protesters', span), trigger)
 *   // [{role: 'agent', name: 'Police', kind: 'police'}, {role: 'target', name: 'protesters', kind: 'protesters'}]
 */
export function findActors(mentions: ActorMention[], trigger: Span): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const m of mentions) {
    let role: Actor['role'] = m.start < trigger.start ? 'agent' : 'target';
    if (m.byAgent) role = 'agent';
    else if (m.asTarget || (m.passive && m.start < trigger.start)) role = 'target';
    const actor: Actor = { role, name: m.name, kind: m.kind };
    const key = `${actor.role}|${actor.kind}|${actor.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(actor);
  }
  return out.slice(0, 6);
}
